/**
 * Bodies of the model (PZK, G-PZK, ZZK): the partnership itself, its membership history, the local basket
 * of services (lokalny koszyk usług) and a ZZK's case. A case carries no client's identity: a code,
 * problem categories, goals and dates only; its schemas refuse any other field rather than drop it silently.
 */
import { z } from 'zod';
import {
  GOAL_STATUS_KEYS,
  PARTNERSHIP_KIND_KEYS,
  PROBLEM_CATEGORY_KEYS,
  SECTORS,
  TEAM_ROLE_KEYS,
  type GoalStatus,
  type InstitutionType,
  type Label,
  type PartnershipKind,
  type ProblemCategory,
  type Sector,
  type TeamRole,
} from '../vocabulary';
import * as f from './fields';
import { formatCount, formatNumberPl } from '../plural';

// ---------------------------------------------------------------------------------------------------------
// Reusable fields

/** Re-exported: other domains' schemas import these dates from here. */
export { calendarDate, isCalendarDate, optionalCalendarDate } from './fields';
const { calendarDate, optionalCalendarDate, optionalId } = f;

/** Issue for `later` when it is before `earlier` (both present); ISO dates compare as strings. */
function checkOrder(ctx: z.RefinementCtx, earlier: string | null | undefined, later: string | null | undefined, path: (string | number)[], message: string) {
  if (earlier && later && later < earlier) ctx.addIssue({ code: 'custom', path, message });
}

// ---------------------------------------------------------------------------------------------------------
// Vocabulary of this domain that the shared vocabulary does not have (yet)

/** The role an institution has in a partnership, most important first. */
export const PARTNERSHIP_ROLES = {
  leader: { pl: 'Lider', en: 'Leader' },
  strategic_partner: { pl: 'Partner strategiczny', en: 'Strategic partner' },
  member: { pl: 'Członek', en: 'Member' },
  former_member: { pl: 'Były członek', en: 'Former member' },
} as const satisfies Record<string, Label>;
export type PartnershipRole = keyof typeof PARTNERSHIP_ROLES;
export const PARTNERSHIP_ROLE_KEYS = Object.keys(PARTNERSHIP_ROLES) as [PartnershipRole, ...PartnershipRole[]];

/** Institution types that may lead a partnership: the OPS (MOPS/GOPS) or the CUS that replaced it. */
export const PARTNERSHIP_LEADER_TYPES = ['ops', 'cus'] as const satisfies readonly InstitutionType[];
/** The strategic partner of a PZK in a land county is the powiat's PCPR. */
export const STRATEGIC_PARTNER_INSTITUTION_TYPES = ['pcpr'] as const satisfies readonly InstitutionType[];

// ---------------------------------------------------------------------------------------------------------
// ZZK case

/** A case code as the office writes it ("ZZK/2025/07", "BDZ-12"): letters, digits, "-" and "/", at least one digit. */
export const ZZK_CASE_CODE_PATTERN = /^(?=.*\d)[\p{L}\d]+([-/][\p{L}\d]+)*$/u;

export const zzkCaseCode = f
  .requiredText('Kod sprawy', 40)
  .regex(ZZK_CASE_CODE_PATTERN, 'Kod sprawy: litery, cyfry, „-” i „/”, z co najmniej jedną cyfrą (np. ZZK/2025/07); bez danych osobowych klienta');

/** Refuses fields the schema does not know: a client's name or PESEL must not be smuggled into a case. */
function noOtherFields(what: string) {
  return {
    error: (issue: { code?: string; keys?: string[] }) =>
      issue.code === 'unrecognized_keys'
        ? `${what} nie przechowuje danych identyfikujących klienta ani innych dodatkowych pól: ${(issue.keys ?? []).join(', ')}`
        : undefined,
  };
}

export const zzkGoalDraft = z.strictObject(
  {
    /** A goal read back keeps its id when saved again; a new one gets an id in main. */
    id: f.id.optional(),
    /** Order is the order of the list; a position read back is accepted and ignored. */
    position: z.number().int().optional(),
    description: f.requiredText('Cel', 2000),
    status: z.enum(GOAL_STATUS_KEYS, { error: 'Wybierz stan celu z listy' }).default('planned'),
  },
  noOtherFields('Cel ZZK'),
);

