/**
 * Every printed kind in the registry makes its one HTML from data already loaded: a complete A4 document whose
 * title begins with the kind's Polish name and whose page shows the data it was given.
 */
import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../../main/services/documents';
import { PRINTED_KINDS, type PrintedKindData, type PrintedKindName } from '../../main/services/documents/kinds';
import { DEFAULT_TEMPLATES } from '../../main/services/documents/template';
import { createChromiumPrinter } from '../../main/platform/chromiumPrinter';
import { PAGE_MARGINS } from '../../main/services/documents/render';
import { pdfWords } from '../support/pdf';
import { SAMPLE_SUMMARY } from '../support/reportSummary';

const event = { title: 'Szkolenie z Modelu kooperacji', type: 'training', place: 'Będzin', hours: 2.5, hourUnit: 'didactic', startsAt: '2026-03-10T08:00:00.000Z', endsAt: '2026-03-11T14:00:00.000Z' };
const setting = { project: { name: 'Kooperacje 3D', clause: 'Projekt współfinansowany z EFS.' }, partnershipName: 'PZK Będzin', organiserName: null, officeName: 'ROPS Katowice', dates: '10–11 marca 2026 r.', time: '9:00–15:00' };
const participants = [{ name: 'Łucja Żak', firstName: 'Łucja', lastName: 'Żak', institutionName: 'MOPS w Będzinie' }];
const agreementData = {
  numer: 'ROPS/K3D/7/2026',
  przedmiot: 'wdrażanie Modelu kooperacji',
  data_sporzadzenia: '2026-03-01',
  data_podpisania: '2026-04-01',
  obowiazuje_do: '2026-12-31',
  projekt: { nazwa: 'Kooperacje 3D', klauzula: null },
  gmina: { nazwa: 'Będzin', kod_teryt: '2401011' },
  powiat: null,
  wojewodztwo: { nazwa: 'śląskie' },
  partnerstwo: null,
  strony: [{ strona: { nazwa: 'Gmina Będzin', adres: 'ul. 11 Listopada 20, 42-500 Będzin', nip: '6250006780', regon: '276258539', reprezentanci: [{ reprezentant: { imie_nazwisko: 'Anna Nowak', funkcja: 'Burmistrz' } }], przedstawiciel: 'Anna Nowak', funkcja: 'Burmistrz' } }],
};
const declarationData = {
  partnerstwo: { nazwa: 'PZK Będzin' },
  gmina: { nazwa: 'Będzin' },
  instytucja: { nazwa: 'Powiatowy Urząd Pracy w Będzinie', adres: null, nip: null },
  przedstawiciel: { imie_nazwisko: 'Ewa Ślązak', funkcja: 'Dyrektor' },
  delegowani: [],
  uslugi: [],
  data: '2026-05-20',
};

/** Sample data of every kind (a kind added to the registry without one does not compile) and what its page must show, as HTML. */
const SAMPLES: { [K in PrintedKindName]: { data: PrintedKindData<K>; shows: string[] } } = {
  agreement: { data: { number: 'ROPS/K3D/7/2026', template: DEFAULT_TEMPLATES.agreement.body, data: agreementData, logo: null }, shows: ['ROPS/K3D/7/2026', 'Anna Nowak'] },
  declaration: {
    data: { partnershipName: 'PZK Będzin', institutionName: 'Powiatowy Urząd Pracy w Będzinie', template: DEFAULT_TEMPLATES.declaration.body, data: declarationData, logo: null },
    shows: ['Powiatowy Urząd Pracy w Będzinie', 'Ewa Ślązak'],
  },
  basket: {
    data: { partnership: { name: 'PZK Będzin', territoryName: 'Będzin', offers: [{ institutionName: 'MOPS w Będzinie', service: 'Poradnictwo rodzinne', targetGroup: null, contact: null, terms: null }] }, logo: null },
    shows: ['Lokalny koszyk usług', 'Poradnictwo rodzinne'],
  },
  attendanceList: {
    data: { event, setting, leaders: [{ name: 'Jan Trener', roleLabel: 'trener' }], participants, clause: 'Administratorem danych jest ROPS.', logoDataUrl: null, blankRows: 2 },
    shows: ['LISTA OBECNOŚCI', 'Łucja Żak', 'Podpis – 11.03.2026', '2,5 godziny dydaktycznej', 'Administratorem danych jest ROPS.'],
  },
  certificates: {
    data: {
      event,
      setting,
      certificates: [{ number: '1/2026', issuedOn: '2026-03-11', personName: 'Łucja Żak', formOfAddress: 'ms', daysText: '11 marca 2026 r.', hoursText: '2,5 godziny dydaktycznej' }],
      placeOfIssue: 'Katowice',
      logoDataUrl: null,
    },
    shows: ['ZAŚWIADCZENIE nr 1/2026', 'Zaświadcza się, że Pani', 'Łucja Żak', 'wzięła udział w szkoleniu', '2,5 godziny dydaktycznej', 'Katowice, 11 marca 2026&nbsp;r.'],
  },
  certificateRegister: {
    data: { rows: [{ number: '1/2026', issuedOn: '2026-03-11', personName: 'Łucja Żak', eventTitle: event.title, eventType: 'training', eventDates: setting.dates }], year: 2026 },
    shows: ['REJESTR WYDANYCH ZAŚWIADCZEŃ – 2026 r.', '11.03.2026', 'Wydano 1 zaświadczenie.'],
  },
  badges: { data: { event, participants, logoDataUrl: null }, shows: ['Łucja<br>Żak', 'MOPS w Będzinie'] },
  rodoExport: {
    data: {
      exportedAt: '2026-03-12T10:00:00.000Z',
      person: { id: 'per-1', firstName: 'Łucja', lastName: 'Żak', formOfAddress: 'ms', position: null, email: 'lucja@example.pl', phone: null, notes: null, roles: [], institution: null, createdAt: '2026-01-02T08:00:00.000Z', updatedAt: '2026-01-02T08:00:00.000Z' },
      memberships: [],
      animatorOf: [],
      teamRoles: [{ partnershipId: 'pzk-1', partnershipName: 'G-PZK Gminy Wodzisław', institutionName: 'GOPS w Wodzisławiu', role: 'gmina_animator', fromOn: '2026-02-01', toOn: null }],
      participations: [],
      leaderRoles: [],
      certificates: [{ number: '1/2026', issuedOn: '2026-03-11', eventTitle: event.title }],
      audit: [],
    },
    shows: ['Dane osobowe: Łucja Żak', 'lucja@example.pl', '12.03.2026 11:00', 'Role w zespołach', 'animator gminny', '01.02.2026'],
  },
  summary: { data: { summary: SAMPLE_SUMMARY, officeName: 'Regionalny Ośrodek Polityki Społecznej w Katowicach', logo: null, fileStem: 'podsumowanie 2019' }, shows: [SAMPLE_SUMMARY.title, 'Regionalny Ośrodek Polityki Społecznej', 'Stan na 15.01.2020'] },

};

