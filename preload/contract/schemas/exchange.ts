/**
 * The exchange file (plik wymiany): an office's whole register as one versioned JSON document, for moving data
 * between offices and installations losslessly (docs/exchange-format.md, docs/exchange-format.schema.json).
 * These schemas check each record of a file before anything is written; messages are Polish, and main reports
 * every problem with its JSON path (`events[12].participants[3].personId`).
 */
import { z } from 'zod';
import {
  AGREEMENT_STATUS_KEYS,
  ATTACHMENT_KIND_KEYS,
  ATTENDANCE_STATUS_KEYS,
  CERTIFICATE_RULE_KEYS,
  DEFAULT_CERTIFICATE_MIN_SHARE,
  EVENT_AUDIENCE_KEYS,
  EVENT_LEADER_ROLE_KEYS,
  orderedAudiences,
  FORM_OF_ADDRESS_KEYS,
  EVENT_STATUS_KEYS,
  EVENT_TYPE_KEYS,
  GOAL_STATUS_KEYS,
  HOUR_UNIT_KEYS,
  INSTITUTION_TYPE_KEYS,
  PARTY_KIND_KEYS,
  PERSON_ROLE_KEYS,
  PROBLEM_CATEGORY_KEYS,
  SESSION_MODE_KEYS,
  STUDY_KIND_KEYS,
  STUDY_STATUS_KEYS,
  TEAM_ROLE_KEYS,
  TEMPLATE_KIND_KEYS,
  type AttendanceStatus,
} from '../vocabulary';
import * as f from './fields';
import { isCalendarDate } from './partnerships';
import { indicatorMeasure, PROJECT_GMINA_KIND_KEYS } from './projects';
import { TEMPLATE_BODY_MAX_CHARS } from './templates';
import { MAX_PARTY_REPRESENTATIVES } from './agreements';

export const EXCHANGE_FORMAT = 'kooperator-exchange';
export const EXCHANGE_VERSION = 3;
/**
 * The versions this program reads: 1, 2 and 3, the one it writes. Version 2 added forms of address, certificate
 * rules and a list of representatives per agreement party (`representatives`; version 1 had one `representativeName`
 * and `representativeFunction`). Version 3 added, per event, the people counted but not named day by day
 * (`unnamedByDay`; an older file's single `unnamedParticipants` is read as the count of the event's first day); per
 * indicator, the values entered by hand (`values`); milestones of projects (`milestones`); studies and deliverables
 * (`studies`, with their files); the descriptions of events' attachments (`attachments`: kind, caption, the day a
 * photo was taken, the summary's photo page); the events' audiences (`audiences`) and the office's subregions (`subregions`); the people of a team (`members[].team`) and
 * a team's planned meetings a month (`meetingsPerMonthTarget`). Absent from an older file, each is read as none (an event's
 * attachments are then left as they are).
 */
export const EXCHANGE_READABLE_VERSIONS = [1, 2, 3] as const;

/** What an import counts, entity by entity, in the order the file is written. */
export const EXCHANGE_ENTITIES = ['projects', 'institutions', 'people', 'templates', 'agreements', 'partnerships', 'eventSeries', 'events', 'certificates', 'studies', 'subregions'] as const;
export type ExchangeEntity = (typeof EXCHANGE_ENTITIES)[number];

// ---------------------------------------------------------------------------------------------------------
// Fields

const DATE_MESSAGE = 'nieprawidłowa data: wymagany zapis RRRR-MM-DD, np. 2026-03-29';
const INSTANT_MESSAGE = 'nieprawidłowa data i godzina: wymagany zapis ISO 8601 ze strefą czasową, np. 2026-03-29T09:00:00+02:00';
const INSTANT_PATTERN = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):([0-5]\d)(:([0-5]\d)(\.\d{1,3})?)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/;

/** An ISO 8601 date and time of a real calendar day, with its offset (or Z). */
export function isExchangeInstant(value: string): boolean {
  const match = INSTANT_PATTERN.exec(value);
  return match !== null && isCalendarDate(match[1]!) && !Number.isNaN(Date.parse(value));
}

const id = f.text({ error: 'identyfikator musi być tekstem' })
  .trim()
  .min(1, 'pusty identyfikator')
  .max(100, 'identyfikator może mieć najwyżej 100 znaków');
const optionalId = id.nullish().transform((value) => value ?? null);

const day = f.text({ error: DATE_MESSAGE }).refine(isCalendarDate, DATE_MESSAGE);
/** A date that may be null or left out. */
const optionalDay = day.nullish().transform((value) => value ?? null);
/** A date whose key is required but may be null (the register does not know it). */
const nullableDay = day.nullable();

const instant = f.text({ error: INSTANT_MESSAGE }).refine(isExchangeInstant, INSTANT_MESSAGE);

const TERYT_MESSAGE = 'kod TERYT musi mieć 2, 4 lub 7 cyfr';
const teryt = f.text({ error: TERYT_MESSAGE }).regex(/^\d{2}(\d{2}(\d{3})?)?$/, TERYT_MESSAGE);
const nullableTeryt = teryt.nullable();
const optionalTeryt = teryt.nullish().transform((value) => value ?? null);

const flag = (label: string) => z.boolean({ error: `pole „${label}” musi mieć wartość true albo false` });

/** A value of one of the vocabulary's enumerations; an unknown one is named in the message. */
function oneOf<const T extends readonly [string, ...string[]]>(values: T, what: string) {
  return z.enum(values, { error: (issue) => `nieznan${what} „${String(issue.input)}” (dozwolone: ${values.join(', ')})` });
}

