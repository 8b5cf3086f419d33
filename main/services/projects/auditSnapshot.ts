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

/** A stored project's phases and indicators, as its entry keeps them; also what its delete takes with it. */
export async function projectDetailsOf(db: Knex, projectId: string): Promise<AuditValues> {
  const phases = await db('project_phases').where({ project_id: projectId }).orderBy('position').select('name', 'start_date', 'end_date');
  const indicators = await db('project_indicators').where({ project_id: projectId }).orderBy('position').select('code', 'name', 'unit', 'target', 'measure');
  return projectDetails(phases, indicators);
}
