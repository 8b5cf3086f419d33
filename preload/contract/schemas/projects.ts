/**
 * Projects of the model: dates, the kind of gmina served, the co-financing clause printed on documents,
 * ordered phases and indicators with targets (also per phase), and the logo strips (colour and mono).
 */
import { z } from 'zod';
import {
  DEFAULT_CERTIFICATE_MIN_SHARE,
  EVENT_TYPE_KEYS,
  HOUR_MEASURE_KEYS,
  MACROREGION_KEYS,
  PARTNERSHIP_KIND_KEYS,
  PARTNERSHIP_STATE_KEYS,
  PERSON_ROLE_KEYS,
  SECTOR_KEYS,
  SESSION_MODE_KEYS,
  type CertificateRule,
  type Macroregion,
  type MilestoneStatus,
  type PhaseStatus,
} from '../vocabulary';
import { formatDatePl } from '../polish';
import * as f from './fields';




/** The kinds of gmina a project serves (a gmina's TERC type). */
export const PROJECT_GMINA_KIND_KEYS = ['urban', 'rural', 'urban_rural'] as const;
export type ProjectGminaKind = (typeof PROJECT_GMINA_KIND_KEYS)[number];

/** Logo strips of a project: in colour, and without the national colours for black-and-white prints. */
export const LOGO_VARIANT_KEYS = ['color', 'mono'] as const;
export type LogoVariant = (typeof LOGO_VARIANT_KEYS)[number];

const target = z
  .number({ error: 'Wartość docelowa musi być liczbą' })
  .finite('Wartość docelowa musi być liczbą')
  .min(0, 'Wartość docelowa nie może być ujemna')
  .max(1e12, 'Wartość docelowa jest za duża');

export const projectPhaseDraft = z.object({
  /** Present for a phase that already exists: it keeps its id (and what refers to it). */
  id: f.id.optional(),
  name: f.requiredText('Nazwa fazy', 200),
  startDate: f.optionalCalendarDate,
  endDate: f.optionalCalendarDate,
});

/**
 * A milestone ("I Kamień Milowy"): when it is due, the day it was reached, optionally the phase it belongs to
 * (by position in the project's `phases`, as a save names phases). Its status is derived (`milestoneStatus`).
 */
export const projectMilestoneDraft = z.object({
  id: f.id.optional(),
  name: f.requiredText('Nazwa kamienia milowego', 200),
  dueDate: f.optionalCalendarDate,
  reachedOn: f.optionalCalendarDate,
  phaseIndex: z.number({ error: 'Wybierz fazę projektu' }).int('Wybierz fazę projektu').min(0, 'Wybierz fazę projektu').nullish().transform((value) => value ?? null),
  notes: f.optionalText('Co obejmuje kamień milowy', 2000),
});

export const indicatorPhaseTarget = z.object({
  /** Position (from 0) of the phase in this project's `phases`. */
  phaseIndex: z.number({ error: 'Wybierz fazę projektu' }).int('Wybierz fazę projektu').min(0, 'Wybierz fazę projektu'),
  target,
});

const eventTypes = z
  .array(z.enum(EVENT_TYPE_KEYS, { error: 'Wybierz rodzaj wydarzeń z listy' }), { error: 'Wybierz rodzaje wydarzeń' })
  .min(1, 'Wybierz co najmniej jeden rodzaj wydarzeń')
  .max(EVENT_TYPE_KEYS.length)
  .refine((list) => new Set(list).size === list.length, 'Każdy rodzaj wydarzeń wybierz tylko raz');

/**
 * What an indicator counts, chosen from a list (main/services/reports/figures.ts computes each):
 * - events: held events of the types;
 * - hours: their hours (clock, didactic or all in clock hours; coaching and supervision individual, group or both);
 * - people: distinct people present at them (only of the roles, when some are given);
 * - partnerships: PZK, G-PZK or ZZK formed in the period or active during it;
 * - agreements: agreements signed in the period;
 * - institutions: distinct member institutions of the project's partnerships in the period (of the sectors, when given);
 * - manual: values entered by hand per period (for what the register does not hold).
 */
