/**
 * The domain vocabulary: every enumerated value of the model with its labels.
 * One place; forms, lists, filters, reports and the exchange format derive from it.
 */
import type { PluralForms } from './plural';

export interface Label {
  pl: string;
  en: string;
}

export const SECTORS = {
  social_assistance: { pl: 'Pomoc społeczna', en: 'Social assistance' },
  labour_market: { pl: 'Rynek pracy', en: 'Labour market' },
  local_government: { pl: 'Samorząd', en: 'Local government' },
  security: { pl: 'Bezpieczeństwo', en: 'Public safety' },
  justice: { pl: 'Wymiar sprawiedliwości', en: 'Justice' },
  education: { pl: 'Edukacja', en: 'Education' },
  health: { pl: 'Zdrowie', en: 'Health' },
  culture_sport: { pl: 'Kultura i sport', en: 'Culture and sport' },
  third_sector: { pl: 'Trzeci sektor', en: 'Third sector' },
  other: { pl: 'Inne', en: 'Other' },
} as const satisfies Record<string, Label>;

export type Sector = keyof typeof SECTORS;

/** Institution types of the cooperation model; the sector is a property of the type, never stored apart. */
export const INSTITUTION_TYPES = {
  ops: { pl: 'Ośrodek pomocy społecznej (MOPS/GOPS/OPS)', en: 'Social assistance centre (OPS)', sector: 'social_assistance' },
  pcpr: { pl: 'Powiatowe centrum pomocy rodzinie', en: 'County family support centre (PCPR)', sector: 'social_assistance' },
  cus: { pl: 'Centrum usług społecznych', en: 'Social services centre (CUS)', sector: 'social_assistance' },
  dps: { pl: 'Dom pomocy społecznej', en: 'Nursing home (DPS)', sector: 'social_assistance' },
  sds: { pl: 'Środowiskowy dom samopomocy', en: 'Community self-help home (ŚDS)', sector: 'social_assistance' },
  wtz: { pl: 'Warsztat terapii zajęciowej', en: 'Occupational therapy workshop (WTZ)', sector: 'social_assistance' },
  care_facility: { pl: 'Placówka opiekuńczo-wychowawcza', en: 'Foster care facility', sector: 'social_assistance' },
  pup: { pl: 'Powiatowy urząd pracy', en: 'County labour office (PUP)', sector: 'labour_market' },
  jst_office: { pl: 'Urząd gminy / miasta, starostwo', en: 'Municipal or county office', sector: 'local_government' },
  police: { pl: 'Policja', en: 'Police', sector: 'security' },
  court: { pl: 'Sąd, kuratorzy sądowi', en: 'Court, probation officers', sector: 'justice' },
  school: { pl: 'Szkoła', en: 'School', sector: 'education' },
  kindergarten: { pl: 'Przedszkole', en: 'Kindergarten', sector: 'education' },
  counselling_center: { pl: 'Poradnia psychologiczno-pedagogiczna', en: 'Psychological and educational counselling centre', sector: 'education' },
  health: { pl: 'Ochrona zdrowia', en: 'Health care', sector: 'health' },
  culture: { pl: 'Ośrodek kultury, biblioteka', en: 'Cultural centre, library', sector: 'culture_sport' },
  sport: { pl: 'Sport', en: 'Sport', sector: 'culture_sport' },
  ngo: { pl: 'Organizacja pozarządowa', en: 'Non-governmental organisation', sector: 'third_sector' },
  social_economy: { pl: 'Podmiot ekonomii społecznej', en: 'Social economy entity', sector: 'third_sector' },
  other: { pl: 'Inna', en: 'Other', sector: 'other' },
} as const satisfies Record<string, Label & { sector: Sector }>;

export type InstitutionType = keyof typeof INSTITUTION_TYPES;

export const INSTITUTION_TYPE_KEYS = Object.keys(INSTITUTION_TYPES) as [InstitutionType, ...InstitutionType[]];
export const SECTOR_KEYS = Object.keys(SECTORS) as [Sector, ...Sector[]];

