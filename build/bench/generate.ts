/**
 * The synthetic macroregion of the benchmark, generated from a seed (the same seed and scale give the same register):
 * at scale 1, 4 voivodeships, 200 gminas, 5 000 institutions, 50 000 people, 20 000 events and 500 000 attendance
 * marks, with projects, partnerships (PZK, G-PZK, ZZK with their cases), agreements with parties, series and
 * certificates.
 *
 * It is written twice, streamed to disk record by record so memory stays small:
 *  - as an exchange file (docs/exchange-format.md), two-space indented like an export, for the app's import;
 *  - as SQL INSERT text with the very rows that import writes (same columns, same folded search texts), for the
 *    sqlite3 shell to `.read` into the same schema inside one transaction.
 * The only differences are what the import makes up itself: the ids of participants' rows and the timestamps.
 */
import fs from 'node:fs';
import {
  attendanceSummary,
  foldForSearch,
  PARTNERSHIP_KINDS,
  PROBLEM_CATEGORY_KEYS,
  type AttendanceStatus,
  type EventLeaderRole,
  type EventType,
  type HourUnit,
  type InstitutionType,
  type PartnershipKind,
  type PersonRole,
  type ProblemCategory,
} from '../../preload/contract';
import { openSqliteReadOnly } from '../../db/connection';
import { warsawInstant } from '../../main/services/exchange/time';
import { seeded, type Random } from '../../main/services/seededRandom';

export const BENCH_YEAR = 2025;
/** The event every attendance-list measurement prints. */
export const LIST_EVENT_ID = 'ev-b-lista300';
export const LIST_SIZE = 300;
/** The voivodeships of the synthetic macroregion: śląskie, małopolskie, łódzkie, wielkopolskie. */
const VOIVODESHIPS = ['24', '12', '10', '30'];
const OFFICE_NAME = 'Regionalny Ośrodek Polityki Społecznej w Katowicach';

export interface GenerateOptions {
  scale: number;
  seed: number;
  /** A migrated database whose TERYT register the gminas are drawn from. */
  templateDb: string;
  exchangeFile: string;
  sqlFile: string;
}

export interface GenerateStats {
  counts: Record<string, number>;
  exchangeBytes: number;
  sqlBytes: number;
}

// ---------------------------------------------------------------------------------------------------------
// Output: a buffered synchronous file writer

class Output {
  private readonly fd: number;
  private chunks: string[] = [];
  private pending = 0;
  bytes = 0;

  constructor(file: string) {
    this.fd = fs.openSync(file, 'w');
  }

  write(text: string): void {
    this.chunks.push(text);
    this.pending += text.length;
    if (this.pending > 1 << 20) this.flush();
  }

  flush(): void {
    if (this.chunks.length === 0) return;
    this.bytes += fs.writeSync(this.fd, this.chunks.join(''));
    this.chunks = [];
    this.pending = 0;
  }

  close(): void {
    this.flush();
    fs.closeSync(this.fd);
  }
}

/** The exchange file, list by list, formatted exactly as `JSON.stringify(document, null, 2)` would. */
class ExchangeWriter {
  private first = true;
  private count = 0;

  constructor(private readonly out: Output) {}

  begin(header: Record<string, unknown>): void {
    const text = JSON.stringify(header, null, 2);
    this.out.write(text.slice(0, -2)); // without "\n}"
    this.first = false;
  }

  list(name: string): void {
    this.out.write(`${this.first ? '' : ','}\n  ${JSON.stringify(name)}: [`);
    this.first = false;
    this.count = 0;
  }

  item(value: unknown): void {
    this.out.write(`${this.count === 0 ? '' : ','}\n    ${JSON.stringify(value, null, 2).replace(/\n/g, '\n    ')}`);
    this.count++;
  }

  endList(): void {
    this.out.write(this.count === 0 ? ']' : '\n  ]');
  }

  end(): void {
    this.out.write('\n}\n');
  }
}

type Value = string | number | boolean | null | undefined;

function sqlValue(value: Value): string {
  if (value === null || value === undefined) return 'NULL';
  if (typeof value === 'boolean') return value ? '1' : '0';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'NULL';
  return `'${value.replace(/'/g, "''")}'`;
}

/** Columns of every table the import writes, in the order rows are given; tables in foreign-key order. */
const TABLES: Record<string, string[]> = {
  projects: ['id', 'version', 'name', 'macroregion', 'gmina_kind', 'start_date', 'end_date', 'cofinancing_clause', 'notes', 'created_at', 'updated_at'],
  project_phases: ['id', 'project_id', 'position', 'name', 'start_date', 'end_date'],
  project_indicators: ['id', 'project_id', 'position', 'code', 'name', 'unit', 'target'],
  indicator_phase_targets: ['indicator_id', 'phase_id', 'target'],
  institutions: [
    'id', 'version', 'name', 'short_name', 'type', 'teryt_code', 'street', 'postal_code', 'city', 'nip', 'regon', 'email', 'phone', 'website', 'notes', 'active', 'search_text', 'created_at', 'updated_at',
  ],
  people: ['id', 'version', 'first_name', 'last_name', 'institution_id', 'position', 'email', 'phone', 'notes', 'search_text', 'created_at', 'updated_at'],
  person_roles: ['person_id', 'role'],
  partnerships: [
    'id', 'version', 'kind', 'name', 'project_id', 'teryt_code', 'leader_institution_id', 'strategic_partner_institution_id', 'animator_person_id', 'parent_partnership_id',
    'initiated_on', 'formalised_on', 'ended_on', 'notes', 'search_text', 'created_at', 'updated_at',
  ],
  partnership_members: ['id', 'partnership_id', 'institution_id', 'representative_person_id', 'joined_on', 'left_on', 'declaration_signed_on', 'created_at'],
  service_offers: ['id', 'version', 'partnership_id', 'institution_id', 'service', 'target_group', 'contact', 'terms', 'created_at', 'updated_at'],
  zzk_cases: ['id', 'version', 'partnership_id', 'case_code', 'has_ipw', 'opened_on', 'closed_on', 'outcome', 'created_at', 'updated_at'],
  zzk_case_problems: ['case_id', 'category'],
  zzk_goals: ['id', 'case_id', 'position', 'description', 'status'],
  agreements: [
    'id', 'version', 'number', 'project_id', 'partnership_id', 'template_id', 'subject', 'status', 'drafted_on', 'signed_on', 'valid_until', 'terminated_on', 'notes', 'search_text', 'created_at', 'updated_at',
  ],
  agreement_parties: [
    'id', 'agreement_id', 'position', 'kind', 'teryt_code', 'institution_id', 'acting_through_institution_id', 'name', 'address', 'nip', 'regon', 'representative_name', 'representative_function',
  ],
  event_series: ['id', 'version', 'rule', 'created_at', 'updated_at'],
  events: [
    'id', 'version', 'title', 'type', 'status', 'project_id', 'partnership_id', 'teryt_code', 'place', 'organiser_institution_id', 'starts_at', 'ends_at', 'hours', 'hour_unit', 'mode', 'notes',
    'series_id', 'detached_from_series', 'search_text', 'created_at', 'updated_at',
  ],
  event_leaders: ['event_id', 'person_id', 'role'],
  event_participants: ['id', 'event_id', 'person_id', 'institution_id', 'walk_in', 'hours', 'created_at'],
  attendance: ['participant_id', 'day', 'status'],
  certificates: ['id', 'number', 'year', 'sequence', 'issued_on', 'event_id', 'person_id', 'created_at'],
};
const TABLE_ORDER = Object.keys(TABLES);

