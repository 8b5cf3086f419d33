/** The people register: staff of member institutions, trainers, coaches, the office's own team. */
import type { Knex } from 'knex';
import type { PersonRow } from '../../../db/rows';
import { comparePolish, foldForSearch, type Person, type PersonListQuery, type PersonPage, type PersonPageQuery, type PersonRole, type PersonSave } from '../../../preload/contract';
import { notFound, ServiceError } from '../errors';
import { newId, nowIso } from '../ids';
import { personRelated, rolesOfPerson } from './auditSnapshot';
import { fillSortKeys } from '../sortKeys';
import { deleteVersioned, insertAudited, updateVersioned, type RecordKind } from '../versioned';
import { personSearchText, whereSearchMatches } from '../searchText';

const KIND: RecordKind = { table: 'people', what: 'osoba', related: personRelated };

/** A person with the name of their institution. */
interface PersonListRow extends PersonRow {
  institution_name: string | null;
}

type Fields = Omit<PersonSave, 'id' | 'version'>;

function toRow(fields: Fields) {
  return {
    first_name: fields.firstName,
    last_name: fields.lastName,
    form_of_address: fields.formOfAddress,
    institution_id: fields.institutionId,
    position: fields.position,
    email: fields.email,
    phone: fields.phone,
    notes: fields.notes,
    search_text: personSearchText(fields.firstName, fields.lastName, fields.position),
  };
}

function baseQuery(db: Knex) {
  return db<PersonListRow>('people as p')
    .leftJoin('institutions as i', 'i.id', 'p.institution_id')
    .select('p.*', { institution_name: 'i.name' });
}

async function rolesOf(db: Knex, ids: string[]): Promise<Map<string, PersonRole[]>> {
  const roles = new Map<string, PersonRole[]>();
  // Chunked: SQLite limits the number of bound parameters in one statement.
  for (let i = 0; i < ids.length; i += 500) {
    const rows: { person_id: string; role: PersonRole }[] = await db('person_roles').whereIn('person_id', ids.slice(i, i + 500)).select('person_id', 'role');
    for (const row of rows) roles.set(row.person_id, [...(roles.get(row.person_id) ?? []), row.role]);
  }
  return roles;
}

