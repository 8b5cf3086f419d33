/**
 * The period summary's tables, defined once: which tables, their columns with Polish (and English) headers, and how
 * each cell is read from a ReportSummary. The printed document (Markdown for PDF and DOCX), the spreadsheet and the
 * screen all render from here. The spreadsheet keeps the whole record — keys, TERYT codes, hours in both units, the
 * rows with nothing in them — and the document and the screen show the readable part of it.
 */
import { formatDatePl } from './polish';
import type { AreaRow, AudienceSplit, CountedEventRow, EventFigures, FormedPartnershipRow, IndicatorRow, PartnershipFigures, PlannedEventRow, ReportMilestoneRow, ReportStudyRow, ReportSummary, SignedAgreementRow, SubregionRow, TeamRow, VoivodeshipRow } from './schemas/reports';
import { EVENT_AUDIENCE_KEYS, EVENT_AUDIENCES, EVENT_TYPE_KEYS, EVENT_TYPES, HOUR_UNITS, MILESTONE_STATUSES, PARTNERSHIP_KIND_KEYS, PARTNERSHIP_KINDS, SECTORS, SESSION_MODES, STUDY_KINDS, STUDY_STATUSES, type EventType, type Label, type Language, type PartnershipKind, type Sector, type SessionMode } from './vocabulary';

/** Where a table is shown: the document (printed, and on screen) or the spreadsheet. */
export type SummaryMedium = 'document' | 'sheet';

/** What a cell holds: a date is an ISO day, `days` a span of them ("2025-03-12/2025-03-14", or one day). */
export type SummaryCellKind = 'text' | 'integer' | 'decimal' | 'percent' | 'date' | 'days';

export type SummaryCell = string | number | null;

export interface SummaryColumn {
  header: string;
  kind: SummaryCellKind;
  align: 'left' | 'right';
}

export interface SummaryTable {
  key: SummaryTableKey;
  title: string;
  /** The spreadsheet's name for it (a sheet name has at most 31 characters). */
  sheet: string;
  columns: SummaryColumn[];
  rows: SummaryCell[][];
  /** The row of totals under the rows, null when the table has none. */
  totals: SummaryCell[] | null;
  /** What the document says instead of the table when it has no rows; null when it leaves the table out. */
  empty: string | null;
}

interface ColumnDefinition<Row> {
  header: Label;
  /** The spreadsheet's header, where it has room for the whole words. */
  sheetHeader?: string;
  kind?: SummaryCellKind;
  /** A column of one medium only. */
  only?: SummaryMedium;
  /** The document shows the column only for a summary this holds for (the spreadsheet always has it). */
  shownWhen?: (summary: ReportSummary) => boolean;
  read: (row: Row, language: Language) => SummaryCell;
}

interface TableDefinition<Row> {
  key: string;
  title: Label;
  sheet: string;
  rows: (summary: ReportSummary) => Row[];
  /** The rows the document shows; the spreadsheet keeps all, so its shape is the same for every period. */
  shown?: (row: Row) => boolean;
  totals?: (summary: ReportSummary) => Row;
  empty?: Label;
  columns: ColumnDefinition<Row>[];
}

type TableOf = (summary: ReportSummary, language: Language, medium: SummaryMedium) => SummaryTable;

const NUMERIC_KINDS = new Set<SummaryCellKind>(['integer', 'decimal', 'percent']);

function table<Row>(definition: TableDefinition<Row>): TableOf {
  return (summary, language, medium) => {
    const columns = definition.columns.filter((column) => (!column.only || column.only === medium) && (medium === 'sheet' || !column.shownWhen || column.shownWhen(summary)));
    const cells = (row: Row) => columns.map((column) => column.read(row, language));
    const rows = definition.rows(summary).filter((row) => medium === 'sheet' || !definition.shown || definition.shown(row));
    return {
      key: definition.key as SummaryTableKey,
      title: definition.title[language],
      sheet: definition.sheet,
      columns: columns.map((column) => {
        const kind = column.kind ?? 'text';
        return { header: medium === 'sheet' ? (column.sheetHeader ?? column.header.pl) : column.header[language], kind, align: NUMERIC_KINDS.has(kind) ? 'right' : 'left' };
      }),
      rows: rows.map(cells),
      totals: definition.totals ? cells(definition.totals(summary)) : null,
      empty: definition.empty?.[language] ?? null,
    };
  };
}