/** Rows per multi-row INSERT: SQLite's compound-select limit is 500; the import's batches are smaller still. */
export const SQL_BATCH = 400;

/**
 * SQL INSERT text for the shell. Rows are buffered per table and written as multi-row INSERTs; before a table's
 * batch is written, the buffered rows of every table before it are written, so foreign keys (ON, as in the app)
 * always find their parent rows.
 */
class SqlWriter {
  private readonly buffers = new Map<string, string[]>(TABLE_ORDER.map((table) => [table, []]));
  readonly rows: Record<string, number> = Object.fromEntries(TABLE_ORDER.map((table) => [table, 0]));

  constructor(private readonly out: Output) {
    out.write('-- Kooperator benchmark: the synthetic register as SQL (build/bench/generate.ts)\n');
    out.write('PRAGMA foreign_keys = ON;\nPRAGMA synchronous = NORMAL;\nBEGIN;\n');
  }

  raw(sql: string): void {
    this.out.write(`${sql}\n`);
  }

  row(table: string, values: Value[]): void {
    const buffer = this.buffers.get(table)!;
    buffer.push(`(${values.map(sqlValue).join(',')})`);
    this.rows[table]!++;
    if (buffer.length >= SQL_BATCH) {
      for (const before of TABLE_ORDER) {
        this.flushTable(before);
        if (before === table) break;
      }
    }
  }

  private flushTable(table: string): void {
    const buffer = this.buffers.get(table)!;
    if (buffer.length === 0) return;
    this.out.write(`INSERT INTO ${table} (${TABLES[table]!.join(', ')}) VALUES\n${buffer.join(',\n')};\n`);
    this.buffers.set(table, []);
  }

  end(): void {
    for (const table of TABLE_ORDER) this.flushTable(table);
    this.out.write('COMMIT;\n');
  }
}

// ---------------------------------------------------------------------------------------------------------
// Names

const FEMALE = [
  'Agnieszka', 'Aleksandra', 'Alicja', 'Anna', 'Barbara', 'Beata', 'Bożena', 'Danuta', 'Dorota', 'Edyta', 'Elżbieta', 'Ewa', 'Ewelina', 'Grażyna', 'Halina', 'Hanna', 'Irena', 'Iwona',
  'Jadwiga', 'Joanna', 'Jolanta', 'Justyna', 'Karolina', 'Katarzyna', 'Krystyna', 'Łucja', 'Magdalena', 'Małgorzata', 'Maria', 'Marta', 'Marzena', 'Monika', 'Natalia', 'Paulina',
  'Renata', 'Sylwia', 'Teresa', 'Urszula', 'Wioletta', 'Zofia', 'Żaneta',
];
const MALE = [
  'Adam', 'Andrzej', 'Artur', 'Bartłomiej', 'Dariusz', 'Grzegorz', 'Jacek', 'Jakub', 'Jan', 'Jarosław', 'Józef', 'Kamil', 'Krzysztof', 'Łukasz', 'Marcin', 'Marek', 'Mariusz', 'Michał',
  'Mirosław', 'Paweł', 'Piotr', 'Przemysław', 'Robert', 'Sławomir', 'Stanisław', 'Tomasz', 'Wojciech', 'Zbigniew',
];
const SURNAMES = [
  'Kowalski', 'Nowak', 'Wiśniewski', 'Wójcik', 'Kowalczyk', 'Kamiński', 'Lewandowski', 'Zieliński', 'Szymański', 'Woźniak', 'Dąbrowski', 'Kozłowski', 'Mazur', 'Kwiatkowski', 'Krawczyk',
  'Piotrowski', 'Grabowski', 'Pawłowski', 'Michalski', 'Król', 'Wieczorek', 'Jabłoński', 'Wróbel', 'Majewski', 'Olszewski', 'Stępień', 'Malinowski', 'Górecki', 'Sikora', 'Walczak',
  'Baran', 'Rutkowski', 'Szewczyk', 'Ostrowski', 'Pietrzak', 'Duda', 'Zalewski', 'Ślęzak', 'Żak', 'Gołąb', 'Pająk', 'Kubiś', 'Pyka', 'Sobik', 'Skrzypiec', 'Mrozek', 'Kuś', 'Świątek',
  'Łysoń', 'Gruszka', 'Nocoń', 'Wawrzyczek', 'Bugla', 'Czempiel', 'Gawlik', 'Kołodziej', 'Jankowski', 'Wojciechowski', 'Kaczmarek', 'Grabowiecki', 'Nowakowski', 'Pawlak', 'Michalak',
  'Adamczyk', 'Dudek', 'Zając', 'Wilk', 'Chmielewski', 'Sadowski', 'Jasiński', 'Borkowski', 'Czarnecki', 'Sawicki', 'Sokołowski', 'Urbański', 'Kubiak', 'Maciejewski', 'Szczepański',
  'Kucharski', 'Wilczyński', 'Kalinowski', 'Lis', 'Mazurek', 'Wysocki', 'Adamski', 'Kaźmierczak', 'Wasilewski', 'Sobczak', 'Czerwiński', 'Andrzejewski', 'Cieślak', 'Głowacki',
  'Zakrzewski', 'Kołodziejczyk', 'Sikorski', 'Krajewski', 'Gajewski', 'Szymczak', 'Szulc', 'Baranowski', 'Laskowski', 'Brzeziński', 'Makowski', 'Ziółkowski', 'Przybylski', 'Domański',
  'Nowacki', 'Borowski', 'Błaszczyk', 'Chojnacki', 'Ciesielski', 'Mróz', 'Szczepaniak', 'Wesołowski', 'Górski', 'Krupa', 'Kaczmarczyk', 'Leszczyński', 'Lipiński', 'Kowalewski',
  'Urbaniak', 'Kozak', 'Kania', 'Mikołajczyk', 'Czajkowski', 'Mucha', 'Tomaszewski', 'Kurek', 'Jaworski', 'Tomczak', 'Bąk', 'Wróblewski', 'Jakubowski',
];
const POSITIONS = [
  'pracownik socjalny', 'starszy pracownik socjalny', 'specjalista pracy socjalnej', 'asystent rodziny', 'kierownik działu', 'dyrektor', 'zastępca dyrektora', 'psycholog', 'pedagog',
  'kurator zawodowy', 'dzielnicowy', 'doradca zawodowy', 'koordynator projektu', 'specjalista ds. kooperacji', 'terapeuta', 'referent', 'pielęgniarka środowiskowa', 'animator lokalny',
];
const STREETS = [
  'ul. Mickiewicza', 'ul. Kościuszki', 'ul. Słowackiego', 'ul. 3 Maja', 'ul. Wolności', 'ul. Piłsudskiego', 'ul. Żeromskiego', 'ul. Sienkiewicza', 'ul. Dworcowa', 'ul. Korfantego',
  'ul. Łączna', 'ul. Górnicza', 'ul. Szkolna', 'pl. Wolności', 'ul. Ogrodowa', 'ul. Polna', 'ul. Leśna', 'ul. Kolejowa', 'ul. Świerkowa', 'ul. Rynek',
];
const PLACES = ['sala konferencyjna urzędu', 'siedziba ośrodka pomocy społecznej', 'centrum kultury', 'biblioteka publiczna', 'sala szkoleniowa ROPS', 'hotel, sala A', 'świetlica wiejska'];