export const indicatorMeasure = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('events'), eventTypes }),
    z.object({
      kind: z.literal('hours'),
      eventTypes,
      hourUnit: z.enum(HOUR_MEASURE_KEYS, { error: 'Wybierz, które godziny liczyć' }),
      mode: z.enum(SESSION_MODE_KEYS, { error: 'Wybierz tryb: indywidualny, grupowy albo oba' }).nullish().transform((value) => value ?? null),
    }),
    z.object({
      kind: z.literal('people'),
      eventTypes,
      roles: z.array(z.enum(PERSON_ROLE_KEYS, { error: 'Wybierz rolę z listy' })).max(PERSON_ROLE_KEYS.length).default([]),
    }),
    z.object({
      kind: z.literal('partnerships'),
      partnershipKinds: z.array(z.enum(PARTNERSHIP_KIND_KEYS, { error: 'Wybierz rodzaj zespołu z listy' })).min(1, 'Wybierz co najmniej jeden rodzaj zespołu').max(PARTNERSHIP_KIND_KEYS.length),
      state: z.enum(PARTNERSHIP_STATE_KEYS, { error: 'Wybierz: zawiązane albo działające' }),
    }),
    z.object({ kind: z.literal('agreements') }),
    z.object({ kind: z.literal('institutions'), sectors: z.array(z.enum(SECTOR_KEYS, { error: 'Wybierz sektor z listy' })).max(SECTOR_KEYS.length).default([]) }),
    z.object({ kind: z.literal('manual') }),
  ],
  { error: 'Wybierz z listy, co liczy wskaźnik' },
);
export type IndicatorMeasure = z.output<typeof indicatorMeasure>;

/** A value entered by hand for a period, with a note on where it comes from. */
export const indicatorValueDraft = z
  .object({
    from: f.calendarDate,
    to: f.calendarDate,
    value: z.number({ error: 'Wartość musi być liczbą' }).finite('Wartość musi być liczbą').min(0, 'Wartość nie może być ujemna').max(1e12, 'Wartość jest za duża'),
    note: f.optionalText('Uwagi do wartości', 1000),
  })
  .superRefine((value, ctx) => {
    if (typeof value.from === 'string' && typeof value.to === 'string' && value.to < value.from) {
      ctx.addIssue({ code: 'custom', path: ['to'], message: 'Koniec okresu nie może być wcześniejszy niż jego początek' });
    }
  });

export const projectIndicatorDraft = z.object({
  id: f.id.optional(),
  code: f.requiredText('Kod wskaźnika', 40),
  name: f.requiredText('Nazwa wskaźnika', 300),
  unit: f.requiredText('Jednostka miary', 60),
  target,
  measure: indicatorMeasure.default({ kind: 'manual' }),
  values: z.array(indicatorValueDraft).max(200, 'Wskaźnik może mieć najwyżej 200 wartości wpisanych ręcznie').default([]),
  phaseTargets: z.array(indicatorPhaseTarget).max(50).default([]),
});

const projectFields = z.object({
  name: f.requiredText('Nazwa projektu', 300),
  macroregion: z.enum(MACROREGION_KEYS, { error: 'Wybierz makroregion z listy' }).nullish().transform((value) => value ?? null),
  gminaKind: z.enum(PROJECT_GMINA_KIND_KEYS, { error: 'Wybierz rodzaj gminy z listy' }).nullish().transform((value) => value ?? null),
  startDate: f.optionalCalendarDate,
  endDate: f.optionalCalendarDate,
  cofinancingClause: f.optionalText('Klauzula o współfinansowaniu', 2000),
  /** Who gets a certificate at the project's events (an event may set its own rule). */
  certificateRule: f.certificateRule.default('share'),
  certificateMinShare: f.certificateMinShare.default(DEFAULT_CERTIFICATE_MIN_SHARE),
  notes: f.optionalText('Uwagi', 4000),
  phases: z.array(projectPhaseDraft).max(30, 'Projekt może mieć najwyżej 30 faz').default([]),
  milestones: z.array(projectMilestoneDraft).max(50, 'Projekt może mieć najwyżej 50 kamieni milowych').default([]),
  indicators: z.array(projectIndicatorDraft).max(200, 'Projekt może mieć najwyżej 200 wskaźników').default([]),
});

type ProjectFieldsOut = z.output<typeof projectFields>;

function str(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}

/**
 * Rules across fields, each reported on the field to correct: dates in order, phases within the project,
 * indicator codes unique in the project (ignoring case), per-phase targets naming a real phase, once each.
 */