const number = (label: string) =>
  z
    .number({ error: `pole „${label}” musi być liczbą` })
    .finite(`pole „${label}” musi być liczbą`)
    .min(0, `pole „${label}” nie może być ujemne`)
    .max(1e12, `pole „${label}” ma za dużą wartość`);

function issue(ctx: z.RefinementCtx, path: (string | number)[], message: string): void {
  ctx.addIssue({ code: 'custom', path, message });
}

/** `later` earlier than `earlier` (both given; ISO dates compare as text). */
function order(ctx: z.RefinementCtx, earlier: string | null | undefined, later: string | null | undefined, path: (string | number)[], message: string): void {
  if (earlier && later && later < earlier) issue(ctx, path, message);
}

/** Objects refuse keys the format does not know: a typo ("personID") must not be dropped silently. */
function record<Shape extends z.ZodRawShape>(shape: Shape) {
  return z.strictObject(shape, {
    error: (issue) => (issue.code === 'unrecognized_keys' ? 'nieznane pole: format wymiany nie ma takiego klucza' : issue.code === 'invalid_type' ? 'oczekiwano obiektu JSON' : undefined),
  });
}

function list<T extends z.ZodType>(item: T, what: string, max = 100_000) {
  return z.array(item, { error: `oczekiwano listy (${what})` }).max(max, `najwyżej ${max} pozycji`);
}

// ---------------------------------------------------------------------------------------------------------
// Office, projects

export const exchangeOffice = record({
  name: f.optionalText('Nazwa biura', 300),
  voivodeshipTeryt: teryt
    .regex(/^\d{2}$/, 'kod TERYT województwa ma 2 cyfry')
    .nullish()
    .transform((value) => value ?? null),
});

/** Macroregions are numbers in the file (1, 2, 3); the register stores I, II, III. */
export const MACROREGION_NUMBERS = { 1: 'I', 2: 'II', 3: 'III' } as const;

export const exchangePhase = record({
  id: id.optional(),
  name: f.requiredText('Nazwa fazy', 200),
  startDate: nullableDay,
  endDate: nullableDay,
});

/** Since version 3: a milestone of the project; `phaseIndex` is the position (from 0) of its phase in `phases`. */
export const exchangeMilestone = record({
  name: f.requiredText('Nazwa kamienia milowego', 200),
  dueDate: optionalDay,
  reachedOn: optionalDay,
  phaseIndex: z.number({ error: 'numer fazy musi być liczbą całkowitą' }).int('numer fazy musi być liczbą całkowitą').min(0, 'numer fazy liczony od 0').nullish().transform((value) => value ?? null),
  notes: f.optionalText('Co obejmuje kamień milowy', 2000),
});

/** A measure as the file writes it: partnership kinds by their codes ("G-PZK"), read into the vocabulary's keys. */
function measureFromFile(value: unknown): unknown {
  if (!value || typeof value !== 'object' || !Array.isArray((value as { partnershipKinds?: unknown }).partnershipKinds)) return value;
  const kinds = (value as { partnershipKinds: unknown[] }).partnershipKinds.map((code) =>
    typeof code === 'string' && Object.hasOwn(PARTNERSHIP_KIND_CODES, code) ? PARTNERSHIP_KIND_CODES[code as keyof typeof PARTNERSHIP_KIND_CODES] : `nieznany rodzaj ${String(code)}`,
  );
  return { ...value, partnershipKinds: kinds };
}

export const exchangeIndicator = record({
  id: id.optional(),
  code: f.requiredText('Kod wskaźnika', 40),
  name: f.requiredText('Nazwa wskaźnika', 300),
  unit: f.requiredText('Jednostka miary', 60),
  target: number('Wartość docelowa').nullable(),
  /**
   * What the indicator counts (projects.ts `indicatorMeasure`), partnership kinds by the file's codes (PZK, G-PZK,
   * ZZK); without it, values are entered by hand.
   */
  measure: z.preprocess(measureFromFile, indicatorMeasure).optional(),
  /** Since version 3: values entered by hand, per period with a note, in the order they are listed; absent: none. */
  values: list(
    record({ from: day, to: day, value: number('Wartość'), note: f.optionalText('Uwagi do wartości', 1000) }).superRefine((value, ctx) => {
      if (value.to < value.from) issue(ctx, ['to'], `koniec okresu (${value.to}) jest wcześniejszy niż jego początek (${value.from})`);
    }),
    'wartości wpisane ręcznie',
    200,
  ).default([]),
  /** Targets per phase; `phaseIndex` is the phase's position (from 0) in `phases`. */
  phaseTargets: list(record({ phaseIndex: z.number({ error: 'numer fazy musi być liczbą' }).int('numer fazy musi być liczbą całkowitą').min(0, 'numer fazy nie może być ujemny'), target: number('Wartość docelowa') }), 'wartości docelowe w fazach', 50).default([]),
});

