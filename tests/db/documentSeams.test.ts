/**
 * No seams in any document: every kind of document the app prints, rendered from the demo register (hundreds of
 * events, people, institutions with quoted names, agreements with a powiat, partnerships, certificates, a year's
 * summary) and read back with pdftotext, is free of the small faults an office notices first: a double full stop, a
 * space before a comma, the same quotation marks nested („…„…”…”), raw template code, slashed forms of address, and
 * a last page holding only a sentence or two.
 */
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EVENT_TYPES, PARTNERSHIP_KINDS, type ExportedFile } from '../../preload/contract';
import { warsawDay } from '../../preload/contract/warsawTime';
import { dispatch } from '../../main/ipc/dispatch';
import { createChromiumPrinter, type ChromiumPrinter } from '../../main/platform/chromiumPrinter';
import type { PrintedKindName } from '../../main/services/documents/kinds';
import { PRINTED_KINDS } from '../../main/services/documents/kinds';
import { DEFAULT_TEMPLATES } from '../../main/services/documents/template';
import { markdownHtml } from '../../main/services/documents/printable';
import { importExchangeDocument } from '../../main/services/exchange';
import { buildDemoDocument } from '../../main/services/exchange/demo';
import { pdfImages, pdfToText } from '../support/pdf';
import { unwrap } from '../support/results';
import { openTempDatabase, type TempDatabase } from '../support/tempDatabase';

/** A last page with fewer lines of text than this is a seam: a closing sentence or a clause's tail alone. */
const MIN_LAST_PAGE_LINES = 6;

let printer: ChromiumPrinter;
let temp: TempDatabase;

async function call<T>(channel: Parameters<typeof dispatch>[1], input: unknown): Promise<T> {
  return unwrap<T>(await dispatch(temp.runtime, channel, input));
}

const pdfBytes = (file: ExportedFile) => new Uint8Array(Buffer.from(file.contentBase64, 'base64'));

/** One id the demo register surely has, chosen by a query over its tables. */
async function pick(query: (db: TempDatabase['runtime']['db']) => Promise<{ id: string } | undefined>, what: string): Promise<string> {
  const row = await query(temp.runtime.db);
  if (!row) throw new Error(`the demo register has no ${what}`);
  return row.id;
}

/** The template editor's preview of a kind's built-in template, printed as the editor shows it. */
async function preview(kind: 'agreement' | 'declaration'): Promise<ExportedFile> {
  const { html } = await call<{ html: string | null; problems: string[] }>('templates.preview', { kind, body: DEFAULT_TEMPLATES[kind].body });
  if (!html) throw new Error(`the preview of the ${kind} template has problems`);
  return { fileName: `podgląd ${kind}.pdf`, contentBase64: Buffer.from(await printer(html)).toString('base64') };
}

/** How to print each kind from the demo register: a Record over every kind, so a new kind cannot be left out. */
const PRINTS: Record<PrintedKindName, () => Promise<ExportedFile[]>> = {
  async agreement() {
    // A signed agreement with a powiat among its parties (three parties, the longest), and one of a city with powiat rights.
    const withPowiat = await pick(
      (db) => db('agreements').where({ status: 'signed' }).whereIn('id', db('agreement_parties').where({ kind: 'powiat' }).select('agreement_id')).orderBy('number').first('id'),
      'signed agreement with a powiat',
    );
    // A draft prints too, with a line to fill in by hand where the signing date will go.
    const draft = await pick((db) => db('agreements').whereNot({ status: 'signed' }).orderBy('number').first('id'), 'agreement not yet signed');
    return [
      await call<ExportedFile>('agreements.print', { id: withPowiat, format: 'pdf' }),
      await call<ExportedFile>('agreements.print', { id: draft, format: 'pdf' }),
      await preview('agreement'),
    ];
  },
  async declaration() {
    const member = await temp.runtime.db('partnership_members').whereNotNull('representative_person_id').orderBy('id').first('partnership_id', 'id');
    if (!member) throw new Error('the demo register has no member with a representative');
    return [await call<ExportedFile>('partnerships.printDeclaration', { partnershipId: member.partnership_id, memberId: member.id, format: 'pdf' }), await preview('declaration')];
  },
  async basket() {
    const partnership = await pick((db) => db('partnerships').where({ kind: 'pzk' }).orderBy('name').first('id'), 'PZK');
    return [await call<ExportedFile>('partnerships.printBasket', { partnershipId: partnership, format: 'pdf' })];
  },
  async attendanceList() {
    // A held event of two days with the most participants: its list runs over several pages.
    const event = await pick(
      (db) =>
        db('events')
          .where({ status: 'held' })
          .join('event_participants', 'event_participants.event_id', 'events.id')
          .groupBy('events.id')
          .orderByRaw('count(*) desc, events.id')
          .first('events.id as id'),
      'held event with participants',
    );
    return [await call<ExportedFile>('eventDocuments.attendanceList', { eventId: event, blankRows: 5 })];
  },
  async certificates() {
    const event = await pick((db) => db('certificates').orderBy('event_id').first('event_id as id'), 'certificate');
    return [await call<ExportedFile>('eventDocuments.certificatesPdf', { eventId: event })];
  },
  async certificateRegister() {
    return [await call<ExportedFile>('eventDocuments.certificateRegisterPdf', {})];
  },
  async badges() {
    const event = await pick((db) => db('event_participants').orderBy('event_id').first('event_id as id'), 'event with participants');
    return [await call<ExportedFile>('eventDocuments.badges', { eventId: event })];
  },
  async rodoExport() {
    // The person at the most events: the longest export.
    const person = await pick(
      (db) => db('event_participants').groupBy('person_id').orderByRaw('count(*) desc, person_id').first('person_id as id'),
      'participant',
    );
    return [await call<ExportedFile>('rodo.personExport', { personId: person, format: 'pdf' })];
  },
  async summary() {
    const project = await pick((db) => db('projects').orderBy('id').first('id'), 'project');
    return [
      await call<ExportedFile>('reports.export', { from: '2026-01-01', to: '2026-12-31', format: 'pdf' }),
      await call<ExportedFile>('reports.export', { from: '2026-01-01', to: '2026-12-31', scope: { kind: 'project', projectId: project }, format: 'pdf' }),
    ];
  },
};

