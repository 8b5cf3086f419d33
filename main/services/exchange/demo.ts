/**
 * A realistic demonstration register as an exchange document: the śląskie office of macroregion III running
 * "Kooperacje 3D" with 15 PZK in the real gminas of the pilot (seed 000), their OPS leaders and, in the 7 land
 * counties, the PCPR as strategic partner; members with representatives, ZZK cases, agreements with parties, and a
 * year of events with participants and attendance. Deterministic: the same seed and year give the same document.
 * Names, addresses and identifiers of people and institutions are made up (NIP/REGON with valid checksums).
 */
import {
  attendanceSummary,
  EXCHANGE_VERSION,
  foldForSearch,
  type AttendanceStatus,
  type ExchangeDocument,
  type InstitutionType,
  type PersonRole,
  type ProblemCategory,
} from '../../../preload/contract';
import { DEFAULT_TEMPLATES } from '../documents/template';
import { seeded, type Random } from '../seededRandom';
import { daysFrom, warsawInstant } from './time';

type Doc = ExchangeDocument;
type Item<K extends keyof Doc> = NonNullable<Doc[K]> extends (infer T)[] ? T : never;
type InstitutionItem = Item<'institutions'>;
type PersonItem = Item<'people'>;
type EventItem = Item<'events'>;
type ParticipantItem = EventItem['participants'][number];


interface Gmina {
  key: string;
  code: string;
  name: string;
  /** "w Będzinie" without the "w". */
  loc: string;
  postal: string;
  phone: string;
  cityCounty: boolean;
  mayor: string;
  abbreviation: string;
  /** Land counties: the powiat, its name as a party and where its PCPR is. */
  powiat?: { code: string; party: string; pcpr: string; pcprCity: string; pcprPostal: string; police: string };
  ops?: string;
}

/** The 15 gminas of the śląskie pilot (seed 000): TERYT codes from TERC. */
const GMINAS: Gmina[] = [
  { key: 'bedzin', code: '2401011', name: 'Będzin', loc: 'Będzinie', postal: '42-500', phone: '32', cityCounty: false, mayor: 'Prezydent Miasta', abbreviation: 'BDZ', powiat: { code: '2401', party: 'Powiat Będziński', pcpr: 'Będzinie', pcprCity: 'Będzin', pcprPostal: '42-500', police: 'Komenda Powiatowa Policji w Będzinie' } },
  { key: 'bielsko-biala', code: '2461011', name: 'Bielsko-Biała', loc: 'Bielsku-Białej', postal: '43-300', phone: '33', cityCounty: true, mayor: 'Prezydent Miasta', abbreviation: 'BB' },
  { key: 'cieszyn', code: '2403011', name: 'Cieszyn', loc: 'Cieszynie', postal: '43-400', phone: '33', cityCounty: false, mayor: 'Burmistrz Miasta', abbreviation: 'CIE', powiat: { code: '2403', party: 'Powiat Cieszyński', pcpr: 'Cieszynie', pcprCity: 'Cieszyn', pcprPostal: '43-400', police: 'Komenda Powiatowa Policji w Cieszynie' } },
  { key: 'czestochowa', code: '2464011', name: 'Częstochowa', loc: 'Częstochowie', postal: '42-200', phone: '34', cityCounty: true, mayor: 'Prezydent Miasta', abbreviation: 'CZE' },
  { key: 'dabrowa-gornicza', code: '2465011', name: 'Dąbrowa Górnicza', loc: 'Dąbrowie Górniczej', postal: '41-300', phone: '32', cityCounty: true, mayor: 'Prezydent Miasta', abbreviation: 'DG' },
  { key: 'knurow', code: '2405011', name: 'Knurów', loc: 'Knurowie', postal: '44-190', phone: '32', cityCounty: false, mayor: 'Prezydent Miasta', abbreviation: 'KNU', powiat: { code: '2405', party: 'Powiat Gliwicki', pcpr: 'Gliwicach', pcprCity: 'Gliwice', pcprPostal: '44-100', police: 'Komisariat Policji w Knurowie' } },
  { key: 'lubliniec', code: '2407011', name: 'Lubliniec', loc: 'Lublińcu', postal: '42-700', phone: '34', cityCounty: false, mayor: 'Burmistrz Miasta', abbreviation: 'LUB', powiat: { code: '2407', party: 'Powiat Lubliniecki', pcpr: 'Lublińcu', pcprCity: 'Lubliniec', pcprPostal: '42-700', police: 'Komenda Powiatowa Policji w Lublińcu' } },
  { key: 'mikolow', code: '2408021', name: 'Mikołów', loc: 'Mikołowie', postal: '43-190', phone: '32', cityCounty: false, mayor: 'Burmistrz', abbreviation: 'MIK', powiat: { code: '2408', party: 'Powiat Mikołowski', pcpr: 'Mikołowie z siedzibą w Łaziskach Górnych', pcprCity: 'Łaziska Górne', pcprPostal: '43-170', police: 'Komenda Powiatowa Policji w Mikołowie' } },
  { key: 'myslowice', code: '2470011', name: 'Mysłowice', loc: 'Mysłowicach', postal: '41-400', phone: '32', cityCounty: true, mayor: 'Prezydent Miasta', abbreviation: 'MYS' },
  { key: 'rybnik', code: '2473011', name: 'Rybnik', loc: 'Rybniku', postal: '44-200', phone: '32', cityCounty: true, mayor: 'Prezydent Miasta', abbreviation: 'RYB', ops: 'Ośrodek Pomocy Społecznej w Rybniku' },
  { key: 'siemianowice', code: '2474011', name: 'Siemianowice Śląskie', loc: 'Siemianowicach Śląskich', postal: '41-100', phone: '32', cityCounty: true, mayor: 'Prezydent Miasta', abbreviation: 'SIE' },
  { key: 'sosnowiec', code: '2475011', name: 'Sosnowiec', loc: 'Sosnowcu', postal: '41-200', phone: '32', cityCounty: true, mayor: 'Prezydent Miasta', abbreviation: 'SOS' },
  { key: 'tarnowskie-gory', code: '2413041', name: 'Tarnowskie Góry', loc: 'Tarnowskich Górach', postal: '42-600', phone: '32', cityCounty: false, mayor: 'Burmistrz Miasta', abbreviation: 'TG', powiat: { code: '2413', party: 'Powiat Tarnogórski', pcpr: 'Tarnowskich Górach', pcprCity: 'Tarnowskie Góry', pcprPostal: '42-600', police: 'Komenda Powiatowa Policji w Tarnowskich Górach' } },
  { key: 'zawiercie', code: '2416021', name: 'Zawiercie', loc: 'Zawierciu', postal: '42-400', phone: '32', cityCounty: false, mayor: 'Prezydent Miasta', abbreviation: 'ZAW', powiat: { code: '2416', party: 'Powiat Zawierciański', pcpr: 'Zawierciu', pcprCity: 'Zawiercie', pcprPostal: '42-400', police: 'Komenda Powiatowa Policji w Zawierciu' } },
  { key: 'zory', code: '2479011', name: 'Żory', loc: 'Żorach', postal: '44-240', phone: '32', cityCounty: true, mayor: 'Prezydent Miasta', abbreviation: 'ZOR' },
];