const TERYT: Label = { pl: 'Kod TERYT', en: 'TERYT code' };
const TYPE: Label = { pl: 'Rodzaj', en: 'Type' };
const TOTAL: Label = { pl: 'Razem', en: 'Total' };
const ATTENDANCES: Label = { pl: 'Obecności', en: 'Attendances' };
const VOIVODESHIP: Label = { pl: 'Województwo', en: 'Voivodeship' };

/** People at events counted once; the spreadsheet says they are people, not presence marks. */
const participants = <Row>(read: (row: Row) => number): ColumnDefinition<Row> => ({ header: { pl: 'Uczestnicy', en: 'Participants' }, sheetHeader: 'Uczestnicy (osoby)', kind: 'integer', read });

/** The count and hours of a kind of event or of a session mode. */
function figureColumns<Row extends { figures: EventFigures }>(count: Label): ColumnDefinition<Row>[] {
  return [
    { header: count, kind: 'integer', read: (row) => row.figures.count },
    { header: { pl: 'Godz. zegarowe', en: 'Clock hours' }, sheetHeader: 'Godziny zegarowe', kind: 'decimal', read: (row) => row.figures.hours.clock },
    { header: { pl: 'Godz. dydaktyczne', en: 'Didactic hours' }, sheetHeader: 'Godziny dydaktyczne', kind: 'decimal', read: (row) => row.figures.hours.didactic },
    { header: { pl: 'Razem w godz. zegarowych', en: 'Total in clock hours' }, kind: 'decimal', read: (row) => row.figures.clockEquivalent },
  ];
}

/** A place's events, hours and people: the document gives the hours in clock hours only. */
function areaColumns<Row extends AreaRow>(): ColumnDefinition<Row>[] {
  return [
    { header: { pl: 'Wydarzenia', en: 'Events' }, kind: 'integer', read: (row) => row.events },
    { header: { pl: 'Godziny zegarowe', en: 'Clock hours' }, only: 'sheet', kind: 'decimal', read: (row) => row.hours.clock },
    { header: { pl: 'Godziny dydaktyczne', en: 'Didactic hours' }, only: 'sheet', kind: 'decimal', read: (row) => row.hours.didactic },
    { header: { pl: 'Godziny (zegarowe)', en: 'Hours (clock)' }, sheetHeader: 'Razem w godz. zegarowych', kind: 'decimal', read: (row) => row.clockEquivalent },
    participants((row) => row.participants),
  ];
}

const eventsTable = table<{ type: EventType | null; figures: EventFigures }>({
  key: 'events',
  title: { pl: 'Wydarzenia według rodzajów', en: 'Events by type' },
  sheet: 'Wydarzenia',
  rows: (summary) => EVENT_TYPE_KEYS.map((type) => ({ type, figures: summary.events[type] })),
  shown: (row) => row.figures.count > 0,
  totals: (summary) => ({ type: null, figures: summary.eventTotals }),
  empty: { pl: 'W tym okresie nie odbyło się żadne wydarzenie.', en: 'No event was held in this period.' },
  columns: [
    { header: TYPE, sheetHeader: 'Rodzaj wydarzenia', read: (row, language) => (row.type ? EVENT_TYPES[row.type] : TOTAL)[language] },
    ...figureColumns({ pl: 'Liczba', en: 'Count' }),
    participants((row) => row.figures.participants),
    {
      header: { pl: 'Spoza listy', en: 'Not on the list' },
      sheetHeader: 'Osoby spoza listy uczestników',
      kind: 'integer',
      shownWhen: (summary) => summary.eventTotals.unnamed > 0,
      read: (row) => row.figures.unnamed,
    },
    { header: ATTENDANCES, kind: 'integer', read: (row) => row.figures.attendances },
  ],
});

