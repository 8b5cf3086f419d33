/** The document engine: templates with placeholders, filled, printed by Chromium to A4 PDF and written as DOCX. */
import { createHash } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ServiceError } from '../../main/services/errors';
import {
  DEFAULT_TEMPLATES,
  assertValidTemplate,
  fillTemplate,
  formatDateInWords,
  markdownToDocx,
  markdownToHtml,
  printDocumentHtml,
  templatePlaceholders,
  validateTemplate,
  type AgreementData,
  type DeclarationData,
} from '../../main/services/documents';
import { EARLIER_BUILT_IN_DIGESTS } from '../../main/services/documents/template';
import { EARLIER_AGREEMENT_BODY, EARLIER_DECLARATION_BODY } from '../support/earlierTemplates';
import { createChromiumPrinter } from '../../main/platform/chromiumPrinter';
import { docxPart, docxToText, pdfFonts, pdfInfo, pdfToText } from '../support/pdf';

const printer = createChromiumPrinter();
afterAll(() => printer.close());

const DIACRITICS = 'ą ę ł ń ó ś ź ż';
/** A 40×10 dark-blue PNG standing in for the ESF logo strip. */
const LOGO_PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAACgAAAAKCAIAAABJ+IsHAAAAGUlEQVR4nGNgMJ45MGjU4lGLRy0etZhcBACNej7Q/KZwlwAAAABJRU5ErkJggg==', 'base64');
const LOGO_DATA_URL = `data:image/png;base64,${LOGO_PNG.toString('base64')}`;

/** A party as the print reads it: its first representative also under the older single-person placeholders. */
function party(nazwa: string, adres: string | null, nip: string, regon: string, representatives: [string, string | null][]): AgreementData['strony'][number] {
  return {
    strona: {
      nazwa,
      adres,
      nip,
      regon,
      reprezentanci: representatives.map(([imie_nazwisko, funkcja]) => ({ reprezentant: { imie_nazwisko, funkcja } })),
      przedstawiciel: representatives[0]?.[0] ?? null,
      funkcja: representatives[0]?.[1] ?? null,
    },
  };
}

function agreementData(): AgreementData {
  return {
    numer: 'ROPS-KOOP/15/2019',
    przedmiot: `współpraca przy wdrażaniu Modelu kooperacji (zażółć gęślą jaźń: ${DIACRITICS})`,
    data_sporzadzenia: '2019-03-28',
    data_podpisania: '2019-04-01',
    obowiazuje_do: '2020-12-31',
    projekt: {
      nazwa: 'Kooperacje 3D – model wielosektorowej współpracy na rzecz wsparcia osób i rodzin',
      klauzula: 'Projekt współfinansowany ze środków Unii Europejskiej w ramach Europejskiego Funduszu Społecznego.',
    },
    gmina: { nazwa: 'Będzin', kod_teryt: '2401011' },
    powiat: { nazwa: 'będziński' },
    wojewodztwo: { nazwa: 'śląskie' },
    partnerstwo: { nazwa: 'PZK Będzin' },
    strony: [
      party('Województwo Śląskie reprezentowane przez Zarząd', 'ul. Ligonia 46, 40-037 Katowice', '9542396398', '276257505', [['Łucja Żółkiewska-Gęślą', 'Marszałek Województwa']]),
      party('Gmina Będzin', 'ul. 11 Listopada 20, 42-500 Będzin', '6250002432', '276258008', [['Źdźisław Ćwikliński', 'Burmistrz Miasta']]),
      party('Powiat Będziński', 'ul. Jana Ludwika Ślęzaka 3, 42-500 Będzin', '6252120734', '276258439', [['Mścisław Nędza-Wójcik', 'Starosta']]),
    ],
  };
}

