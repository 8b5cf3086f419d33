/**
 * Measured proposals for services whose targets the benchmark misses (docs/performance.md says what to change
 * where). They live here, not in the services, so the benchmark can show the effect on the same data side by side.
 */
import type { Knex } from 'knex';
import { comparePolish, foldForSearch } from '../../preload/contract';
import { whereSearchMatches } from '../../main/services/versioned';

/**
 * People search for a picker: the first `limit` matches in the table's order (no ORDER BY, so SQLite stops scanning
 * at the 50th match), with their institution and roles, shown in Polish order. listPeople today returns every match
 * (thousands for one or two letters), loads their roles and sorts them all with the Polish collator.
 */
export async function searchPeopleLimited(db: Knex, search: string, limit = 50): Promise<number> {
  const q = db('people as p').leftJoin('institutions as i', 'i.id', 'p.institution_id').select('p.*', { institution_name: 'i.name' });
  whereSearchMatches(q, 'p.search_text', foldForSearch(search).split(' ').filter(Boolean));
  const rows = (await q.limit(limit)) as { id: string; first_name: string; last_name: string }[];
  if (rows.length) await db('person_roles').whereIn('person_id', rows.map((row) => row.id)).select('person_id', 'role');
  rows.sort((a, b) => comparePolish(a.last_name, b.last_name) || comparePolish(a.first_name, b.first_name));
  return rows.length;
}