export function sectorOf(type: InstitutionType): Sector {
  return INSTITUTION_TYPES[type].sector;
}

/** Types whose sector is `sector`: lets a sector filter become a type filter in one query. */
export function typesInSector(sector: Sector): InstitutionType[] {
  return INSTITUTION_TYPE_KEYS.filter((type) => sectorOf(type) === sector);
}

/** Why a record about to be saved may already be in the register (warned about, never blocked). */
export const DUPLICATE_REASONS = {
  same_nip: { pl: 'ten sam NIP', en: 'the same NIP' },
  similar_name: { pl: 'prawie identyczna nazwa w tej samej gminie', en: 'a near-identical name in the same gmina' },
  same_person: { pl: 'to samo imię i nazwisko w tej samej instytucji', en: 'the same name in the same institution' },
} as const satisfies Record<string, Label>;

export type DuplicateReason = keyof typeof DUPLICATE_REASONS;

export type Language = keyof Label;

export function labelOf(entry: Label, language: Language): string {
  return entry[language];
}

/** Roles a person can have in the model; several at once. */
export const PERSON_ROLES = {
  social_worker: { pl: 'Pracownik socjalny', en: 'Social worker' },
  animator: { pl: 'Animator-moderator', en: 'Animator-moderator' },
  expert: { pl: 'Ekspert ds. modelu', en: 'Model expert' },
  coach: { pl: 'Coach', en: 'Coach' },
  supervisor: { pl: 'Superwizor', en: 'Supervisor' },
  trainer: { pl: 'Trener', en: 'Trainer' },
  representative: { pl: 'Przedstawiciel instytucji', en: 'Institution representative' },
  staff: { pl: 'Pracownik projektu (ROPS/RCPS)', en: 'Project staff (ROPS/RCPS)' },
} as const satisfies Record<string, Label>;

export type PersonRole = keyof typeof PERSON_ROLES;
export const PERSON_ROLE_KEYS = Object.keys(PERSON_ROLES) as [PersonRole, ...PersonRole[]];

/**
 * How a document addresses a person: „Pani Anna Nowak wzięła udział”, „Pan Jan Kowalski wziął udział”. Optional:
 * where it is not known, documents use a neutral wording (never „Pani/Pan”).
 */
export const FORMS_OF_ADDRESS = {
  ms: { pl: 'Pani', en: 'Ms' },
  mr: { pl: 'Pan', en: 'Mr' },
} as const satisfies Record<string, Label>;

export type FormOfAddress = keyof typeof FORMS_OF_ADDRESS;
export const FORM_OF_ADDRESS_KEYS = Object.keys(FORMS_OF_ADDRESS) as [FormOfAddress, ...FormOfAddress[]];

/** Levels of the territorial division (TERYT TERC). */
export const TERRITORY_LEVELS = {
  voivodeship: { pl: 'Województwo', en: 'Voivodeship' },
  powiat: { pl: 'Powiat', en: 'County (powiat)' },
  gmina: { pl: 'Gmina', en: 'Municipality (gmina)' },
} as const satisfies Record<string, Label>;

export type TerritoryLevel = keyof typeof TERRITORY_LEVELS;
export const TERRITORY_LEVEL_KEYS = Object.keys(TERRITORY_LEVELS) as [TerritoryLevel, ...TerritoryLevel[]];

/**
 * Kinds of powiats and gminas. A city with county rights is one office for both; a gmina's kind
 * is its TERC type (RODZ 1, 2, 3) and decides which project of the model served it.
 */
export const TERRITORY_KINDS = {
  land_county: { pl: 'powiat ziemski', en: 'land county' },
  city_county: { pl: 'miasto na prawach powiatu', en: 'city with county rights' },
  urban: { pl: 'gmina miejska', en: 'urban gmina' },
  rural: { pl: 'gmina wiejska', en: 'rural gmina' },
  urban_rural: { pl: 'gmina miejsko-wiejska', en: 'urban-rural gmina' },
} as const satisfies Record<string, Label>;