function declarationData(): DeclarationData {
  return {
    partnerstwo: { nazwa: 'PZK Będzin' },
    gmina: { nazwa: 'Będzin' },
    instytucja: { nazwa: 'Powiatowy Urząd Pracy w Będzinie', adres: 'ul. Jana Pawła II 6, 42-500 Będzin', nip: '6252118409' },
    przedstawiciel: { imie_nazwisko: 'Jolanta Ślązak', funkcja: 'Dyrektor' },
    delegowani: [
      { osoba: { imie_nazwisko: 'Anna Wąsik', stanowisko: 'doradca zawodowy' } },
      { osoba: { imie_nazwisko: 'Bożena Żak', stanowisko: 'pośrednik pracy' } },
    ],
    uslugi: [
      { usluga: { nazwa: 'Poradnictwo zawodowe', grupa_docelowa: 'osoby bezrobotne', kontakt: 'tel. 32 267 00 00', warunki: 'rejestracja w PUP' } },
      { usluga: { nazwa: 'Staże i prace interwencyjne', grupa_docelowa: 'osoby długotrwale bezrobotne', kontakt: 'pok. 12', warunki: 'profil pomocy II' } },
    ],
    data: new Date('2019-05-14T10:00:00+02:00'),
  };
}

function thrown(action: () => unknown): ServiceError {
  try {
    action();
  } catch (error) {
    if (error instanceof ServiceError) return error;
    throw error;
  }
  throw new Error('expected a ServiceError');
}

/** pdftotext breaks lines and may hyphenate nothing: compare with single spaces. */
const flat = (text: string) => text.replace(/\s+/g, ' ');

