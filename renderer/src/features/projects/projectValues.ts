/**
 * The project form's values and their translation to the contract's save input. Phases and indicators carry a
 * stable key while edited (rows move and disappear); per-phase targets are kept by phase key and become
 * `phaseTargets: {phaseIndex, target}[]` only when saving, so reordering phases keeps each target on its phase;
 * a milestone keeps its phase by key the same way.
 */
import type {
  CertificateRule,
  EventType,
  HourMeasure,
  IndicatorMeasure,
  IndicatorMeasureKind,
  Macroregion,
  PartnershipKind,
  PartnershipState,
  PersonRole,
  Project,
  ProjectDraft,
  ProjectGminaKind,
  ProjectIndicator,
  Sector,
  SessionMode,
} from '../../../../preload/contract';
import { minShareNumber } from '../eventDocuments/CertificateRuleFields';

export interface PhaseValues {
  key: string;
  id?: string;
  name: string;
  startDate: string;
  endDate: string;
}

export interface MilestoneValues {
  key: string;
  id?: string;
  name: string;
  dueDate: string;
  reachedOn: string;
  /** The key of its phase, '' for none (sent as the phase's position). */
  phaseKey: string;
  notes: string;
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
  measure: MeasureValues;
  /** Set while a measure set by the program's update awaits the user's check. */
  measureOrigin: ProjectIndicator['measureOrigin'];
  /** Values entered by hand per period. */
  values: ManualValue[];
}

/** Every field of every kind of measure, kept while the kind changes; only the chosen kind's fields are sent. */
export interface MeasureValues {
  kind: IndicatorMeasureKind | '';
  eventTypes: EventType[];
  hourUnit: HourMeasure;
  /** '' for both modes. */
  mode: SessionMode | '';
  roles: PersonRole[];
  partnershipKinds: PartnershipKind[];
  state: PartnershipState;
  sectors: Sector[];
}

export interface ManualValue {
  key: string;
  from: string;
  to: string;
  value: string;
  note: string;
}

const EMPTY_MEASURE: MeasureValues = { kind: '', eventTypes: [], hourUnit: 'clock_equivalent', mode: '', roles: [], partnershipKinds: [], state: 'formed', sectors: [] };

export function toMeasureValues(measure: IndicatorMeasure | undefined): MeasureValues {
  if (!measure) return EMPTY_MEASURE;
  const values: MeasureValues = { ...EMPTY_MEASURE, kind: measure.kind };
  if ('eventTypes' in measure) values.eventTypes = measure.eventTypes;
  if (measure.kind === 'hours') Object.assign(values, { hourUnit: measure.hourUnit, mode: measure.mode ?? '' });
  if (measure.kind === 'people') values.roles = measure.roles;
  if (measure.kind === 'partnerships') Object.assign(values, { partnershipKinds: measure.partnershipKinds, state: measure.state });
  if (measure.kind === 'institutions') values.sectors = measure.sectors;
  return values;
}

/** The measure as the contract takes it; an unchosen kind is sent as is, so the contract names the field to correct. */
export function toMeasure(values: MeasureValues): unknown {
  switch (values.kind) {
    case 'events':
      return { kind: 'events', eventTypes: values.eventTypes };
    case 'hours':
      return { kind: 'hours', eventTypes: values.eventTypes, hourUnit: values.hourUnit, mode: values.mode || null };
    case 'people':
      return { kind: 'people', eventTypes: values.eventTypes, roles: values.roles };
    case 'partnerships':
      return { kind: 'partnerships', partnershipKinds: values.partnershipKinds, state: values.state };
    case 'institutions':
      return { kind: 'institutions', sectors: values.sectors };
    default:
      return { kind: values.kind };
  }
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
  milestones: MilestoneValues[];
  indicators: IndicatorValues[];
}

let lastKey = 0;
export const newKey = (): string => `new-${++lastKey}`;

export const newPhase = (): PhaseValues => ({ key: newKey(), name: '', startDate: '', endDate: '' });
export const newMilestone = (): MilestoneValues => ({ key: newKey(), name: '', dueDate: '', reachedOn: '', phaseKey: '', notes: '' });
export const newIndicator = (): IndicatorValues => ({ key: newKey(), code: '', name: '', unit: '', target: '', phaseTargets: {}, measure: EMPTY_MEASURE, measureOrigin: null, values: [] });
export const newManualValue = (): ManualValue => ({ key: newKey(), from: '', to: '', value: '', note: '' });

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
    milestones: (project?.milestones ?? []).map((milestone) => ({
      key: milestone.id,
      id: milestone.id,
      name: milestone.name,
      dueDate: milestone.dueDate ?? '',
      reachedOn: milestone.reachedOn ?? '',
      phaseKey: milestone.phaseId ?? '',
      notes: milestone.notes ?? '',
    })),
    indicators: (project?.indicators ?? []).map((indicator) => ({
      key: indicator.id,
      id: indicator.id,
      code: indicator.code,
      name: indicator.name,
      unit: indicator.unit,
      target: numberText(indicator.target),
      phaseTargets: Object.fromEntries(indicator.phaseTargets.map((phaseTarget) => [phaseTarget.phaseId, numberText(phaseTarget.target)])),
      measure: toMeasureValues(indicator.measure),
      measureOrigin: indicator.measureOrigin,
      values: indicator.values.map((value) => ({ key: newKey(), from: value.from, to: value.to, value: numberText(value.value), note: value.note ?? '' })),
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
    return {
      id: indicator.id,
      code: indicator.code,
      name: indicator.name,
      unit: indicator.unit,
      target: parseNumber(indicator.target) as number,
      measure: toMeasure(indicator.measure) as IndicatorMeasure,
      // Values entered by hand belong to the "entered by hand" measure only.
      values: indicator.measure.kind === 'manual' ? indicator.values.map((value) => ({ from: value.from, to: value.to, value: parseNumber(value.value) as number, note: value.note })) : [],
      phaseTargets,
    };
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
      // A milestone names its phase by position; a phase removed from the form leaves it without one.
      milestones: values.milestones.map(({ id, name, dueDate, reachedOn, phaseKey, notes }) => {
        const phaseIndex = values.phases.findIndex((phase) => phase.key === phaseKey);
        return { id, name, dueDate, reachedOn, phaseIndex: phaseIndex >= 0 ? phaseIndex : null, notes };
      }),
      indicators,
    },
    phaseTargetKeys,
  };
}

/** The kind of gmina each macroregion served (DOMAIN.md), suggested when a macroregion is chosen. */
export const MACROREGION_GMINA_KIND: Record<Macroregion, ProjectGminaKind> = { I: 'rural', II: 'urban_rural', III: 'urban' };
