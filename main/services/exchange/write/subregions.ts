import { rowsWhereIn } from '../rows';
import type { CheckedFile } from '../validate';
import { chunksOf, upsert, type Writing } from './writing';

/**
 * The office's subregions. A powiat the file puts in a subregion leaves any other subregion it was in (the file
 * is the newer grouping); a subregion's powiats are the file's.
 */
export async function writeSubregions(w: Writing, doc: CheckedFile): Promise<void> {
  const { db } = w;
  for (const chunk of chunksOf(doc, 'subregions')) {
    const stored = new Map((await rowsWhereIn<{ id: string; version: number; name: string; voivodeship_code: string; notes: string | null }>(db, 'subregions', 'id', chunk.map((value) => value.id))).map((row) => [row.id, row]));
    const links = await rowsWhereIn<{ subregion_id: string; powiat_code: string }>(db, 'subregion_powiats', 'subregion_id', chunk.map((value) => value.id));
    for (const value of chunk) {
      const before = links.filter((link) => link.subregion_id === value.id).map((link) => link.powiat_code).sort();
      const after = [...value.powiats].sort();
      const powiatsChanged = stored.has(value.id) && before.join() !== after.join();
      const wanted = { name: value.name, voivodeship_code: value.voivodeship, notes: value.notes };
      const outcome = await upsert(w, 'subregions', value.id, wanted, {}, stored.get(value.id) as never, powiatsChanged, { before: { powiats: before.join(', ') }, after: { powiats: after.join(', ') } }, false);
      w.count('subregions', outcome);
      if (outcome === 'unchanged') continue;
      await db('subregion_powiats').whereIn('powiat_code', after).delete();
      await db('subregion_powiats').where({ subregion_id: value.id }).delete();
      await db('subregion_powiats').insert(after.map((code) => ({ subregion_id: value.id, powiat_code: code })));
    }
  }
  await w.inserts.flush([]);
}