export type TerritoryKind = keyof typeof TERRITORY_KINDS;

/** Macroregions of the model, with the kind of gmina each served (DOMAIN.md). */
export const MACROREGIONS = {
  I: { pl: 'Makroregion I (gminy wiejskie)', en: 'Macroregion I (rural gminas)' },
  II: { pl: 'Makroregion II (gminy miejsko-wiejskie)', en: 'Macroregion II (urban-rural gminas)' },
  III: { pl: 'Makroregion III (gminy miejskie pow. 20 tys.)', en: 'Macroregion III (urban gminas over 20,000)' },
} as const satisfies Record<string, Label>;
export type Macroregion = keyof typeof MACROREGIONS;
export const MACROREGION_KEYS = Object.keys(MACROREGIONS) as [Macroregion, ...Macroregion[]];

/** Bodies of the model. */
export const PARTNERSHIP_KINDS = {
  pzk: { pl: 'PZK – Partnerski Zespół Kooperacyjny', en: 'PZK – partnership cooperation team', short: 'PZK' },
  gpzk: { pl: 'G-PZK – Gminno-Powiatowy Zespół Kooperacji', en: 'G-PZK – gmina-powiat cooperation team', short: 'G-PZK' },
  zzk: { pl: 'ZZK – Zadaniowy Zespół Kooperacyjny', en: 'ZZK – task cooperation team', short: 'ZZK' },
} as const satisfies Record<string, Label & { short: string }>;
export type PartnershipKind = keyof typeof PARTNERSHIP_KINDS;
export const PARTNERSHIP_KIND_KEYS = Object.keys(PARTNERSHIP_KINDS) as [PartnershipKind, ...PartnershipKind[]];

/** Problem categories of a ZZK case: no client's identity, only what the case is about. */
export const PROBLEM_CATEGORIES = {
  elderly_alone: { pl: 'Samotne osoby starsze', en: 'Elderly people living alone' },
  disability: { pl: 'Niepełnosprawność', en: 'Disability' },
  addiction: { pl: 'Uzależnienia', en: 'Addictions' },
  unemployment: { pl: 'Bezrobocie', en: 'Unemployment' },
  parenting: { pl: 'Rodziny niewydolne wychowawczo', en: 'Families struggling with parenting' },
  domestic_violence: { pl: 'Przemoc w rodzinie', en: 'Domestic violence' },
  homelessness: { pl: 'Bezdomność', en: 'Homelessness' },
  poverty: { pl: 'Ubóstwo', en: 'Poverty' },
  health: { pl: 'Długotrwała lub ciężka choroba', en: 'Long-term or serious illness' },
  other: { pl: 'Inne', en: 'Other' },
} as const satisfies Record<string, Label>;
export type ProblemCategory = keyof typeof PROBLEM_CATEGORIES;
export const PROBLEM_CATEGORY_KEYS = Object.keys(PROBLEM_CATEGORIES) as [ProblemCategory, ...ProblemCategory[]];

export const GOAL_STATUSES = {
  planned: { pl: 'zaplanowany', en: 'planned' },
  in_progress: { pl: 'w realizacji', en: 'in progress' },
  achieved: { pl: 'osiągnięty', en: 'achieved' },
  not_achieved: { pl: 'nieosiągnięty', en: 'not achieved' },
} as const satisfies Record<string, Label>;
export type GoalStatus = keyof typeof GOAL_STATUSES;
export const GOAL_STATUS_KEYS = Object.keys(GOAL_STATUSES) as [GoalStatus, ...GoalStatus[]];

