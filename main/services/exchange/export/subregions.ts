import { groupBy } from '../rows';
import { opt, type Item, type Scope, type Tables } from './tables';

/** The office's subregions in the file, with their powiats in code order. */
export function subregionRecords(t: Tables, scope: Scope): Item<'subregions'>[] {
  const powiatsOf = groupBy(t.subregionPowiats, (row) => row.subregion_id);
  return t.subregions
    .filter((row) => scope.subregions.has(row.id))
    .map((row): Item<'subregions'> => ({
      id: row.id,
      name: row.name,
      voivodeship: row.voivodeship_code,
      powiats: (powiatsOf.get(row.id) ?? []).map((link) => link.powiat_code).sort(),
      ...opt('notes', row.notes),
    }));
}