export const exchangeProject = record({
  id,
  name: f.requiredText('Nazwa projektu', 300),
  macroregion: z.literal([1, 2, 3], { error: (i) => `nieznany makroregion „${String(i.input)}” (dozwolone: 1, 2, 3 albo null)` }).nullable(),
  gminaKind: oneOf(PROJECT_GMINA_KIND_KEYS, 'y rodzaj gminy').nullish().transform((value) => value ?? null),
  startDate: nullableDay,
  endDate: nullableDay,
  cofinancingClause: f.optionalText('Klauzula o współfinansowaniu', 2000),
  /** Since version 2; absent: 80 % of the event's hours. */
  certificateRule: oneOf(CERTIFICATE_RULE_KEYS, 'a zasada wydawania zaświadczeń').default('share'),
  certificateMinShare: f.certificateMinShare.default(DEFAULT_CERTIFICATE_MIN_SHARE),
  notes: f.optionalText('Uwagi', 4000),
  phases: list(exchangePhase, 'fazy', 30),
  /** Since version 3; absent: none. */
  milestones: list(exchangeMilestone, 'kamienie milowe', 50).default([]),
  indicators: list(exchangeIndicator, 'wskaźniki', 200),
}).superRefine((project, ctx) => {
  order(ctx, project.startDate, project.endDate, ['endDate'], 'data zakończenia jest wcześniejsza niż data rozpoczęcia');
  project.milestones.forEach((milestone, i) => {
    if (milestone.phaseIndex !== null && milestone.phaseIndex >= project.phases.length) issue(ctx, ['milestones', i, 'phaseIndex'], `projekt nie ma fazy nr ${milestone.phaseIndex} (fazy liczone od 0)`);
  });
  project.phases.forEach((phase, i) => order(ctx, phase.startDate, phase.endDate, ['phases', i, 'endDate'], 'faza kończy się przed swoim początkiem'));
  const codes = new Map<string, number>();
  project.indicators.forEach((indicator, i) => {
    const key = indicator.code.toLocaleLowerCase('pl');
    if (codes.has(key)) issue(ctx, ['indicators', i, 'code'], `kod wskaźnika „${indicator.code}” jest już użyty w tym projekcie (indicators[${codes.get(key)}])`);
    else codes.set(key, i);
    const seen = new Set<number>();
    indicator.phaseTargets.forEach((target, j) => {
      if (target.phaseIndex >= project.phases.length) issue(ctx, ['indicators', i, 'phaseTargets', j, 'phaseIndex'], `projekt nie ma fazy nr ${target.phaseIndex} (fazy liczone od 0)`);
      else if (seen.has(target.phaseIndex)) issue(ctx, ['indicators', i, 'phaseTargets', j, 'phaseIndex'], 'wartość docelowa dla tej fazy jest już podana');
      seen.add(target.phaseIndex);
    });
  });
});

// ---------------------------------------------------------------------------------------------------------
// Institutions, people, templates

export const exchangeInstitution = record({
  id,
  name: f.requiredText('Nazwa', 300),
  shortName: f.optionalText('Nazwa skrócona', 60),
  type: oneOf(INSTITUTION_TYPE_KEYS, 'y typ instytucji'),
  teryt: nullableTeryt,
  nip: f.nip,
  regon: f.regon,
  address: record({
    street: f.optionalText('Ulica i numer', 200),
    postalCode: f.postalCode,
    city: f.optionalText('Miejscowość', 100),
  })
    .nullish()
    .transform((value) => value ?? null),
  email: f.email,
  phone: f.optionalText('Telefon', 50),
  website: f.website,
  notes: f.optionalText('Uwagi', 4000),
  active: flag('active').default(true),
});

export const exchangePerson = record({
  id,
  firstName: f.requiredText('Imię', 100),
  lastName: f.requiredText('Nazwisko', 150),
  /** Since version 2; absent: not known. */
  formOfAddress: oneOf(FORM_OF_ADDRESS_KEYS, 'a forma grzecznościowa').nullish().transform((value) => value ?? null),
  institutionId: optionalId,
  roles: list(oneOf(PERSON_ROLE_KEYS, 'a rola osoby'), 'role', PERSON_ROLE_KEYS.length).transform((roles) => [...new Set(roles)].sort()),
  position: f.optionalText('Stanowisko', 200),
  email: f.email,
  phone: f.optionalText('Telefon', 50),
  notes: f.optionalText('Uwagi', 4000),
});

export const exchangeTemplate = record({
  id,
  kind: oneOf(TEMPLATE_KIND_KEYS, 'y rodzaj szablonu'),
  name: f.requiredText('Nazwa szablonu', 200),
  body: f.text({ error: 'treść szablonu musi być tekstem' }).min(1, 'pusta treść szablonu').max(TEMPLATE_BODY_MAX_CHARS, 'treść szablonu jest za długa'),
  /** Becomes its kind's default on import (an import never takes the default away). */
  isDefault: flag('isDefault').default(false),
});

// ---------------------------------------------------------------------------------------------------------
// Agreements

const PARTY_DIGITS: Record<string, number> = { voivodeship: 2, powiat: 4, gmina: 7 };

export const exchangePartyDetail = record({
  id: id.optional(),
  kind: oneOf(PARTY_KIND_KEYS, 'y rodzaj strony'),
  teryt: optionalTeryt,
  institutionId: optionalId,
  actingThroughInstitutionId: optionalId,
  name: f.requiredText('Nazwa strony', 300),
  address: f.optionalText('Adres strony', 300),
  nip: f.nip,
  regon: f.regon,
  /** Version 2: who signs for the party, in their order. */
  representatives: list(
    record({ name: f.requiredText('Imię i nazwisko reprezentanta', 200), function: f.optionalText('Funkcja reprezentanta', 200) }),
    'reprezentanci strony',
    MAX_PARTY_REPRESENTATIVES,
  ).optional(),
  /** Version 1: the one representative (read into `representatives`). */
  representativeName: f.optionalText('Reprezentant', 200),
  representativeFunction: f.optionalText('Funkcja reprezentanta', 200),
}).superRefine((party, ctx) => {
  if (party.representatives && (party.representativeName || party.representativeFunction)) {
    issue(ctx, ['representativeName'], 'podaj reprezentantów albo listą representatives (wersja 2), albo polami representativeName i representativeFunction (wersja 1)');
  }
  if (party.kind === 'institution') {
    if (!party.institutionId) issue(ctx, ['institutionId'], 'strona będąca instytucją wymaga pola institutionId');
  } else {
    const digits = PARTY_DIGITS[party.kind]!;
    if (!party.teryt) issue(ctx, ['teryt'], `strona „${party.kind}” wymaga kodu TERYT (${digits} cyfr)`);
    else if (party.teryt.length !== digits) issue(ctx, ['teryt'], `kod TERYT strony „${party.kind}” musi mieć ${digits} cyfr`);
  }
});