/** An agreement's life: projekt → wysłane do podpisu → podpisane → rozwiązane. */
export const AGREEMENT_STATUSES = {
  draft: { pl: 'projekt', en: 'draft' },
  sent: { pl: 'wysłane do podpisu', en: 'sent for signature' },
  signed: { pl: 'podpisane', en: 'signed' },
  terminated: { pl: 'rozwiązane', en: 'terminated' },
} as const satisfies Record<string, Label>;
export type AgreementStatus = keyof typeof AGREEMENT_STATUSES;
export const AGREEMENT_STATUS_KEYS = Object.keys(AGREEMENT_STATUSES) as [AgreementStatus, ...AgreementStatus[]];

/** Who signs: a JST (voivodeship through its ROPS/RCPS, a gmina, a powiat) or an institution. */
export const PARTY_KINDS = {
  voivodeship: { pl: 'Województwo', en: 'Voivodeship' },
  gmina: { pl: 'Gmina', en: 'Gmina' },
  powiat: { pl: 'Powiat', en: 'Powiat' },
  institution: { pl: 'Instytucja', en: 'Institution' },
} as const satisfies Record<string, Label>;
export type PartyKind = keyof typeof PARTY_KINDS;
export const PARTY_KIND_KEYS = Object.keys(PARTY_KINDS) as [PartyKind, ...PartyKind[]];

/** Documents printed from editable templates. */
export const TEMPLATE_KINDS = {
  agreement: { pl: 'Porozumienie o współpracy', en: 'Cooperation agreement' },
  declaration: { pl: 'Deklaracja przystąpienia do PZK', en: 'Declaration of joining a PZK' },
} as const satisfies Record<string, Label>;
export type TemplateKind = keyof typeof TEMPLATE_KINDS;
export const TEMPLATE_KIND_KEYS = Object.keys(TEMPLATE_KINDS) as [TemplateKind, ...TemplateKind[]];

/** Why a backup was made: daily at the first start, by hand, or before something that rewrites data. */
export const BACKUP_REASONS = {
  daily: { pl: 'codzienna', en: 'daily' },
  manual: { pl: 'na żądanie', en: 'manual' },
  migration: { pl: 'przed aktualizacją bazy', en: 'before a schema update' },
  import: { pl: 'przed importem', en: 'before an import' },
  restore: { pl: 'przed przywróceniem', en: 'before a restore' },
} as const satisfies Record<string, Label>;
export type BackupReason = keyof typeof BACKUP_REASONS;
export const BACKUP_REASON_KEYS = Object.keys(BACKUP_REASONS) as [BackupReason, ...BackupReason[]];

/** Kinds of events of the model (GLOSSARY.md), each with the three counted forms reports use: 1 / 2–4 / 5+. */
export const EVENT_TYPES = {
  conference: { pl: 'Konferencja', en: 'Conference', forms: ['konferencja', 'konferencje', 'konferencji'] },
  training: { pl: 'Szkolenie (międzysektorowe)', en: 'Cross-sector training', forms: ['szkolenie', 'szkolenia', 'szkoleń'] },
  workshop: { pl: 'Warsztat kooperacyjny', en: 'Cooperation workshop', forms: ['warsztat kooperacyjny', 'warsztaty kooperacyjne', 'warsztatów kooperacyjnych'] },
  coaching: { pl: 'Coaching (indywidualny / grupowy)', en: 'Coaching (individual / group)', forms: ['sesja coachingowa', 'sesje coachingowe', 'sesji coachingowych'] },
  supervision: { pl: 'Superwizja (indywidualna / grupowa)', en: 'Supervision (individual / group)', forms: ['superwizja', 'superwizje', 'superwizji'] },
  consultation: { pl: 'Spotkanie konsultacyjne', en: 'Consultation meeting', forms: ['spotkanie konsultacyjne', 'spotkania konsultacyjne', 'spotkań konsultacyjnych'] },
  pzk_initiating_meeting: { pl: 'Spotkanie inicjujące PZK', en: 'PZK initiating meeting', forms: ['spotkanie inicjujące', 'spotkania inicjujące', 'spotkań inicjujących'] },
  pzk_meeting: { pl: 'Spotkanie PZK (G-PZK)', en: 'PZK (G-PZK) meeting', forms: ['spotkanie PZK', 'spotkania PZK', 'spotkań PZK'] },
  zzk_meeting: { pl: 'Spotkanie ZZK', en: 'ZZK meeting', forms: ['spotkanie ZZK', 'spotkania ZZK', 'spotkań ZZK'] },
  focus_group: { pl: 'Badanie fokusowe', en: 'Focus group study', forms: ['badanie fokusowe', 'badania fokusowe', 'badań fokusowych'] },
  study_visit: { pl: 'Wizyta studyjna / wymiana doświadczeń', en: 'Study visit / exchange of experience', forms: ['wizyta studyjna', 'wizyty studyjne', 'wizyt studyjnych'] },
  expert_team_meeting: { pl: 'Spotkanie Zespołu ds. Modelu', en: "Model experts' team meeting", forms: ['spotkanie Zespołu ds. Modelu', 'spotkania Zespołu ds. Modelu', 'spotkań Zespołu ds. Modelu'] },
  education_meeting: { pl: 'Spotkanie edukacyjne', en: 'Education meeting', forms: ['spotkanie edukacyjne', 'spotkania edukacyjne', 'spotkań edukacyjnych'] },
} as const satisfies Record<string, Label & { forms: readonly [string, string, string] }>;
export type EventType = keyof typeof EVENT_TYPES;
export const EVENT_TYPE_KEYS = Object.keys(EVENT_TYPES) as [EventType, ...EventType[]];