const FEMALE = ['Agnieszka', 'Małgorzata', 'Katarzyna', 'Joanna', 'Beata', 'Dorota', 'Elżbieta', 'Grażyna', 'Iwona', 'Jolanta', 'Łucja', 'Magdalena', 'Renata', 'Urszula', 'Żaneta', 'Zofia', 'Bożena', 'Halina', 'Justyna', 'Marzena', 'Aleksandra', 'Ewelina'];
const MALE = ['Łukasz', 'Paweł', 'Tomasz', 'Grzegorz', 'Krzysztof', 'Michał', 'Piotr', 'Sławomir', 'Wojciech', 'Zbigniew', 'Jarosław', 'Przemysław', 'Mirosław', 'Bartłomiej', 'Józef', 'Jacek'];
const SURNAMES = [
  'Kowalski', 'Nowak', 'Wiśniewski', 'Wójcik', 'Kowalczyk', 'Kamiński', 'Lewandowski', 'Zieliński', 'Szymański', 'Woźniak', 'Dąbrowski', 'Kozłowski', 'Mazur', 'Kwiatkowski',
  'Krawczyk', 'Piotrowski', 'Grabowski', 'Pawłowski', 'Michalski', 'Król', 'Wieczorek', 'Jabłoński', 'Wróbel', 'Majewski', 'Olszewski', 'Stępień', 'Malinowski', 'Górecki', 'Sikora',
  'Walczak', 'Baran', 'Rutkowski', 'Szewczyk', 'Ostrowski', 'Pietrzak', 'Duda', 'Zalewski', 'Ślęzak', 'Żak', 'Gołąb', 'Pająk', 'Kubiś', 'Pyka', 'Sobik', 'Skrzypiec', 'Mrozek', 'Kuś', 'Świątek',
  'Łysoń', 'Gruszka', 'Nocoń', 'Wawrzyczek', 'Bugla', 'Czempiel', 'Gawlik', 'Kołodziej',
];
const STREETS = ['ul. Mickiewicza', 'ul. Kościuszki', 'ul. Słowackiego', 'ul. 3 Maja', 'ul. Wolności', 'ul. Piłsudskiego', 'ul. Żeromskiego', 'ul. Sienkiewicza', 'ul. Dworcowa', 'ul. Korfantego', 'ul. Świętochłowicka', 'ul. Łączna', 'ul. Górnicza', 'ul. Szkolna', 'pl. Wolności'];

/** "Kowalski" → "Kowalska" for a woman; other surnames do not change. */
function surnameFor(surname: string, female: boolean): string {
  return female && /(ski|cki|dzki)$/.test(surname) ? `${surname.slice(0, -1)}a` : surname;
}

function weighted(digits: number[], weights: number[]): number {
  return weights.reduce((sum, w, i) => sum + w * digits[i]!, 0);
}

function fakeNip(random: Random): string {
  for (;;) {
    const digits = Array.from({ length: 9 }, (_, i) => (i === 0 ? random.int(1, 9) : random.int(0, 9)));
    const check = weighted(digits, [6, 5, 7, 2, 3, 4, 5, 6, 7]) % 11;
    if (check !== 10) return [...digits, check].join('');
  }
}

function fakeRegon(random: Random): string {
  const digits = Array.from({ length: 8 }, (_, i) => (i === 0 ? random.int(1, 9) : random.int(0, 9)));
  return [...digits, (weighted(digits, [8, 9, 2, 3, 4, 5, 6, 7]) % 11) % 10].join('');
}

/** A Warsaw calendar day of `year` from a day of the year (1 = 1 January). */
function dayOfYear(year: number, n: number): string {
  return new Date(Date.UTC(year, 0, n)).toISOString().slice(0, 10);
}

/** The working day on or after `day` (Saturday and Sunday move to Monday). */
function workingDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  const weekday = date.getUTCDay();
  if (weekday === 6) date.setUTCDate(date.getUTCDate() + 2);
  if (weekday === 0) date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

/** The second Wednesday of a month. */
function secondWednesday(year: number, month: number): string {
  const first = new Date(Date.UTC(year, month - 1, 1)).getUTCDay();
  return new Date(Date.UTC(year, month - 1, 1 + ((3 - first + 7) % 7) + 7)).toISOString().slice(0, 10);
}

const pad = (n: number, width = 3) => String(n).padStart(width, '0');