export const exchangeAgreement = record({
  id,
  /** Left out: the id is the number. */
  number: f.optionalText('Numer porozumienia', 100),
  projectId: id.nullable(),
  partnershipId: optionalId,
  /** The gmina or powiat the agreement is with (from its parties); informative when `partyDetails` is given. */
  teryt: nullableTeryt,
  status: oneOf(AGREEMENT_STATUS_KEYS, 'y status porozumienia'),
  draftedOn: optionalDay,
  signedOn: optionalDay,
  validUntil: optionalDay,
  terminatedOn: optionalDay,
  subject: f.optionalText('Przedmiot porozumienia', 4000),
  notes: f.optionalText('Uwagi', 4000),
  /** A template of the file (or of the database) of kind `agreement`. */
  templateId: optionalId,
  /** The app's built-in agreement template (each installation has its own copy). */
  builtInTemplate: flag('builtInTemplate').default(false),
  /** Institutions of the agreement (parties and those acting for a party), for readers that need no more. */
  parties: list(id, 'identyfikatory instytucji', 100).default([]),
  /** The parties as printed, in order. Without it, parties are made from `teryt` and `parties`. */
  partyDetails: list(exchangePartyDetail, 'strony porozumienia', 100).nullish().transform((value) => value ?? null),
}).superRefine((agreement, ctx) => {
  order(ctx, agreement.draftedOn, agreement.signedOn, ['signedOn'], 'data podpisania jest wcześniejsza niż data sporządzenia');
  order(ctx, agreement.signedOn ?? agreement.draftedOn, agreement.validUntil, ['validUntil'], 'data obowiązywania jest wcześniejsza niż data podpisania');
  order(ctx, agreement.signedOn, agreement.terminatedOn, ['terminatedOn'], 'data rozwiązania jest wcześniejsza niż data podpisania');
  if (agreement.templateId && agreement.builtInTemplate) issue(ctx, ['builtInTemplate'], 'podaj albo templateId, albo builtInTemplate: true');
});

// ---------------------------------------------------------------------------------------------------------
// Partnerships

/** Kinds of partnership as the file writes them, and as the register stores them. */
export const PARTNERSHIP_KIND_CODES = { PZK: 'pzk', 'G-PZK': 'gpzk', ZZK: 'zzk' } as const;
const PARTNERSHIP_KIND_CODE_KEYS = Object.keys(PARTNERSHIP_KIND_CODES) as [keyof typeof PARTNERSHIP_KIND_CODES, ...(keyof typeof PARTNERSHIP_KIND_CODES)[]];

/** Since version 3: a person of the member institution in the team, in a role, from a day (to a day once they left). */
export const exchangeTeamPerson = record({
  id: id.optional(),
  personId: id,
  role: oneOf(TEAM_ROLE_KEYS, 'a rola w zespole'),
  from: day,
  /** Absent while still in the team. */
  to: optionalDay,
}).superRefine((person, ctx) => order(ctx, person.from, person.to, ['to'], 'data zakończenia udziału jest wcześniejsza niż jego początek'));

export const exchangeMember = record({
  id: id.optional(),
  institutionId: id,
  /** The institution's representative in the partnership. */
  personId: optionalId,
  /** Joined on; left out: the partnership's formedOn (or initiatedOn). */
  from: optionalDay,
  /** Left on; absent while still a member. */
  to: optionalDay,
  declarationSignedOn: optionalDay,
  /** Since version 3; absent: nobody named. */
  team: list(exchangeTeamPerson, 'osoby w zespole', 500).default([]),
}).superRefine((member, ctx) => order(ctx, member.from, member.to, ['to'], 'data wystąpienia jest wcześniejsza niż data przystąpienia'));

export const exchangeServiceOffer = record({
  id: id.optional(),
  institutionId: id,
  service: f.requiredText('Usługa', 300),
  targetGroup: f.optionalText('Grupa docelowa', 300),
  contact: f.optionalText('Kontakt', 300),
  terms: f.optionalText('Warunki', 4000),
});

export const exchangeZzkCase = record({
  id: id.optional(),
  code: f.requiredText('Kod sprawy', 40),
  problems: list(oneOf(PROBLEM_CATEGORY_KEYS, 'a kategoria problemu'), 'kategorie problemów', PROBLEM_CATEGORY_KEYS.length)
    .min(1, 'podaj co najmniej jedną kategorię problemu')
    .transform((problems) => PROBLEM_CATEGORY_KEYS.filter((key) => problems.includes(key))),
  hasIpw: flag('hasIpw').default(false),
  openedOn: optionalDay,
  closedOn: optionalDay,
  outcome: f.optionalText('Efekt', 4000),
  goals: list(record({ id: id.optional(), description: f.requiredText('Cel', 2000), status: oneOf(GOAL_STATUS_KEYS, 'y stan celu').default('planned') }), 'cele', 100).default([]),
}).superRefine((zzkCase, ctx) => order(ctx, zzkCase.openedOn, zzkCase.closedOn, ['closedOn'], 'data zamknięcia sprawy jest wcześniejsza niż data otwarcia'));