/** Event types where hours are counted per person and the mode (individual / group) matters. */
export const PER_PERSON_HOUR_TYPES = ['coaching', 'supervision'] as const satisfies readonly EventType[];

/** Only held events count in summaries; plans list the planned ones. */
export const EVENT_STATUSES = {
  planned: { pl: 'planowane', en: 'planned' },
  held: { pl: 'odbyte', en: 'held' },
  cancelled: { pl: 'odwołane', en: 'cancelled' },
} as const satisfies Record<string, Label>;
export type EventStatus = keyof typeof EVENT_STATUSES;
export const EVENT_STATUS_KEYS = Object.keys(EVENT_STATUSES) as [EventStatus, ...EventStatus[]];

/** Hours as offices count them: didactic (45 min) or clock (60 min). */
export const HOUR_UNITS = {
  didactic: {
    pl: 'godzina dydaktyczna (45 min)',
    en: 'didactic hour (45 min)',
    minutes: 45,
    forms: ['godzina dydaktyczna', 'godziny dydaktyczne', 'godzin dydaktycznych', 'godziny dydaktycznej'],
    enForms: ['didactic hour', 'didactic hours'],
  },
  clock: {
    pl: 'godzina zegarowa (60 min)',
    en: 'clock hour (60 min)',
    minutes: 60,
    forms: ['godzina zegarowa', 'godziny zegarowe', 'godzin zegarowych', 'godziny zegarowej'],
    enForms: ['clock hour', 'clock hours'],
  },
} as const satisfies Record<string, Label & { minutes: number; forms: PluralForms; enForms: readonly [string, string] }>;
export type HourUnit = keyof typeof HOUR_UNITS;
export const HOUR_UNIT_KEYS = Object.keys(HOUR_UNITS) as [HourUnit, ...HourUnit[]];

/** Hours in one unit expressed in clock hours: 168 didactic hours are 126 clock hours. */
export function toClockHours(hours: number, unit: HourUnit): number {
  return (hours * HOUR_UNITS[unit].minutes) / 60;
}

export const SESSION_MODES = {
  individual: { pl: 'indywidualny', en: 'individual' },
  group: { pl: 'grupowy', en: 'group' },
} as const satisfies Record<string, Label>;
export type SessionMode = keyof typeof SESSION_MODES;
export const SESSION_MODE_KEYS = Object.keys(SESSION_MODES) as [SessionMode, ...SessionMode[]];