function checkProject(value: ProjectFieldsOut, ctx: z.RefinementCtx): void {
  const start = str(value.startDate);
  const end = str(value.endDate);
  if (start && end && end < start) ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'Data zakończenia projektu nie może być wcześniejsza niż data rozpoczęcia' });

  const phases = Array.isArray(value.phases) ? value.phases : [];
  const phaseIds = new Set<string>();
  phases.forEach((phase, i) => {
    const phaseStart = str(phase?.startDate);
    const phaseEnd = str(phase?.endDate);
    if (phaseStart && phaseEnd && phaseEnd < phaseStart) {
      ctx.addIssue({ code: 'custom', path: ['phases', i, 'endDate'], message: 'Faza nie może kończyć się przed swoim początkiem' });
    }
    if (start && phaseStart && phaseStart < start) {
      ctx.addIssue({ code: 'custom', path: ['phases', i, 'startDate'], message: `Faza nie może zaczynać się przed początkiem projektu (${formatDatePl(start)})` });
    }
    if (end && phaseStart && phaseStart > end) {
      ctx.addIssue({ code: 'custom', path: ['phases', i, 'startDate'], message: `Faza nie może zaczynać się po końcu projektu (${formatDatePl(end)})` });
    }
    if (end && phaseEnd && phaseEnd > end) {
      ctx.addIssue({ code: 'custom', path: ['phases', i, 'endDate'], message: `Faza nie może kończyć się po końcu projektu (${formatDatePl(end)})` });
    }
    if (start && phaseEnd && phaseEnd < start) {
      ctx.addIssue({ code: 'custom', path: ['phases', i, 'endDate'], message: `Faza nie może kończyć się przed początkiem projektu (${formatDatePl(start)})` });
    }
    if (phase?.id) {
      if (phaseIds.has(phase.id)) ctx.addIssue({ code: 'custom', path: ['phases', i, 'id'], message: 'Ta faza występuje na liście dwa razy' });
      phaseIds.add(phase.id);
    }
  });

  const milestones = Array.isArray(value.milestones) ? value.milestones : [];
  const milestoneIds = new Set<string>();
  milestones.forEach((milestone, i) => {
    const index = milestone?.phaseIndex;
    if (typeof index === 'number' && index >= phases.length) {
      ctx.addIssue({ code: 'custom', path: ['milestones', i, 'phaseIndex'], message: 'Wybrana faza nie istnieje w tym projekcie' });
    }
    const reached = str(milestone?.reachedOn);
    if (start && reached && reached < start) {
      ctx.addIssue({ code: 'custom', path: ['milestones', i, 'reachedOn'], message: `Kamień milowy nie mógł zostać osiągnięty przed początkiem projektu (${formatDatePl(start)})` });
    }
    const due = str(milestone?.dueDate);
    if (start && due && due < start) {
      ctx.addIssue({ code: 'custom', path: ['milestones', i, 'dueDate'], message: `Termin kamienia milowego nie może być przed początkiem projektu (${formatDatePl(start)})` });
    }
    if (end && due && due > end) {
      ctx.addIssue({ code: 'custom', path: ['milestones', i, 'dueDate'], message: `Termin kamienia milowego nie może być po końcu projektu (${formatDatePl(end)})` });
    }
    if (milestone?.id) {
      if (milestoneIds.has(milestone.id)) ctx.addIssue({ code: 'custom', path: ['milestones', i, 'id'], message: 'Ten kamień milowy występuje na liście dwa razy' });
      milestoneIds.add(milestone.id);
    }
  });

  const indicators = Array.isArray(value.indicators) ? value.indicators : [];
  const codes = new Map<string, number>();
  const indicatorIds = new Set<string>();
  indicators.forEach((indicator, i) => {
    const code = str(indicator?.code);
    if (code) {
      const key = code.toLocaleLowerCase('pl');
      const first = codes.get(key);
      if (first !== undefined) {
        ctx.addIssue({ code: 'custom', path: ['indicators', i, 'code'], message: `Kod wskaźnika „${code}” jest już użyty w tym projekcie (wskaźnik ${first + 1})` });
      } else {
        codes.set(key, i);
      }
    }
    if (indicator?.id) {
      if (indicatorIds.has(indicator.id)) ctx.addIssue({ code: 'custom', path: ['indicators', i, 'id'], message: 'Ten wskaźnik występuje na liście dwa razy' });
      indicatorIds.add(indicator.id);
    }
    const seen = new Set<number>();
    (Array.isArray(indicator?.phaseTargets) ? indicator.phaseTargets : []).forEach((phaseTarget, j) => {
      const index = phaseTarget?.phaseIndex;
      if (typeof index !== 'number') return;
      if (index >= phases.length) {
        ctx.addIssue({ code: 'custom', path: ['indicators', i, 'phaseTargets', j, 'phaseIndex'], message: 'Wybrana faza nie istnieje w tym projekcie' });
      } else if (seen.has(index)) {
        ctx.addIssue({ code: 'custom', path: ['indicators', i, 'phaseTargets', j, 'phaseIndex'], message: 'Wartość docelowa dla tej fazy jest już podana' });
      }
      seen.add(index);
    });
  });
}

/** What a user edits about a project, with its phases and indicators (saved together, replaced as a whole). */
export const projectDraft = projectFields.superRefine(checkProject);
export const projectSave = f.withIdentity(projectFields).superRefine(checkProject);