/**
 * Held events with people counted but not named, day by day: each reached its listed people present on any day plus
 * the largest day's count (events.ts `unnamedReached`); left out of the document when there are none.
 */
const countedTable = table<CountedEventRow>({
  key: 'counted',
  title: { pl: 'Osoby spoza listy uczestników', en: 'People not on the list of participants' },
  sheet: 'Osoby spoza listy',
  rows: (summary) => summary.countedEvents,
  columns: [
    { header: { pl: 'Data', en: 'Date' }, only: 'document', kind: 'days', read: (e) => (e.startDay === e.endDay ? e.startDay : `${e.startDay}/${e.endDay}`) },
    { header: { pl: 'Od', en: 'From' }, only: 'sheet', kind: 'date', read: (e) => e.startDay },
    { header: { pl: 'Do', en: 'To' }, only: 'sheet', kind: 'date', read: (e) => e.endDay },
    { header: TYPE, read: (e, language) => EVENT_TYPES[e.type][language] },
    { header: { pl: 'Tytuł', en: 'Title' }, read: (e) => e.title },
    { header: { pl: 'Z listy (obecni)', en: 'From the list (present)' }, kind: 'integer', read: (e) => e.named },
    { header: { pl: 'Spoza listy w dniach', en: 'Not on the list, by day' }, read: (e) => e.unnamedByDay.map((headcount) => `${formatDatePl(headcount.day)}: ${headcount.count}`).join('; ') },
    { header: { pl: 'Spoza listy (najwięcej w dniu)', en: 'Not on the list (largest day)' }, kind: 'integer', read: (e) => e.unnamed },
    { header: { pl: 'Udział (osoby)', en: 'Took part (people)' }, kind: 'integer', read: (e) => e.people },
  ],
});

const SESSION_FORMS = { coaching: { pl: 'Coaching', en: 'Coaching' }, supervision: { pl: 'Superwizja', en: 'Supervision' } } as const satisfies Record<string, Label>;

const sessionsTable = table<{ form: keyof typeof SESSION_FORMS; mode: SessionMode; figures: EventFigures }>({
  key: 'sessions',
  title: { pl: 'Coaching i superwizja', en: 'Coaching and supervision' },
  sheet: 'Coaching i superwizja',
  rows: (summary) => (['coaching', 'supervision'] as const).flatMap((form) => (['individual', 'group'] as const).map((mode) => ({ form, mode, figures: summary[form][mode] }))),
  shown: (row) => row.figures.count > 0,
  columns: [
    { header: { pl: 'Forma', en: 'Form' }, read: (row, language) => SESSION_FORMS[row.form][language] },
    { header: { pl: 'Tryb', en: 'Mode' }, read: (row, language) => SESSION_MODES[row.mode][language] },
    ...figureColumns({ pl: 'Sesje', en: 'Sessions' }),
    { header: { pl: 'Osoby', en: 'People' }, kind: 'integer', read: (row) => row.figures.participants },
  ],
});

const PARTNERSHIP_FIGURES = {
  formed: { pl: 'Zawiązane w okresie', en: 'Formed in the period' },
  active: { pl: 'Działające w okresie', en: 'Active in the period' },
  initiated: { pl: 'Zainicjowane w okresie', en: 'Initiated in the period' },
} as const satisfies Record<keyof PartnershipFigures, Label>;