const zzkCaseFields = z.strictObject(
  {
    /** Accepted and ignored when a case read back is sent again: the case is saved under the partnership's version. */
    id: f.id.optional(),
    version: f.version.optional(),
    caseCode: zzkCaseCode,
    problems: z
      .array(z.enum(PROBLEM_CATEGORY_KEYS, { error: 'Nieznana kategoria problemu' }), { error: 'Wybierz co najmniej jedną kategorię problemu' })
      .min(1, 'Wybierz co najmniej jedną kategorię problemu')
      .max(PROBLEM_CATEGORY_KEYS.length)
      .transform((problems) => [...new Set(problems)]),
    hasIpw: z.boolean({ error: 'Pole „IPW” musi mieć wartość tak/nie' }).default(false),
    openedOn: optionalCalendarDate,
    closedOn: optionalCalendarDate,
    outcome: f.optionalText('Efekt', 4000),
    goals: z.array(zzkGoalDraft).max(100, 'Najwyżej 100 celów w jednej sprawie').default([]),
  },
  noOtherFields('Sprawa ZZK'),
);

export const zzkCaseDraft = zzkCaseFields.superRefine((value, ctx) =>
  checkOrder(ctx, value.openedOn, value.closedOn, ['closedOn'], 'Data zamknięcia sprawy nie może być wcześniejsza niż data otwarcia'),
);

// ---------------------------------------------------------------------------------------------------------
// Partnership

const RHYTHM_MESSAGE = 'Planowana liczba spotkań w miesiącu: liczba od 0,25 do 31 (np. 2)';
const meetingsPerMonth = z
  .number({ error: RHYTHM_MESSAGE })
  .min(0.25, RHYTHM_MESSAGE)
  .max(31, RHYTHM_MESSAGE)
  .nullish()
  .transform((value) => value ?? null);

const partnershipKind = z.enum(PARTNERSHIP_KIND_KEYS, { error: 'Wybierz rodzaj zespołu z listy' });

const partnershipFields = z.object({
  kind: partnershipKind,
  name: f.requiredText('Nazwa', 300),
  projectId: optionalId,
  /** The gmina (or powiat) the partnership works in. */
  terytCode: f.terytCode,
  leaderInstitutionId: optionalId,
  strategicPartnerInstitutionId: optionalId,
  animatorPersonId: optionalId,
  /** A ZZK's PZK or G-PZK; empty for the others. */
  parentPartnershipId: optionalId,
  initiatedOn: optionalCalendarDate,
  formalisedOn: optionalCalendarDate,
  endedOn: optionalCalendarDate,
  /** Meetings a month the team plans (seed 003: "średnio dwa razy w miesiącu"); empty: no rhythm set. */
  meetingsPerMonthTarget: meetingsPerMonth,
  notes: f.optionalText('Uwagi', 4000),
  /** A ZZK's case, saved with it; empty for the others. */
  zzkCase: zzkCaseDraft.nullish().transform((value) => value ?? null),
});

type PartnershipFields = z.output<typeof partnershipFields>;

/** Rules across fields, the same in the form and in main. */
/** The order of a partnership's dates; told on the first save, whatever else is wrong. */
function dateRules(value: PartnershipFields, ctx: z.RefinementCtx): void {
  checkOrder(ctx, value.initiatedOn, value.formalisedOn, ['formalisedOn'], 'Data formalizacji nie może być wcześniejsza niż data pierwszego spotkania inicjującego');
  checkOrder(ctx, value.formalisedOn ?? value.initiatedOn, value.endedOn, ['endedOn'], value.formalisedOn
    ? 'Data zakończenia nie może być wcześniejsza niż data formalizacji'
    : 'Data zakończenia nie może być wcześniejsza niż data pierwszego spotkania inicjującego');
}

/** A ZZK, and only a ZZK, has a parent team and a case. */
function zzkRules(value: PartnershipFields, ctx: z.RefinementCtx): void {
  if (value.kind === 'zzk') {
    if (!value.parentPartnershipId) ctx.addIssue({ code: 'custom', path: ['parentPartnershipId'], message: 'ZZK działa w ramach PZK lub G-PZK: wybierz zespół nadrzędny' });
    if (!value.zzkCase) ctx.addIssue({ code: 'custom', path: ['zzkCase'], message: 'Uzupełnij dane sprawy ZZK (kod sprawy i kategorie problemów)' });
  } else {
    if (value.parentPartnershipId) ctx.addIssue({ code: 'custom', path: ['parentPartnershipId'], message: 'Zespół nadrzędny wskazuje się tylko dla ZZK' });
    if (value.zzkCase) ctx.addIssue({ code: 'custom', path: ['zzkCase'], message: 'Dane sprawy podaje się tylko dla ZZK' });
  }
}