function fromRow(row: PersonListRow, roles: PersonRole[]): Person {
  return {
    id: row.id,
    version: row.version,
    firstName: row.first_name,
    lastName: row.last_name,
    formOfAddress: row.form_of_address === 'ms' || row.form_of_address === 'mr' ? row.form_of_address : null,
    institutionId: row.institution_id,
    institutionName: row.institution_name,
    roles: [...roles].sort(),
    position: row.position,
    email: row.email,
    phone: row.phone,
    notes: row.notes,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Polish order of people: by last name, then first name. */
export function comparePeople(a: Pick<Person, 'firstName' | 'lastName'>, b: Pick<Person, 'firstName' | 'lastName'>): number {
  return comparePolish(a.lastName, b.lastName) || comparePolish(a.firstName, b.firstName);
}

type Filters = Pick<PersonListQuery, 'search' | 'institutionId' | 'role'>;

function whereFilters<Q extends Knex.QueryBuilder>(db: Knex, q: Q, query: Filters): Q {
  if (query.institutionId) q.where('p.institution_id', query.institutionId);
  if (query.role) q.whereIn('p.id', db('person_roles').select('person_id').where('role', query.role));
  whereSearchMatches(q, 'p.search_text', query.search);
  return q;
}

/**
 * Ids of the people matching the filters in Polish order (the stored sort key, then the id, so pages never overlap),
 * `offset` skipped, at most `limit`. Only ids travel through the sort; the rows are loaded for the page alone.
 */
async function sortedIds(db: Knex, query: Filters, limit: number, offset: number): Promise<string[]> {
  await fillSortKeys(db, 'people');
  // The index (sort_key, id, search_text) holds all a search needs: it is read in order until enough match.
  const q = whereFilters(db, db('people as p').select('p.id'), query).orderBy('p.sort_key').orderBy('p.id');
  const rows: { id: string }[] = await q.limit(limit).offset(offset);
  return rows.map((row) => row.id);
}

/** The people with these ids, in the order of the ids. */
async function peopleByIds(db: Knex, ids: string[]): Promise<Person[]> {
  if (ids.length === 0) return [];
  const rows = new Map((await baseQuery(db).whereIn('p.id', ids)).map((row) => [row.id, row]));
  const roles = await rolesOf(db, ids);
  return ids.flatMap((id) => (rows.has(id) ? [fromRow(rows.get(id)!, roles.get(id) ?? [])] : []));
}

/** The people matching the filters in Polish order; with `limit`, only the first ones (what a picker shows). */
export async function listPeople(db: Knex, query: PersonListQuery): Promise<Person[]> {
  if (query.limit) return peopleByIds(db, await sortedIds(db, query, query.limit, 0));
  const rows = await whereFilters(db, baseQuery(db), query);
  const roles = await rolesOf(db, rows.map((row) => row.id));
  return rows.map((row) => fromRow(row, roles.get(row.id) ?? [])).sort(comparePeople);
}

/** One page of the register in Polish order, and how many people match in all. */
export async function listPeoplePage(db: Knex, query: PersonPageQuery): Promise<PersonPage> {
  const ids = await sortedIds(db, query, query.limit, query.offset);
  const counted = (await whereFilters(db, db('people as p'), query).count({ n: '*' }).first()) as { n: number | string } | undefined;
  return { rows: await peopleByIds(db, ids), total: Number(counted?.n ?? 0) };
}

export async function getPerson(db: Knex, id: string): Promise<Person> {
  const row = await baseQuery(db).where('p.id', id).first();
  if (!row) throw notFound('osoba');
  return fromRow(row, (await rolesOf(db, [id])).get(id) ?? []);
}

async function checkInstitution(db: Knex, institutionId: string | null): Promise<void> {
  if (institutionId && !(await db('institutions').where({ id: institutionId }).first('id'))) {
    throw new ServiceError('validation', 'Popraw zaznaczone pole.', { institutionId: 'Wybrana instytucja nie istnieje (mogła zostać usunięta).' });
  }
}

async function replaceRoles(trx: Knex, personId: string, roles: PersonRole[]): Promise<void> {
  await trx('person_roles').where({ person_id: personId }).delete();
  if (roles.length) await trx('person_roles').insert(roles.map((role) => ({ person_id: personId, role })));
}

export async function savePerson(db: Knex, input: PersonSave): Promise<Person> {
  const { id, version, ...fields } = input;
  await checkInstitution(db, fields.institutionId);
  const personId = await db.transaction(async (trx) => {
    if (id === undefined) {
      const created = newId('per');
      const now = nowIso();
      await insertAudited(trx, KIND, { id: created, version: 1, ...toRow(fields), created_at: now, updated_at: now }, { roles: [...fields.roles].sort() });
      await replaceRoles(trx, created, fields.roles);
      return created;
    }
    await updateVersioned(trx, KIND, id, version!, toRow(fields), async (locked) => ({ before: { roles: await rolesOfPerson(locked, id) }, after: { roles: [...fields.roles].sort() } }));
    await replaceRoles(trx, id, fields.roles);
    return id;
  });
  return getPerson(db, personId);
}

export async function deletePerson(db: Knex, id: string, version: number): Promise<{ id: string }> {
  await deleteVersioned(db, KIND, id, version);
  return { id };
}

/** People with the same (folded) first and last name in the same institution: likely the same person entered twice. */
export async function findPersonDuplicates(db: Knex, draft: Fields & { id?: string }): Promise<Person[]> {
  const sameName = foldForSearch(`${draft.firstName} ${draft.lastName}`);
  const candidates = await baseQuery(db)
    .where((q) => (draft.institutionId ? q.where('p.institution_id', draft.institutionId) : q.whereNull('p.institution_id')))
    .whereRaw('p.search_text LIKE ?', [`${sameName}%`]);
  const matches = candidates.filter((row) => row.id !== draft.id && foldForSearch(`${row.first_name} ${row.last_name}`) === sameName);
  const roles = await rolesOf(db, matches.map((row) => row.id));
  return matches.map((row) => fromRow(row, roles.get(row.id) ?? []));
}
