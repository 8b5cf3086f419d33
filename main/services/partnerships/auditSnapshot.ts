/** How the audit log describes a partnership's ZZK case: one set of values with its problems and goals. */
import type { Knex } from 'knex';
import type { AuditValues } from '../../../preload/contract';
import { snapshotOf, type Row } from '../audit';

/** A ZZK case with its problems and goals, as one set of values. */
export async function zzkCaseSnapshot(db: Knex, caseId: string): Promise<AuditValues | null> {
  const row = (await db('zzk_cases').where({ id: caseId }).first()) as Row | undefined;
  if (!row) return null;
  const problems = ((await db('zzk_case_problems').where({ case_id: caseId }).pluck('category')) as string[]).sort();
  const goals = await db('zzk_goals').where({ case_id: caseId }).orderBy('position').select('description', 'status');
  return { ...snapshotOf(row), problems, goals };
}

/** What a partnership's delete takes with it: its ZZK case. */
export async function partnershipRelated(db: Knex, partnershipId: string): Promise<AuditValues> {
  const zzkCase = (await db('zzk_cases').where({ partnership_id: partnershipId }).first('id')) as { id: string } | undefined;
  return zzkCase ? { zzk_case: await zzkCaseSnapshot(db, zzkCase.id) } : {};
}
