/** How the audit log describes a project: its phases and indicators are columns of the project's own entry. */
import type { Knex } from 'knex';
import type { AuditValues } from '../../../preload/contract';
import type { Row } from '../audit';

/** Phases and indicators as a project's entry keeps them (without ids: a save names new ones by position). */
export function projectDetails(phases: Row[], indicators: Row[]): AuditValues {
  return {
    phases: phases.map((p) => ({ name: p.name, start_date: p.start_date ?? null, end_date: p.end_date ?? null })),
    indicators: indicators.map((i) => ({ code: i.code, name: i.name, unit: i.unit, target: i.target === null || i.target === undefined ? null : Number(i.target), measure: i.measure ?? null })),
  };
}

/** Milestones as a project's entry keeps them (the phase by its name). */
export function milestoneDetails(milestones: Row[]): AuditValues {
  return { milestones: milestones.map((m) => ({ name: m.name, due_date: m.due_date ?? null, reached_on: m.reached_on ?? null, phase: m.phase ?? null, notes: m.notes ?? null })) };
}

/** A stored project's phases, milestones and indicators, as its entry keeps them; also what its delete takes with it. */
export async function projectDetailsOf(db: Knex, projectId: string): Promise<AuditValues> {
  const phases = await db('project_phases').where({ project_id: projectId }).orderBy('position').select('name', 'start_date', 'end_date');
  const indicators = await db('project_indicators').where({ project_id: projectId }).orderBy('position').select('code', 'name', 'unit', 'target', 'measure');
  const milestones = await db('project_milestones as m')
    .leftJoin('project_phases as f', 'f.id', 'm.phase_id')
    .where('m.project_id', projectId)
    .orderBy('m.position')
    .select('m.name', 'm.due_date', 'm.reached_on', 'm.notes', { phase: 'f.name' });
  return { ...projectDetails(phases, indicators), ...milestoneDetails(milestones) };
}