/** What a project's indicator counts, chosen when it is defined (never guessed from its name). */
export const INDICATOR_MEASURE_KINDS = {
  events: { pl: 'liczba odbytych wydarzeń', en: 'number of events held' },
  hours: { pl: 'godziny odbytych wydarzeń', en: 'hours of events held' },
  people: { pl: 'liczba osób obecnych na wydarzeniach', en: 'number of people present at events' },
  partnerships: { pl: 'liczba zespołów (PZK, G-PZK, ZZK)', en: 'number of partnerships (PZK, G-PZK, ZZK)' },
  agreements: { pl: 'liczba podpisanych porozumień', en: 'number of agreements signed' },
  institutions: { pl: 'liczba instytucji w zespołach', en: 'number of institutions in partnerships' },
  manual: { pl: 'wartość wpisywana ręcznie za okres', en: 'value entered by hand per period' },
} as const satisfies Record<string, Label>;
export type IndicatorMeasureKind = keyof typeof INDICATOR_MEASURE_KINDS;
export const INDICATOR_MEASURE_KIND_KEYS = Object.keys(INDICATOR_MEASURE_KINDS) as [IndicatorMeasureKind, ...IndicatorMeasureKind[]];

/** Which hours an indicator adds up: recorded as clock hours, recorded as didactic hours, or all in clock hours. */
export const HOUR_MEASURES = {
  clock: { pl: 'godziny zegarowe (tylko zapisane jako zegarowe)', en: 'clock hours (recorded as clock hours only)' },
  didactic: { pl: 'godziny dydaktyczne (tylko zapisane jako dydaktyczne)', en: 'didactic hours (recorded as didactic hours only)' },
  clock_equivalent: { pl: 'wszystkie w przeliczeniu na zegarowe (dydaktyczna = 45 min)', en: 'all in clock hours (didactic = 45 min)' },
} as const satisfies Record<string, Label>;
export type HourMeasure = keyof typeof HOUR_MEASURES;
export const HOUR_MEASURE_KEYS = Object.keys(HOUR_MEASURES) as [HourMeasure, ...HourMeasure[]];

/** Partnerships an indicator counts: formed in the period, or active during it. */
export const PARTNERSHIP_STATES = {
  formed: { pl: 'zawiązane w okresie', en: 'formed in the period' },
  active: { pl: 'działające w okresie', en: 'active in the period' },
} as const satisfies Record<string, Label>;
export type PartnershipState = keyof typeof PARTNERSHIP_STATES;
export const PARTNERSHIP_STATE_KEYS = Object.keys(PARTNERSHIP_STATES) as [PartnershipState, ...PartnershipState[]];

export const ATTENDANCE_STATUSES = {
  present: { pl: 'obecny', en: 'present' },
  absent: { pl: 'nieobecny', en: 'absent' },
  excused: { pl: 'usprawiedliwiony', en: 'excused' },
} as const satisfies Record<string, Label>;
export type AttendanceStatus = keyof typeof ATTENDANCE_STATUSES;
export const ATTENDANCE_STATUS_KEYS = Object.keys(ATTENDANCE_STATUSES) as [AttendanceStatus, ...AttendanceStatus[]];

/**
 * Who gets a certificate of participation: those present for at least a share of the event's hours (80 % unless
 * set otherwise), or those present on every day. A rule of the project, which an event may set for itself.
 */
export const CERTIFICATE_RULES = {
  share: { pl: 'Obecność przez określoną część godzin wydarzenia', en: 'Present for a share of the event’s hours' },
  every_day: { pl: 'Obecność każdego dnia wydarzenia', en: 'Present on every day of the event' },
} as const satisfies Record<string, Label>;
export type CertificateRule = keyof typeof CERTIFICATE_RULES;
export const CERTIFICATE_RULE_KEYS = Object.keys(CERTIFICATE_RULES) as [CertificateRule, ...CertificateRule[]];
/** The share of the event's hours a certificate needs where nothing else is set, in per cent. */
export const DEFAULT_CERTIFICATE_MIN_SHARE = 80;