export const exchangePartnership = record({
  id,
  projectId: id.nullable(),
  kind: z.enum(PARTNERSHIP_KIND_CODE_KEYS, { error: (i) => `nieznany rodzaj zespołu „${String(i.input)}” (dozwolone: PZK, G-PZK, ZZK)` }),
  name: f.requiredText('Nazwa', 300),
  teryt: nullableTeryt,
  leaderInstitutionId: optionalId,
  strategicPartnerInstitutionId: optionalId,
  animatorPersonId: optionalId,
  /** A ZZK's PZK or G-PZK. */
  parentId: optionalId,
  initiatedOn: optionalDay,
  /** Formalised on (the agreement of the partnership). */
  formedOn: optionalDay,
  endedOn: optionalDay,
  /** Since version 3; absent: no rhythm set. */
  meetingsPerMonthTarget: z
    .number({ error: 'pole „meetingsPerMonthTarget” musi być liczbą' })
    .min(0.25, 'pole „meetingsPerMonthTarget” musi być liczbą od 0,25 do 31')
    .max(31, 'pole „meetingsPerMonthTarget” musi być liczbą od 0,25 do 31')
    .nullish()
    .transform((value) => value ?? null),
  notes: f.optionalText('Uwagi', 4000),
  members: list(exchangeMember, 'członkowie', 2000),
  serviceOffers: list(exchangeServiceOffer, 'koszyk usług', 2000).default([]),
  zzkCase: exchangeZzkCase.nullish().transform((value) => value ?? null),
}).superRefine((partnership, ctx) => {
  order(ctx, partnership.initiatedOn, partnership.formedOn, ['formedOn'], 'data formalizacji jest wcześniejsza niż data pierwszego spotkania inicjującego');
  order(ctx, partnership.formedOn ?? partnership.initiatedOn, partnership.endedOn, ['endedOn'], 'data zakończenia jest wcześniejsza niż początek działania zespołu');
  if (partnership.kind !== 'ZZK') {
    if (partnership.parentId) issue(ctx, ['parentId'], 'zespół nadrzędny podaje się tylko dla ZZK');
    if (partnership.zzkCase) issue(ctx, ['zzkCase'], 'sprawę podaje się tylko dla ZZK');
  }
  if (partnership.parentId && partnership.parentId === partnership.id) issue(ctx, ['parentId'], 'zespół nie może być swoim własnym zespołem nadrzędnym');
});

// ---------------------------------------------------------------------------------------------------------
// Events

export const exchangeEventSeries = record({
  id,
  /** iCalendar recurrence rule (RFC 5545), e.g. FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;COUNT=10 */
  rule: f.text({ error: 'reguła powtarzania musi być tekstem' })
    .trim()
    .max(500, 'reguła powtarzania może mieć najwyżej 500 znaków')
    .regex(/^(RRULE:)?[A-Z-]+=[^;]+(;[A-Z-]+=[^;]+)*$/, 'nieprawidłowa reguła powtarzania (np. FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;COUNT=10)')
    .refine((rule) => /(^|[:;])FREQ=/.test(rule), 'reguła powtarzania musi zawierać FREQ='),
});

const attendanceStatus = oneOf(ATTENDANCE_STATUS_KEYS, 'y stan obecności');

export const exchangeParticipant = record({
  personId: id,
  /** Summary: present if present on any day, else excused if excused on any day, else absent; null: not marked. */
  attendance: attendanceStatus.nullish().transform((value) => value ?? null),
  /** Multi-day events: the status of each Warsaw calendar day. */
  attendanceByDay: z
    .record(f.text(), attendanceStatus, { error: 'oczekiwano obiektu {"RRRR-MM-DD": "present" | "absent" | "excused"}' })
    .nullish()
    .transform((value) => value ?? null)
    .superRefine((byDay, ctx) => {
      for (const key of Object.keys(byDay ?? {})) if (!isCalendarDate(key)) issue(ctx, [key], DATE_MESSAGE);
    }),
  /** The institution the person came from at the time. */
  institutionId: optionalId,
  walkIn: flag('walkIn').default(false),
  /** Coaching and supervision: this person's hours, in the event's unit. */
  hours: number('hours').nullish().transform((value) => value ?? null),
});

/** The summary status of attendance marked day by day. */
export function attendanceSummary(statuses: AttendanceStatus[]): AttendanceStatus | null {
  if (statuses.length === 0) return null;
  if (statuses.includes('present')) return 'present';
  return statuses.includes('excused') ? 'excused' : 'absent';
}

const HEADCOUNT_MESSAGE = 'liczba osób spoza listy musi być liczbą całkowitą nie mniejszą niż 0';
const headcount = z.number({ error: HEADCOUNT_MESSAGE }).int(HEADCOUNT_MESSAGE).min(0, HEADCOUNT_MESSAGE).max(1_000_000, 'liczba osób spoza listy jest za duża');

