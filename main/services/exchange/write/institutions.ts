import { institutionSearchText } from '../../searchText';
import { rowsWhereIn, type InstitutionRow } from '../rows';
import type { CheckedFile } from '../validate';
import { chunksOf, upsert, type Writing } from './writing';

/** Institutions of the file. */
export async function writeInstitutions(w: Writing, doc: CheckedFile): Promise<void> {
  const { db, inserts, count } = w;
  for (const chunk of chunksOf(doc, 'institutions')) {
    const storedInstitutions = new Map((await rowsWhereIn<InstitutionRow>(db, 'institutions', 'id', chunk.map((value) => value.id))).map((row) => [row.id, row]));
    for (const value of chunk) {
      const wanted = {
        name: value.name,
        short_name: value.shortName,
        type: value.type,
        teryt_code: value.teryt,
        street: value.address?.street ?? null,
        postal_code: value.address?.postalCode ?? null,
        city: value.address?.city ?? null,
        nip: value.nip,
        regon: value.regon,
        email: value.email,
        phone: value.phone,
        website: value.website,
        notes: value.notes,
        active: value.active,
      };
      const search = { search_text: institutionSearchText(value.name, value.shortName, value.address?.city) };
      count('institutions', await upsert(w, 'institutions', value.id, wanted, search, storedInstitutions.get(value.id) as never, false));
      await inserts.flushIfFull(['institutions']);
    }
  }
  await inserts.flush(['institutions']);
}
