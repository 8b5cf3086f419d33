import { storedMeasure } from '../../projects';
import { PARTNERSHIP_KIND_CODES, type IndicatorMeasure, type PartnershipKind } from '../../../../preload/contract';
import { groupBy } from '../rows';
import { DEFAULT_CERTIFICATE_MIN_SHARE } from '../../../../preload/contract';
import { opt, type Item, type Scope, type Tables } from './tables';

const KIND_CODE_OF = Object.fromEntries(Object.entries(PARTNERSHIP_KIND_CODES).map(([code, kind]) => [kind, code])) as Record<PartnershipKind, keyof typeof PARTNERSHIP_KIND_CODES>;

/** A measure as the file writes it: partnership kinds by their codes (exchange.ts `measureFromFile` reads them back). */
function measureForFile(measure: IndicatorMeasure): Item<'projects'>['indicators'][number]['measure'] {
  if (measure.kind !== 'partnerships') return measure;
  return { ...measure, partnershipKinds: measure.partnershipKinds.map((kind) => KIND_CODE_OF[kind]) } as never;
}

const MACROREGION_OF: Record<string, 1 | 2 | 3> = { I: 1, II: 2, III: 3 };

/** The projects in the file, with their phases, milestones and indicators (targets per phase and milestones name a phase by its index; values entered by hand). */
export function projectRecords(t: Tables, scope: Scope): Item<'projects'>[] {
  const phasesOf = groupBy(t.phases, (row) => row.project_id);
  const milestonesOf = groupBy(t.milestones, (row) => row.project_id);
  const indicatorsOf = groupBy(t.indicators, (row) => row.project_id);
  const targetsOf = groupBy(t.targets, (row) => row.indicator_id);
  const valuesOf = groupBy(t.indicatorValues, (row) => row.indicator_id);
  return t.projects
    .filter((row) => scope.projects.has(row.id))
    .map((row): Item<'projects'> => {
      const phases = phasesOf.get(row.id) ?? [];
      const phaseIndex = new Map(phases.map((phase, i) => [phase.id, i]));
      return {
        id: row.id,
        name: row.name,
        macroregion: row.macroregion ? (MACROREGION_OF[row.macroregion] ?? null) : null,
        ...opt('gminaKind', row.gmina_kind as Item<'projects'>['gminaKind']),
        startDate: row.start_date,
        endDate: row.end_date,
        ...opt('cofinancingClause', row.cofinancing_clause),
        ...(row.certificate_rule === 'every_day' ? { certificateRule: 'every_day' as const } : {}),
        ...(Number(row.certificate_min_share) !== DEFAULT_CERTIFICATE_MIN_SHARE ? { certificateMinShare: Number(row.certificate_min_share) } : {}),
        ...opt('notes', row.notes),
        phases: phases.map((phase) => ({ id: phase.id, name: phase.name, startDate: phase.start_date, endDate: phase.end_date })),
        ...milestonesOf.has(row.id)
          ? {
              milestones: milestonesOf.get(row.id)!.map((milestone) => ({
                name: milestone.name,
                ...opt('dueDate', milestone.due_date),
                ...opt('reachedOn', milestone.reached_on),
                ...opt('phaseIndex', milestone.phase_id === null ? null : phaseIndex.get(milestone.phase_id)),
                ...opt('notes', milestone.notes),
              })),
            }
          : {},
        indicators: (indicatorsOf.get(row.id) ?? []).map((indicator) => {
          const targets = (targetsOf.get(indicator.id) ?? [])
            .filter((target) => phaseIndex.has(target.phase_id))
            .map((target) => ({ phaseIndex: phaseIndex.get(target.phase_id)!, target: Number(target.target) }))
            .sort((a, b) => a.phaseIndex - b.phaseIndex);
          const values = (valuesOf.get(indicator.id) ?? []).map((value) => ({ from: value.period_from, to: value.period_to, value: Number(value.value), ...opt('note', value.note) }));
          return {
            id: indicator.id,
            code: indicator.code,
            name: indicator.name,
            unit: indicator.unit,
            target: indicator.target === null ? null : Number(indicator.target),
            measure: measureForFile(storedMeasure(indicator.measure)),
            ...(values.length ? { values } : {}),
            ...(targets.length ? { phaseTargets: targets } : {}),
          };
        }),
      };
    });
}
