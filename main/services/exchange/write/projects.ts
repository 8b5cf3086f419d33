import { MACROREGION_NUMBERS, type ExchangeRecord } from '../../../../preload/contract';
import { milestoneDetails, projectDetails } from '../../projects/auditSnapshot';
import { newId } from '../../ids';
import { groupBy, rowsWhereIn, sameRows, type IndicatorRow, type IndicatorValueRow, type MilestoneRow, type PhaseRow, type ProjectRow, type Row, type TargetRow } from '../rows';
import type { CheckedFile } from '../validate';
import { byKey, chunksOf, upsert, type Writing } from './writing';

const TABLES = ['projects', 'project_phases', 'project_milestones', 'project_indicators', 'indicator_phase_targets', 'indicator_values'];

/** Projects with their phases, indicators, targets per phase and values entered by hand. */
export async function writeProjects(w: Writing, doc: CheckedFile): Promise<void> {
  const { db, inserts, count } = w;
  for (const chunk of chunksOf(doc, 'projects')) {
    const projectIds = chunk.map((value) => value.id);
    const storedProjects = new Map((await rowsWhereIn<ProjectRow>(db, 'projects', 'id', projectIds)).map((row) => [row.id, row]));
    const storedPhases = groupBy((await rowsWhereIn<PhaseRow>(db, 'project_phases', 'project_id', projectIds)).sort((a, b) => a.position - b.position), (row) => row.project_id);
    const storedMilestones = groupBy((await rowsWhereIn<MilestoneRow>(db, 'project_milestones', 'project_id', projectIds)).sort((a, b) => a.position - b.position), (row) => row.project_id);
    const storedIndicators = groupBy((await rowsWhereIn<IndicatorRow>(db, 'project_indicators', 'project_id', projectIds)).sort((a, b) => a.position - b.position), (row) => row.project_id);
    const storedTargets = groupBy(
      await rowsWhereIn<TargetRow>(db, 'indicator_phase_targets', 'indicator_id', [...storedIndicators.values()].flat().map((row) => row.id)),
      (row) => row.indicator_id,
    );
    const storedValues = groupBy(
      (await rowsWhereIn<IndicatorValueRow>(db, 'indicator_values', 'indicator_id', [...storedIndicators.values()].flat().map((row) => row.id))).sort(byKey((row) => `${row.indicator_id} ${String(row.position).padStart(4, '0')}`)),
      (row) => row.indicator_id,
    );
    for (const value of chunk) {
      const wanted = {
        name: value.name,
        macroregion: value.macroregion === null ? null : MACROREGION_NUMBERS[value.macroregion],
        gmina_kind: value.gminaKind,
        start_date: value.startDate,
        end_date: value.endDate,
        cofinancing_clause: value.cofinancingClause,
        certificate_rule: value.certificateRule,
        certificate_min_share: value.certificateMinShare,
        notes: value.notes,
      };
      const stored = storedProjects.get(value.id);
      const phasesBefore = storedPhases.get(value.id) ?? [];
      const indicatorsBefore = storedIndicators.get(value.id) ?? [];
      const milestonesBefore = storedMilestones.get(value.id) ?? [];
      const { phases, indicators, targets, values } = projectParts(value, phasesBefore, indicatorsBefore);
      const milestones = milestoneRows(value, phases, milestonesBefore);
      const targetsBefore = indicatorsBefore.flatMap((row) => storedTargets.get(row.id) ?? []).sort(byKey((row) => `${row.indicator_id} ${row.phase_id}`));
      const valuesBefore = indicatorsBefore.flatMap((row) => storedValues.get(row.id) ?? []);
      const partsChanged =
        stored !== undefined &&
        (!sameRows(phasesBefore, phases) ||
          !sameRows(milestonesBefore, milestones) ||
          !sameRows(indicatorsBefore, indicators) ||
          !sameRows(targetsBefore, targets) ||
          !sameRows(valuesBefore, values.map(({ id: _id, ...row }) => row)));
      if (stored && partsChanged) {
        await db('project_milestones').where({ project_id: value.id }).delete();
        if (indicatorsBefore.length) await db('indicator_phase_targets').whereIn('indicator_id', indicatorsBefore.map((row) => row.id)).delete();
        if (indicatorsBefore.length) await db('indicator_values').whereIn('indicator_id', indicatorsBefore.map((row) => row.id)).delete();
        await db('project_indicators').where({ project_id: value.id }).delete();
        await db('project_phases').where({ project_id: value.id }).delete();
      }
      const auditedValues = (rows: IndicatorValueRow[], indicatorId: string | undefined) =>
        rows.filter((row) => row.indicator_id === indicatorId).map((row) => ({ from: row.period_from, to: row.period_to, value: Number(row.value), note: row.note }));
      const phaseName = (list: { id: string; name: string }[], id: string | null) => (id === null ? null : (list.find((phase) => phase.id === id)?.name ?? null));
      const projectValues = {
        before: {
          ...projectDetails(phasesBefore as unknown as Row[], indicatorsBefore as unknown as Row[], (i) => auditedValues(valuesBefore, indicatorsBefore[i]?.id)),
          ...milestoneDetails(milestonesBefore.map((m) => ({ ...m, phase: phaseName(phasesBefore, m.phase_id) }))),
        },
        after: {
          ...projectDetails(phases, indicators, (i) => auditedValues(values, indicators[i]?.id)),
          ...milestoneDetails(milestones.map((m) => ({ ...m, phase: phaseName(phases, m.phase_id) }))),
        },
      };
      count('projects', await upsert(w, 'projects', value.id, wanted, {}, stored as never, partsChanged, projectValues));
      if (!stored || partsChanged) {
        for (const row of phases) inserts.add('project_phases', row);
        for (const row of milestones) inserts.add('project_milestones', { ...row });
        for (const row of indicators) inserts.add('project_indicators', row);
        for (const row of targets) inserts.add('indicator_phase_targets', row);
        for (const row of values) inserts.add('indicator_values', { ...row });
      }
      await inserts.flushIfFull(TABLES);
    }
  }
  await inserts.flush(TABLES);
}

