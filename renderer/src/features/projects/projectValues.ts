/**
 * The project form's values and their translation to the contract's save input. Phases and indicators carry a
 * stable key while edited (rows move and disappear); per-phase targets are kept by phase key and become
 * `phaseTargets: {phaseIndex, target}[]` only when saving, so reordering phases keeps each target on its phase.
 */
import type { CertificateRule, Macroregion, Project, ProjectDraft, ProjectGminaKind } from '../../../../preload/contract';
import { minShareNumber } from '../eventDocuments/CertificateRuleFields';

export interface PhaseValues {
  key: string;
  id?: string;
  name: string;
  startDate: string;
  endDate: string;
}

export interface IndicatorValues {
  key: string;
  id?: string;
  code: string;
  name: string;
  unit: string;
  target: string;
  /** Phase key → the target as typed ('' for none). */
  phaseTargets: Record<string, string>;
}

export interface ProjectValues {
  name: string;
  macroregion: Macroregion | '';
  gminaKind: ProjectGminaKind | '';
  startDate: string;
  endDate: string;
  cofinancingClause: string;
  certificateRule: CertificateRule;
  certificateMinShare: string;
  notes: string;
  phases: PhaseValues[];
  indicators: IndicatorValues[];
}

let lastKey = 0;
export const newKey = (): string => `new-${++lastKey}`;

export const newPhase = (): PhaseValues => ({ key: newKey(), name: '', startDate: '', endDate: '' });
export const newIndicator = (): IndicatorValues => ({ key: newKey(), code: '', name: '', unit: '', target: '', phaseTargets: {} });

/** A number as typed in Polish ("1 200,5"); blank is undefined (the schema says the field is required). */
export function parseNumber(text: string): number | undefined {
  const compact = text.replace(/[\s\u00a0]/g, '').replace(',', '.');
  return compact === '' ? undefined : Number(compact);
}

/** A number for an input, written the Polish way (decimal comma, no grouping). */
export function numberText(value: number): string {
  return String(value).replace('.', ',');
}

export function toProjectValues(project: Project | undefined): ProjectValues {
  const phases: PhaseValues[] = (project?.phases ?? []).map((phase) => ({
    key: phase.id,
    id: phase.id,
    name: phase.name,
    startDate: phase.startDate ?? '',
    endDate: phase.endDate ?? '',
  }));
  return {
    name: project?.name ?? '',
    macroregion: project?.macroregion ?? '',
    gminaKind: project?.gminaKind ?? '',
    startDate: project?.startDate ?? '',
    endDate: project?.endDate ?? '',
    cofinancingClause: project?.cofinancingClause ?? '',
    certificateRule: project?.certificateRule ?? 'share',
    certificateMinShare: String(project?.certificateMinShare ?? 80),
    notes: project?.notes ?? '',
    phases,
    indicators: (project?.indicators ?? []).map((indicator) => ({
      key: indicator.id,
      id: indicator.id,
      code: indicator.code,
      name: indicator.name,
      unit: indicator.unit,
      target: numberText(indicator.target),
      phaseTargets: Object.fromEntries(indicator.phaseTargets.map((phaseTarget) => [phaseTarget.phaseId, numberText(phaseTarget.target)])),
    })),
  };
}

export interface ProjectInput {
  input: ProjectDraft;
  /** For each indicator, the phase key of each entry of its `phaseTargets` (to put an error under its input). */
  phaseTargetKeys: string[][];
}

export function toProjectInput(values: ProjectValues): ProjectInput {
  const phaseTargetKeys: string[][] = [];
  const indicators = values.indicators.map((indicator) => {
    const keys: string[] = [];
    const phaseTargets: { phaseIndex: number; target: number }[] = [];
    values.phases.forEach((phase, phaseIndex) => {
      const target = parseNumber(indicator.phaseTargets[phase.key] ?? '');
      if (target === undefined) return;
      keys.push(phase.key);
      phaseTargets.push({ phaseIndex, target });
    });
    phaseTargetKeys.push(keys);
    return { id: indicator.id, code: indicator.code, name: indicator.name, unit: indicator.unit, target: parseNumber(indicator.target) as number, phaseTargets };
  });
  return {
    input: {
      name: values.name,
      macroregion: values.macroregion || null,
      gminaKind: values.gminaKind || null,
      startDate: values.startDate,
      endDate: values.endDate,
      cofinancingClause: values.cofinancingClause,
      certificateRule: values.certificateRule,
      certificateMinShare: values.certificateRule === 'share' ? (minShareNumber(values.certificateMinShare) as number) : undefined,
      notes: values.notes,
      phases: values.phases.map(({ id, name, startDate, endDate }) => ({ id, name, startDate, endDate })),
      indicators,
    },
    phaseTargetKeys,
  };
}

/** The kind of gmina each macroregion served (DOMAIN.md), suggested when a macroregion is chosen. */
export const MACROREGION_GMINA_KIND: Record<Macroregion, ProjectGminaKind> = { I: 'rural', II: 'urban_rural', III: 'urban' };