/** What a user edits about a partnership (and, for a ZZK, its case). */
const DATE_RULES = f.whenFieldsValid('initiatedOn', 'formalisedOn', 'endedOn');
const ZZK_RULES = f.whenFieldsValid('kind', 'parentPartnershipId', 'zzkCase');

export const partnershipDraft = partnershipFields.superRefine(dateRules, DATE_RULES).superRefine(zzkRules, ZZK_RULES);

export const partnershipSave = f.withIdentity(partnershipFields).superRefine(dateRules, DATE_RULES).superRefine(zzkRules, ZZK_RULES);

export const partnershipListQuery = z
  .object({
    search: f.text().trim().max(200).optional(),
    kind: partnershipKind.optional(),
    projectId: f.id.optional(),
    /** A voivodeship (2 digits), powiat (4) or gmina (7): partnerships working in it. */
    territoryCode: f.text().regex(/^\d{2}(\d{2}(\d{3})?)?$/, 'Nieprawidłowy kod terytorium').optional(),
    /** Partnerships working in a powiat (or a gmina of a powiat) of this subregion of the office. */
    subregionId: f.id.optional(),
    /** true: not ended (no end date, or one still ahead); false: ended. */
    active: z.boolean().optional(),
    /** The ZZKs of one PZK or G-PZK. */
    parentPartnershipId: f.id.optional(),
  })
  .default({});

// ---------------------------------------------------------------------------------------------------------
// Membership (history: leaving closes a row, rejoining opens a new one)

export const partnershipMemberDraft = z.object({
  institutionId: f.id,
  representativePersonId: optionalId,
  joinedOn: calendarDate,
  /** Deklaracja przystąpienia do PZK. */
  declarationSignedOn: optionalCalendarDate,
});

export const partnershipJoin = partnershipMemberDraft.extend({ partnershipId: f.id });

export const partnershipJoinMany = z.object({
  partnershipId: f.id,
  members: z
    .array(partnershipMemberDraft, { error: 'Podaj listę przystępujących instytucji' })
    .min(1, 'Podaj co najmniej jedną przystępującą instytucję')
    .max(200, 'Najwyżej 200 instytucji naraz')
    .superRefine((members, ctx) => {
      const seen = new Set<string>();
      members.forEach((member, index) => {
        if (seen.has(member.institutionId)) ctx.addIssue({ code: 'custom', path: [index, 'institutionId'], message: 'Ta instytucja jest już na liście' });
        seen.add(member.institutionId);
      });
    }),
});

export const partnershipLeave = z.object({ memberId: f.id, leftOn: calendarDate });

/** What may change on the current membership row: its representative and the date of the declaration. */
export const partnershipMemberUpdate = z.object({
  memberId: f.id,
  representativePersonId: optionalId,
  declarationSignedOn: optionalCalendarDate,
});

// ---------------------------------------------------------------------------------------------------------
// The team's people (history: leaving closes a row, a return opens a new one)

const teamRole = z.enum(TEAM_ROLE_KEYS, { error: 'Wybierz rolę w zespole z listy' });

/** A person of a member institution joins the team in a role. */
export const teamPersonAdd = z.object({
  partnershipId: f.id,
  /** The membership row of the person's institution. */
  memberId: f.id,
  personId: f.id,
  role: teamRole,
  fromOn: calendarDate,
});

/** An id the user picks from a list: left empty, the field says what to pick (not "Brak identyfikatora"). */
function picked(message: string) {
  return f.text({ error: message }).trim().min(1, message).max(100);
}

/** Several people of one institution join at once, each with a role. */
export const teamPeopleAdd = z.object({
  partnershipId: f.id,
  memberId: picked('Wybierz instytucję członkowską z listy'),
  fromOn: calendarDate,
  people: z
    .array(z.object({ personId: picked('Wybierz osobę z listy'), role: teamRole }), { error: 'Podaj osoby z ich rolami' })
    .min(1, 'Wybierz co najmniej jedną osobę')
    .max(100, 'Najwyżej 100 osób naraz')
    .superRefine((people, ctx) => {
      const seen = new Set<string>();
      people.forEach((person, index) => {
        if (seen.has(person.personId)) ctx.addIssue({ code: 'custom', path: [index, 'personId'], message: 'Ta osoba jest już na liście' });
        seen.add(person.personId);
      });
    }),
});

