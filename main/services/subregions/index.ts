/**
 * Subregions: the office's named groups of powiats per voivodeship. A powiat is in at most one subregion (the
 * database's unique key says so too); writes are audited, the powiats as a value of the subregion's entry.
 */
import type { Knex } from 'knex';
import { comparePolish, type Subregion, type SubregionListQuery, type SubregionSave } from '../../../preload/contract';
import { notFound, staleVersion } from '../errors';
import { newId, nowIso } from '../ids';
import { problem, throwProblems, type Problem } from '../partnerships/problems';
import { deleteVersioned, insertAudited, updateVersioned, type RecordKind } from '../versioned';

async function powiatsOfSubregion(db: Knex, id: string): Promise<string[]> {
  return ((await db('subregion_powiats').where({ subregion_id: id }).orderBy('powiat_code').select('powiat_code')) as { powiat_code: string }[]).map((row) => row.powiat_code);
}

export const SUBREGION: RecordKind = {
  table: 'subregions',
  what: 'subregion',
  related: async (db, id) => ({ powiats: (await powiatsOfSubregion(db, id)).join(', ') }),
};

interface SubregionRow {
  id: string;
  version: number;
  voivodeship_code: string;
  name: string;
  notes: string | null;
}

interface UnitName {
  code: string;
  name: string;
  kind: string | null;
}

/** "powiat będziński"; a city with county rights by its name ("Sosnowiec"). */
export function powiatLabel(unit: { name: string; kind: string | null }): string {
  return unit.kind === 'city_county' ? unit.name : `powiat ${unit.name}`;
}

async function unitNames(db: Knex, codes: string[]): Promise<Map<string, UnitName>> {
  const found = new Map<string, UnitName>();
  for (let i = 0; i < codes.length; i += 500) {
    const rows = (await db('territorial_units').whereIn('code', codes.slice(i, i + 500)).select('code', 'name', 'kind')) as UnitName[];
    for (const row of rows) found.set(row.code, row);
  }
  return found;
}

async function toSubregions(db: Knex, rows: SubregionRow[]): Promise<Subregion[]> {
  if (rows.length === 0) return [];
  const links = (await db('subregion_powiats').whereIn('subregion_id', rows.map((row) => row.id)).select('subregion_id', 'powiat_code')) as { subregion_id: string; powiat_code: string }[];
  const names = await unitNames(db, [...new Set([...links.map((l) => l.powiat_code), ...rows.map((row) => row.voivodeship_code)])]);
  return rows
    .map((row) => ({
      id: row.id,
      version: Number(row.version),
      name: row.name,
      voivodeshipCode: row.voivodeship_code,
      voivodeshipName: names.get(row.voivodeship_code)?.name ?? null,
      notes: row.notes,
      powiats: links
        .filter((link) => link.subregion_id === row.id)
        // By the unit's own name, so "powiat wodzisławski" stands among W, not among P.
        .map((link) => ({ link, unit: names.get(link.powiat_code) }))
        .sort((a, b) => comparePolish(a.unit?.name ?? a.link.powiat_code, b.unit?.name ?? b.link.powiat_code))
        .map(({ link, unit }) => ({ code: link.powiat_code, label: unit ? powiatLabel(unit) : link.powiat_code })),
    }))
    .sort((a, b) => a.voivodeshipCode.localeCompare(b.voivodeshipCode) || comparePolish(a.name, b.name));
}

export async function listSubregions(db: Knex, query: SubregionListQuery = {}): Promise<Subregion[]> {
  const q = db<SubregionRow>('subregions').select('id', 'version', 'voivodeship_code', 'name', 'notes');
  if (query.voivodeshipCode) q.where('voivodeship_code', query.voivodeshipCode);
  return toSubregions(db, (await q) as SubregionRow[]);
}

export async function getSubregion(db: Knex, id: string): Promise<Subregion> {
  const row = (await db('subregions').where({ id }).first('id', 'version', 'voivodeship_code', 'name', 'notes')) as SubregionRow | undefined;
  if (!row) throw notFound(SUBREGION.what);
  return (await toSubregions(db, [row]))[0]!;
}

