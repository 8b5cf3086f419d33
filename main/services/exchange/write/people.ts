import { personSearchText } from '../../searchText';
import { groupBy, rowsWhereIn, type PersonRow } from '../rows';
import type { CheckedFile } from '../validate';
import { chunksOf, upsert, type Writing } from './writing';

/** People of the file with their roles. */
export async function writePeople(w: Writing, doc: CheckedFile): Promise<void> {
  const { db, inserts, count } = w;
  for (const chunk of chunksOf(doc, 'people')) {
    const personIds = chunk.map((value) => value.id);
    const storedPeople = new Map((await rowsWhereIn<PersonRow>(db, 'people', 'id', personIds)).map((row) => [row.id, row]));
    const storedRoles = groupBy(await rowsWhereIn<{ person_id: string; role: string }>(db, 'person_roles', 'person_id', personIds), (row) => row.person_id);
    for (const value of chunk) {
      const wanted = {
        first_name: value.firstName,
        last_name: value.lastName,
        form_of_address: value.formOfAddress,
        institution_id: value.institutionId,
        position: value.position,
        email: value.email,
        phone: value.phone,
        notes: value.notes,
      };
      const search = { search_text: personSearchText(value.firstName, value.lastName, value.position) };
      const stored = storedPeople.get(value.id);
      const before = (storedRoles.get(value.id) ?? []).map((row) => row.role).sort();
      const rolesChanged = stored !== undefined && before.join(' ') !== value.roles.join(' ');
      if (rolesChanged) await db('person_roles').where({ person_id: value.id }).delete();
      if (!stored || rolesChanged) for (const role of value.roles) inserts.add('person_roles', { person_id: value.id, role });
      const roles = { before: { roles: before }, after: { roles: [...value.roles].sort() } };
      count('people', await upsert(w, 'people', value.id, wanted, search, stored as never, rolesChanged, roles));
      await inserts.flushIfFull(['people', 'person_roles']);
    }
  }
  await inserts.flush(['people', 'person_roles']);
}