/** A person leaves the team (or stops having the role): the row is closed on `toOn`. */
export const teamPersonEnd = z.object({ id: f.id, version: f.version, toOn: calendarDate });

// ---------------------------------------------------------------------------------------------------------
// The local basket of services

export const serviceOfferDraft = z.object({
  partnershipId: f.id,
  institutionId: f.id,
  service: f.requiredText('Usługa', 300),
  targetGroup: f.optionalText('Grupa docelowa', 300),
  contact: f.optionalText('Kontakt', 300),
  terms: f.optionalText('Warunki', 4000),
});

export const serviceOfferSave = f.withIdentity(serviceOfferDraft);

export const partnershipsForInstitution = z.object({ institutionId: f.id });

// ---------------------------------------------------------------------------------------------------------
// Types

export type PartnershipDraft = z.input<typeof partnershipDraft>;
export type PartnershipSave = z.output<typeof partnershipSave>;
export type PartnershipListQuery = z.output<typeof partnershipListQuery>;
export type ZzkCaseDraft = z.input<typeof zzkCaseDraft>;
export type PartnershipMemberDraft = z.output<typeof partnershipMemberDraft>;
export type PartnershipJoin = z.output<typeof partnershipJoin>;
export type PartnershipJoinMany = z.output<typeof partnershipJoinMany>;
export type PartnershipLeave = z.output<typeof partnershipLeave>;
export type PartnershipMemberUpdate = z.output<typeof partnershipMemberUpdate>;
export type ServiceOfferSave = z.output<typeof serviceOfferSave>;
export type TeamPersonAdd = z.output<typeof teamPersonAdd>;
export type TeamPeopleAdd = z.output<typeof teamPeopleAdd>;
export type TeamPersonEnd = z.output<typeof teamPersonEnd>;

/** One row of a team's people: a person of a member institution in a role, from a day (to a day once closed). */
export interface TeamPerson {
  id: string;
  version: number;
  partnershipId: string;
  memberId: string;
  personId: string;
  /** "Imię Nazwisko". */
  personName: string;
  institutionId: string;
  institutionName: string;
  institutionType: InstitutionType;
  sector: Sector;
  role: TeamRole;
  fromOn: string;
  toOn: string | null;
  /** In the team today (no end date, or one still ahead). */
  current: boolean;
}

/** Who a team is today: its people, the sectors they come from and the sectors the model expects but the team lacks. */
export interface TeamComposition {
  /** Distinct people in the team today. */
  people: number;
  /** Sectors of the people's institutions, in the order of SECTORS. */
  sectors: Sector[];
  /** EXPECTED_TEAM_SECTORS the team has nobody from. */
  missingSectors: Sector[];
}

/**
 * A team's meeting rhythm over a period (main/services/partnerships/rhythm.ts has the one rule): held meetings of
 * the team per month of the time it was active in the period, against its target.
 */
export interface MeetingRhythm {
  partnershipId: string;
  partnershipName: string;
  kind: PartnershipKind;
  /** Meetings a month the team plans; null: none set. */
  target: number | null;
  /** The days the rate is taken over: from the later of the period's start and the team's formation to the earliest of the period's end, today and the team's end. */
  from: string;
  to: string;
  /** Held meetings of the team in [from, to]. */
  meetings: number;
  /** Months of [from, to] (days / 30,4375, at least 1). */
  months: number;
  /** meetings / months, rounded to one decimal. */
  perMonth: number;
  /** Active for at least one whole month: only then is it judged. */
  judged: boolean;
  /** Judged, with a target, and perMonth (as rounded) below it. */
  behind: boolean;
}