export const projectListQuery = z
  .object({
    search: f.text().trim().max(200).optional(),
    macroregion: z.enum(MACROREGION_KEYS, { error: 'Wybierz makroregion z listy' }).optional(),
  })
  .default({});

const logoVariant = z.enum(LOGO_VARIANT_KEYS, { error: 'Wybierz wariant logotypów: kolorowy albo czarno-biały' });

export const projectLogoUpload = z.object({ projectId: f.id, variant: logoVariant, file: f.fileUpload });
export const projectLogoRef = z.object({ projectId: f.id, variant: logoVariant });

export type ProjectDraft = z.input<typeof projectDraft>;
export type ProjectSave = z.output<typeof projectSave>;
export type ProjectListQuery = z.output<typeof projectListQuery>;
export type ProjectLogoUpload = z.output<typeof projectLogoUpload>;
export type ProjectLogoRef = z.output<typeof projectLogoRef>;

/** A file the database refers to, as the user sees it: the original name and its checksum (never the bytes). */
export interface StoredFileInfo {
  name: string;
  sha256: string;
}

export interface ProjectPhase {
  id: string;
  name: string;
  startDate: string | null;
  endDate: string | null;
}

export interface ProjectMilestone {
  id: string;
  name: string;
  dueDate: string | null;
  reachedOn: string | null;
  /** The phase it belongs to: its id and its position in the project's `phases` (as a save expects it). */
  phaseId: string | null;
  phaseIndex: number | null;
  notes: string | null;
}

/** Roman numerals as the seeds number phases and milestones ("fazie I", "I Kamienia Milowego"); 1–3999. */
export function romanNumeral(value: number): string {
  const parts: [number, string][] = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let rest = Math.trunc(value);
  let out = '';
  for (const [size, letters] of parts) {
    while (rest >= size) {
      out += letters;
      rest -= size;
    }
  }
  return out;
}

/**
 * A phase as the seeds name it after "fazie"/"fazę": "I – FAZA MODELU" (numeral, dash, name). A name that already
 * starts with its numeral ("Faza I – FAZA MODELU", "I Faza – budowa modelu", "I – model") is not numbered twice.
 */
export function phaseLabel(phase: { numeral: string; name: string }): string {
  const name = phase.name.trim();
  // "I Faza – budowa modelu" → "I – budowa modelu"
  const numbered = /^([IVXLC]+)\s+faz[aey]\s*[–-]\s*(.+)$/i.exec(name);
  if (numbered) return `${numbered[1]} – ${numbered[2]}`;
  const withoutWord = name.replace(/^faza\s+/i, '');
  if (/^[IVXLC]+\b/.test(withoutWord)) return withoutWord;
  return `${phase.numeral} – ${name}`;
}

/** A milestone's status on a day (ISO date): reached once it has its day, missed when due before `today`, else planned. */
export function milestoneStatus(milestone: Pick<ProjectMilestone, 'dueDate' | 'reachedOn'>, today: string): MilestoneStatus {
  if (milestone.reachedOn) return 'reached';
  if (milestone.dueDate && milestone.dueDate < today) return 'missed';
  return 'planned';
}

/** A phase's status on a day (ISO date), from its dates alone. */
export function phaseStatus(phase: Pick<ProjectPhase, 'startDate' | 'endDate'>, today: string): PhaseStatus {
  if (!phase.startDate && !phase.endDate) return 'undated';
  if (phase.startDate && today < phase.startDate) return 'upcoming';
  if (phase.endDate && today > phase.endDate) return 'finished';
  return 'current';
}

export interface ProjectIndicator {
  id: string;
  code: string;
  name: string;
  unit: string;
  target: number;
  measure: IndicatorMeasure;
  /**
   * How the measure came to be when it was not chosen in the form: 'guessed' from the indicator's name when the
   * program was updated, 'unknown' when it could not be (then entered by hand); null once the user saved it.
   */
  measureOrigin: 'guessed' | 'unknown' | null;
  /** Values entered by hand, by period (used when the measure is 'manual'). */
  values: { from: string; to: string; value: number; note: string | null }[];
  /** In the order of the project's phases; `phaseIndex` is the phase's position, as a save expects it. */
  phaseTargets: { phaseId: string; phaseIndex: number; target: number }[];
}

export interface Project {
  id: string;
  version: number;
  name: string;
  macroregion: Macroregion | null;
  gminaKind: ProjectGminaKind | null;
  startDate: string | null;
  endDate: string | null;
  cofinancingClause: string | null;
  certificateRule: CertificateRule;
  certificateMinShare: number;
  notes: string | null;
  phases: ProjectPhase[];
  milestones: ProjectMilestone[];
  indicators: ProjectIndicator[];
  logos: Record<LogoVariant, StoredFileInfo | null>;
  createdAt: string;
  updatedAt: string;
}