/** An event's people counted, not named, day by day: `unnamedByDay`, or an older file's one number on its first day. */
export function exchangeHeadcounts(event: { unnamedByDay: Record<string, number> | null; unnamedParticipants: number | null }, firstDay: string): { day: string; count: number }[] {
  if (event.unnamedByDay) return Object.entries(event.unnamedByDay).map(([day, count]) => ({ day, count })).sort((a, b) => a.day.localeCompare(b.day));
  return event.unnamedParticipants === null ? [] : [{ day: firstDay, count: event.unnamedParticipants }];
}
/**
 * Since version 3: what a file kept with an event is (kind, caption, the day a photo was taken, chosen for the
 * summary's photo page), its original name and SHA-256 — never the bytes, which stay in the data folder beside the
 * database (it is stored as `skany/<sha256>.<extension of the name>`).
 */
export const exchangeAttachment = record({
  id,
  name: f
    .requiredText('Nazwa pliku', 255)
    .refine((name) => /\.(pdf|jpe?g|png)$/i.test(name), 'nazwa pliku załącznika musi kończyć się na .pdf, .jpg, .jpeg albo .png'),
  sha256: f.text({ error: 'sha256 musi być tekstem' }).regex(/^[0-9a-f]{64}$/, 'sha256 to 64 cyfry szesnastkowe (małe litery)'),
  kind: oneOf(ATTACHMENT_KIND_KEYS, 'y rodzaj załącznika'),
  caption: f.optionalText('Podpis', 500),
  takenOn: optionalDay,
  inSummary: flag('inSummary').default(false),
}).superRefine((attachment, ctx) => {
  const image = /\.(jpe?g|png)$/i.test(attachment.name);
  if (attachment.kind === 'photo' && !image) issue(ctx, ['kind'], `zdjęciem może być tylko plik JPG lub PNG („${attachment.name}”)`);
  if (attachment.inSummary && attachment.kind !== 'photo') issue(ctx, ['inSummary'], 'do sprawozdania trafiają tylko zdjęcia (kind „photo”)');
});

export const exchangeEvent = record({
  id,
  projectId: id.nullable(),
  type: oneOf(EVENT_TYPE_KEYS, 'y rodzaj wydarzenia'),
  status: oneOf(EVENT_STATUS_KEYS, 'y stan wydarzenia').default('held'),
  title: f.requiredText('Tytuł', 300),
  start: instant,
  end: instant,
  place: f.optionalText('Miejsce', 300),
  teryt: optionalTeryt,
  partnershipId: optionalId,
  organiserInstitutionId: optionalId,
  hours: number('hours').max(10_000, 'liczba godzin może wynosić najwyżej 10 000').nullable(),
  hourUnit: oneOf(HOUR_UNIT_KEYS, 'a jednostka godzin'),
  mode: oneOf(SESSION_MODE_KEYS, 'a forma').nullish().transform((value) => value ?? null),
  /** Since version 2; absent: the project's rule. With `share` and no share given, 80 %. */
  certificateRule: oneOf(CERTIFICATE_RULE_KEYS, 'a zasada wydawania zaświadczeń').nullish().transform((value) => value ?? null),
  certificateMinShare: f.certificateMinShare.nullish().transform((value) => value ?? null),
  /** Since version 3; absent: not said. For whom it was held, the vocabulary's codes, each once. */
  audiences: list(oneOf(EVENT_AUDIENCE_KEYS, 'a grupa odbiorców'), 'odbiorcy', EVENT_AUDIENCE_KEYS.length)
    .default([])
    .transform((codes) => orderedAudiences(codes)),
  notes: f.optionalText('Uwagi', 4000),
  /** Why a cancelled event was cancelled. */
  cancellationReason: f.optionalText('Powód odwołania', 1000),
  /** Versions 1 and 2: people who took part without being named on the list, one number (read as the first day's). */
  unnamedParticipants: headcount.nullish().transform((value) => value ?? null),
  /** Since version 3: people who took part without being named on the list, Warsaw calendar day → number. */
  unnamedByDay: z
    .record(f.text(), headcount, { error: 'oczekiwano obiektu {"RRRR-MM-DD": liczba osób}' })
    .nullish()
    .transform((value) => value ?? null)
    .superRefine((byDay, ctx) => {
      for (const key of Object.keys(byDay ?? {})) if (!isCalendarDate(key)) issue(ctx, [key], DATE_MESSAGE);
    }),
  seriesId: optionalId,
  /** An occurrence edited on its own no longer follows changes to its series. */
  detachedFromSeries: flag('detachedFromSeries').default(false),
  leaders: list(record({ personId: id, role: oneOf(EVENT_LEADER_ROLE_KEYS, 'a rola prowadzącego') }), 'prowadzący', 50).default([]),
  participants: list(exchangeParticipant, 'uczestnicy', 5000),
  /** Since version 3; absent: the event's attachments in the register are left as they are. */
  attachments: list(exchangeAttachment, 'załączniki', 500).optional(),
}).superRefine((event, ctx) => {
  if (Date.parse(event.end) <= Date.parse(event.start)) issue(ctx, ['end'], `koniec wydarzenia (${event.end}) nie jest późniejszy niż jego początek (${event.start})`);
  if (event.unnamedByDay && event.unnamedParticipants !== null) issue(ctx, ['unnamedParticipants'], 'podaj liczbę osób spoza listy albo jedną (unnamedParticipants, wersje 1 i 2), albo dzień po dniu (unnamedByDay)');
  if (event.detachedFromSeries && !event.seriesId) issue(ctx, ['detachedFromSeries'], 'detachedFromSeries ma sens tylko dla wydarzenia z serii (seriesId)');
  const people = new Map<string, number>();
  event.participants.forEach((participant, i) => {
    const first = people.get(participant.personId);
    if (first !== undefined) issue(ctx, ['participants', i, 'personId'], `osoba „${participant.personId}” jest już na liście uczestników (participants[${first}])`);
    else people.set(participant.personId, i);
    if (participant.attendanceByDay && participant.attendance) {
      const summary = attendanceSummary(Object.values(participant.attendanceByDay));
      if (summary !== participant.attendance) {
        issue(ctx, ['participants', i, 'attendance'], `podsumowanie obecności „${participant.attendance}” nie zgadza się z obecnością w dniach (wynika z niej „${summary ?? 'brak'}”)`);
      }
    }
  });
  const leaders = new Set<string>();
  event.leaders.forEach((leader, i) => {
    const key = `${leader.personId} ${leader.role}`;
    if (leaders.has(key)) issue(ctx, ['leaders', i], 'ten prowadzący w tej roli jest już na liście');
    leaders.add(key);
  });
});