/** The page's body: what is printed, not the <title> in the head. */
function body(html: string): string {
  return html.slice(html.indexOf('<body>'));
}

describe('the registry of printed documents', () => {
  it.each(Object.keys(PRINTED_KINDS) as PrintedKindName[])('%s makes one complete HTML document with its title and its data', (name) => {
    const kind = PRINTED_KINDS[name];
    const sample = SAMPLES[name];
    const document = kind.document(sample.data as never);
    expect(document.title.startsWith(kind.name)).toBe(true);
    expect(document.fileStem).not.toBe('');
    expect(document.html).toMatch(/^<!DOCTYPE html>/);
    expect(document.html).toContain(`<title>${escapeHtml(document.title)}</title>`);
    for (const html of sample.shows) expect(body(document.html), name).toContain(html);
  });

  it('covers every printed kind, each under its own Polish name', () => {
    expect(Object.keys(PRINTED_KINDS).sort()).toEqual(['agreement', 'attendanceList', 'badges', 'basket', 'certificateRegister', 'certificates', 'declaration', 'rodoExport', 'summary']);
    expect(new Set(Object.values(PRINTED_KINDS).map((kind) => kind.name)).size).toBe(Object.keys(PRINTED_KINDS).length);
  });

  it('prints the attendance list from the top margin down: the project clause above the title is not cut off by the page edge', async () => {
    const printer = createChromiumPrinter();
    const words = await pdfWords(await printer(PRINTED_KINDS.attendanceList.document(SAMPLES.attendanceList.data).html)).finally(() => printer.close());
    expect(words[0]!.text).toBe('Projekt');
    expect(words[0]!.yMin).toBeGreaterThanOrEqual((PAGE_MARGINS.top / 25.4) * 72 - 1);
  });
});

describe('a filled agreement reads as typed by hand', () => {
  const filled = (changes: Partial<typeof agreementData>) =>
    PRINTED_KINDS.agreement.document({ number: 'ROPS/K3D/7/2026', template: DEFAULT_TEMPLATES.agreement.body, data: { ...agreementData, ...changes } as never, logo: null }).html;

  it('the subject in lower case mid-sentence, its own full stop not doubled, a party named one way, quotes nested', () => {
    const html = filled({
      przedmiot: 'Współpraca przy wdrażaniu Modelu kooperacji i superwizji.',
      projekt: { nazwa: 'Kooperacje 3D „Razem”', klauzula: null },
      strony: [
        { strona: { nazwa: 'Województwo Śląskie', adres: 'ul. Ligonia 46, 40-037 Katowice', nip: null, regon: null, przedstawiciel: 'Jan Kowalski', funkcja: 'Członek Zarządu' } },
        ...agreementData.strony,
      ],
    } as never);
    const text = body(html).replace(/<[^>]+>/g, '').replace(/\s+/g, ' ');
    expect(text).toContain('Przedmiotem porozumienia jest współpraca przy wdrażaniu Modelu kooperacji i superwizji.');
    expect(text).not.toContain('superwizji..');
    // § 2 names the voivodeship as the parties' list does; the running text of § 1 keeps TERYT's lower case.
    expect(text).toContain('Województwo Śląskie, za pośrednictwem');
    expect(text).not.toContain('Województwo śląskie');
    expect(text).toContain('województwo śląskie)');
    expect(text).toContain('w ramach projektu „Kooperacje 3D ‚Razem’”');
  });

  it('an abbreviation at the subject’s start stays in capitals', () => {
    const text = body(filled({ przedmiot: 'PZK jako forma współpracy' })).replace(/<[^>]+>/g, '').replace(/\s+/g, ' ');
    expect(text).toContain('Przedmiotem porozumienia jest PZK jako forma współpracy.');
  });
});