/** What is wrong with a subregion about to be saved, field by field, in Polish. */
async function subregionProblems(trx: Knex, input: SubregionSave): Promise<Problem[]> {
  const problems: Problem[] = [];
  const voivodeship = (await trx('territorial_units').where({ code: input.voivodeshipCode, level: 'voivodeship' }).first('code')) as { code: string } | undefined;
  if (!voivodeship) problems.push(problem('voivodeshipCode', `Nieznane województwo o kodzie „${input.voivodeshipCode}”: wybierz je z listy.`));
  const sameName = trx('subregions').where({ voivodeship_code: input.voivodeshipCode }).whereRaw('lower(name) = ?', [input.name.toLocaleLowerCase('pl')]);
  if (input.id) sameName.whereNot('id', input.id);
  if (await sameName.first('id')) problems.push(problem('name', `W tym województwie jest już subregion „${input.name}”.`, 'conflict'));

  const units = (await trx('territorial_units').whereIn('code', input.powiatCodes).select('code', 'level', 'name', 'kind')) as (UnitName & { level: string })[];
  const byCode = new Map(units.map((unit) => [unit.code, unit]));
  const wrong = input.powiatCodes.filter((code) => byCode.get(code)?.level !== 'powiat');
  if (wrong.length) problems.push(problem('powiatCodes', `Nieznany powiat w rejestrze TERYT: ${wrong.join(', ')}. Wybierz powiaty z listy.`));
  const outside = input.powiatCodes.filter((code) => byCode.get(code)?.level === 'powiat' && !code.startsWith(input.voivodeshipCode));
  if (outside.length) {
    const names = outside.map((code) => powiatLabel(byCode.get(code)!)).join(', ');
    problems.push(problem('powiatCodes', `Subregion obejmuje tylko powiaty swojego województwa; spoza niego: ${names}.`));
  }
  const taken = trx('subregion_powiats as sp').join('subregions as s', 's.id', 'sp.subregion_id').whereIn('sp.powiat_code', input.powiatCodes).select('sp.powiat_code', 's.name');
  if (input.id) taken.whereNot('s.id', input.id);
  const elsewhere = (await taken) as { powiat_code: string; name: string }[];
  if (elsewhere.length) {
    const list = elsewhere.map((row) => `${byCode.get(row.powiat_code) ? powiatLabel(byCode.get(row.powiat_code)!) : row.powiat_code} (subregion „${row.name}”)`).join(', ');
    problems.push(problem('powiatCodes', `Powiat może należeć tylko do jednego subregionu; już przypisane: ${list}.`, 'conflict'));
  }
  return problems;
}

async function writePowiats(trx: Knex, id: string, codes: string[]): Promise<void> {
  await trx('subregion_powiats').where({ subregion_id: id }).delete();
  if (codes.length) await trx('subregion_powiats').insert(codes.map((code) => ({ subregion_id: id, powiat_code: code })));
}

export async function saveSubregion(db: Knex, input: SubregionSave): Promise<Subregion> {
  const id = await db.transaction(async (trx) => {
    throwProblems(await subregionProblems(trx, input));
    const row = { name: input.name, voivodeship_code: input.voivodeshipCode, notes: input.notes };
    const powiats = input.powiatCodes.join(', ');
    if (input.id === undefined) {
      const created = newId('sub');
      const now = nowIso();
      await insertAudited(trx, SUBREGION, { id: created, version: 1, ...row, created_at: now, updated_at: now }, { powiats });
      await writePowiats(trx, created, input.powiatCodes);
      return created;
    }
    const existing = (await trx('subregions').where({ id: input.id }).first('version')) as { version: number } | undefined;
    if (!existing) throw notFound(SUBREGION.what);
    if (Number(existing.version) !== input.version) throw staleVersion(SUBREGION.what);
    const savedId = input.id;
    await updateVersioned(trx, SUBREGION, savedId, input.version!, row, async (locked) => ({ before: { powiats: (await powiatsOfSubregion(locked, savedId)).join(', ') }, after: { powiats } }));
    await writePowiats(trx, savedId, input.powiatCodes);
    return savedId;
  });
  return getSubregion(db, id);
}

export async function deleteSubregion(db: Knex, id: string, version: number): Promise<{ id: string }> {
  await db.transaction((trx) => deleteVersioned(trx, SUBREGION, id, version));
  return { id };
}

/** Every powiat code grouped into a subregion, with its subregion (for summaries). */
export async function subregionOfPowiat(db: Knex): Promise<Map<string, { id: string; name: string; voivodeshipCode: string }>> {
  const rows = (await db('subregion_powiats as sp').join('subregions as s', 's.id', 'sp.subregion_id').select('sp.powiat_code', 's.id', 's.name', 's.voivodeship_code')) as { powiat_code: string; id: string; name: string; voivodeship_code: string }[];
  return new Map(rows.map((row) => [row.powiat_code, { id: row.id, name: row.name, voivodeshipCode: row.voivodeship_code }]));
}

/** Powiat codes of a subregion, for filters by subregion (none when it does not exist). */
export async function subregionPowiatCodes(db: Knex, subregionId: string): Promise<string[]> {
  return ((await db('subregion_powiats').where({ subregion_id: subregionId }).select('powiat_code')) as { powiat_code: string }[]).map((row) => row.powiat_code);
}

/** Restricts a query to rows whose TERYT code (a powiat's or its gmina's: the code starts with the powiat's) is in `powiats`. */
export function whereInPowiats(q: Knex.QueryBuilder, column: string, powiats: string[]): void {
  if (powiats.length === 0) {
    q.whereRaw('1 = 0');
    return;
  }
  q.where((w) => {
    for (const code of powiats) w.orWhere(column, 'like', `${code}%`);
  });
}