// ---------------------------------------------------------------------------------------------------------
// Certificates

export const CERTIFICATE_NUMBER_PATTERN = /^(\d+)\/(\d{4})$/;

export const exchangeCertificate = record({
  id,
  /** As printed, e.g. 12/2026. */
  number: f.requiredText('Numer zaświadczenia', 40),
  year: z.number({ error: 'rok musi być liczbą' }).int('rok musi być liczbą całkowitą').min(1900, 'nieprawidłowy rok').max(2999, 'nieprawidłowy rok').optional(),
  sequence: z.number({ error: 'numer kolejny musi być liczbą' }).int('numer kolejny musi być liczbą całkowitą').min(1, 'numer kolejny zaczyna się od 1').optional(),
  issuedOn: day,
  eventId: id,
  personId: id,
}).superRefine((certificate, ctx) => {
  if ((certificate.year === undefined || certificate.sequence === undefined) && !CERTIFICATE_NUMBER_PATTERN.test(certificate.number)) {
    issue(ctx, ['number'], 'podaj year i sequence albo numer w postaci kolejny/rok, np. 12/2026');
  }
});

// ---------------------------------------------------------------------------------------------------------
// Studies and deliverables (since version 3)

/** The largest file of a study, so that its record (the file in Base64) stays within what a record of the file may hold. */
export const MAX_STUDY_FILE_BYTES = 10 * 1024 * 1024;
const SHA256_MESSAGE = 'suma SHA-256 musi mieć 64 znaki szesnastkowe';

export const exchangeStudy = record({
  id,
  title: f.requiredText('Tytuł', 500),
  kind: oneOf(STUDY_KIND_KEYS, 'y rodzaj opracowania'),
  status: oneOf(STUDY_STATUS_KEYS, 'y stan opracowania'),
  projectId: optionalId,
  contractorInstitutionId: optionalId,
  contractorName: f.optionalText('Wykonawca', 300),
  periodFrom: optionalDay,
  periodTo: optionalDay,
  notes: f.optionalText('Opis', 4000),
  /** The study's file (PDF or DOCX): its original name, SHA-256 and content in Base64. */
  file: record({
    name: f.requiredText('Nazwa pliku', 255),
    sha256: f.text({ error: SHA256_MESSAGE }).regex(/^[0-9a-f]{64}$/, SHA256_MESSAGE),
    contentBase64: f
      .text({ error: 'treść pliku musi być tekstem Base64' })
      .max(Math.ceil(MAX_STUDY_FILE_BYTES / 3) * 4, `plik opracowania może mieć najwyżej ${MAX_STUDY_FILE_BYTES / 1024 / 1024} MB`)
      .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'treść pliku nie jest prawidłowym tekstem Base64'),
  })
    .nullish()
    .transform((value) => value ?? null),
}).superRefine((study, ctx) => {
  order(ctx, study.periodFrom, study.periodTo, ['periodTo'], 'koniec okresu realizacji jest wcześniejszy niż jego początek');
  if (study.contractorInstitutionId && study.contractorName) issue(ctx, ['contractorName'], 'podaj contractorInstitutionId albo contractorName, nie oba');
});

// Subregions (since version 3)

const POWIAT_MESSAGE = 'kod powiatu musi mieć 4 cyfry';

export const exchangeSubregion = record({
  id,
  name: f.requiredText('Nazwa subregionu', 200),
  /** The voivodeship's TERYT code (2 digits). */
  voivodeship: f.text({ error: 'kod województwa musi mieć 2 cyfry' }).regex(/^\d{2}$/, 'kod województwa musi mieć 2 cyfry'),
  /** Its powiats' TERYT codes (4 digits), each in one subregion only. */
  powiats: list(f.text({ error: POWIAT_MESSAGE }).regex(/^\d{4}$/, POWIAT_MESSAGE), 'powiaty', 100).min(1, 'subregion musi obejmować co najmniej jeden powiat'),
  notes: f.optionalText('Uwagi', 2000),
}).superRefine((subregion, ctx) => {
  const seen = new Set<string>();
  subregion.powiats.forEach((code, i) => {
    if (!code.startsWith(subregion.voivodeship)) issue(ctx, ['powiats', i], `powiat ${code} nie leży w województwie ${subregion.voivodeship}`);
    if (seen.has(code)) issue(ctx, ['powiats', i], `powiat ${code} jest już na liście`);
    seen.add(code);
  });
});

// ---------------------------------------------------------------------------------------------------------
// The document