/** Who leads an event. */
export const EVENT_LEADER_ROLES = {
  trainer: { pl: 'trener', en: 'trainer', plFeminine: 'trenerka' },
  coach: { pl: 'coach', en: 'coach', plFeminine: 'coach' },
  supervisor: { pl: 'superwizor', en: 'supervisor', plFeminine: 'superwizorka' },
  moderator: { pl: 'moderator', en: 'moderator', plFeminine: 'moderatorka' },
} as const satisfies Record<string, Label & { plFeminine: string }>;
export type EventLeaderRole = keyof typeof EVENT_LEADER_ROLES;
export const EVENT_LEADER_ROLE_KEYS = Object.keys(EVENT_LEADER_ROLES) as [EventLeaderRole, ...EventLeaderRole[]];

/** Kinds of studies and deliverables (work of a project that is not an event): counted forms, accusative and genitive singular. */
export const STUDY_KINDS = {
  diagnosis: { pl: 'Diagnoza', en: 'Diagnosis', forms: ['diagnoza', 'diagnozy', 'diagnoz'], acc: 'diagnozę', gen: 'diagnozy' },
  report: { pl: 'Raport', en: 'Report', forms: ['raport', 'raporty', 'raportów'], acc: 'raport', gen: 'raportu' },
  catalogue: { pl: 'Katalog', en: 'Catalogue', forms: ['katalog', 'katalogi', 'katalogów'], acc: 'katalog', gen: 'katalogu' },
  expertise: { pl: 'Ekspertyza', en: 'Expert opinion', forms: ['ekspertyza', 'ekspertyzy', 'ekspertyz'], acc: 'ekspertyzę', gen: 'ekspertyzy' },
} as const satisfies Record<string, Label & { forms: readonly [string, string, string]; acc: string; gen: string }>;
export type StudyKind = keyof typeof STUDY_KINDS;
export const STUDY_KIND_KEYS = Object.keys(STUDY_KINDS) as [StudyKind, ...StudyKind[]];

/** A study's life: zaplanowane → w realizacji → przekazane (by the contractor) → odebrane (accepted by the office). */
export const STUDY_STATUSES = {
  planned: { pl: 'zaplanowane', en: 'planned' },
  in_progress: { pl: 'w realizacji', en: 'in progress' },
  delivered: { pl: 'przekazane', en: 'delivered' },
  accepted: { pl: 'odebrane', en: 'accepted' },
} as const satisfies Record<string, Label>;
export type StudyStatus = keyof typeof STUDY_STATUSES;
export const STUDY_STATUS_KEYS = Object.keys(STUDY_STATUSES) as [StudyStatus, ...StudyStatus[]];

/** A milestone's status, never stored: reached when it has the day it was reached, missed when its due date passed. */
export const MILESTONE_STATUSES = {
  planned: { pl: 'planowany', en: 'planned' },
  reached: { pl: 'osiągnięty', en: 'reached' },
  missed: { pl: 'nieosiągnięty w terminie', en: 'missed' },
} as const satisfies Record<string, Label>;
export type MilestoneStatus = keyof typeof MILESTONE_STATUSES;
export const MILESTONE_STATUS_KEYS = Object.keys(MILESTONE_STATUSES) as [MilestoneStatus, ...MilestoneStatus[]];

/** A phase's status, never stored: it follows from its dates and the day asked about. */
export const PHASE_STATUSES = {
  upcoming: { pl: 'przed rozpoczęciem', en: 'upcoming' },
  current: { pl: 'trwa', en: 'current' },
  finished: { pl: 'zakończona', en: 'finished' },
  undated: { pl: 'bez dat', en: 'no dates' },
} as const satisfies Record<string, Label>;
export type PhaseStatus = keyof typeof PHASE_STATUSES;

/**
 * What a file kept with an event is: a photo (JPG or PNG, captioned, may go into the summary's photo page), the
 * signed attendance list as scanned (PDF or an image), or another document. Attachments stored before kinds existed
 * were given one from their content: images are photos, PDFs signed lists (what offices attached them for).
 */