describe('templates', () => {
  it('the default templates validate and list their placeholders', () => {
    expect(validateTemplate('agreement', DEFAULT_TEMPLATES.agreement.body)).toEqual({ ok: true });
    expect(validateTemplate('declaration', DEFAULT_TEMPLATES.declaration.body)).toEqual({ ok: true });
    const used = templatePlaceholders(DEFAULT_TEMPLATES.agreement.body);
    expect(used).toEqual(expect.arrayContaining(['numer', 'strony', 'strona.reprezentanci', 'reprezentant.imie_nazwisko', 'gmina.nazwa', 'obowiazuje_do']));
  });

  it('refuses an unknown placeholder, naming it, its line and what is available', () => {
    const body = '# Porozumienie\n\nGmina {{gmina.nazwaa}}\n';
    const result = validateTemplate('agreement', body);
    expect(result.ok).toBe(false);
    const [problem] = result.ok ? [] : result.problems;
    expect(problem).toContain('Nieznany znacznik {{gmina.nazwaa}} (wiersz 3');
    expect(problem).toContain('Czy chodziło o {{gmina.nazwa}}?');
    expect(problem).toContain('Dostępne: ');
    expect(problem).toContain('{{numer}}');

    const error = thrown(() => assertValidTemplate('agreement', body));
    expect(error.code).toBe('validation');
    expect(error.fieldErrors?.body).toContain('{{gmina.nazwaa}}');
  });

  it('refuses an item field outside its section, and a list used as a plain value', () => {
    const outside = validateTemplate('agreement', 'Strona: {{strona.nazwa}}\n{{#strony}}{{strona.nazwa}}{{/strony}}');
    expect(outside).toEqual({
      ok: false,
      problems: [expect.stringContaining('Znacznik {{strona.nazwa}} (wiersz 1, kolumna 9) może wystąpić tylko wewnątrz sekcji {{#strony}}…{{/strony}}')],
    });
    const list = validateTemplate('agreement', '{{strony}}');
    expect(list.ok ? '' : list.problems[0]).toContain('jest listą');
    // Fields of another kind's lists are unknown here.
    expect(validateTemplate('agreement', '{{#uslugi}}{{/uslugi}}').ok).toBe(false);
    // The document's own placeholders may be used inside a section.
    expect(validateTemplate('agreement', '{{#strony}}{{strona.nazwa}} – {{gmina.nazwa}}{{/strony}}')).toEqual({ ok: true });
  });

  it('refuses Mustache syntax errors and unescaped tags in Polish', () => {
    const unclosed = validateTemplate('agreement', 'Strony:\n{{#strony}}\n{{strona.nazwa}}\n');
    expect(unclosed).toEqual({ ok: false, problems: [expect.stringMatching(/^Niezamknięta sekcja \{\{#strony\}\} \(wiersz 2, kolumna 1\): brakuje zamknięcia \{\{\/strony\}\}/)] });
    const unopened = validateTemplate('agreement', 'a\n{{/strony}}');
    expect(unopened.ok ? '' : unopened.problems[0]).toContain('nie ma otwarcia {{#strony}}');
    const tag = validateTemplate('agreement', 'Numer {{numer');
    expect(tag.ok ? '' : tag.problems[0]).toBe('Niezamknięty znacznik: brakuje „}}” (wiersz 1, kolumna 7).');
    const raw = validateTemplate('agreement', '{{{numer}}}');
    expect(raw.ok ? '' : raw.problems[0]).toContain('bez zabezpieczenia');
  });

  it('refuses quotes and lists nested deeper than any document needs, naming the line; keeps ordinary nesting', () => {
    const quotes = validateTemplate('agreement', `# Porozumienie\n\n${'> '.repeat(20_000)}tekst`);
    expect(quotes).toEqual({ ok: false, problems: ['Cytaty lub listy są zagnieżdżone zbyt głęboko (wiersz 3): najwyżej 20 poziomów.'] });
    const lists = Array.from({ length: 40 }, (_, level) => `${'  '.repeat(level)}- poziom ${level + 1}`).join('\n');
    expect(validateTemplate('agreement', lists).ok).toBe(false);
    const ordinary = '1. Strony:\n   - gmina,\n     > uwaga\n   - powiat.\n\n> > cytat w cytacie';
    expect(validateTemplate('agreement', ordinary)).toEqual({ ok: true });
  });

  it('keeps a link only to a web page or an e-mail address; any other target prints as its text', () => {
    const html = markdownToHtml('[strona](https://rops.example.pl) [poczta](mailto:rops@example.pl) [skrypt](javascript:alert(1)) [plik](file:///C:/Windows/win.ini) [ścieżka](../tajne.pdf)');
    expect(html).toContain('<a href="https://rops.example.pl">strona</a>');
    expect(html).toContain('<a href="mailto:rops@example.pl">poczta</a>');
    expect(html).not.toMatch(/javascript:|file:|tajne\.pdf/);
    expect(html).toContain('skrypt');
    expect(html).toContain('plik');
    expect(html).toContain('ścieżka');
  });

  it('fills dates in Polish words and numbers list items', () => {
    expect(formatDateInWords('2019-04-01')).toBe('1 kwietnia 2019 r.');
    expect(formatDateInWords(new Date('2020-12-31T23:30:00Z'))).toBe('1 stycznia 2021 r.'); // Warsaw's day
    expect(formatDateInWords('2019-02-30')).toBeNull();
    const markdown = fillTemplate('agreement', DEFAULT_TEMPLATES.agreement.body, agreementData());
    expect(markdown).toContain('zawarte w dniu 1 kwietnia 2019 r\\.');
    expect(markdown).toContain('do 31 grudnia 2020 r\\.');
    expect(markdown).toMatch(/^3\. \*\*Powiat Będziński\*\*/m);
  });

  it('recognises the earlier built-in bodies by their digests, and only those', () => {
    const digest = (body: string) => createHash('sha256').update(body, 'utf8').digest('hex');
    expect(EARLIER_BUILT_IN_DIGESTS).toEqual({ agreement: [digest(EARLIER_AGREEMENT_BODY)], declaration: [digest(EARLIER_DECLARATION_BODY)] });
    expect(EARLIER_BUILT_IN_DIGESTS.agreement).not.toContain(digest(DEFAULT_TEMPLATES.agreement.body));
  });

  it('a strict template (an office’s own) refuses a missing value, naming the placeholder and the party', () => {
    const data = agreementData();
    const second = data.strony[1];
    if (second) second.strona.przedstawiciel = '   ';
    data.gmina.kod_teryt = null;
    const error = thrown(() => fillTemplate('agreement', EARLIER_AGREEMENT_BODY, data));
    expect(error.code).toBe('validation');
    expect(error.message).toMatch(/^Brak danych do wydruku: /);
    expect(error.message).toContain('Brak wartości dla {{strona.przedstawiciel}} (strona 2 – Gmina Będzin)');
    expect(error.message).toContain('Brak wartości dla {{gmina.kod_teryt}}');
    expect(Object.keys(error.fieldErrors ?? {}).sort()).toEqual(['gmina.kod_teryt', 'strony.1.strona.przedstawiciel']);

    const noParties = thrown(() => fillTemplate('agreement', EARLIER_AGREEMENT_BODY, { ...agreementData(), strony: [] }));
    expect(noParties.message).toContain('Brak pozycji na liście {{#strony}}');
  });

  it('with the record named, a strict template’s refusal says what to fill and where, without template code', () => {
    const data = agreementData();
    data.data_podpisania = null;
    const second = data.strony[1];
    if (second) second.strona.przedstawiciel = null;
    const context = { record: 'w porozumieniu KP3D/16', path: 'Porozumienia → KP3D/16' };
    const error = thrown(() => fillTemplate('agreement', EARLIER_AGREEMENT_BODY, data, context));
    expect(error.message).toContain('Uzupełnij osobę reprezentującą Gminę Będzin w porozumieniu KP3D/16: Porozumienia → KP3D/16 → Strony.');
    expect(error.message).toContain('Uzupełnij datę podpisania w porozumieniu KP3D/16: Porozumienia → KP3D/16 → Dane porozumienia.');
    expect(error.message).not.toContain('{{');
    expect(error.fieldErrors?.['strony.1.strona.przedstawiciel']).toMatch(/^Uzupełnij osobę reprezentującą Gminę Będzin/);

    // A party's list of representatives, empty or with a person without a function, said the same way.
    const own = '{{#strony}}{{strona.nazwa}}: {{#strona.reprezentanci}}{{reprezentant.imie_nazwisko}} – {{reprezentant.funkcja}}; {{/strona.reprezentanci}}\n{{/strony}}';
    const people = agreementData();
    people.strony = [party('Powiat Będziński', null, '', '', [['Jan Nowak', 'Starosta'], ['Ewa Lis', null]]), party('Gmina Będzin', null, '', '', [])];
    const nested = thrown(() => fillTemplate('agreement', own, people, context));
    expect(nested.message).toContain('Uzupełnij funkcję osoby Ewa Lis reprezentującej Powiat Będziński w porozumieniu KP3D/16');
    expect(nested.message).toContain('Uzupełnij osobę reprezentującą Gminę Będzin w porozumieniu KP3D/16');
    expect(Object.keys(nested.fieldErrors ?? {}).sort()).toEqual(['strony.0.strona.reprezentanci.1.reprezentant.funkcja', 'strony.1.strona.reprezentanci']);
  });

  it('the built-in agreement prints before signing: a line for the date, blank signature blocks, no refusal', () => {
    const draft: AgreementData = {
      numer: 'KP3D/16',
      przedmiot: null,
      data_sporzadzenia: null,
      data_podpisania: null,
      obowiazuje_do: null,
      projekt: { nazwa: null, klauzula: null },
      gmina: { nazwa: null, kod_teryt: null },
      powiat: null,
      wojewodztwo: { nazwa: null },
      partnerstwo: null,
      strony: [party('Województwo Śląskie', null, '', '', []), party('Gmina Będzin', null, '', '', [])],
    };
    const markdown = fillTemplate('agreement', DEFAULT_TEMPLATES.agreement.body, draft, { record: 'w porozumieniu KP3D/16', path: 'Porozumienia → KP3D/16' });
    const text = flat(markdownToHtml(markdown).replace(/<[^>]+>/g, ' '));
    expect(text).toMatch(/zawarte w dniu …+ r\. pomiędzy/);
    expect(text).toMatch(/obowiązuje od dnia jego zawarcia do …+ r\./);
    expect(text.match(/\(podpis\)/g)).toHaveLength(2);
    expect(text).toContain('imię i nazwisko, funkcja: …');
    expect(text).not.toMatch(/\{\{|\}\}|\.\.|undefined|null/);
  });

  it('the built-in agreement once signed: its date, and a signature line for each of a party’s representatives', () => {
    const data = agreementData();
    data.strony[2] = party('Powiat Będziński', null, '', '', [['Mścisław Nędza-Wójcik', 'Starosta'], ['Halina Żak', 'Wicestarosta']]);
    const text = flat(markdownToHtml(fillTemplate('agreement', DEFAULT_TEMPLATES.agreement.body, data)).replace(/<[^>]+>/g, ' '));
    expect(text).toContain('zawarte w dniu 1 kwietnia 2019 r. pomiędzy');
    expect(text.match(/\(podpis\)/g)).toHaveLength(4);
    expect(text).toContain('(podpis) Mścisław Nędza-Wójcik – Starosta');
    expect(text).toContain('(podpis) Halina Żak – Wicestarosta');
  });

  it('the built-in declaration of a member without a representative prints a line to fill in, never template code', () => {
    const data = declarationData();
    data.przedstawiciel = { imie_nazwisko: null, funkcja: null };
    data.gmina = { nazwa: null };
    data.delegowani = [{ osoba: { imie_nazwisko: 'Anna Wąsik', stanowisko: null } }];
    const markdown = fillTemplate('declaration', DEFAULT_TEMPLATES.declaration.body, data, { record: 'w partnerstwie „PZK Będzin”', path: 'Partnerstwa → PZK Będzin' });
    const text = flat(markdownToHtml(markdown).replace(/<[^>]+>/g, ' '));
    expect(text).toMatch(/Reprezentowana przez: …+/);
    expect(text).toContain('(imię i nazwisko, funkcja, podpis i pieczęć)');
    expect(text).not.toMatch(/\{\{|\}\}/);
    // An office’s own declaration that needs the representative says whom to name and where.
    const strict = thrown(() => fillTemplate('declaration', 'Reprezentuje: {{przedstawiciel.imie_nazwisko}}', data, { record: 'w partnerstwie „PZK Będzin”', path: 'Partnerstwa → PZK Będzin' }));
    expect(strict.message).toBe(
      'Brak danych do wydruku. Uzupełnij osobę reprezentującą instytucję „Powiatowy Urząd Pracy w Będzinie” w partnerstwie „PZK Będzin”: Partnerstwa → PZK Będzin → Członkowie.',
    );
  });

  it('lists within list items: a party’s representatives, only inside its party', () => {
    const inside = '{{#strony}}{{strona.nazwa}}{{#strona.reprezentanci}} {{reprezentant.lp}}. {{reprezentant.imie_nazwisko}}{{/strona.reprezentanci}}\n{{/strony}}';
    expect(validateTemplate('agreement', inside)).toEqual({ ok: true });
    const outside = validateTemplate('agreement', '{{#strona.reprezentanci}}{{/strona.reprezentanci}}');
    expect(outside.ok ? '' : outside.problems[0]).toContain('może wystąpić tylko wewnątrz sekcji {{#strony}}');
    const field = validateTemplate('agreement', '{{#strony}}{{reprezentant.funkcja}}{{/strony}}');
    expect(field.ok ? '' : field.problems[0]).toContain('tylko wewnątrz sekcji {{#strona.reprezentanci}}');
    const data = agreementData();
    data.strony[0] = party('Powiat Będziński', null, '', '', [['Jan Nowak', 'Starosta'], ['Ewa Lis', 'Wicestarosta']]);
    expect(fillTemplate('agreement', inside, data)).toContain('Powiat Będziński 1. Jan Nowak 2. Ewa Lis');
  });

  it('leaves out a conditional passage without its value (a city with county rights has no separate powiat)', () => {
    const markdown = fillTemplate('agreement', DEFAULT_TEMPLATES.agreement.body, { ...agreementData(), powiat: null });
    expect(markdown).not.toContain('powiatowego centrum pomocy rodzinie jako partnera');
    expect(markdown).toContain('Gmina Będzin, za pośrednictwem');
  });

  it('prints values literally: Markdown and HTML in data change nothing', () => {
    const data = agreementData();
    data.przedmiot = '<b>x</b> *y* # z';
    const first = data.strony[0];
    if (first) first.strona.nazwa = '1. _Gmina_ | & <i>';
    const html = markdownToHtml(fillTemplate('agreement', DEFAULT_TEMPLATES.agreement.body, data));
    expect(html).toContain('Przedmiotem porozumienia jest &lt;b&gt;x&lt;/b&gt; *y* # z.');
    expect(html).toContain('<strong>1. _Gmina_ | &amp; &lt;i&gt;</strong>');
    expect(html).not.toContain('<b>');
    expect(html).not.toContain('<em>y</em>');
    // At the start of a line a value cannot become a heading, a list or a rule either.
    const lines = { ...agreementData(), przedmiot: '# Nagłówek', numer: '1. pozycja', gmina: { nazwa: '---', kod_teryt: '- x' } };
    expect(markdownToHtml(fillTemplate('agreement', '{{przedmiot}}\n\n{{numer}}\n\n{{gmina.nazwa}}\n\n{{gmina.kod_teryt}}', lines))).toBe(
      '<p># Nagłówek</p>\n<p>1. pozycja</p>\n<p>---</p>\n<p>- x</p>\n',
    );
    // Raw HTML written into a template is shown, not interpreted.
    expect(markdownToHtml('a <script>alert(1)</script>')).not.toContain('<script>');
  });
});

describe('printing', () => {
  it('prints the filled agreement to an A4 PDF with the bundled font and every Polish letter', async () => {
    const markdown = fillTemplate('agreement', DEFAULT_TEMPLATES.agreement.body, agreementData());
    const html = printDocumentHtml({ title: 'Porozumienie o współpracy', bodyHtml: markdownToHtml(markdown), footerText: 'ROPS Katowice' });
    expect(html).not.toMatch(/(src|href)=["']?(https?:|file:|\/\/)/);
    const pdf = await printer(html);
    const text = flat(await pdfToText(pdf));
    expect(text).toContain('POROZUMIENIE O WSPÓŁPRACY nr ROPS-KOOP/15/2019');
    expect(text).toContain('Będzin');
    for (const name of ['Łucja Żółkiewska-Gęślą', 'Źdźisław Ćwikliński', 'Mścisław Nędza-Wójcik']) expect(text).toContain(name);
    expect(text).toContain(DIACRITICS);
    expect(text).toContain('do 31 grudnia 2020 r.');
    expect(text).not.toContain('r..');
    expect(text).toMatch(/Strona 1 z \d/);
    expect(text).toContain('ROPS Katowice');

    const info = await pdfInfo(pdf);
    expect(info.width).toBeCloseTo(595, -1);
    expect(info.height).toBeCloseTo(842, -1);
    expect(info.title).toBe('Porozumienie o współpracy');
    const fonts = await pdfFonts(pdf);
    expect(fonts.some((font) => /NotoSerif/i.test(font.name) && font.embedded)).toBe(true);
    expect(fonts.filter((font) => /DejaVu|Liberation/i.test(font.name))).toEqual([]);
  });

  it('prints a long document on more than one page, with page numbers', async () => {
    const data = declarationData();
    data.uslugi = Array.from({ length: 60 }, (_, index) => ({
      usluga: { nazwa: `Usługa nr ${index + 1}: wsparcie rodzin`, grupa_docelowa: 'rodziny z dziećmi', kontakt: 'tel. 32 267 00 00', warunki: 'zgłoszenie w ośrodku' },
    }));
    const markdown = fillTemplate('declaration', DEFAULT_TEMPLATES.declaration.body, data);
    const pdf = await printer(printDocumentHtml({ title: 'Deklaracja', bodyHtml: markdownToHtml(markdown), logoDataUrl: LOGO_DATA_URL }));
    const info = await pdfInfo(pdf);
    expect(info.pages).toBeGreaterThan(1);
    const text = flat(await pdfToText(pdf));
    expect(text).toContain(`Strona 2 z ${info.pages}`);
    expect(text).toContain('Usługa nr 60: wsparcie rodzin');
    expect(text).toContain('DEKLARACJA PRZYSTĄPIENIA DO PARTNERSKIEGO ZESPOŁU KOOPERACYJNEGO');
    expect(text).toContain('14 maja 2019 r.');
  });

  it('starts Chromium once for concurrent prints, and again only after close', async () => {
    const own = createChromiumPrinter();
    try {
      const html = (text: string) => printDocumentHtml({ title: text, bodyHtml: markdownToHtml(`# ${text}`) });
      const [first, second] = await Promise.all([own(html('Pierwszy wydruk')), own(html('Drugi wydruk'))]);
      expect(flat(await pdfToText(first ?? new Uint8Array()))).toContain('Pierwszy wydruk');
      expect(flat(await pdfToText(second ?? new Uint8Array()))).toContain('Drugi wydruk');
      expect(own.starts()).toEqual({ chromium: 1, pages: 1 });
      await own.close();
      expect(flat(await pdfToText(await own(html('Po zamknięciu'))))).toContain('Po zamknięciu');
      expect(own.starts()).toEqual({ chromium: 2, pages: 2 });
    } finally {
      await own.close();
    }
  });

  it('prints on one kept page, one document at a time; after a failed print the next gets a fresh page', async () => {
    const own = createChromiumPrinter({ timeoutMs: 3_000 });
    try {
      const a5 = '<!doctype html><html><head><meta charset="utf-8"><style>@page { size: A5 landscape; margin: 1cm }</style></head><body><p>Lista obecności – Żółkiewska</p></body></html>';
      // Plain HTML, without printDocumentHtml's Content-Security-Policy, so the stuck document's script below runs.
      const a4 = '<!doctype html><html><head><meta charset="utf-8"><title>Zaświadczenie</title><style>@page { size: A4 }</style></head><body><h1>Zaświadczenie dla Łucji Ćwikły</h1></body></html>';
      // Two prints asked for at once: each PDF has its own content and page size, nothing of the other.
      const [first, second] = await Promise.all([own(a5), own(a4)]);
      const [firstInfo, secondInfo] = [await pdfInfo(first), await pdfInfo(second)];
      expect([Math.round(firstInfo.width), Math.round(firstInfo.height)]).toEqual([595, 420]);
      expect([Math.round(secondInfo.width), Math.round(secondInfo.height)]).toEqual([595, 842]);
      for (const info of [firstInfo, secondInfo]) expect(info.raw).toMatch(/Tagged:\s+yes/);
      const [firstText, secondText] = [flat(await pdfToText(first)), flat(await pdfToText(second))];
      expect(firstText).toContain('Lista obecności – Żółkiewska');
      expect(firstText).not.toContain('Zaświadczenie');
      expect(secondText).toContain('Zaświadczenie dla Łucji Ćwikły');
      expect(secondText).not.toContain('Lista obecności');

      // The page is kept: one page in the one Chromium.
      expect(own.starts()).toEqual({ chromium: 1, pages: 1 });

      // A document that never finishes loading fails at the time limit; the print queued behind it still prints.
      const document = printDocumentHtml({ title: 'Zaświadczenie', bodyHtml: markdownToHtml('# Po błędzie: Źdźisław') });
      const [stuck, next] = await Promise.allSettled([own('<!doctype html><p>Nigdy</p><script>for (;;) {}</script>'), own(document)]);
      expect(stuck.status).toBe('rejected');
      expect(next.status).toBe('fulfilled');
      const nextText = flat(await pdfToText(next.status === 'fulfilled' ? next.value : new Uint8Array()));
      expect(nextText).toContain('Po błędzie: Źdźisław');
      expect(nextText).not.toContain('Nigdy');
      // A fresh page after the failed print, in the same Chromium.
      expect(own.starts()).toEqual({ chromium: 1, pages: 2 });
    } finally {
      await own.close();
    }
  }, 60_000);

  it('says in Polish which Chromium it could not start, and tries again at the next print', async () => {
    const missing = path.join(os.tmpdir(), 'Brak przeglądarki – Łódź', 'chromium');
    const own = createChromiumPrinter({ executablePath: missing, timeoutMs: 5_000 });
    try {
      const html = printDocumentHtml({ title: 'x', bodyHtml: '<p>x</p>' });
      for (let attempt = 0; attempt < 2; attempt++) {
        await expect(own(html)).rejects.toThrow(`Nie udało się uruchomić przeglądarki Chromium (${missing}) do drukowania PDF`);
      }
      expect(own.starts()).toEqual({ chromium: 0, pages: 0 });
    } finally {
      await own.close();
    }
  });

  it('prints the logo strip only as an embedded image', async () => {
    const html = printDocumentHtml({ title: 'x', bodyHtml: '<p>x</p>', logoDataUrl: LOGO_DATA_URL });
    expect(html).toContain('<img src="data:image/png;base64,');
    expect(() => printDocumentHtml({ title: 'x', bodyHtml: '', logoDataUrl: 'https://example.com/logo.png' })).toThrow(ServiceError);
    const docx = await markdownToDocx({ title: 'x', markdown: 'Treść', logo: new Uint8Array(LOGO_PNG) });
    expect(await docxPart(docx, 'word/document.xml')).toContain('<pic:pic');
  });

  it('writes the same filled agreement as an A4 DOCX with the same names and letters', async () => {
    const markdown = fillTemplate('agreement', DEFAULT_TEMPLATES.agreement.body, agreementData());
    const docx = await markdownToDocx({ title: 'Porozumienie o współpracy', markdown });
    const text = await docxToText(docx);
    expect(text).toContain('POROZUMIENIE O WSPÓŁPRACY nr ROPS-KOOP/15/2019');
    for (const name of ['Łucja Żółkiewska-Gęślą', 'Źdźisław Ćwikliński', 'Mścisław Nędza-Wójcik', 'Będzin']) expect(text).toContain(name);
    expect(text).toContain(DIACRITICS);
    expect(text).toContain('Przedmiotem porozumienia jest współpraca');
    expect(text).not.toContain('\\');
    const xml = await docxPart(docx, 'word/document.xml');
    expect(xml).toMatch(/<w:pgSz w:w="1190[0-9]" w:h="1683[0-9]"/);
    expect(xml).toContain('<w:numPr>');
    expect(await docxPart(docx, 'word/styles.xml')).toContain('w:ascii="Noto Serif"');

    const declaration = await docxToText(await markdownToDocx({ title: 'Deklaracja', markdown: fillTemplate('declaration', DEFAULT_TEMPLATES.declaration.body, declarationData()) }));
    expect(declaration).toContain('Poradnictwo zawodowe');
    expect(declaration).toContain('Jolanta Ślązak – Dyrektor');
  });
});