const documentFields = {
  format: z.literal(EXCHANGE_FORMAT, { error: `to nie jest plik wymiany Kooperatora (oczekiwano "format": "${EXCHANGE_FORMAT}")` }),
  version: z.literal(EXCHANGE_READABLE_VERSIONS, {
    error: (i) => `nieobsługiwana wersja formatu „${String(i.input)}” (ta wersja programu czyta wersje ${EXCHANGE_READABLE_VERSIONS.slice(0, -1).join(', ')} i ${EXCHANGE_READABLE_VERSIONS.at(-1)})`,
  }),
  exportedAt: instant,
  office: exchangeOffice,
};

/** The whole document, record by record: the type of what an export writes and an import reads. */
export const exchangeDocument = record({
  ...documentFields,
  projects: list(exchangeProject, 'projekty'),
  institutions: list(exchangeInstitution, 'instytucje'),
  people: list(exchangePerson, 'osoby'),
  templates: list(exchangeTemplate, 'szablony').default([]),
  agreements: list(exchangeAgreement, 'porozumienia'),
  partnerships: list(exchangePartnership, 'partnerstwa'),
  eventSeries: list(exchangeEventSeries, 'serie wydarzeń').default([]),
  events: list(exchangeEvent, 'wydarzenia'),
  certificates: list(exchangeCertificate, 'zaświadczenia').default([]),
  studies: list(exchangeStudy, 'opracowania').default([]),
  subregions: list(exchangeSubregion, 'subregiony').default([]),
});

/**
 * The document's frame with each list left unchecked, so main can check record by record and report every
 * problem of every record (a whole-document parse would stop at a record with one bad field).
 */
export const exchangeFrame = record({
  ...documentFields,
  projects: list(z.unknown(), 'projekty'),
  institutions: list(z.unknown(), 'instytucje'),
  people: list(z.unknown(), 'osoby'),
  templates: list(z.unknown(), 'szablony').default([]),
  agreements: list(z.unknown(), 'porozumienia'),
  partnerships: list(z.unknown(), 'partnerstwa'),
  eventSeries: list(z.unknown(), 'serie wydarzeń').default([]),
  events: list(z.unknown(), 'wydarzenia'),
  certificates: list(z.unknown(), 'zaświadczenia').default([]),
  studies: list(z.unknown(), 'opracowania').default([]),
  subregions: list(z.unknown(), 'subregiony').default([]),
});

/** The schema of each list's records. */
export const EXCHANGE_RECORD_SCHEMAS = {
  projects: exchangeProject,
  institutions: exchangeInstitution,
  people: exchangePerson,
  templates: exchangeTemplate,
  agreements: exchangeAgreement,
  partnerships: exchangePartnership,
  eventSeries: exchangeEventSeries,
  events: exchangeEvent,
  certificates: exchangeCertificate,
  studies: exchangeStudy,
  subregions: exchangeSubregion,
} as const satisfies Record<ExchangeEntity, z.ZodType>;

/** A document as written (what an export produces). */
export type ExchangeDocument = z.input<typeof exchangeDocument>;
/** A document as checked (defaults filled in, text trimmed). */
export type ParsedExchangeDocument = z.output<typeof exchangeDocument>;
export type ExchangeRecord<E extends ExchangeEntity> = z.output<(typeof EXCHANGE_RECORD_SCHEMAS)[E]>;

// ---------------------------------------------------------------------------------------------------------
// Channels' inputs and outputs

export const exchangeExportQuery = z
  .object({
    /** Events from this day (Warsaw calendar), inclusive: those ending on or after it. */
    from: day.nullish().transform((value) => value ?? null),
    /** Events up to this day, inclusive: those starting on or before it. */
    to: day.nullish().transform((value) => value ?? null),
    /** A voivodeship (2 digits), powiat (4) or gmina (7): what is in it and what that refers to. */
    teryt: teryt.nullish().transform((value) => value ?? null),
  })
  .superRefine((query, ctx) => order(ctx, query.from, query.to, ['to'], 'data „do” jest wcześniejsza niż data „od”'))
  .default({ from: null, to: null, teryt: null });

export const exchangeImportRequest = f.fileUpload;

export interface ExchangeCount {
  added: number;
  updated: number;
  unchanged: number;
}

export interface ExchangeImportResult {
  counts: Record<ExchangeEntity, ExchangeCount>;
  /** The backup made before writing (SQLite), or null. */
  backup: string | null;
}

export type ExchangeExportQuery = z.output<typeof exchangeExportQuery>;
export type ExchangeImportRequest = z.output<typeof exchangeImportRequest>;

/** Polish names of the counted entities, for summaries. */
export const EXCHANGE_ENTITY_LABELS: Record<ExchangeEntity, { pl: string; en: string }> = {
  projects: { pl: 'projekty', en: 'projects' },
  institutions: { pl: 'instytucje', en: 'institutions' },
  people: { pl: 'osoby', en: 'people' },
  templates: { pl: 'szablony dokumentów', en: 'document templates' },
  agreements: { pl: 'porozumienia', en: 'agreements' },
  partnerships: { pl: 'partnerstwa', en: 'partnerships' },
  eventSeries: { pl: 'serie wydarzeń', en: 'event series' },
  events: { pl: 'wydarzenia', en: 'events' },
  certificates: { pl: 'zaświadczenia', en: 'certificates' },
  studies: { pl: 'opracowania (diagnozy, raporty, katalogi, ekspertyzy)', en: 'studies and deliverables' },
  subregions: { pl: 'subregiony', en: 'subregions' },
};
