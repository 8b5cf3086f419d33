/** How the audit log describes a person: their roles are a column of the person's own entry. */
import type { Knex } from 'knex';
import type { AuditValues } from '../../../preload/contract';

export async function rolesOfPerson(db: Knex, personId: string): Promise<string[]> {
  return ((await db('person_roles').where({ person_id: personId }).pluck('role')) as string[]).sort();
}

/** What a person's delete takes with it: their roles. */
export async function personRelated(db: Knex, personId: string): Promise<AuditValues> {
  return { roles: await rolesOfPerson(db, personId) };
}