const partnershipsTable = table<{ kind: PartnershipKind; figures: PartnershipFigures }>({
  key: 'partnerships',
  title: { pl: 'Zespoły kooperacyjne', en: 'Cooperation teams' },
  sheet: 'Zespoły',
  rows: (summary) => PARTNERSHIP_KIND_KEYS.map((kind) => ({ kind, figures: summary.partnerships[kind] })),
  columns: [
    { header: TYPE, read: (row, language) => PARTNERSHIP_KINDS[row.kind][language] },
    ...(['formed', 'active', 'initiated'] as const).map((figure): ColumnDefinition<{ figures: PartnershipFigures }> => ({ header: PARTNERSHIP_FIGURES[figure], kind: 'integer', read: (row) => row.figures[figure] })),
  ],
});

const formedTable = table<FormedPartnershipRow>({
  key: 'formed',
  title: { pl: 'Gminy i powiaty, w których zawiązano zespoły', en: 'Gminas and powiats where teams were formed' },
  sheet: 'Zawiązane zespoły',
  rows: (summary) => summary.formedPartnerships,
  columns: [
    { header: TYPE, only: 'sheet', read: (p) => PARTNERSHIP_KINDS[p.kind].short },
    { header: { pl: 'Nazwa', en: 'Name' }, only: 'sheet', read: (p) => p.name },
    { header: { pl: 'Gmina / Powiat', en: 'Gmina / Powiat' }, read: (p) => p.territory },
    { header: TERYT, only: 'sheet', read: (p) => p.terytCode },
    { header: { pl: 'Bezpośredni realizator', en: 'Leader' }, read: (p) => p.leaderName },
    { header: { pl: 'Partner strategiczny', en: 'Strategic partner' }, read: (p) => p.strategicPartnerName },
    { header: { pl: 'Zespół', en: 'Team' }, only: 'document', read: (p) => `${p.name} (${PARTNERSHIP_KINDS[p.kind].short})` },
    { header: { pl: 'Data', en: 'Date' }, only: 'document', kind: 'date', read: (p) => p.formedOn },
    { header: { pl: 'Spotkanie inicjujące', en: 'Initiating meeting' }, only: 'sheet', kind: 'date', read: (p) => p.initiatedOn },
    { header: { pl: 'Sformalizowano', en: 'Formalised' }, only: 'sheet', kind: 'date', read: (p) => p.formalisedOn },
  ],
});

const sectorList = (sectors: readonly Sector[], language: Language) => sectors.map((sector) => SECTORS[sector][language].toLocaleLowerCase(language)).join(', ') || null;

/** The teams' people, sectors and meeting rhythm; the document lists the teams with people named or a rhythm set. */
const teamsTable = table<TeamRow>({
  key: 'teams',
  title: { pl: 'Skład zespołów i rytm spotkań', en: 'Teams: people and meeting rhythm' },
  sheet: 'Skład i rytm zespołów',
  rows: (summary) => summary.teams,
  shown: (t) => t.people > 0 || t.target !== null,
  empty: { pl: 'Żaden zespół działający w tym okresie nie ma wpisanych osób ani planowanego rytmu spotkań.', en: 'No team active in this period has people named or a planned meeting rhythm.' },
  columns: [
    { header: TYPE, only: 'sheet', read: (t) => PARTNERSHIP_KINDS[t.kind].short },
    { header: { pl: 'Nazwa', en: 'Name' }, only: 'sheet', read: (t) => t.name },
    { header: { pl: 'Zespół', en: 'Team' }, only: 'document', read: (t) => `${t.name} (${PARTNERSHIP_KINDS[t.kind].short})` },
    { header: { pl: 'Gmina / Powiat', en: 'Gmina / Powiat' }, read: (t) => t.territory },
    { header: { pl: 'Osoby', en: 'People' }, sheetHeader: 'Osoby w zespole', kind: 'integer', read: (t) => t.people },
    { header: { pl: 'Stan na', en: 'As of' }, only: 'sheet', kind: 'date', read: (t) => t.onDay },
    { header: { pl: 'Sektory', en: 'Sectors' }, read: (t, language) => sectorList(t.sectors, language) },
    { header: { pl: 'Brak sektorów', en: 'Sectors missing' }, read: (t, language) => sectorList(t.missingSectors, language) },
    { header: { pl: 'Spotkania – plan na miesiąc', en: 'Meetings planned a month' }, kind: 'decimal', read: (t) => t.target },
    { header: { pl: 'Spotkania odbyte', en: 'Meetings held' }, only: 'sheet', kind: 'integer', read: (t) => t.meetings },
    { header: { pl: 'Średnio w miesiącu', en: 'Average a month' }, kind: 'decimal', read: (t) => t.perMonth },
    { header: { pl: 'Poniżej planu', en: 'Behind plan' }, read: (t, language) => (t.behind ? (language === 'pl' ? 'tak' : 'yes') : null) },
  ],
});