/** A partnership as lists show it. */
export interface PartnershipSummary {
  id: string;
  version: number;
  kind: PartnershipKind;
  name: string;
  projectId: string | null;
  projectName: string | null;
  terytCode: string | null;
  territoryName: string | null;
  leaderInstitutionId: string | null;
  leaderName: string | null;
  strategicPartnerInstitutionId: string | null;
  strategicPartnerName: string | null;
  parentPartnershipId: string | null;
  parentName: string | null;
  initiatedOn: string | null;
  formalisedOn: string | null;
  endedOn: string | null;
  /** Not ended: no end date, or one still ahead. */
  active: boolean;
  /** Institutions that are members now (each counted once). */
  currentMemberCount: number;
  /** A ZZK's case code, for lists. */
  caseCode: string | null;
  createdAt: string;
  updatedAt: string;
}

/** One row of the membership history. */
export interface PartnershipMember {
  id: string;
  partnershipId: string;
  institutionId: string;
  institutionName: string;
  institutionType: InstitutionType;
  representativePersonId: string | null;
  /** "Imię Nazwisko" of the representative. */
  representativeName: string | null;
  joinedOn: string;
  leftOn: string | null;
  declarationSignedOn: string | null;
  /** Still a member (the row is open). */
  current: boolean;
  createdAt: string;
}

export interface ServiceOffer {
  id: string;
  version: number;
  partnershipId: string;
  institutionId: string;
  institutionName: string;
  service: string;
  targetGroup: string | null;
  contact: string | null;
  terms: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface ZzkGoal {
  id: string;
  position: number;
  description: string;
  status: GoalStatus;
}

export interface ZzkCase {
  id: string;
  version: number;
  caseCode: string;
  problems: ProblemCategory[];
  hasIpw: boolean;
  openedOn: string | null;
  closedOn: string | null;
  outcome: string | null;
  goals: ZzkGoal[];
}

/** Everything about one partnership. */
export interface PartnershipDetail extends PartnershipSummary {
  animatorPersonId: string | null;
  animatorName: string | null;
  notes: string | null;
  meetingsPerMonthTarget: number | null;
  /** The whole membership history: current rows first. */
  members: PartnershipMember[];
  /** The team's people, the whole history: current rows first. */
  team: TeamPerson[];
  /** The team today: number of people, sectors present and missing. */
  composition: TeamComposition;
  /** Meetings held against the target over the last twelve months (RHYTHM_RECENT_MONTHS), from the formation at the earliest. Null for a team never formed. */
  rhythm: MeetingRhythm | null;
  /** The local basket of services. */
  offers: ServiceOffer[];
  /** For a PZK or G-PZK: its ZZKs. */
  children: PartnershipSummary[];
  /** For a ZZK: its case. */
  zzkCase: ZzkCase | null;
}

/** A partnership an institution takes part in, with its role there (the most important first in `roles`). */
export interface InstitutionPartnership {
  partnership: PartnershipSummary;
  role: PartnershipRole;
  roles: PartnershipRole[];
}

/** A member's declaration of joining (deklaracja przystąpienia), as PDF or DOCX. */
export const declarationPrint = z.object({ partnershipId: f.id, memberId: f.id, format: f.printFormat });
/** The partnership's basket of services (koszyk usług), as PDF or DOCX. */
export const basketPrint = z.object({ partnershipId: f.id, format: f.printFormat });

// ---------------------------------------------------------------------------------------------------------
// How a team's people and rhythm are said (the partnership's page, the dashboard and the summary use these)

export const MEETING_FORMS = ['spotkanie', 'spotkania', 'spotkań'] as const;
export const PEOPLE_FORMS = ['osoba', 'osoby', 'osób'] as const;

/** "średnio 1,5 spotkania w miesiącu wobec planowanych 2"; without a target, "średnio 1,5 spotkania w miesiącu". */
export function meetingRhythmPhrase(perMonth: number, target: number | null): string {
  const achieved = perMonth === 0 ? 'ani jednego spotkania' : `średnio ${formatCount(perMonth, MEETING_FORMS)} w miesiącu`;
  if (target === null) return perMonth === 0 ? 'ani jednego spotkania' : achieved;
  return perMonth === 0 ? `${achieved} wobec planowanych ${formatNumberPl(target)} w miesiącu` : `${achieved} wobec planowanych ${formatNumberPl(target)}`;
}

/** Sectors in words, in lower case: "pomoc społeczna, zdrowie". */
export function sectorsInWords(sectors: readonly Sector[]): string {
  return sectors.map((sector) => SECTORS[sector].pl.toLocaleLowerCase('pl')).join(', ');
}