/** Every kind's PDFs as text, page by page (pdftotext ends each page with a form feed). */
const pages = new Map<PrintedKindName, string[][]>();
/** The same with the columns of tables kept apart (pdftotext -layout): for checks that must not read across cells. */
const layouts = new Map<PrintedKindName, string[]>();
/** Every kind's PDFs as printed. */
const printed = new Map<PrintedKindName, ExportedFile[]>();

/** A logo strip (a 4×1 PNG) for the demo's project: every document that prints one does. */
const PNG_4X1 = 'iVBORw0KGgoAAAANSUhEUgAAAAQAAAABCAIAAAB2XpiaAAAAEklEQVR4nGP4z8DAAMb///8HAB3vBfun0A7cAAAAAElFTkSuQmCC';

beforeAll(async () => {
  printer = createChromiumPrinter();
  temp = await openTempDatabase({ engine: 'sqlite' });
  temp.runtime.printPdf = printer;
  await importExchangeDocument(temp.runtime, buildDemoDocument({ seed: 19, year: 2026 }), { backup: false });
  const project = (await temp.runtime.db('projects').orderBy('id').first('id')) as { id: string };
  await call('projects.setLogo', { projectId: project.id, variant: 'color', file: { fileName: 'logotypy.png', contentBase64: PNG_4X1 } });
  const dump = process.env.KOOPERATOR_DUMP_DOCUMENTS;
  for (const kind of Object.keys(PRINTS) as PrintedKindName[]) {
    const files = await PRINTS[kind]();
    printed.set(kind, files);
    const texts: string[][] = [];
    layouts.set(kind, await Promise.all(files.map((file) => pdfToText(pdfBytes(file), { layout: true }))));
    for (const [i, file] of files.entries()) {
      if (dump) fs.writeFileSync(path.join(dump, `${kind}-${i}.pdf`), pdfBytes(file));
      texts.push((await pdfToText(pdfBytes(file))).split('\f').slice(0, -1));
    }
    pages.set(kind, texts);
  }
}, 240_000);

afterAll(async () => {
  await printer.close();
  await temp.cleanup();
});

const textOf = (kind: PrintedKindName) => (pages.get(kind) ?? []).map((document) => document.join('\n'));
/** Lines of text, hyphenation and line ends of the print undone, whitespace collapsed. */
const flowing = (text: string) => text.replace(/[\s\u00a0]+/g, ' ');

/** Each fault, and the first few places in the text where it occurs (with a little context). */
function findings(text: string, fault: RegExp): string[] {
  const flat = flowing(text);
  return [...flat.matchAll(new RegExp(fault.source, `${fault.flags.replace('g', '')}g`))].slice(0, 5).map((m) => flat.slice(Math.max(0, m.index - 40), m.index + m[0].length + 40));
}

/** Same-style quotes nested: an opening „ before the previous „ was closed, or a closing ” after one was. */
function nestedQuotes(text: string): string[] {
  const found: string[] = [];
  const flat = flowing(text);
  let depth = 0;
  for (let i = 0; i < flat.length; i++) {
    const ch = flat[i];
    if (ch === '„') {
      if (depth > 0) found.push(flat.slice(Math.max(0, i - 60), i + 40));
      depth++;
    } else if (ch === '”') {
      if (depth === 0) found.push(flat.slice(Math.max(0, i - 60), i + 40));
      depth = Math.max(0, depth - 1);
    }
  }
  return found.slice(0, 5);
}

