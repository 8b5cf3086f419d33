/**
 * Projects of the model: dates, the kind of gmina served, the co-financing clause printed on documents,
 * ordered phases and indicators with targets (also per phase), and the logo strips (colour and mono).
 */
import { z } from 'zod';
import { DEFAULT_CERTIFICATE_MIN_SHARE, MACROREGION_KEYS, type CertificateRule, type Macroregion } from '../vocabulary';
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

export const indicatorPhaseTarget = z.object({
  /** Position (from 0) of the phase in this project's `phases`. */
  phaseIndex: z.number({ error: 'Wybierz fazę projektu' }).int('Wybierz fazę projektu').min(0, 'Wybierz fazę projektu'),
  target,
});

export const projectIndicatorDraft = z.object({
  id: f.id.optional(),
  code: f.requiredText('Kod wskaźnika', 40),
  name: f.requiredText('Nazwa wskaźnika', 300),
  unit: f.requiredText('Jednostka miary', 60),
  target,
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

export interface ProjectIndicator {
  id: string;
  code: string;
  name: string;
  unit: string;
  target: number;
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
  indicators: ProjectIndicator[];
  logos: Record<LogoVariant, StoredFileInfo | null>;
  createdAt: string;
  updatedAt: string;
}