export const ATTACHMENT_KINDS = {
  photo: { pl: 'zdjęcie', en: 'photo' },
  signed_list: { pl: 'podpisana lista obecności', en: 'signed attendance list' },
  other: { pl: 'inny dokument', en: 'other document' },
} as const satisfies Record<string, Label>;
export type AttachmentKind = keyof typeof ATTACHMENT_KINDS;
export const ATTACHMENT_KIND_KEYS = Object.keys(ATTACHMENT_KINDS) as [AttachmentKind, ...AttachmentKind[]];

/**
 * For whom an event was held (several at once): the seeds split counts by them ("5 spotkań konsultacyjnych, w tym
 * 1 dla kadry kierowniczej i 4 dla pracowników OPS"). `forWhom` is the genitive after "dla", as reports write it.
 */
export const EVENT_AUDIENCES = {
  management: { pl: 'Kadra kierownicza', en: 'Management', forWhom: 'kadry kierowniczej' },
  social_workers: { pl: 'Pracownicy socjalni / OPS', en: 'Social workers / OPS staff', forWhom: 'pracowników OPS' },
  team_members: { pl: 'Członkowie PZK/ZZK', en: 'Members of PZK/ZZK', forWhom: 'członków PZK/ZZK' },
  jst_representatives: { pl: 'Przedstawiciele JST', en: 'Local government representatives', forWhom: 'przedstawicieli JST' },
  experts: { pl: 'Eksperci', en: 'Experts', forWhom: 'ekspertów' },
  residents: { pl: 'Mieszkańcy', en: 'Residents', forWhom: 'mieszkańców' },
} as const satisfies Record<string, Label & { forWhom: string }>;
export type EventAudience = keyof typeof EVENT_AUDIENCES;
export const EVENT_AUDIENCE_KEYS = Object.keys(EVENT_AUDIENCES) as [EventAudience, ...EventAudience[]];

/** Audiences in the vocabulary's order, each once: how they are stored, exchanged and listed. */
export function orderedAudiences(audiences: readonly string[]): EventAudience[] {
  return EVENT_AUDIENCE_KEYS.filter((key) => audiences.includes(key));
}
/**
 * Roles of a person in a team (PZK, G-PZK, ZZK): the rural model's two animators, the gmina's and the powiat's, and
 * the advisers (doradcy) of seed 004. Several people of one institution may sit in a team, each in one role at a time.
 */
export const TEAM_ROLES = {
  leader: { pl: 'lider', en: 'leader' },
  coordinator: { pl: 'koordynator', en: 'coordinator' },
  gmina_animator: { pl: 'animator gminny', en: 'gmina animator' },
  powiat_animator: { pl: 'animator powiatowy', en: 'powiat animator' },
  adviser: { pl: 'doradca', en: 'adviser' },
  member: { pl: 'członek', en: 'member' },
} as const satisfies Record<string, Label>;
export type TeamRole = keyof typeof TEAM_ROLES;
export const TEAM_ROLE_KEYS = Object.keys(TEAM_ROLES) as [TeamRole, ...TeamRole[]];

/**
 * The sectors a team of the model is expected to bring together (seed 004: JST and their units, social assistance,
 * schools, NGOs, courts, police, labour offices, health care). A team without one of them is told so ("brak: zdrowie,
 * bezpieczeństwo"); the sector of a person is the sector of their institution's type (INSTITUTION_TYPES).
 */
export const EXPECTED_TEAM_SECTORS = ['social_assistance', 'local_government', 'education', 'labour_market', 'health', 'security', 'justice', 'third_sector'] as const satisfies readonly Sector[];

/**
 * The meeting rhythm of a team counts its own held meetings: initiating meetings and meetings of the PZK (G-PZK) or
 * ZZK recorded for the partnership.
 */
export const TEAM_MEETING_TYPES = ['pzk_initiating_meeting', 'pzk_meeting', 'zzk_meeting'] as const satisfies readonly EventType[];