/**
 * The file's phases, indicators, targets and values entered by hand as rows (values in the file's order): a phase without an id keeps the id of the stored phase at its
 * position, an indicator the id of the stored indicator of the same code.
 */
function projectParts(value: ExchangeRecord<'projects'>, phasesBefore: PhaseRow[], indicatorsBefore: IndicatorRow[]) {
  const phases = value.phases.map((phase, i) => ({
    id: phase.id ?? phasesBefore[i]?.id ?? newId('faz'),
    project_id: value.id,
    position: i,
    name: phase.name,
    start_date: phase.startDate,
    end_date: phase.endDate,
  }));
  const indicators = value.indicators.map((indicator, i) => ({
    id: indicator.id ?? indicatorsBefore.find((row) => row.code.toLocaleLowerCase('pl') === indicator.code.toLocaleLowerCase('pl'))?.id ?? newId('wsk'),
    project_id: value.id,
    position: i,
    code: indicator.code,
    name: indicator.name,
    unit: indicator.unit,
    target: indicator.target,
    measure: JSON.stringify(indicator.measure ?? { kind: 'manual' }),
    measure_origin: null,
  }));
  const targets = value.indicators
    .flatMap((indicator, i) => indicator.phaseTargets.map((target) => ({ indicator_id: indicators[i]!.id, phase_id: phases[target.phaseIndex]!.id, target: target.target })))
    .sort(byKey((row) => `${row.indicator_id} ${row.phase_id}`));
  const values: IndicatorValueRow[] = value.indicators.flatMap((indicator, i) =>
    indicator.values.map((entry, position) => ({ id: newId('wwr'), indicator_id: indicators[i]!.id, position, period_from: entry.from, period_to: entry.to, value: entry.value, note: entry.note })),
  );
  return { phases, indicators, targets, values };
}

/** The file's milestones as rows: each keeps the id of the stored milestone at its position; its phase by index. */
function milestoneRows(value: ExchangeRecord<'projects'>, phases: { id: string }[], milestonesBefore: MilestoneRow[]): MilestoneRow[] {
  return value.milestones.map((milestone, i) => ({
    id: milestonesBefore[i]?.id ?? newId('kam'),
    project_id: value.id,
    phase_id: milestone.phaseIndex === null ? null : (phases[milestone.phaseIndex]?.id ?? null),
    position: i,
    name: milestone.name,
    due_date: milestone.dueDate,
    reached_on: milestone.reachedOn,
    notes: milestone.notes,
  }));
}