const ASCII: Record<string, string> = { ą: 'a', ć: 'c', ę: 'e', ł: 'l', ń: 'n', ó: 'o', ś: 's', ź: 'z', ż: 'z' };
const ascii = (text: string) => text.toLowerCase().replace(/[ąćęłńóśźż]/g, (c) => ASCII[c]!).replace(/[^a-z0-9]+/g, '');

function surnameFor(surname: string, female: boolean): string {
  return female && /(ski|cki|dzki)$/.test(surname) ? `${surname.slice(0, -1)}a` : surname;
}

function weightedSum(digits: number[], weights: number[]): number {
  return weights.reduce((sum, w, i) => sum + w * digits[i]!, 0);
}

function fakeNip(random: Random): string {
  for (;;) {
    const digits = Array.from({ length: 9 }, (_, i) => (i === 0 ? random.int(1, 9) : random.int(0, 9)));
    const check = weightedSum(digits, [6, 5, 7, 2, 3, 4, 5, 6, 7]) % 11;
    if (check !== 10) return [...digits, check].join('');
  }
}

function fakeRegon(random: Random): string {
  const digits = Array.from({ length: 8 }, (_, i) => (i === 0 ? random.int(1, 9) : random.int(0, 9)));
  return [...digits, (weightedSum(digits, [8, 9, 2, 3, 4, 5, 6, 7]) % 11) % 10].join('');
}

const pad = (n: number, width = 6) => String(n).padStart(width, '0');