const agreementsTable = table<SignedAgreementRow & { position: number }>({
  key: 'agreements',
  title: { pl: 'Podpisane porozumienia o współpracy', en: 'Cooperation agreements signed' },
  sheet: 'Porozumienia',
  rows: (summary) => summary.signedAgreements.map((a, i) => ({ ...a, position: i + 1 })),
  columns: [
    { header: { pl: 'Lp.', en: 'No.' }, kind: 'integer', read: (a) => a.position },
    { header: { pl: 'Numer', en: 'Number' }, read: (a) => a.number },
    { header: { pl: 'Data podpisania', en: 'Signed on' }, kind: 'date', read: (a) => a.signedOn },
    { header: { pl: 'Jednostki samorządu terytorialnego', en: 'Local governments' }, read: (a) => a.jsts.join(', ') },
    { header: { pl: 'Strony', en: 'Parties' }, read: (a) => a.parties.join(', ') },
    { header: { pl: 'Projekt', en: 'Project' }, only: 'sheet', read: (a) => a.projectName },
    { header: { pl: 'Partnerstwo', en: 'Partnership' }, only: 'sheet', read: (a) => a.partnershipName },
  ],
});

const gminasTable = table<AreaRow>({
  key: 'gminas',
  title: { pl: 'Zestawienie według gmin', en: 'By gmina' },
  sheet: 'Gminy',
  rows: (summary) => summary.gminas,
  columns: [
    { header: TERYT, only: 'sheet', read: (g) => g.code },
    { header: { pl: 'Gmina', en: 'Gmina' }, read: (g) => g.name },
    { header: { pl: 'Powiat', en: 'Powiat' }, read: (g) => g.powiatName },
    { header: VOIVODESHIP, read: (g) => g.voivodeshipName },
    ...areaColumns<AreaRow>(),
    { header: ATTENDANCES, kind: 'integer', read: (g) => g.attendances },
  ],
});

const voivodeshipsTable = table<VoivodeshipRow>({
  key: 'voivodeships',
  title: { pl: 'Zestawienie według województw', en: 'By voivodeship' },
  sheet: 'Województwa',
  rows: (summary) => summary.voivodeships,
  columns: [
    { header: TERYT, only: 'sheet', read: (v) => v.code },
    { header: VOIVODESHIP, read: (v) => v.name },
    ...areaColumns<VoivodeshipRow>(),
    { header: ATTENDANCES, only: 'sheet', kind: 'integer', read: (v) => v.attendances },
    { header: { pl: 'Zespoły zawiązane', en: 'Teams formed' }, kind: 'integer', read: (v) => v.partnershipsFormed },
    { header: { pl: 'Zespoły działające', en: 'Teams active' }, kind: 'integer', read: (v) => v.partnershipsActive },
    { header: { pl: 'Porozumienia', en: 'Agreements' }, sheetHeader: 'Porozumienia podpisane', kind: 'integer', read: (v) => v.agreementsSigned },
  ],
});

