/** How the audit log describes a project: its phases and indicators are columns of the project's own entry. */
import type { Knex } from 'knex';
import type { AuditValues } from '../../../preload/contract';
import type { Row } from '../audit';

/** A value entered by hand as a project's entry keeps it. */
export interface AuditedIndicatorValue {
  from: string;
  to: string;
  value: number;
  note: string | null;
}

/**
 * Phases and indicators as a project's entry keeps them (without ids: a save names new ones by position); an
 * indicator's values entered by hand (`values`, in order) only when it has some.
 */
export function projectDetails(phases: Row[], indicators: Row[], valuesOf: (index: number) => AuditedIndicatorValue[] = () => []): AuditValues {
  return {
    phases: phases.map((p) => ({ name: p.name, start_date: p.start_date ?? null, end_date: p.end_date ?? null })),
    indicators: indicators.map((i, index) => {
      const values = valuesOf(index).map((v) => ({ from: v.from, to: v.to, value: Number(v.value), note: v.note ?? null }));
      return { code: i.code, name: i.name, unit: i.unit, target: i.target === null || i.target === undefined ? null : Number(i.target), measure: i.measure ?? null, ...(values.length ? { values } : {}) };
    }),
  };
}

/** Stored values entered by hand of these indicators, by indicator id, in order. */
export async function indicatorValuesOf(db: Knex, indicatorIds: string[]): Promise<Map<string, AuditedIndicatorValue[]>> {
  const byIndicator = new Map<string, AuditedIndicatorValue[]>();
  for (let i = 0; i < indicatorIds.length; i += 500) {
    const rows: { indicator_id: string; period_from: string; period_to: string; value: number | string; note: string | null }[] = await db('indicator_values')
      .whereIn('indicator_id', indicatorIds.slice(i, i + 500))
      .orderBy('indicator_id')
      .orderBy('position')
      .select('indicator_id', 'period_from', 'period_to', 'value', 'note');
    for (const row of rows) byIndicator.set(row.indicator_id, [...(byIndicator.get(row.indicator_id) ?? []), { from: row.period_from, to: row.period_to, value: Number(row.value), note: row.note }]);
  }
  return byIndicator;
}

/** Milestones as a project's entry keeps them (the phase by its name). */
export function milestoneDetails(milestones: Row[]): AuditValues {
  return { milestones: milestones.map((m) => ({ name: m.name, due_date: m.due_date ?? null, reached_on: m.reached_on ?? null, phase: m.phase ?? null, notes: m.notes ?? null })) };
}

/** A stored project's phases, milestones and indicators, as its entry keeps them; also what its delete takes with it. */
export async function projectDetailsOf(db: Knex, projectId: string): Promise<AuditValues> {
  const phases = await db('project_phases').where({ project_id: projectId }).orderBy('position').select('name', 'start_date', 'end_date');
  const indicators = await db('project_indicators').where({ project_id: projectId }).orderBy('position').select('id', 'code', 'name', 'unit', 'target', 'measure');
  const values = await indicatorValuesOf(db, indicators.map((row: { id: string }) => row.id));
  const milestones = await db('project_milestones as m')
    .leftJoin('project_phases as f', 'f.id', 'm.phase_id')
    .where('m.project_id', projectId)
    .orderBy('m.position')
    .select('m.name', 'm.due_date', 'm.reached_on', 'm.notes', { phase: 'f.name' });
  return { ...projectDetails(phases, indicators, (index) => values.get(indicators[index].id) ?? []), ...milestoneDetails(milestones) };
}
