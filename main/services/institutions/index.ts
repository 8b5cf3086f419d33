/** The institutions register (kooperanci): plain functions over a knex instance, no Electron. */
import { distance } from 'fastest-levenshtein';
import type { Knex } from 'knex';
import {
  comparePolish,
  foldForSearch,
  sectorOf,
  typesInSector,
  type Institution,
  type InstitutionDuplicate,
  type InstitutionListQuery,
  type InstitutionSave,
} from '../../../preload/contract';
import { notFound, ServiceError } from '../errors';
import { territoryExists } from '../territory';
import { newId, nowIso } from '../ids';
import { fillSortKeys } from '../sortKeys';
import { deleteVersioned, insertAudited, updateVersioned, type RecordKind } from '../versioned';
import type { InstitutionRow as StoredInstitution } from '../../../db/rows';
import { institutionSearchText, SEARCH_PLACES, whereSearchMatches } from '../searchText';

const TABLE = 'institutions';
const KIND: RecordKind = { table: TABLE, what: 'instytucja' };

interface InstitutionRow extends StoredInstitution {
  territory_name: string | null;
  people_count: number | string;
}

type Fields = Omit<InstitutionSave, 'id' | 'version'>;

function fromRow(row: InstitutionRow): Institution {
  return {
    id: row.id,
    version: row.version,
    name: row.name,
    shortName: row.short_name,
    type: row.type,
    sector: sectorOf(row.type),
    terytCode: row.teryt_code,
    street: row.street,
    postalCode: row.postal_code,
    city: row.city,
    nip: row.nip,
    regon: row.regon,
    email: row.email,
    phone: row.phone,
    website: row.website,
    notes: row.notes,
    active: Boolean(row.active),
    territoryName: row.territory_name,
    peopleCount: Number(row.people_count),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function toRow(fields: Fields) {
  return {
    name: fields.name,
    short_name: fields.shortName,
    type: fields.type,
    teryt_code: fields.terytCode,
    street: fields.street,
    postal_code: fields.postalCode,
    city: fields.city,
    nip: fields.nip,
    regon: fields.regon,
    email: fields.email,
    phone: fields.phone,
    website: fields.website,
    notes: fields.notes,
    active: fields.active,
    search_text: institutionSearchText(fields.name, fields.shortName, fields.city),
  };
}

/** Institutions with the name of their territorial unit and the number of their people. */
function baseQuery(db: Knex) {
  return db<InstitutionRow>(`${TABLE} as i`)
    .leftJoin('territorial_units as t', 't.code', 'i.teryt_code')
    .select('i.*', {
      territory_name: 't.name',
      people_count: db('people').count('*').where('people.institution_id', db.ref('i.id')),
    });
}

export async function listInstitutions(db: Knex, query: InstitutionListQuery): Promise<Institution[]> {
  const q = baseQuery(db);
  if (query.type) q.where('i.type', query.type);
  if (query.sector) q.whereIn('i.type', typesInSector(query.sector));
  if (query.active !== undefined) q.where('i.active', query.active);
  if (query.territoryCode) q.where('i.teryt_code', 'like', `${query.territoryCode}%`);
  if (query.types) q.whereIn('i.type', query.types);
  whereSearchMatches(q, 'i.search_text', query.search, SEARCH_PLACES.institution('i'));
  if (query.limit) {
    // In SQL by the stored Polish key: the index (sort_key, id, search_text) is read in order until enough match.
    await fillSortKeys(db, 'institutions');
    return (await q.orderBy('i.sort_key').orderBy('i.id').limit(query.limit)).map(fromRow);
  }
  const rows = await q;
  return rows.map(fromRow).sort((a, b) => comparePolish(a.name, b.name));
}

export async function getInstitution(db: Knex, id: string): Promise<Institution> {
  const row = await baseQuery(db).where('i.id', id).first();
  if (!row) throw notFound('instytucja');
  return fromRow(row);
}

async function checkTerritory(db: Knex, code: string | null): Promise<void> {
  if (code && !(await territoryExists(db, code))) {
    throw new ServiceError('validation', 'Popraw zaznaczone pole.', { terytCode: `Nieznany kod TERYT „${code}”: wybierz gminę lub powiat z listy` });
  }
}

export async function saveInstitution(db: Knex, input: InstitutionSave): Promise<Institution> {
  const { id, version, ...fields } = input;
  await checkTerritory(db, fields.terytCode);
  const now = nowIso();
  if (id === undefined) {
    const newIdValue = newId('ins');
    await insertAudited(db, KIND, { id: newIdValue, version: 1, ...toRow(fields), created_at: now, updated_at: now });
    return getInstitution(db, newIdValue);
  }
  await updateVersioned(db, KIND, id, version!, toRow(fields));
  return getInstitution(db, id);
}

export async function deleteInstitution(db: Knex, id: string, version: number): Promise<{ id: string }> {
  const { peopleCount } = await getInstitution(db, id);
  if (peopleCount > 0) {
    throw new ServiceError(
      'conflict',
      `Nie można usunąć instytucji, do której przypisano osoby (${peopleCount}). Najpierw przypisz te osoby do innej instytucji albo je usuń.`,
    );
  }
  await deleteVersioned(db, KIND, id, version);
  return { id };
}

/** A name reduced to letters and digits, folded: "MOPS w Sosnowcu" and "M.O.P.S. w  Sosnowcu" compare equal. */
export function institutionNameKey(name: string): string {
  return foldForSearch(name).replace(/[^\p{L}\p{N}]+/gu, '');
}

function nearlyEqual(a: string, b: string): boolean {
  return distance(a, b) <= Math.max(1, Math.floor(Math.min(a.length, b.length) / 10));
}

/**
 * Institutions the draft may duplicate: the same NIP anywhere, or a near-identical name in the same gmina
 * (or, without a TERYT code, the same town). A warning for the user, never a refusal.
 */
export async function findInstitutionDuplicates(db: Knex, draft: Fields & { id?: string }): Promise<InstitutionDuplicate[]> {
  const found = new Map<string, InstitutionDuplicate>();
  if (draft.nip) {
    for (const row of await baseQuery(db).where('i.nip', draft.nip)) found.set(row.id, { institution: fromRow(row), reason: 'same_nip' });
  }
  const sameplace = draft.terytCode
    ? baseQuery(db).where('i.teryt_code', draft.terytCode)
    : draft.city
      ? baseQuery(db).whereRaw('i.search_text LIKE ?', [`%${foldForSearch(draft.city)}%`])
      : null;
  if (sameplace) {
    const key = institutionNameKey(draft.name);
    for (const row of await sameplace) {
      if (!found.has(row.id) && nearlyEqual(institutionNameKey(row.name), key)) found.set(row.id, { institution: fromRow(row), reason: 'similar_name' });
    }
  }
  found.delete(draft.id ?? '');
  return [...found.values()];
}