const MEMBER_KINDS: { type: InstitutionType; name: (g: Gmina, r: Random) => string; short?: string; service: string; target: string }[] = [
  { type: 'pup', name: (g) => `Powiatowy Urząd Pracy w ${g.loc}`, short: 'PUP', service: 'Indywidualne poradnictwo zawodowe i staże', target: 'osoby bezrobotne i poszukujące pracy' },
  { type: 'police', name: (g) => g.powiat?.police ?? `Komenda Miejska Policji w ${g.loc}`, service: 'Dzielnicowi w zespołach interdyscyplinarnych, profilaktyka przemocy', target: 'rodziny zagrożone przemocą' },
  { type: 'school', name: (g, r) => `Szkoła Podstawowa nr ${r.int(1, 24)} w ${g.loc}`, service: 'Zajęcia pozalekcyjne i pomoc psychologiczno-pedagogiczna', target: 'dzieci i młodzież' },
  { type: 'counselling_center', name: (g) => `Poradnia Psychologiczno-Pedagogiczna w ${g.loc}`, short: 'PPP', service: 'Diagnoza i terapia dzieci, konsultacje dla rodziców', target: 'rodziny z dziećmi' },
  { type: 'court', name: (g) => `Zespół Kuratorskiej Służby Sądowej przy Sądzie Rejonowym w ${g.loc}`, service: 'Nadzór kuratorski i konsultacje w sprawach rodzinnych', target: 'rodziny pod nadzorem kuratora' },
  { type: 'ngo', name: (g, r) => `Stowarzyszenie ${r.pick(['„Przystań”', '„Nadzieja”', '„Wspólna Droga”', '„Bliżej Siebie”', '„Razem Łatwiej”'])} w ${g.loc}`, service: 'Wolontariat opiekuńczy i grupy wsparcia', target: 'osoby starsze i samotne' },
  { type: 'health', name: (g) => `Centrum Zdrowia Psychicznego w ${g.loc}`, short: 'CZP', service: 'Konsultacje psychiatryczne i terapia uzależnień', target: 'osoby w kryzysie psychicznym i uzależnione' },
  { type: 'culture', name: (g) => `Miejska Biblioteka Publiczna w ${g.loc}`, short: 'MBP', service: 'Zajęcia integracyjne i kluby seniora', target: 'seniorzy i rodziny' },
  { type: 'sds', name: (g) => `Środowiskowy Dom Samopomocy w ${g.loc}`, short: 'ŚDS', service: 'Treningi umiejętności społecznych', target: 'osoby z niepełnosprawnością intelektualną' },
  { type: 'social_economy', name: (g) => `Spółdzielnia Socjalna „Razem” w ${g.loc}`, service: 'Zatrudnienie socjalne i reintegracja zawodowa', target: 'osoby długotrwale bezrobotne' },
  { type: 'care_facility', name: (g) => `Placówka Opiekuńczo-Wychowawcza „Promyk” w ${g.loc}`, service: 'Wsparcie dzienne dla dzieci', target: 'dzieci z rodzin niewydolnych wychowawczo' },
];

const PROBLEMS: ProblemCategory[] = ['elderly_alone', 'disability', 'addiction', 'unemployment', 'parenting', 'domestic_violence', 'homelessness', 'poverty', 'health'];

export interface DemoOptions {
  seed?: number;
  /** The year of events (the project runs from its 1 January to the end of the next year). */
  year?: number;
}

