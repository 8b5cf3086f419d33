import { groupBy } from '../rows';
import { opt, type Item, type Scope, type Tables } from './tables';

/** The people in the file, with their roles. */
export function personRecords(t: Tables, scope: Scope): Item<'people'>[] {
  const rolesOf = groupBy(t.roles, (row) => row.person_id);
  return t.people
    .filter((row) => scope.people.has(row.id))
    .map((row): Item<'people'> => ({
      id: row.id,
      firstName: row.first_name,
      lastName: row.last_name,
      ...opt('formOfAddress', row.form_of_address as Item<'people'>['formOfAddress']),
      ...opt('institutionId', row.institution_id),
      roles: (rolesOf.get(row.id) ?? []).map((role) => role.role as Item<'people'>['roles'][number]).sort(),
      ...opt('position', row.position),
      ...opt('email', row.email),
      ...opt('phone', row.phone),
      ...opt('notes', row.notes),
    }));
}