const subregionsTable = table<SubregionRow>({
  key: 'subregions',
  title: { pl: 'Zestawienie według subregionów', en: 'By subregion' },
  sheet: 'Subregiony',
  rows: (summary) => summary.subregions ?? [],
  columns: [
    { header: { pl: 'Subregion', en: 'Subregion' }, read: (r) => r.name },
    { header: VOIVODESHIP, read: (r) => r.voivodeshipName },
    ...areaColumns<SubregionRow>(),
    { header: ATTENDANCES, only: 'sheet', kind: 'integer', read: (r) => r.attendances },
  ],
});

/** Per type of event, how many were held for each audience (an event for two audiences counts in both). */
const audiencesTable = table<{ type: EventType; split: AudienceSplit }>({
  key: 'audiences',
  title: { pl: 'Wydarzenia według odbiorców', en: 'Events by audience' },
  sheet: 'Odbiorcy',
  rows: (summary) => EVENT_TYPE_KEYS.filter((type) => summary.audiences?.[type]).map((type) => ({ type, split: summary.audiences![type]! })),
  columns: [
    { header: TYPE, read: (row, language) => EVENT_TYPES[row.type][language] },
    ...EVENT_AUDIENCE_KEYS.map((code): ColumnDefinition<{ split: AudienceSplit }> => ({ header: { pl: EVENT_AUDIENCES[code].pl, en: EVENT_AUDIENCES[code].en }, kind: 'integer', read: (row) => row.split.byAudience[code] ?? 0 })),
    { header: { pl: 'Bez wskazanych odbiorców', en: 'No audience given' }, kind: 'integer', read: (row) => row.split.without },
  ],
});

const indicatorsTable = table<IndicatorRow>({
  key: 'indicators',
  title: { pl: 'Wskaźniki', en: 'Indicators' },
  sheet: 'Wskaźniki',
  rows: (summary) => summary.indicators,
  columns: [
    { header: { pl: 'Projekt', en: 'Project' }, read: (i) => i.projectName },
    { header: { pl: 'Kod', en: 'Code' }, read: (i) => i.code },
    { header: { pl: 'Wskaźnik', en: 'Indicator' }, read: (i) => i.name },
    { header: { pl: 'Jednostka', en: 'Unit' }, read: (i) => i.unit },
    { header: { pl: 'Wartość docelowa', en: 'Target' }, kind: 'decimal', read: (i) => i.target },
    { header: { pl: 'Osiągnięto', en: 'Achieved' }, kind: 'decimal', read: (i) => i.achieved },
    { header: { pl: '% celu', en: '% of target' }, kind: 'percent', read: (i) => i.percent },
    { header: { pl: 'Sposób obliczenia', en: 'How computed' }, only: 'sheet', read: (i) => i.basis },
  ],
});

const HOUR_UNIT_WORDS = { clock: { pl: 'zegarowe', en: 'clock' }, didactic: { pl: 'dydaktyczne', en: 'didactic' } } as const satisfies Record<string, Label>;
const hoursNumber = new Intl.NumberFormat('pl-PL', { maximumFractionDigits: 2, useGrouping: true });

const planTable = table<PlannedEventRow>({
  key: 'plan',
  title: { pl: 'Wydarzenia zaplanowane', en: 'Planned events' },
  sheet: 'Plan',
  rows: (summary) => summary.plan.events,
  columns: [
    { header: { pl: 'Data', en: 'Date' }, only: 'document', kind: 'days', read: (e) => (e.startDay === e.endDay ? e.startDay : `${e.startDay}/${e.endDay}`) },
    { header: { pl: 'Od', en: 'From' }, only: 'sheet', kind: 'date', read: (e) => e.startDay },
    { header: { pl: 'Do', en: 'To' }, only: 'sheet', kind: 'date', read: (e) => e.endDay },
    { header: TYPE, read: (e, language) => EVENT_TYPES[e.type][language] },
    { header: { pl: 'Tytuł', en: 'Title' }, read: (e) => e.title },
    { header: { pl: 'Miejsce', en: 'Place' }, read: (e) => e.territoryName ?? e.place },
    { header: { pl: 'Godziny', en: 'Hours' }, only: 'document', read: (e, language) => (e.hours === null ? null : `${hoursNumber.format(e.hours)} (${HOUR_UNIT_WORDS[e.hourUnit][language]})`) },
    { header: { pl: 'Godziny', en: 'Hours' }, only: 'sheet', kind: 'decimal', read: (e) => e.hours },
    { header: { pl: 'Jednostka godzin', en: 'Hour unit' }, only: 'sheet', read: (e, language) => HOUR_UNITS[e.hourUnit][language] },
  ],
});