const KINDS = Object.keys(PRINTED_KINDS) as PrintedKindName[];

describe('every printed document kind, from the demo register', () => {
  it('covers every kind the app prints, each with text', () => {
    expect([...pages.keys()].sort()).toEqual([...KINDS].sort());
    for (const kind of KINDS) for (const text of textOf(kind)) expect(flowing(text).length, kind).toBeGreaterThan(200);
  });

  it.each(KINDS)('%s: no double full stop, no space before a comma or full stop', (kind) => {
    for (const text of textOf(kind)) {
      // "…" is one character; three dots of a fill-in line ("……") are not full stops.
      expect(findings(text, /(?<![.…])\.\.(?![.…])/), kind).toEqual([]);
      expect(findings(text, / [,;]| \.(?![.…\d])/), kind).toEqual([]);
    }
  });

  it.each(KINDS)('%s: quotation marks „…‚…’…”, never the same ones nested', (kind) => {
    for (const text of textOf(kind)) {
      expect(nestedQuotes(text), kind).toEqual([]);
      expect(findings(text, /„„|””|"/), kind).toEqual([]);
    }
  });

  it.each(KINDS)('%s: no template code or placeholder left, no date in the program’s notation', (kind) => {
    for (const text of textOf(kind)) expect(findings(text, /\{\{|\}\}|undefined|null|NaN|\b\d{4}-\d{2}-\d{2}\b/), kind).toEqual([]);
  });

  it.each(KINDS)('%s: each unit spelt one way (Województwo Śląskie as a party, województwo śląskie in running text)', (kind) => {
    for (const text of layouts.get(kind) ?? []) {
      // Words of one cell or line are one space apart; cells of a table, two or more.
      const flat = text.split('\n').map((line) => line.trim()).join('  ').replace(/(?<! ) (?! )/g, ' ');
      // As a name (a party, a line's start): one spelling per unit, never "Województwo Śląskie" beside "Województwo śląskie".
      const spellings = new Map<string, Set<string>>();
      for (const m of flat.matchAll(/(?<![\p{L}])(Województwo|Powiat) (?! )(\p{L}+(?:-\p{L}+)?)/gu)) {
        const key = m[0].toLocaleLowerCase('pl');
        spellings.set(key, (spellings.get(key) ?? new Set()).add(m[0]));
      }
      expect([...spellings.values()].filter((set) => set.size > 1).map((set) => [...set]), kind).toEqual([]);
      // In running text, as TERYT writes it: "województwo śląskie", never "województwo Śląskie".
      expect([...flat.matchAll(/(?<![\p{L}])(?:województw\p{L}*|powiat\p{L}*) (?! )(?!Miast)\p{Lu}\p{Ll}+(?:sk|ck|dzk)\p{Ll}+/gu)].map((m) => m[0]), kind).toEqual([]);
    }
  });

  it.each(KINDS)('%s: the last page holds more than a closing sentence or two', (kind) => {
    for (const document of pages.get(kind) ?? []) {
      if (document.length < 2) continue;
      const lines = document[document.length - 1]!.split('\n').filter((line) => line.trim() !== '' && !/^Strona \d+ z \d+$/.test(line.trim()));
      expect(lines.length, `${kind}: last of ${document.length} pages: ${lines.join(' | ')}`).toBeGreaterThanOrEqual(MIN_LAST_PAGE_LINES);
    }
  });

  it('no slashed form of address: "Pani/Pan", "wziął/wzięła"', () => {
    for (const kind of KINDS) for (const text of textOf(kind)) expect(findings(text, /Pani\s*\/\s*Pan|Pan\s*\/\s*Pani|wziął\s*\/\s*wzięła|wzięła\s*\/\s*wziął/), kind).toEqual([]);
  });
});

describe('the summary as a director files it', () => {
  const YEAR = { from: '2026-01-01', to: '2026-12-31' };
  const today = () => {
    const [year, month, day] = warsawDay(new Date()).split('-');
    return `${day}.${month}.${year}`;
  };

  it('the PDF: the office’s name and the logo strip on the first page, "Stan na" the day the figures were read, no setting printed as data', async () => {
    const [all, ofProject] = printed.get('summary')!;
    for (const file of [all!, ofProject!]) {
      const [first] = pages.get('summary')![[all, ofProject].indexOf(file)]!;
      const lines = first!.split('\n').map((line) => line.trim()).filter(Boolean);
      expect(lines[0]).toBe('Regionalny Ośrodek Polityki Społecznej w Katowicach');
      expect(lines[1]).toMatch(/^Podsumowanie roku 2026/);
      expect(flowing(first!)).toContain(`Stan na ${today()} r.`);
      // The logo strip of the office's one project, on the first page.
      expect(await pdfImages(pdfBytes(file), { first: 1, last: 1 })).toHaveLength(1);
      const text = flowing((await pdfToText(pdfBytes(file))));
      expect(text).not.toMatch(/Liczby godzin|Zakres:|dokładnie \(|w przybliżeniu \(|cała baza danych/);
      expect(text).toContain('Godzina dydaktyczna trwa 45 minut.');
    }
  });

  it('the PDF never breaks a kind of event or team, or a hyphenated name, at a line end', async () => {
    const text = await pdfToText(pdfBytes(printed.get('summary')![0]!));
    for (const label of [EVENT_TYPES.pzk_meeting.pl, PARTNERSHIP_KINDS.gpzk.short, 'Bielsko-Biała']) {
      const escape = (part: string) => part.replace(/[()]/g, '\\$&');
      // The label however the print may have parted it (pdftotext drops the hyphen of a word broken at a line end).
      const anyhow = new RegExp(label.split(/[ -]/).map(escape).join('[\\s-]*'), 'g');
      const whole = text.split('\n').reduce((count, line) => count + line.replace(/\u00a0/g, ' ').split(label).length - 1, 0);
      expect(whole, label).toBeGreaterThan(0);
      expect(text.match(anyhow)?.length, label).toBe(whole);
    }
  });

  it('the XLSX: Polish column headers only, every sheet set to print landscape, one page wide', async () => {
    const file = await call<ExportedFile>('reports.export', { ...YEAR, format: 'xlsx' });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(pdfBytes(file).slice().buffer);
    expect(workbook.worksheets.length).toBeGreaterThan(5);
    const englishCodes = new Set([...Object.keys(EVENT_TYPES), ...Object.keys(PARTNERSHIP_KINDS), 'total']);
    for (const sheet of workbook.worksheets) {
      const headers = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
      expect(headers.length, sheet.name).toBeGreaterThan(0);
      // Words of Polish, no program keys ("Klucz", "workshop", "pzk_meeting"): a header is a Polish word or phrase.
      for (const header of headers) expect(header, sheet.name).toMatch(/^(?:[\p{Lu}%][\p{L}\d .,()%/–-]*|TERYT)$/u);
      expect(headers, sheet.name).not.toContain('Klucz');
      sheet.eachRow((row) => {
        for (const value of (row.values as unknown[]).slice(1)) expect(englishCodes.has(String(value)), `${sheet.name}: ${String(value)}`).toBe(false);
      });
      expect(sheet.pageSetup, sheet.name).toMatchObject({ orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, paperSize: 9 });
    }
    const text = workbook.getWorksheet('Podsumowanie')!;
    const items = text.getColumn(1).values.map(String);
    expect(items).toContain('Stan na');
    expect(items).not.toContain('Zapis liczb godzin');
  });
});

describe('blocks kept together', () => {
  const CLAUSE = 'Projekt współfinansowany ze środków Unii Europejskiej w ramach Europejskiego Funduszu Społecznego Plus, w ramach programu regionalnego na lata 2021–2027.';

  /** A document of `filler` one-line paragraphs, the signatures under their heading and the co-financing clause. */
  const document = (filler: number) =>
    markdownHtml({
      title: 'Próba',
      fileStem: 'próba',
      logo: null,
      footerText: null,
      markdown: [
        ...Array.from({ length: filler }, (_, i) => `Akapit wypełniający numer ${i + 1}.`),
        '## Podpisy Stron',
        ...['Województwo Śląskie', 'Gmina Będzin', 'Powiat Będziński'].map((party) => `**${party}**\nJan Kowalski – Członek Zarządu\n\n…………………………………… (podpis)`),
        '---',
        `*${CLAUSE}*`,
      ].join('\n\n'),
    });

  it('the signatures stay under their heading and the clause never stands alone, wherever the page ends', async () => {
    // From a body that just fits one page with its signatures to one that pushes them over: the page break falls
    // before, inside and after the closing part in turn.
    for (let filler = 14; filler <= 32; filler += 2) {
      const text = await pdfToText(await printer(document(filler).html));
      const pageTexts = text.split('\f').slice(0, -1).map(flowing);
      const closing = pageTexts.find((page) => page.includes('Podpisy Stron'));
      expect(closing, `${filler}`).toBeDefined();
      expect(closing, `${filler}: the signatures on the heading's page`).toContain('Powiat Będziński');
      expect(closing, `${filler}: the clause with the signatures`).toContain('Plus, w ramach programu');
    }
  }, 120_000);
});