/** A random (version 4) UUID from the seeded generator: participants' row ids look like those the import makes. */
function uuid(random: Random): string {
  const hex = Array.from({ length: 4 }, () => Math.floor(random.next() * 2 ** 32).toString(16).padStart(8, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${'89ab'[random.int(0, 3)]}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
const capitalised = (name: string) => name.split('-').map((part) => part.charAt(0).toLocaleUpperCase('pl') + part.slice(1)).join('-');

function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** A working day (Monday–Friday) between two days, inclusive. */
function workingDayBetween(random: Random, first: string, last: string): string {
  const span = Math.round((Date.parse(last) - Date.parse(first)) / 86_400_000);
  for (;;) {
    const day = addDays(first, random.int(0, span));
    const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
    if (weekday !== 0 && weekday !== 6) return day;
  }
}

// ---------------------------------------------------------------------------------------------------------
// The register

interface Gmina {
  code: string;
  name: string;
  powiat: string | null;
  v: number;
  ops: string;
  jst: string;
  institutions: string[];
  pzk?: string;
  zzk?: string;
  series?: string;
}

interface InstitutionInfo {
  id: string;
  name: string;
  v: number;
}

interface PersonInfo {
  id: string;
  institution: number | null;
  v: number;
}

const INSTITUTION_KINDS: { type: InstitutionType; name: (gmina: string, n: number) => string; short?: string; weight: number }[] = [
  { type: 'school', name: (g, n) => `Szkoła Podstawowa nr ${n} w gminie ${g}`, weight: 20 },
  { type: 'kindergarten', name: (g, n) => `Przedszkole nr ${n} w gminie ${g}`, weight: 8 },
  { type: 'ngo', name: (g, n) => `Stowarzyszenie „Razem” nr ${n} – ${g}`, weight: 14 },
  { type: 'health', name: (g, n) => `Ośrodek Zdrowia nr ${n} w gminie ${g}`, weight: 8 },
  { type: 'culture', name: (g, n) => `Gminny Ośrodek Kultury ${n} – ${g}`, short: 'GOK', weight: 6 },
  { type: 'sport', name: (g, n) => `Klub Sportowy ${n} – ${g}`, weight: 4 },
  { type: 'dps', name: (g, n) => `Dom Pomocy Społecznej nr ${n} w gminie ${g}`, short: 'DPS', weight: 4 },
  { type: 'sds', name: (g, n) => `Środowiskowy Dom Samopomocy ${n} – ${g}`, short: 'ŚDS', weight: 4 },
  { type: 'wtz', name: (g, n) => `Warsztat Terapii Zajęciowej ${n} – ${g}`, short: 'WTZ', weight: 3 },
  { type: 'care_facility', name: (g, n) => `Placówka Opiekuńczo-Wychowawcza ${n} – ${g}`, weight: 3 },
  { type: 'counselling_center', name: (g, n) => `Poradnia Psychologiczno-Pedagogiczna ${n} – ${g}`, short: 'PPP', weight: 3 },
  { type: 'court', name: (g, n) => `Zespół Kuratorskiej Służby Sądowej ${n} – ${g}`, weight: 2 },
  { type: 'social_economy', name: (g, n) => `Spółdzielnia Socjalna „Szansa” ${n} – ${g}`, weight: 4 },
  { type: 'cus', name: (g, n) => `Centrum Usług Społecznych ${n} – ${g}`, short: 'CUS', weight: 2 },
  { type: 'other', name: (g, n) => `Parafialny Zespół Caritas ${n} – ${g}`, weight: 3 },
];

const TITLES: Record<EventType, string> = {
  conference: 'Konferencja kooperacyjna',
  training: 'Szkolenie międzysektorowe',
  workshop: 'Warsztat kooperacyjny',
  coaching: 'Sesja coachingowa',
  supervision: 'Superwizja',
  consultation: 'Spotkanie konsultacyjne',
  pzk_initiating_meeting: 'Spotkanie inicjujące PZK',
  pzk_meeting: 'Spotkanie PZK',
  zzk_meeting: 'Spotkanie ZZK',
  focus_group: 'Badanie fokusowe',
  study_visit: 'Wizyta studyjna',
  expert_team_meeting: 'Spotkanie Zespołu ds. Modelu',
  education_meeting: 'Spotkanie edukacyjne',
};
const TOPICS = ['przemoc w rodzinie', 'osoby starsze', 'bezdomność', 'uzależnienia', 'asystentura rodziny', 'praca zespołowa', 'diagnoza lokalna', 'koszyk usług', 'niepełnosprawność', 'bezrobocie'];

const EVENT_TYPE_WEIGHTS: [EventType, number][] = [
  ['training', 15], ['workshop', 14], ['coaching', 15], ['supervision', 10], ['consultation', 7], ['pzk_meeting', 15], ['zzk_meeting', 8], ['education_meeting', 5],
  ['conference', 1], ['pzk_initiating_meeting', 2], ['focus_group', 3], ['study_visit', 2], ['expert_team_meeting', 3],
];

interface Skeleton {
  id: string;
  type: EventType;
  status: 'held' | 'planned' | 'cancelled';
  firstDay: string;
  days: string[];
  startTime: string;
  endTime: string;
  hours: number;
  unit: HourUnit;
  mode: 'individual' | 'group' | null;
  gmina: number;
  participants: number;
  /** Individual sessions keep their one person; the rest are scaled to reach the number of attendance marks. */
  flexible: boolean;
  perPersonHours: boolean;
}

/** Hours of one day in clock time ("09:00" start): how long the event lasts on the clock. */
function endTimeFor(hoursPerDay: number, unit: HourUnit): string {
  const minutes = Math.round((hoursPerDay * (unit === 'clock' ? 60 : 45)) / 30) * 30;
  const end = 9 * 60 + Math.max(60, minutes);
  return `${String(Math.floor(end / 60)).padStart(2, '0')}:${String(end % 60).padStart(2, '0')}`;
}

export async function generate(options: GenerateOptions): Promise<GenerateStats> {
  const random = seeded(options.seed);
  const scale = options.scale;
  const now = new Date().toISOString();

  // Territory: gminas of the four voivodeships, drawn from the TERYT register the app ships. ----------------
  const opened = openSqliteReadOnly(options.templateDb);
  const units = (await opened.db('territorial_units').whereIn('voivodeship_code', VOIVODESHIPS).where('in_register', true).orderBy('code').select('code', 'name', 'level', 'powiat_code', 'voivodeship_code')) as {
    code: string;
    name: string;
    level: string;
    powiat_code: string | null;
    voivodeship_code: string;
  }[];
  await opened.db.destroy();
  const unitName = new Map(units.map((unit) => [unit.code, unit.name]));
  const gminasPerVoivodeship = Math.max(2, Math.round(50 * scale));
  const gminas: Gmina[] = [];
  VOIVODESHIPS.forEach((code, v) => {
    const all = units.filter((unit) => unit.level === 'gmina' && unit.voivodeship_code === code);
    for (const i of random.distinct(all.length, gminasPerVoivodeship).sort((a, b) => a - b)) {
      const unit = all[i]!;
      gminas.push({ code: unit.code, name: unit.name, powiat: unit.powiat_code, v, ops: '', jst: '', institutions: [] });
    }
  });
  const gminasOf = VOIVODESHIPS.map((_, v) => gminas.filter((g) => g.v === v));

  const exchangeOut = new Output(options.exchangeFile);
  const sqlOut = new Output(options.sqlFile);
  const json = new ExchangeWriter(exchangeOut);
  const sql = new SqlWriter(sqlOut);
  const counts: Record<string, number> = {};
  const bump = (what: string, n = 1) => (counts[what] = (counts[what] ?? 0) + n);

  json.begin({ format: 'kooperator-exchange', version: 1, exportedAt: '2026-01-15T12:00:00+01:00', office: { name: OFFICE_NAME, voivodeshipTeryt: VOIVODESHIPS[0] } });
  sql.raw(`INSERT OR IGNORE INTO settings (key, value) VALUES ('office.name', ${sqlValue(OFFICE_NAME)}), ('office.voivodeshipTeryt', '${VOIVODESHIPS[0]}');`);

  // Projects: one per voivodeship, with phases and indicators. --------------------------------------------------
  json.list('projects');
  const projects = VOIVODESHIPS.map((code) => `prj-b-${code}`);
  VOIVODESHIPS.forEach((code, v) => {
    const id = projects[v]!;
    const name = `Kooperacja w województwie ${unitName.get(code)} 2024–2026`;
    const clause = 'Projekt współfinansowany ze środków Europejskiego Funduszu Społecznego Plus.';
    const phases = [
      { id: `faz-b-${code}-1`, name: 'Przygotowanie', startDate: '2024-01-01', endDate: '2024-06-30' },
      { id: `faz-b-${code}-2`, name: 'Wdrożenie', startDate: '2024-07-01', endDate: '2025-12-31' },
      { id: `faz-b-${code}-3`, name: 'Upowszechnienie', startDate: '2026-01-01', endDate: '2026-12-31' },
    ];
    const indicators = [
      { id: `wsk-b-${code}-1`, code: 'W1', name: 'Liczba gmin z PZK', unit: 'szt.', target: 50, phaseTargets: [{ phaseIndex: 1, target: 30 }, { phaseIndex: 2, target: 50 }] },
      { id: `wsk-b-${code}-2`, code: 'W2', name: 'Liczba przeszkolonych osób', unit: 'osoby', target: 2000, phaseTargets: [{ phaseIndex: 1, target: 1500 }] },
      { id: `wsk-b-${code}-3`, code: 'W3', name: 'Godziny coachingu', unit: 'godz.', target: 1200, phaseTargets: [] },
      { id: `wsk-b-${code}-4`, code: 'W4', name: 'Podpisane porozumienia', unit: 'szt.', target: 50, phaseTargets: [] },
    ];
    json.item({ id, name, macroregion: (v % 3) + 1, startDate: '2024-01-01', endDate: '2026-12-31', cofinancingClause: clause, phases, indicators });
    sql.row('projects', [id, 1, name, ['I', 'II', 'III'][v % 3], null, '2024-01-01', '2026-12-31', clause, null, now, now]);
    phases.forEach((phase, i) => sql.row('project_phases', [phase.id, id, i, phase.name, phase.startDate, phase.endDate]));
    indicators.forEach((indicator, i) => sql.row('project_indicators', [indicator.id, id, i, indicator.code, indicator.name, indicator.unit, indicator.target]));
    for (const indicator of indicators) for (const t of indicator.phaseTargets) sql.row('indicator_phase_targets', [indicator.id, phases[t.phaseIndex]!.id, t.target]);
    bump('projects');
  });
  json.endList();

  // Institutions ------------------------------------------------------------------------------------------------------
  json.list('institutions');
  const institutions: InstitutionInfo[] = [];
  const institutionIndex = new Map<string, number>();
  const addInstitution = (type: InstitutionType, name: string, teryt: string, v: number, city: string, shortName?: string): string => {
    const id = `ins-b-${pad(institutions.length + 1)}`;
    const street = `${random.pick(STREETS)} ${random.int(1, 150)}`;
    const postalCode = `${random.int(10, 99)}-${pad(random.int(0, 999), 3)}`;
    const nip = random.chance(0.6) ? fakeNip(random) : null;
    const regon = random.chance(0.6) ? fakeRegon(random) : null;
    const email = random.chance(0.7) ? `sekretariat${institutions.length + 1}@${ascii(city) || 'gmina'}.example.pl` : null;
    const phone = random.chance(0.7) ? `${random.int(12, 95)} ${random.int(200, 899)} ${pad(random.int(0, 99), 2)} ${pad(random.int(0, 99), 2)}` : null;
    const item: Record<string, unknown> = { id, name };
    if (shortName) item.shortName = shortName;
    item.type = type;
    item.teryt = teryt;
    if (nip) item.nip = nip;
    if (regon) item.regon = regon;
    item.address = { street, postalCode, city };
    if (email) item.email = email;
    if (phone) item.phone = phone;
    json.item(item);
    const search = foldForSearch([name, shortName, city].filter(Boolean).join(' '));
    sql.row('institutions', [id, 1, name, shortName ?? null, type, teryt, street, postalCode, city, nip, regon, email, phone, null, null, true, search, now, now]);
    institutionIndex.set(id, institutions.length);
    institutions.push({ id, name, v });
    bump('institutions');
    return id;
  };
  const rops = VOIVODESHIPS.map((code, v) => addInstitution('other', `Regionalny Ośrodek Polityki Społecznej – województwo ${unitName.get(code)}`, code, v, capitalised(unitName.get(code)!), 'ROPS'));
  const powiatInstitutions = new Map<string, { pcpr: string; pup: string; police: string }>();
  for (const g of gminas) {
    g.ops = addInstitution('ops', `Ośrodek Pomocy Społecznej w gminie ${g.name}`, g.code, g.v, g.name, 'OPS');
    g.jst = addInstitution('jst_office', `Urząd Gminy ${g.name}`, g.code, g.v, g.name);
    g.institutions.push(g.ops, g.jst);
    if (g.powiat && !powiatInstitutions.has(g.powiat)) {
      const powiatName = unitName.get(g.powiat) ?? g.name;
      powiatInstitutions.set(g.powiat, {
        pcpr: addInstitution('pcpr', `Powiatowe Centrum Pomocy Rodzinie – powiat ${powiatName}`, g.powiat, g.v, g.name, 'PCPR'),
        pup: addInstitution('pup', `Powiatowy Urząd Pracy – powiat ${powiatName}`, g.powiat, g.v, g.name, 'PUP'),
        police: addInstitution('police', `Komenda Powiatowa Policji – powiat ${powiatName}`, g.powiat, g.v, g.name),
      });
    }
    if (g.powiat) {
      const p = powiatInstitutions.get(g.powiat)!;
      g.institutions.push(p.pcpr, p.pup, p.police);
    }
  }
  const institutionTarget = Math.max(institutions.length + 10, Math.round(5000 * scale));
  const kindWeights = INSTITUTION_KINDS.map((kind) => [kind, kind.weight] as const);
  for (let n = 1; institutions.length < institutionTarget; n++) {
    const g = random.pick(gminas);
    const kind = random.weighted(kindWeights);
    g.institutions.push(addInstitution(kind.type, kind.name(g.name, n), g.code, g.v, g.name, kind.short));
  }
  json.endList();

  // People --------------------------------------------------------------------------------------------------------------
  json.list('people');
  const people: PersonInfo[] = [];
  const peopleOf: number[][] = VOIVODESHIPS.map(() => []);
  const peopleOfInstitution = new Map<number, number[]>();
  const byRole = new Map<PersonRole, number[][]>();
  const ROLE_CHANCES: [PersonRole, number][] = [
    ['social_worker', 0.4], ['representative', 0.1], ['trainer', 0.02], ['coach', 0.015], ['supervisor', 0.015], ['animator', 0.02], ['expert', 0.01], ['staff', 0.01],
  ];
  const peopleTarget = Math.max(LIST_SIZE * 8, Math.round(50_000 * scale));
  for (let n = 1; n <= peopleTarget; n++) {
    const id = `per-b-${pad(n)}`;
    const female = random.chance(0.75);
    const firstName = random.pick(female ? FEMALE : MALE);
    const lastName = surnameFor(random.pick(SURNAMES), female);
    const institution = random.chance(0.95) ? random.int(0, institutions.length - 1) : null;
    const v = institution === null ? random.int(0, VOIVODESHIPS.length - 1) : institutions[institution]!.v;
    const roles = ROLE_CHANCES.filter(([, p]) => random.chance(p)).map(([role]) => role).sort();
    const position = random.chance(0.8) ? random.pick(POSITIONS) : null;
    const email = random.chance(0.5) ? `${ascii(firstName)}.${ascii(lastName)}${n}@example.pl` : null;
    const phone = random.chance(0.3) ? `${random.int(500, 899)} ${random.int(100, 999)} ${random.int(100, 999)}` : null;
    const item: Record<string, unknown> = { id, firstName, lastName };
    if (institution !== null) item.institutionId = institutions[institution]!.id;
    item.roles = roles;
    if (position) item.position = position;
    if (email) item.email = email;
    if (phone) item.phone = phone;
    json.item(item);
    const search = foldForSearch([firstName, lastName, position].filter(Boolean).join(' '));
    sql.row('people', [id, 1, firstName, lastName, institution === null ? null : institutions[institution]!.id, position, email, phone, null, search, now, now]);
    for (const role of roles) sql.row('person_roles', [id, role]);
    const index = people.length;
    people.push({ id, institution, v });
    peopleOf[v]!.push(index);
    if (institution !== null) {
      const list = peopleOfInstitution.get(institution);
      if (list) list.push(index);
      else peopleOfInstitution.set(institution, [index]);
    }
    for (const role of roles) {
      if (!byRole.has(role)) byRole.set(role, VOIVODESHIPS.map(() => []));
      byRole.get(role)![v]!.push(index);
    }
    bump('people');
  }
  json.endList();
  const someone = (role: PersonRole, v: number): number => {
    const pool = byRole.get(role)?.[v];
    return pool && pool.length ? random.pick(pool) : random.pick(peopleOf[v]!);
  };
  const representativeOf = (institutionId: string): string | undefined => {
    const list = peopleOfInstitution.get(institutionIndex.get(institutionId)!);
    return list && list.length ? people[random.pick(list)]!.id : undefined;
  };

  json.list('templates');
  json.endList();

  // Partnerships (written after agreements in the file, but generated first: agreements refer to them). ----------
  type Item = Record<string, unknown>;
  const partnershipItems: Item[] = [];
  const partnershipRows: (() => void)[] = [];
  let memberCount = 0;
  let offerCount = 0;
  const dayIn = (first: string, last: string) => addDays(first, random.int(0, Math.round((Date.parse(last) - Date.parse(first)) / 86_400_000)));
  const partnership = (g: Gmina, kind: 'PZK' | 'G-PZK' | 'ZZK', index: number, parent: { id: string; formedOn: string } | null): { id: string; formedOn: string } => {
    const id = kind === 'ZZK' ? `zzk-b-${pad(index, 4)}` : `pzk-b-${pad(index, 4)}`;
    const initiatedOn = parent ? dayIn(addDays(parent.formedOn, 10), addDays(parent.formedOn, 120)) : dayIn('2023-03-01', '2025-09-30');
    const formedOn = random.chance(0.9) ? dayIn(addDays(initiatedOn, 14), addDays(initiatedOn, 90)) : null;
    const endedOn = random.chance(0.06) ? dayIn(addDays(formedOn ?? initiatedOn, 30), addDays(formedOn ?? initiatedOn, 400)) : null;
    const name = kind === 'ZZK' ? `ZZK ${g.name} – wsparcie rodziny ${index}` : `${kind} ${g.name}`;
    const strategic = g.powiat ? powiatInstitutions.get(g.powiat)!.pcpr : null;
    const animator = people[someone('animator', g.v)]!.id;
    const memberInstitutions = random.distinct(g.institutions.length, kind === 'ZZK' ? random.int(3, 4) : random.int(5, 8)).map((i) => g.institutions[i]!);
    const members = memberInstitutions.map((institutionId) => {
      const member: Item = { id: `mem-b-${pad(++memberCount)}`, institutionId };
      const person = representativeOf(institutionId);
      if (person) member.personId = person;
      member.from = formedOn ?? initiatedOn;
      if (random.chance(0.05)) member.to = addDays(formedOn ?? initiatedOn, random.int(60, 300));
      if (kind !== 'ZZK' && random.chance(0.8)) member.declarationSignedOn = formedOn ?? initiatedOn;
      return member;
    });
    const offers =
      kind === 'ZZK'
        ? []
        : memberInstitutions.slice(0, random.int(2, 3)).map((institutionId) => ({
            id: `off-b-${pad(++offerCount)}`,
            institutionId,
            service: `Usługa ${random.pick(TOPICS)}`,
            targetGroup: 'mieszkańcy gminy',
          }));
    const item: Item = { id, projectId: projects[g.v], kind, name, teryt: g.code, leaderInstitutionId: g.ops };
    if (strategic) item.strategicPartnerInstitutionId = strategic;
    item.animatorPersonId = animator;
    if (parent) item.parentId = parent.id;
    item.initiatedOn = initiatedOn;
    if (formedOn) item.formedOn = formedOn;
    if (endedOn) item.endedOn = endedOn;
    item.members = members;
    item.serviceOffers = offers;
    let zzkCase: Item | null = null;
    if (kind === 'ZZK') {
      const chosen = new Set<ProblemCategory>([random.pick(PROBLEM_CATEGORY_KEYS), random.pick(PROBLEM_CATEGORY_KEYS)]);
      zzkCase = {
        id: `sprawa-b-${pad(index, 4)}`,
        code: `ZZK/${g.code}/${index}`,
        problems: PROBLEM_CATEGORY_KEYS.filter((key) => chosen.has(key)),
        hasIpw: random.chance(0.5),
        openedOn: formedOn ?? initiatedOn,
        goals: [
          { id: `cel-b-${pad(index, 4)}-1`, description: 'Poprawa sytuacji mieszkaniowej rodziny', status: 'in_progress' },
          { id: `cel-b-${pad(index, 4)}-2`, description: 'Podjęcie zatrudnienia przez jednego z członków rodziny', status: 'planned' },
        ],
      };
      item.zzkCase = zzkCase;
    }
    partnershipItems.push(item);
    const dbKind: PartnershipKind = kind === 'ZZK' ? 'zzk' : kind === 'G-PZK' ? 'gpzk' : 'pzk';
    partnershipRows.push(() => {
      const search = foldForSearch([PARTNERSHIP_KINDS[dbKind].short, name, zzkCase?.code as string | undefined].filter(Boolean).join(' '));
      sql.row('partnerships', [id, 1, dbKind, name, projects[g.v], g.code, g.ops, strategic, animator, parent?.id ?? null, initiatedOn, formedOn, endedOn, null, search, now, now]);
      for (const m of members) sql.row('partnership_members', [m.id as string, id, m.institutionId as string, (m.personId as string) ?? null, m.from as string, (m.to as string) ?? null, (m.declarationSignedOn as string) ?? null, now]);
      for (const o of offers) sql.row('service_offers', [o.id, 1, id, o.institutionId, o.service, o.targetGroup, null, null, now, now]);
      if (zzkCase) {
        sql.row('zzk_cases', [zzkCase.id as string, 1, id, zzkCase.code as string, zzkCase.hasIpw as boolean, zzkCase.openedOn as string, null, null, now, now]);
        for (const category of zzkCase.problems as string[]) sql.row('zzk_case_problems', [zzkCase.id as string, category]);
        (zzkCase.goals as Item[]).forEach((goal, i) => sql.row('zzk_goals', [goal.id as string, zzkCase!.id as string, i + 1, goal.description as string, goal.status as string]));
      }
    });
    bump('partnerships');
    return { id, formedOn: formedOn ?? initiatedOn };
  };
  gminas.forEach((g, i) => {
    const pzk = partnership(g, random.chance(0.2) ? 'G-PZK' : 'PZK', i + 1, null);
    g.pzk = pzk.id;
    g.series = `ser-b-${pad(i + 1, 4)}`;
    if (random.chance(0.5)) g.zzk = partnership(g, 'ZZK', i + 1, pzk).id;
  });
  // Their rows now, PZK and G-PZK before the ZZKs under them (agreements and events refer to them).
  partnershipItems.forEach((item, i) => item.kind !== 'ZZK' && partnershipRows[i]!());
  partnershipItems.forEach((item, i) => item.kind === 'ZZK' && partnershipRows[i]!());

  // Agreements: the voivodeship (through its ROPS), the gmina and its powiat, one per PZK. --------------------------
  json.list('agreements');
  gminas.forEach((g, i) => {
    const id = `agr-b-${pad(i + 1, 4)}`;
    const number = `POR/${g.code}/${BENCH_YEAR}`;
    const status = random.weighted([['signed', 70], ['sent', 10], ['draft', 10], ['terminated', 10]] as const);
    const draftedOn = dayIn('2024-01-01', '2025-10-31');
    const signedOn = status === 'signed' || status === 'terminated' ? addDays(draftedOn, random.int(5, 60)) : null;
    const validUntil = signedOn ? '2027-12-31' : null;
    const terminatedOn = status === 'terminated' ? addDays(signedOn!, random.int(30, 200)) : null;
    const voivodeship = VOIVODESHIPS[g.v]!;
    const parties: Item[] = [
      { id: `str-b-${pad(i + 1, 4)}-1`, kind: 'voivodeship', teryt: voivodeship, actingThroughInstitutionId: rops[g.v], name: `Województwo ${capitalised(unitName.get(voivodeship)!)}`, representativeName: 'Marszałek Województwa' },
      { id: `str-b-${pad(i + 1, 4)}-2`, kind: 'gmina', teryt: g.code, name: `Gmina ${g.name}`, representativeName: 'Wójt Gminy' },
    ];
    if (g.powiat) parties.push({ id: `str-b-${pad(i + 1, 4)}-3`, kind: 'powiat', teryt: g.powiat, name: `Powiat ${capitalised(unitName.get(g.powiat) ?? g.name)}`, representativeName: 'Starosta' });
    const subject = `Współpraca przy wdrażaniu Modelu kooperacji w gminie ${g.name}`;
    const item: Item = { id, number, projectId: projects[g.v], partnershipId: g.pzk, teryt: g.code, status, draftedOn };
    if (signedOn) item.signedOn = signedOn;
    if (validUntil) item.validUntil = validUntil;
    if (terminatedOn) item.terminatedOn = terminatedOn;
    item.subject = subject;
    item.parties = [rops[g.v]];
    item.partyDetails = parties;
    json.item(item);
    sql.row('agreements', [
      id, 1, number, projects[g.v], g.pzk, null, subject, status, draftedOn, signedOn, validUntil, terminatedOn, null,
      foldForSearch([number, ...parties.map((party) => party.name as string)].join(' ')), now, now,
    ]);
    parties.forEach((party, position) =>
      sql.row('agreement_parties', [party.id as string, id, position, party.kind as string, party.teryt as string, null, (party.actingThroughInstitutionId as string) ?? null, party.name as string, null, null, null, party.representativeName as string, null]),
    );
    bump('agreements');
  });
  json.endList();

  json.list('partnerships');
  for (const item of partnershipItems) json.item(item);
  partnershipItems.length = 0;
  json.endList();

  json.list('eventSeries');
  for (const g of gminas) {
    const rule = 'FREQ=MONTHLY;BYDAY=2TU;COUNT=12';
    json.item({ id: g.series, rule });
    sql.row('event_series', [g.series!, 1, rule, now, now]);
    bump('eventSeries');
  }
  json.endList();

  // Events: skeletons first, so the participants can be spread to give exactly the wanted attendance marks. ------------
  const eventTarget = Math.max(50, Math.round(20_000 * scale));
  const marksTarget = Math.round(500_000 * scale);
  const skeletons: Skeleton[] = [];
  const listGmina = gminas.indexOf(gminasOf[0]![0]!);
  skeletons.push({
    id: LIST_EVENT_ID, type: 'conference', status: 'held', firstDay: `${BENCH_YEAR}-06-10`, days: [`${BENCH_YEAR}-06-10`], startTime: '09:00', endTime: '15:00', hours: 6, unit: 'clock',
    mode: null, gmina: listGmina, participants: LIST_SIZE, flexible: false, perPersonHours: false,
  });
  for (let n = 1; skeletons.length < eventTarget; n++) {
    const type = random.weighted(EVENT_TYPE_WEIGHTS);
    const status = random.weighted([['held', 86], ['planned', 10], ['cancelled', 4]] as const);
    const dayCount =
      type === 'training' ? random.weighted([[1, 50], [2, 30], [3, 20]] as const)
      : type === 'workshop' ? random.weighted([[1, 60], [2, 40]] as const)
      : type === 'conference' ? random.weighted([[1, 80], [2, 20]] as const)
      : type === 'study_visit' ? 2
      : 1;
    const firstDay = status === 'planned' ? workingDayBetween(random, `${BENCH_YEAR + 1}-01-07`, `${BENCH_YEAR + 1}-06-26`) : workingDayBetween(random, `${BENCH_YEAR}-01-07`, `${BENCH_YEAR}-12-17`);
    const days = Array.from({ length: dayCount }, (_, i) => addDays(firstDay, i));
    const unit: HourUnit = type === 'training' || type === 'workshop' || type === 'education_meeting' ? 'didactic' : 'clock';
    const perDay =
      type === 'training' || type === 'workshop' ? 8
      : type === 'conference' || type === 'study_visit' ? 6
      : type === 'coaching' ? random.int(1, 2)
      : type === 'supervision' ? 3
      : type === 'education_meeting' ? 4
      : random.int(2, 3);
    const mode = type === 'coaching' || type === 'supervision' ? random.weighted([['individual', 40], ['group', 30], [null, 30]] as const) : null;
    const participants =
      mode === 'individual' ? 1
      : type === 'coaching' || type === 'supervision' ? random.int(mode === 'group' ? 2 : 1, 10)
      : type === 'conference' ? random.int(60, 200)
      : type === 'training' || type === 'workshop' ? random.int(12, 25)
      : random.int(6, 20);
    skeletons.push({
      id: `ev-b-${pad(n)}`, type, status, firstDay, days, startTime: '09:00', endTime: endTimeFor(perDay, unit), hours: perDay * dayCount, unit, mode,
      gmina: random.int(0, gminas.length - 1),
      participants: status === 'held' ? participants : random.int(0, 12),
      flexible: status === 'held' && mode !== 'individual',
      perPersonHours: (type === 'coaching' || type === 'supervision') && random.chance(0.5),
    });
  }
  // Scale the flexible events' participants so that the marks (participants × days of held events) hit the target.
  const marksOf = (s: Skeleton) => (s.status === 'held' ? s.participants * s.days.length : 0);
  const fixedMarks = skeletons.filter((s) => !s.flexible).reduce((sum, s) => sum + marksOf(s), 0);
  const flexibleMarks = skeletons.filter((s) => s.flexible).reduce((sum, s) => sum + marksOf(s), 0);
  const factor = flexibleMarks > 0 ? Math.max(0, marksTarget - fixedMarks) / flexibleMarks : 0;
  const peopleInVoivodeship = (s: Skeleton) => peopleOf[gminas[s.gmina]!.v]!.length;
  const minimum = (s: Skeleton) => (s.mode === 'group' ? 2 : 1);
  for (const s of skeletons) if (s.flexible) s.participants = Math.min(Math.max(minimum(s), Math.round(s.participants * factor)), 5000, peopleInVoivodeship(s));
  let missing = marksTarget - skeletons.reduce((sum, s) => sum + marksOf(s), 0);
  const oneDay = skeletons.filter((s) => s.flexible && s.days.length === 1);
  for (let i = 0; missing !== 0 && oneDay.length > 0 && i < oneDay.length * 50; i++) {
    const s = oneDay[i % oneDay.length]!;
    if (missing > 0 && s.participants < Math.min(5000, peopleInVoivodeship(s))) {
      s.participants++;
      missing--;
    } else if (missing < 0 && s.participants > minimum(s)) {
      s.participants--;
      missing++;
    }
  }

  json.list('events');
  const certificates: { id: string; number: string; issuedOn: string; eventId: string; personId: string }[] = [];
  const ids = seeded(options.seed + 1);
  const leaderRoleFor = (type: EventType): [EventLeaderRole, PersonRole] =>
    type === 'training' ? ['trainer', 'trainer'] : type === 'coaching' ? ['coach', 'coach'] : type === 'supervision' ? ['supervisor', 'supervisor'] : ['moderator', 'animator'];
  const attendanceStatus = (): AttendanceStatus => random.weighted([['present', 88], ['absent', 8], ['excused', 4]] as const);
  for (const s of skeletons) {
    const g = gminas[s.gmina]!;
    const topic = random.pick(TOPICS);
    const title = s.id === LIST_EVENT_ID ? 'Regionalna konferencja kooperacyjna – lista 300 osób' : `${TITLES[s.type]}: ${topic} – ${g.name}`;
    const start = warsawInstant(s.firstDay, s.startTime);
    const end = warsawInstant(s.days[s.days.length - 1]!, s.endTime);
    const place = `${random.pick(PLACES)}, ${g.name}`;
    const partnershipId =
      s.type === 'pzk_meeting' || s.type === 'pzk_initiating_meeting' ? g.pzk! : s.type === 'zzk_meeting' ? (g.zzk ?? g.pzk!) : s.type === 'consultation' && random.chance(0.3) ? g.pzk! : null;
    const teryt = partnershipId && random.chance(0.5) ? null : g.code;
    const projectId = random.chance(0.9) ? projects[g.v]! : null;
    const organiser = random.chance(0.6) ? g.ops : rops[g.v]!;
    const seriesId = s.type === 'pzk_meeting' && random.chance(0.7) ? g.series! : null;
    const [leaderRole, leaderPool] = leaderRoleFor(s.type);
    const leaderPeople = [...new Set(Array.from({ length: s.type === 'training' || s.id === LIST_EVENT_ID ? 2 : 1 }, () => people[someone(leaderPool, g.v)]!.id))];
    const leaders = leaderPeople.map((personId) => ({ personId, role: leaderRole }));
    // The event's row before its participants' (foreign keys).
    sql.row('events', [
      s.id, 1, title, s.type, s.status, projectId, partnershipId, teryt, place, organiser, new Date(start).toISOString(), new Date(end).toISOString(), s.hours, s.unit, s.mode, null, seriesId, false,
      foldForSearch([title, place].filter(Boolean).join(' ')), now, now,
    ]);
    for (const leader of leaders) sql.row('event_leaders', [s.id, leader.personId, leader.role]);
    const pool = peopleOf[g.v]!;
    const chosen = random.distinct(pool.length, s.participants).map((i) => people[pool[i]!]!);
    const participants: Item[] = [];
    for (const person of chosen) {
      const participant: Item = { personId: person.id };
      const institutionId = person.institution !== null && random.chance(0.85) ? institutions[person.institution]!.id : null;
      const walkIn = s.status === 'held' && random.chance(0.03);
      let marks: { day: string; status: AttendanceStatus }[] = [];
      if (s.status === 'held') {
        marks = s.days.map((day) => ({ day, status: s.id === LIST_EVENT_ID || s.mode === 'individual' ? 'present' : attendanceStatus() }));
        const summary = attendanceSummary(marks.map((m) => m.status))!;
        participant.attendance = summary;
        if (s.days.length > 1) participant.attendanceByDay = Object.fromEntries(marks.map((m) => [m.day, m.status]));
      }
      if (institutionId) participant.institutionId = institutionId;
      if (walkIn) participant.walkIn = true;
      const present = marks.some((m) => m.status === 'present');
      const hours = s.perPersonHours && present ? s.hours : null;
      if (hours !== null) participant.hours = hours;
      participants.push(participant);
      // Row ids as the import makes them (newId('ucz')): random UUIDs, so both databases index the same kind of keys.
      const rowId = `ucz-${uuid(ids)}`;
      sql.row('event_participants', [rowId, s.id, person.id, institutionId, walkIn, hours, now]);
      for (const mark of marks) sql.row('attendance', [rowId, mark.day, mark.status]);
      bump('attendance', marks.length);
      if (s.type === 'training' && present && random.chance(0.4)) {
        const sequence = certificates.length + 1;
        certificates.push({ id: `zas-b-${pad(sequence)}`, number: `${sequence}/${BENCH_YEAR}`, issuedOn: s.days[s.days.length - 1]!, eventId: s.id, personId: person.id });
      }
    }
    const item: Item = { id: s.id, projectId, type: s.type, status: s.status, title, start, end, place, teryt };
    if (partnershipId) item.partnershipId = partnershipId;
    item.organiserInstitutionId = organiser;
    item.hours = s.hours;
    item.hourUnit = s.unit;
    if (s.mode) item.mode = s.mode;
    if (seriesId) item.seriesId = seriesId;
    item.leaders = leaders;
    item.participants = participants;
    json.item(item);
    bump('events');
    bump('participants', participants.length);
  }
  json.endList();

  json.list('certificates');
  for (const c of certificates) {
    json.item({ id: c.id, number: c.number, issuedOn: c.issuedOn, eventId: c.eventId, personId: c.personId });
    sql.row('certificates', [c.id, c.number, BENCH_YEAR, Number(c.number.split('/')[0]), c.issuedOn, c.eventId, c.personId, now]);
  }
  bump('certificates', certificates.length);
  json.endList();
  json.end();
  sql.end();
  exchangeOut.close();
  sqlOut.close();
  counts.gminas = gminas.length;
  counts.voivodeships = VOIVODESHIPS.length;
  return { counts, exchangeBytes: exchangeOut.bytes, sqlBytes: sqlOut.bytes };
}