/** The demonstration document. */
export function buildDemoDocument(options: DemoOptions = {}): ExchangeDocument {
  const year = options.year ?? 2026;
  const random = seeded(options.seed ?? 2026);
  /** Events from this day on are still planned; earlier ones were held (a few cancelled). */
  const planningFrom = `${year}-11-16`;

  const institutions: InstitutionItem[] = [];
  const people: PersonItem[] = [];
  const personInstitution = new Map<string, string>();
  let personCount = 0;
  const usedNames = new Set<string>();

  const institution = (id: string, type: InstitutionType, name: string, teryt: string, city: string, postal: string, extra: Partial<InstitutionItem> = {}, areaCode = '32'): InstitutionItem => {
    const item: InstitutionItem = {
      id,
      name,
      type,
      teryt,
      nip: fakeNip(random),
      regon: fakeRegon(random),
      address: { street: `${random.pick(STREETS)} ${random.int(1, 120)}`, postalCode: postal, city },
      phone: `${areaCode} ${random.int(200, 899)} ${pad(random.int(0, 99), 2)} ${pad(random.int(0, 99), 2)}`,
      ...extra,
    };
    institutions.push(item);
    return item;
  };

  /** A made-up Polish name, not used before in the document. */
  const randomName = (): { firstName: string; lastName: string; female: boolean } => {
    let firstName = '';
    let lastName = '';
    let female = false;
    for (let attempt = 0; attempt < 20; attempt++) {
      female = random.chance(0.72);
      firstName = random.pick(female ? FEMALE : MALE);
      lastName = surnameFor(random.pick(SURNAMES), female);
      if (!usedNames.has(`${firstName} ${lastName}`)) break;
    }
    usedNames.add(`${firstName} ${lastName}`);
    return { firstName, lastName, female };
  };

  const person = (institutionId: string | null, roles: PersonRole[], position: string, domain: string | null): PersonItem => {
    const { firstName, lastName, female } = randomName();
    const id = `demo-per-${pad(++personCount)}`;
    const item: PersonItem = {
      id,
      firstName,
      lastName,
      // Every seventh person without a form of address, as in a register filled in over the years.
      ...(personCount % 7 === 0 ? {} : { formOfAddress: female ? 'ms' : 'mr' }),
      ...(institutionId ? { institutionId } : {}),
      roles: [...roles].sort(),
      position,
      ...(domain ? { email: `${foldForSearch(firstName)[0]}.${foldForSearch(lastName).replace(/[^a-z]/g, '')}@${domain}` } : {}),
    };
    people.push(item);
    if (institutionId) personInstitution.set(id, institutionId);
    return item;
  };

  // The office, its project staff, and the trainers, coaches and supervisors it hires. -----------------------------
  const rops = institution('demo-ins-rops-katowice', 'other', 'Regionalny Ośrodek Polityki Społecznej w Katowicach', '2469011', 'Katowice', '40-142', {
    shortName: 'ROPS Katowice',
    address: { street: 'ul. Modelarska 10', postalCode: '40-142', city: 'Katowice' },
    website: 'https://rops-katowice.example.pl',
    email: 'sekretariat@rops-katowice.example.pl',
  });
  const trainingCentre = institution('demo-ins-centrum-superwizji', 'ngo', 'Fundacja Śląskie Centrum Superwizji i Coachingu', '2469011', 'Katowice', '40-017', {
    shortName: 'ŚCSiC',
    notes: 'Wykonawca coachingu, superwizji i szkoleń w projekcie (umowa na lata pilotażu).',
  });
  const staff = Array.from({ length: 4 }, (_, i) => person(rops.id, i === 0 ? ['staff', 'expert'] : ['staff'], i === 0 ? 'Koordynator projektu' : 'Specjalista ds. modelu kooperacji', 'rops-katowice.example.pl'));
  const experts = Array.from({ length: 3 }, () => person(null, ['expert'], 'Ekspert ds. modelu kooperacji', null));
  const trainers = Array.from({ length: 3 }, () => person(trainingCentre.id, ['trainer'], 'Trener', null));
  const coaches = Array.from({ length: 4 }, () => person(trainingCentre.id, ['coach'], 'Coach ICF', null));
  const supervisors = Array.from({ length: 3 }, () => person(trainingCentre.id, ['supervisor'], 'Superwizor pracy socjalnej', null));

  // Project -------------------------------------------------------------------------------------------------------
  const project: Item<'projects'> = {
    id: 'demo-prj-kooperacje-3d',
    name: 'Kooperacje 3D – model wielosektorowej współpracy na rzecz wsparcia osób i rodzin',
    macroregion: 3,
    gminaKind: 'urban',
    startDate: `${year}-01-01`,
    endDate: `${year + 1}-12-31`,
    cofinancingClause: 'Projekt współfinansowany ze środków Unii Europejskiej w ramach Europejskiego Funduszu Społecznego Plus.',
    phases: [
      { id: 'demo-faz-1', name: 'I Faza – budowa modelu', startDate: `${year}-01-01`, endDate: `${year}-03-31` },
      { id: 'demo-faz-2', name: 'II Faza – pilotaż', startDate: `${year}-04-01`, endDate: `${year + 1}-09-30` },
      { id: 'demo-faz-3', name: 'III Faza – ewaluacja i rekomendacje', startDate: `${year + 1}-10-01`, endDate: `${year + 1}-12-31` },
    ],
    milestones: [
      { name: 'I Kamień Milowy', dueDate: `${year}-03-31`, reachedOn: `${year}-03-27`, phaseIndex: 0, notes: 'przyjęto koncepcję Modelu Kooperacji i podpisano pierwsze porozumienia z gminami i powiatami' },
      { name: 'II Kamień Milowy', dueDate: `${year}-12-31`, phaseIndex: 1, notes: 'zawiązano Partnerskie Zespoły Kooperacyjne we wszystkich gminach projektu' },
      { name: 'III Kamień Milowy', dueDate: `${year + 1}-09-30`, phaseIndex: 1 },
    ],
    indicators: [
      { id: 'demo-wsk-pzk', code: 'W1', name: 'Liczba utworzonych Partnerskich Zespołów Kooperacyjnych', unit: 'szt.', target: 15, measure: { kind: 'partnerships', partnershipKinds: ['PZK', 'G-PZK'], state: 'formed' }, phaseTargets: [{ phaseIndex: 1, target: 15 }] },
      { id: 'demo-wsk-por', code: 'W2', name: 'Liczba porozumień zawartych z JST', unit: 'szt.', target: 22, measure: { kind: 'agreements' }, phaseTargets: [{ phaseIndex: 0, target: 22 }] },
      { id: 'demo-wsk-war', code: 'W3', name: 'Liczba warsztatów kooperacyjnych', unit: 'szt.', target: 42, measure: { kind: 'events', eventTypes: ['workshop'] }, phaseTargets: [{ phaseIndex: 1, target: 42 }] },
      { id: 'demo-wsk-coa', code: 'W4', name: 'Godziny coachingu indywidualnego pracowników socjalnych', unit: 'godz. zegarowe', target: 1200, measure: { kind: 'hours', eventTypes: ['coaching'], hourUnit: 'clock_equivalent', mode: 'individual' } },
      { id: 'demo-wsk-sup', code: 'W5', name: 'Godziny superwizji indywidualnej i grupowej', unit: 'godz. zegarowe', target: 550, measure: { kind: 'hours', eventTypes: ['supervision'], hourUnit: 'clock_equivalent', mode: null } },
      { id: 'demo-wsk-szk', code: 'W6', name: 'Liczba szkoleń międzysektorowych', unit: 'szt.', target: 8, measure: { kind: 'events', eventTypes: ['training'] } },
    ],
  };

  const partnerships: Item<'partnerships'>[] = [];
  const agreements: Item<'agreements'>[] = [];
  const events: EventItem[] = [];
  const eventSeries: Item<'eventSeries'>[] = [];
  const certificates: Item<'certificates'>[] = [];
  let eventCount = 0;
  let certificateCount = 0;

  const attendanceMark = (): AttendanceStatus => {
    const x = random.next();
    return x < 0.86 ? 'present' : x < 0.95 ? 'absent' : 'excused';
  };
  const addEvent = (
    draft: Omit<EventItem, 'id' | 'projectId' | 'status' | 'participants' | 'start' | 'end'> & { day: string; from: string; to: string; days?: number },
    attendees: { personId: string; hours?: number; walkIn?: boolean }[],
  ): EventItem => {
    const { day, from, to, days = 1, ...rest } = draft;
    const last = new Date(Date.parse(`${day}T00:00:00Z`) + (days - 1) * 86_400_000).toISOString().slice(0, 10);
    const status = day >= planningFrom ? 'planned' : random.chance(0.06) ? 'cancelled' : 'held';
    const participants: ParticipantItem[] = attendees.map(({ personId, hours, walkIn }) => {
      const base: ParticipantItem = {
        personId,
        ...(personInstitution.get(personId) ? { institutionId: personInstitution.get(personId) } : {}),
        ...(walkIn ? { walkIn: true } : {}),
        ...(hours !== undefined ? { hours } : {}),
      };
      if (status !== 'held') return base;
      if (days === 1) return { ...base, attendance: attendanceMark() };
      const byDay = Object.fromEntries(daysFrom(day, last).map((d) => [d, attendanceMark()]));
      return { ...base, attendance: attendanceSummary(Object.values(byDay)), attendanceByDay: byDay };
    });
    const event: EventItem = {
      id: `demo-evt-${pad(++eventCount, 4)}`,
      projectId: project.id,
      status,
      start: warsawInstant(day, from),
      end: warsawInstant(last, to),
      ...rest,
      participants: [...participants].sort((a, b) => (a.personId < b.personId ? -1 : 1)),
    };
    events.push(event);
    return event;
  };

  const socialWorkers: string[] = [];
  const allRepresentatives: string[] = [];
  interface Local {
    gmina: Gmina;
    pzk: Item<'partnerships'>;
    ops: InstitutionItem;
    animator: PersonItem;
    workers: PersonItem[];
    representatives: PersonItem[];
    initiating: string[];
  }
  const locals: Local[] = [];

  GMINAS.forEach((gmina, g) => {
    const domainOf = (prefix: string) => `${prefix}-${gmina.key}.example.pl`;
    const ops = institution(
      `demo-ins-ops-${gmina.key}`,
      'ops',
      gmina.ops ?? `Miejski Ośrodek Pomocy Społecznej w ${gmina.loc}`,
      gmina.code,
      gmina.name,
      gmina.postal,
      { shortName: `${gmina.ops ? 'OPS' : 'MOPS'} ${gmina.name}`.slice(0, 60), email: `sekretariat@${domainOf('ops')}` },
      gmina.phone,
    );
    const director = person(ops.id, ['representative'], 'Dyrektor', domainOf('ops'));
    const animator = person(ops.id, ['animator', 'social_worker'], 'Starszy specjalista pracy socjalnej – animator PZK', domainOf('ops'));
    const workers = Array.from({ length: 2 + (g % 2) }, () => person(ops.id, ['social_worker'], random.pick(['Pracownik socjalny', 'Starszy pracownik socjalny', 'Specjalista pracy socjalnej']), domainOf('ops')));
    socialWorkers.push(animator.id, ...workers.map((w) => w.id));

    let pcpr: InstitutionItem | null = null;
    let pcprRep: PersonItem | null = null;
    if (gmina.powiat) {
      const powiat = gmina.powiat;
      pcpr = institution(`demo-ins-pcpr-${powiat.code}`, 'pcpr', `Powiatowe Centrum Pomocy Rodzinie w ${powiat.pcpr}`, powiat.code, powiat.pcprCity, powiat.pcprPostal, {
        shortName: `PCPR ${powiat.pcprCity}`,
      }, gmina.phone);
      pcprRep = person(pcpr.id, ['representative'], 'Kierownik działu pomocy instytucjonalnej', domainOf('pcpr'));
    }

    const kinds = random.sample(MEMBER_KINDS, random.int(gmina.powiat ? 3 : 4, gmina.powiat ? 6 : 7));
    const others = kinds.map((kind, k) => {
      const item = institution(`demo-ins-${gmina.key}-${pad(k + 1, 2)}`, kind.type, kind.name(gmina, random), gmina.code, gmina.name, gmina.postal, {
        ...(kind.short ? { shortName: `${kind.short} ${gmina.name}`.slice(0, 60) } : {}),
        ...(random.chance(0.1) ? { active: false, notes: 'Instytucja w likwidacji – zadania przejęła jednostka miejska.' } : {}),
      }, gmina.phone);
      return { item, kind, rep: person(item.id, ['representative'], random.pick(['Dyrektor', 'Kierownik', 'Koordynator', 'Pedagog', 'Specjalista']), null) };
    });

    // PZK with its membership history ------------------------------------------------------------------------------
    const initiating = [workingDay(dayOfYear(year, 25 + g * 2)), workingDay(dayOfYear(year, 55 + g * 2))];
    const initiatedOn = initiating[0]!;
    // Formed at the end of April or in the first days of May, just before the monthly meetings begin (second
    // Wednesday of May): a team meeting every month as planned is then on plan, not judged behind for a month it
    // did not exist in a regular rhythm yet.
    const formedOn = workingDay(dayOfYear(year, 118 + Math.floor(g / 2)));
    const members: Item<'partnerships'>['members'] = [
      { id: `demo-mem-${gmina.key}-ops`, institutionId: ops.id, personId: director.id, from: formedOn, declarationSignedOn: formedOn },
      ...(pcpr && pcprRep ? [{ id: `demo-mem-${gmina.key}-pcpr`, institutionId: pcpr.id, personId: pcprRep.id, from: formedOn, declarationSignedOn: formedOn }] : []),
    ];
    others.forEach(({ item, rep }, k) => {
      const joined = k < others.length - 1 ? formedOn : workingDay(dayOfYear(year, 160 + g));
      if (k === 1 && g % 5 === 0) {
        // Left and came back: membership is history, rows are never overwritten.
        const left = workingDay(dayOfYear(year, 200 + g));
        members.push({ id: `demo-mem-${gmina.key}-${pad(k + 1, 2)}a`, institutionId: item.id, personId: rep.id, from: joined, to: left, declarationSignedOn: joined });
        members.push({ id: `demo-mem-${gmina.key}-${pad(k + 1, 2)}b`, institutionId: item.id, personId: rep.id, from: workingDay(dayOfYear(year, 250 + g)) });
      } else if (k === 2 && g % 4 === 1) {
        members.push({ id: `demo-mem-${gmina.key}-${pad(k + 1, 2)}`, institutionId: item.id, from: joined, to: workingDay(dayOfYear(year, 280)) });
      } else {
        members.push({ id: `demo-mem-${gmina.key}-${pad(k + 1, 2)}`, institutionId: item.id, personId: rep.id, from: joined, declarationSignedOn: joined });
      }
    });
    members.sort((a, b) => (a.from! < b.from! ? -1 : a.from! > b.from! ? 1 : a.id! < b.id! ? -1 : 1));
    // The team's people: each representative in the team for the time of the membership, the OPS's animator as the
    // gmina animator and its director as the leader (no random draws: the rest of the demo stays as it was).
    for (const member of members) {
      if (!member.personId) continue;
      const role = member.institutionId === ops.id ? 'leader' : 'member';
      member.team = [{ id: `demo-team-${member.id}`, personId: member.personId, role, from: member.from!, ...(member.to ? { to: member.to } : {}) }];
      if (member.institutionId === ops.id) member.team.push({ id: `demo-team-${member.id}-animator`, personId: animator.id, role: 'gmina_animator', from: member.from! });
    }
    const pzk: Item<'partnerships'> = {
      id: `demo-pzk-${gmina.key}`,
      projectId: project.id,
      kind: 'PZK',
      name: `Partnerski Zespół Kooperacyjny w ${gmina.loc}`,
      teryt: gmina.code,
      leaderInstitutionId: ops.id,
      ...(pcpr ? { strategicPartnerInstitutionId: pcpr.id } : {}),
      animatorPersonId: animator.id,
      initiatedOn,
      formedOn,
      // Seed 003: "spotkania PZK będą organizowane średnio dwa razy w miesiącu"; some plan one a month.
      meetingsPerMonthTarget: g % 3 === 0 ? 2 : 1,
      members,
      serviceOffers: [
        { id: `demo-off-${gmina.key}-ops`, institutionId: ops.id, service: 'Praca socjalna i koordynacja wsparcia rodziny', targetGroup: 'osoby i rodziny w trudnej sytuacji', contact: `tel. ${ops.phone}` },
        ...others.slice(0, random.int(1, 3)).map(({ item, kind }, k) => ({
          id: `demo-off-${gmina.key}-${pad(k + 1, 2)}`,
          institutionId: item.id,
          service: kind.service,
          targetGroup: kind.target,
          ...(random.chance(0.5) ? { terms: 'Po wcześniejszym uzgodnieniu terminu, bezpłatnie.' } : {}),
        })),
      ].sort((a, b) => (a.id < b.id ? -1 : 1)),
    };
    partnerships.push(pzk);
    const representatives = [director, ...(pcprRep ? [pcprRep] : []), ...others.map((o) => o.rep)];
    allRepresentatives.push(...representatives.map((r) => r.id));
    locals.push({ gmina, pzk, ops, animator, workers, representatives, initiating });

    // A ZZK for one family's case ---------------------------------------------------------------------------------------
    const drawn = random.sample(PROBLEMS, random.int(1, 3));
    const problems = PROBLEMS.filter((problem) => drawn.includes(problem));
    const opened = workingDay(dayOfYear(year, 170 + g * 4));
    const closed = g % 3 === 0 ? workingDay(dayOfYear(year, 290 + g)) : null;
    partnerships.push({
      id: `demo-zzk-${gmina.key}`,
      projectId: project.id,
      kind: 'ZZK',
      name: `ZZK ${gmina.name} – wsparcie rodziny`,
      teryt: gmina.code,
      leaderInstitutionId: ops.id,
      animatorPersonId: animator.id,
      parentId: pzk.id,
      initiatedOn: opened,
      members: [ops, ...others.slice(0, 2).map((o) => o.item)].map((item, k) => ({ id: `demo-mem-zzk-${gmina.key}-${k + 1}`, institutionId: item.id, from: opened })),
      zzkCase: {
        id: `demo-case-${gmina.key}`,
        code: `ZZK/${gmina.abbreviation}/${year}/01`,
        problems,
        hasIpw: random.chance(0.3),
        openedOn: opened,
        ...(closed ? { closedOn: closed, outcome: 'Cele planu zrealizowane; rodzina korzysta z usług wskazanych w lokalnym koszyku.' } : {}),
        goals: [
          { id: `demo-goal-${gmina.key}-1`, description: 'Ustabilizowanie sytuacji mieszkaniowej i finansowej rodziny', status: closed ? 'achieved' : 'in_progress' },
          { id: `demo-goal-${gmina.key}-2`, description: 'Objęcie członków rodziny wsparciem specjalistycznym', status: closed ? 'achieved' : 'planned' },
        ],
      },
    });

    // The agreement with the gmina (and its powiat) ---------------------------------------------------------------------
    const status = g === 3 ? 'sent' : g === 11 ? 'draft' : 'signed';
    const drafted = workingDay(dayOfYear(year, 8 + g));
    const signed = status === 'signed' ? workingDay(dayOfYear(year, 20 + g * 2)) : null;
    const mayor = randomName();
    const partyDetails: NonNullable<Item<'agreements'>['partyDetails']> = [
      {
        id: `demo-str-${gmina.key}-1`,
        kind: 'voivodeship',
        teryt: '24',
        actingThroughInstitutionId: rops.id,
        name: 'Województwo Śląskie',
        address: 'ul. Ligonia 46, 40-037 Katowice',
        nip: '9542771394',
        regon: '276255217',
        representatives: [
          { name: `${staff[0]!.firstName} ${staff[0]!.lastName}`, function: 'Dyrektor Regionalnego Ośrodka Polityki Społecznej w Katowicach, z upoważnienia Zarządu Województwa' },
        ],
      },
      {
        id: `demo-str-${gmina.key}-2`,
        kind: 'gmina',
        teryt: gmina.code,
        name: gmina.cityCounty ? `Gmina Miasto ${gmina.name}` : `Gmina ${gmina.name}`,
        address: `${random.pick(STREETS)} ${random.int(1, 60)}, ${gmina.postal} ${gmina.name}`,
        nip: fakeNip(random),
        regon: fakeRegon(random),
        representatives: [{ name: `${mayor.firstName} ${mayor.lastName}`, function: gmina.mayor }],
      },
      ...(gmina.powiat
        ? [
            {
              id: `demo-str-${gmina.key}-3`,
              kind: 'powiat' as const,
              teryt: gmina.powiat.code,
              name: gmina.powiat.party,
              address: `${random.pick(STREETS)} ${random.int(1, 60)}, ${gmina.powiat.pcprPostal} ${gmina.powiat.pcprCity}`,
              nip: fakeNip(random),
              regon: fakeRegon(random),
              representatives: [{ name: Object.values(randomName()).join(' '), function: 'Starosta' }],
            },
          ]
        : []),
    ];
    agreements.push({
      id: `demo-por-${gmina.key}`,
      number: `ROPS-KP3D/${pad(g + 1, 2)}/${year}`,
      projectId: project.id,
      teryt: gmina.code,
      status,
      draftedOn: drafted,
      ...(signed ? { signedOn: signed, validUntil: `${year + 1}-12-31` } : {}),
      subject: `Współpraca przy wdrażaniu Modelu kooperacji w ${gmina.loc} w ramach projektu „Kooperacje 3D”`,
      builtInTemplate: true,
      parties: [rops.id],
      partyDetails,
    });
  });

  // Events of the year ------------------------------------------------------------------------------------------------
  const pick = (ids: string[], n: number) => random.sample(ids, Math.min(n, ids.length));
  const leader = (personId: string, role: 'trainer' | 'coach' | 'supervisor' | 'moderator') => ({ personId, role });

  locals.forEach(({ gmina, pzk, ops, animator, workers, representatives, initiating }, g) => {
    const place = `Sala konferencyjna ${ops.shortName ?? ops.name}, ${ops.address?.street ?? ''}, ${gmina.name}`;
    const repIds = representatives.map((r) => r.id);
    // Two initiating meetings, then meetings on the second Wednesday of the month (a series), and workshops.
    for (const [k, day] of initiating.entries()) {
      addEvent(
        { type: 'pzk_initiating_meeting', title: `Spotkanie inicjujące PZK w ${gmina.loc} (${k + 1}/2)`, day, from: '10:00', to: '12:00', place, teryt: gmina.code, partnershipId: pzk.id, organiserInstitutionId: ops.id, hours: 2, hourUnit: 'clock', leaders: [leader(animator.id, 'moderator')] },
        pick(repIds, 6).map((personId) => ({ personId })),
      );
    }
    const seriesId = `demo-ser-${gmina.key}`;
    eventSeries.push({ id: seriesId, rule: `FREQ=MONTHLY;BYDAY=2WE;COUNT=8;DTSTART=${year}0513` });
    for (let month = 5; month <= 12; month++) {
      const detached = month === 9 && g % 4 === 0;
      addEvent(
        {
          type: 'pzk_meeting',
          title: `Spotkanie PZK w ${gmina.loc}`,
          day: detached ? workingDay(dayOfYear(year, 258)) : secondWednesday(year, month),
          from: detached ? '12:00' : '10:00',
          to: detached ? '14:00' : '12:30',
          place,
          teryt: gmina.code,
          partnershipId: pzk.id,
          organiserInstitutionId: ops.id,
          hours: 2.5,
          hourUnit: 'clock',
          seriesId,
          ...(detached ? { detachedFromSeries: true, notes: 'Przeniesione na prośbę członków zespołu.' } : {}),
          leaders: [leader(animator.id, 'moderator')],
        },
        pick(repIds, random.int(4, 7)).map((personId) => ({ personId })),
      );
    }
    for (let k = 0; k < 2; k++) {
      const residential = k === 1 && g % 3 === 0;
      addEvent(
        {
          type: 'workshop',
          title: residential ? `Dwudniowy warsztat kooperacyjny PZK ${gmina.name} – planowanie koszyka usług` : `Warsztat kooperacyjny PZK ${gmina.name}`,
          day: workingDay(dayOfYear(year, 120 + k * 110 + g * 3)),
          days: residential ? 2 : 1,
          from: '09:00',
          to: residential ? '13:00' : '15:00',
          place: residential ? 'Ośrodek szkoleniowo-wypoczynkowy w Szczyrku' : place,
          teryt: residential ? '2402011' : gmina.code,
          partnershipId: pzk.id,
          organiserInstitutionId: rops.id,
          hours: residential ? 12 : 8,
          hourUnit: 'didactic',
          leaders: [leader(random.pick(trainers).id, 'trainer')],
        },
        [...pick(repIds, 8), ...pick(workers.map((w) => w.id), 2)].map((personId) => ({ personId })),
      );
    }
    // Group supervision of the OPS's social workers; individual coaching of each.
    for (let k = 0; k < 3; k++) {
      addEvent(
        { type: 'supervision', mode: 'group', title: `Superwizja grupowa pracowników socjalnych – ${ops.shortName ?? ops.name}`, day: workingDay(dayOfYear(year, 140 + k * 60 + g)), from: '12:00', to: '16:00', place, teryt: gmina.code, organiserInstitutionId: rops.id, hours: 4, hourUnit: 'clock', leaders: [leader(supervisors[g % supervisors.length]!.id, 'supervisor')] },
        [animator, ...workers].map((w) => ({ personId: w.id, hours: 4 })),
      );
    }
    for (const worker of [animator, ...workers]) {
      for (let k = 0; k < 2; k++) {
        addEvent(
          { type: 'coaching', mode: 'individual', title: `Coaching indywidualny – ${worker.firstName} ${worker.lastName}`, day: workingDay(dayOfYear(year, 100 + k * 120 + random.int(0, 90))), from: '09:00', to: '11:00', place: `${ops.shortName ?? ops.name}, pokój coachingowy`, teryt: gmina.code, organiserInstitutionId: rops.id, hours: 2, hourUnit: 'clock', leaders: [leader(coaches[(g + k) % coaches.length]!.id, 'coach')] },
          [{ personId: worker.id, hours: 2 }],
        );
      }
    }
    // The ZZK meets about its case.
    addEvent(
      { type: 'zzk_meeting', title: `Spotkanie ZZK ${gmina.name}`, day: workingDay(dayOfYear(year, 185 + g * 4)), from: '13:00', to: '14:30', place, teryt: gmina.code, partnershipId: `demo-zzk-${gmina.key}`, organiserInstitutionId: ops.id, hours: 1.5, hourUnit: 'clock', leaders: [leader(animator.id, 'moderator')] },
      [animator.id, ...pick(repIds, 3)].map((personId) => ({ personId })),
    );
  });

  // Region-wide: trainings (with certificates), consultations, education meetings, the experts' team, a conference.
  const katowice = { place: 'Sala konferencyjna ROPS, ul. Modelarska 10, Katowice', teryt: '2469011', organiserInstitutionId: rops.id };
  const trainingTopics = [
    'Współpraca międzysektorowa w praktyce PZK',
    'Diagnoza problemów społecznych w gminie',
    'Lokalny koszyk usług – jak go budować',
    'Prowadzenie zespołów multiprofesjonalnych',
    'Rola animatora-moderatora partnerstwa',
    'Praca z rodziną w kryzysie',
    'Ewaluacja działań partnerstwa',
    'Dialog motywujący w pracy socjalnej',
  ];
  trainingTopics.forEach((topic, k) => {
    const attendees = [...pick(socialWorkers, 10), ...pick(allRepresentatives, 6)].map((personId) => ({ personId }));
    const walkIn = random.pick(allRepresentatives.filter((id) => !attendees.some((a) => a.personId === id)));
    const event = addEvent(
      { type: 'training', title: `Szkolenie międzysektorowe: ${topic}`, day: workingDay(dayOfYear(year, 75 + k * 30)), from: '09:00', to: '16:00', ...katowice, hours: 8, hourUnit: 'didactic', audiences: ['management', 'social_workers', 'team_members'], leaders: [leader(trainers[k % trainers.length]!.id, 'trainer')] },
      [...attendees, { personId: walkIn, walkIn: true }],
    );
    if (event.status !== 'held') return;
    for (const participant of event.participants) {
      if (participant.attendance !== 'present') continue;
      certificateCount++;
      certificates.push({
        id: `demo-zas-${pad(certificateCount, 4)}`,
        number: `${certificateCount}/${year}`,
        year,
        sequence: certificateCount,
        issuedOn: event.start.slice(0, 10),
        eventId: event.id,
        personId: participant.personId,
      });
    }
  });
  for (let k = 0; k < 5; k++) {
    addEvent(
      { type: 'consultation', title: k === 0 ? 'Spotkanie konsultacyjne dla kadry kierowniczej OPS' : `Spotkanie konsultacyjne dla pracowników OPS (${k}/4)`, day: workingDay(dayOfYear(year, 20 + k * 12)), from: '10:00', to: '13:00', ...katowice, hours: 3, hourUnit: 'clock', audiences: k === 0 ? ['management'] : ['social_workers'], leaders: [leader(staff[1]!.id, 'moderator')] },
      (k === 0 ? locals.map((l) => l.representatives[0]!.id) : pick(socialWorkers, 14)).map((personId) => ({ personId })),
    );
  }
  for (let k = 0; k < 2; k++) {
    addEvent(
      { type: 'education_meeting', title: k === 0 ? 'Spotkanie edukacyjne: dialog motywujący' : 'Spotkanie edukacyjne: rozwiązywanie problemów społecznych', day: workingDay(dayOfYear(year, 150 + k * 120)), from: '10:00', to: '14:00', ...katowice, hours: 5, hourUnit: 'didactic', audiences: ['social_workers'], leaders: [leader(trainers[0]!.id, 'trainer')] },
      pick(socialWorkers, 20).map((personId) => ({ personId })),
    );
  }
  for (let k = 0; k < 4; k++) {
    addEvent(
      { type: 'expert_team_meeting', title: `Spotkanie Zespołu ds. Modelu (${k + 1}/4)`, day: workingDay(dayOfYear(year, 40 + k * 85)), from: '11:00', to: '14:00', ...katowice, hours: 3, hourUnit: 'clock', leaders: [leader(staff[0]!.id, 'moderator')] },
      [...experts, ...staff.slice(0, 2)].map((p) => ({ personId: p.id })),
    );
  }
  // Most of a conference's audience is counted at the entrance, not named on the list (issue of seed 001: "150 osób").
  const conferenceDay = workingDay(`${year}-10-22`);
  addEvent(
    { type: 'conference', title: 'Regionalna konferencja „Kooperacja się opłaca” – podsumowanie roku pilotażu', day: conferenceDay, from: '10:00', to: '15:00', place: 'Międzynarodowe Centrum Kongresowe, Katowice', teryt: '2469011', organiserInstitutionId: rops.id, hours: 5, hourUnit: 'clock', audiences: ['management', 'social_workers', 'jst_representatives', 'experts'], unnamedByDay: { [conferenceDay]: 101 }, leaders: [leader(staff[0]!.id, 'moderator')] },
    [...pick(allRepresentatives, 40), ...pick(socialWorkers, 20), ...experts.map((e) => e.id)].map((personId, i) => ({ personId, ...(i % 17 === 5 ? { walkIn: true } : {}) })),
  );
  addEvent(
    { type: 'study_visit', title: 'Wizyta studyjna – wymiana doświadczeń PZK makroregionu III', day: workingDay(`${year}-12-02`), days: 3, from: '09:00', to: '15:00', place: 'Łódź, Regionalne Centrum Polityki Społecznej', teryt: '1061011', organiserInstitutionId: rops.id, hours: 18, hourUnit: 'didactic', leaders: [leader(staff[2]!.id, 'moderator')] },
    pick(allRepresentatives, 25).map((personId) => ({ personId })),
  );

  // A document template of the office's own: the declaration with its wording. -------------------------------------
  const declaration = DEFAULT_TEMPLATES.declaration;
  const templates: Item<'templates'>[] = [
    { id: 'demo-szb-deklaracja-rops', kind: 'declaration', name: 'Deklaracja przystąpienia do PZK – wzór ROPS Katowice', body: `${declaration.body.trimEnd()}\n\nWzór deklaracji stosowany w województwie śląskim.\n` },
  ];

  const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : 1);
  return {
    format: 'kooperator-exchange',
    version: EXCHANGE_VERSION,
    exportedAt: warsawInstant(`${year}-11-16`, '12:00'),
    office: { name: 'Regionalny Ośrodek Polityki Społecznej w Katowicach', voivodeshipTeryt: '24' },
    projects: [project],
    institutions: institutions.sort(byId),
    people: people.sort(byId),
    templates,
    agreements: agreements.sort(byId),
    partnerships: partnerships.sort(byId),
    eventSeries: eventSeries.sort(byId),
    events: events.sort(byId),
    certificates,
    // Work that is not an event: the diagnosis that opened the project, a catalogue under way, an expertise planned.
    studies: [
      {
        id: 'demo-opr-diagnoza',
        title: 'Diagnoza stanu oraz warunków i sposobu poprawy wielosektorowej kooperacji na rzecz włączenia społecznego osób i rodzin w gminach miejskich – raport metodologiczny',
        kind: 'diagnosis',
        status: 'accepted',
        projectId: project.id,
        contractorName: 'Uniwersytet Śląski w Katowicach, Instytut Socjologii',
        periodFrom: `${year}-02-01`,
        periodTo: `${year}-06-30`,
        notes: 'Opis wzorów relacji między partnerami sieci i rekomendacje działań w budowaniu modelu kooperacji.',
      },
      {
        id: 'demo-opr-ekspertyza',
        title: 'Ekspertyza: finansowanie usług społecznych w Partnerskich Zespołach Kooperacyjnych',
        kind: 'expertise',
        status: 'planned',
        projectId: project.id,
        periodFrom: `${year + 1}-02-01`,
        periodTo: `${year + 1}-05-31`,
      },
      {
        id: 'demo-opr-katalog',
        title: 'Katalog dobrych praktyk współpracy międzysektorowej w gminach województwa śląskiego',
        kind: 'catalogue',
        status: 'in_progress',
        projectId: project.id,
        contractorInstitutionId: rops.id,
        periodFrom: `${year}-09-01`,
        periodTo: `${year + 1}-03-31`,
      },
    ],
    // The four subregions of śląskie as the voivodeship's development strategy draws them (centralny: the 14 cities
    // and 8 powiats of its ZIT association, pszczyński among them; północny: Częstochowa with the częstochowski,
    // kłobucki and myszkowski powiats), so that lists filter by them and the summary can say "w 4 subregionach" as
    // seed 001 does.
    subregions: [
      { id: 'demo-sub-centralny', name: 'Subregion centralny', voivodeship: '24', powiats: ['2401', '2405', '2407', '2408', '2410', '2413', '2414', '2416', '2462', '2463', '2465', '2466', '2468', '2469', '2470', '2471', '2472', '2474', '2475', '2476', '2477', '2478'] },
      { id: 'demo-sub-polnocny', name: 'Subregion północny', voivodeship: '24', powiats: ['2404', '2406', '2409', '2464'] },
      { id: 'demo-sub-poludniowy', name: 'Subregion południowy', voivodeship: '24', powiats: ['2402', '2403', '2417', '2461'] },
      { id: 'demo-sub-zachodni', name: 'Subregion zachodni', voivodeship: '24', powiats: ['2411', '2412', '2415', '2467', '2473', '2479'] },
    ],
  };
}