const milestonesTable = table<ReportMilestoneRow>({
  key: 'milestones',
  title: { pl: 'Kamienie milowe okresu', en: 'Milestones of the period' },
  sheet: 'Kamienie milowe',
  rows: (summary) => summary.milestones,
  columns: [
    { header: { pl: 'Projekt', en: 'Project' }, read: (m) => m.projectName },
    { header: { pl: 'Kamień milowy', en: 'Milestone' }, read: (m) => m.name },
    { header: { pl: 'Faza', en: 'Phase' }, read: (m) => m.phaseName },
    { header: { pl: 'Termin', en: 'Due' }, kind: 'date', read: (m) => m.dueDate },
    { header: { pl: 'Osiągnięty', en: 'Reached on' }, kind: 'date', read: (m) => m.reachedOn },
    { header: { pl: 'Stan', en: 'Status' }, read: (m, language) => MILESTONE_STATUSES[m.status][language] },
  ],
});

const studiesTable = table<ReportStudyRow>({
  key: 'studies',
  title: { pl: 'Badania, diagnozy i opracowania', en: 'Studies and deliverables' },
  sheet: 'Opracowania',
  rows: (summary) => summary.studies,
  columns: [
    { header: TYPE, read: (s, language) => STUDY_KINDS[s.kind][language] },
    { header: { pl: 'Tytuł', en: 'Title' }, read: (s) => s.title },
    { header: { pl: 'Wykonawca', en: 'Contractor' }, read: (s) => s.contractor },
    { header: { pl: 'Od', en: 'From' }, kind: 'date', read: (s) => s.periodFrom },
    { header: { pl: 'Do', en: 'To' }, kind: 'date', read: (s) => s.periodTo },
    { header: { pl: 'Stan', en: 'Status' }, read: (s, language) => STUDY_STATUSES[s.status][language] },
    { header: { pl: 'Projekt', en: 'Project' }, only: 'sheet', read: (s) => s.projectName },
  ],
});

const TABLES = { events: eventsTable, counted: countedTable, sessions: sessionsTable, partnerships: partnershipsTable, formed: formedTable, teams: teamsTable, agreements: agreementsTable, gminas: gminasTable, voivodeships: voivodeshipsTable, subregions: subregionsTable, audiences: audiencesTable, indicators: indicatorsTable, milestones: milestonesTable, studies: studiesTable, plan: planTable };

export type SummaryTableKey = keyof typeof TABLES;

/** The summary's tables in the document's order, with the columns and rows of one medium, headed in one language. */
export function summaryTables(summary: ReportSummary, language: Language = 'pl', medium: SummaryMedium = 'document'): SummaryTable[] {
  return Object.values(TABLES).map((tableOf) => tableOf(summary, language, medium));
}

/** How a medium writes numbers and days. */
export interface CellFormat {
  number: (value: number) => string;
  day: (isoDay: string) => string;
}

/** A cell as text, null for an empty one: a percentage with its sign, a span of days with a dash. */
export function cellText(kind: SummaryCellKind, value: SummaryCell, format: CellFormat): string | null {
  if (value === null || value === '') return null;
  if (typeof value === 'number') return kind === 'percent' ? `${format.number(value)}%` : format.number(value);
  if (kind === 'date') return format.day(value);
  if (kind === 'days') return value.split('/').map(format.day).join(' – ');
  return value;
}
