/** The institutions register (kooperanci): plain functions over a knex instance, no Electron. */
import type { Knex } from 'knex';
import {
  comparePolish,
  foldForSearch,
  sectorOf,
  typesInSector,
  type Institution,
  type InstitutionListQuery,
  type InstitutionSave,
} from '../../preload/contract';
import { notFound, staleVersion } from './errors';
import { newId, nowIso } from './ids';

const TABLE = 'institutions';

interface InstitutionRow {
  id: string;
  version: number;
  name: string;
  short_name: string | null;
  type: Institution['type'];
  teryt_code: string | null;
  street: string | null;
  postal_code: string | null;
  city: string | null;
  nip: string | null;
  regon: string | null;
  email: string | null;
  phone: string | null;
  website: string | null;
  notes: string | null;
  active: boolean | number;
  search_text: string;
  created_at: string;
  updated_at: string;
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
    search_text: foldForSearch([fields.name, fields.shortName, fields.city].filter(Boolean).join(' ')),
  };
}

export async function listInstitutions(db: Knex, query: InstitutionListQuery): Promise<Institution[]> {
  const q = db<InstitutionRow>(TABLE).select('*');
  if (query.type) q.where('type', query.type);
  if (query.sector) q.whereIn('type', typesInSector(query.sector));
  if (query.active !== undefined) q.where('active', query.active);
  if (query.search) {
    for (const word of foldForSearch(query.search).split(' ')) {
      // ESCAPE keeps a "%" or "_" the user typed literal.
      q.whereRaw("search_text LIKE ? ESCAPE '\\'", [`%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`]);
    }
  }
  const rows = await q;
  return rows.map(fromRow).sort((a, b) => comparePolish(a.name, b.name));
}

export async function getInstitution(db: Knex, id: string): Promise<Institution> {
  const row = await db<InstitutionRow>(TABLE).where({ id }).first();
  if (!row) throw notFound('instytucja');
  return fromRow(row);
}

export async function saveInstitution(db: Knex, input: InstitutionSave): Promise<Institution> {
  const { id, version, ...fields } = input;
  const now = nowIso();
  if (id === undefined) {
    const newIdValue = newId('ins');
    await db(TABLE).insert({ id: newIdValue, version: 1, ...toRow(fields), created_at: now, updated_at: now });
    return getInstitution(db, newIdValue);
  }
  const updated = await db(TABLE)
    .where({ id, version })
    .update({ ...toRow(fields), version: version! + 1, updated_at: now });
  if (updated === 0) {
    await getInstitution(db, id); // throws not_found when it is gone
    throw staleVersion('instytucja');
  }
  return getInstitution(db, id);
}

export async function deleteInstitution(db: Knex, id: string, version: number): Promise<{ id: string }> {
  const deleted = await db(TABLE).where({ id, version }).delete();
  if (deleted === 0) {
    await getInstitution(db, id);
    throw staleVersion('instytucja');
  }
  return { id };
}
