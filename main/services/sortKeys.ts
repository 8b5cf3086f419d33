/**
 * Stored Polish sort keys (db/migrations/20261123_007_sort_keys.ts): `sort_key` holds polishSortKey of the names, so
 * SQL can order, limit and page people and institutions in Polish order on either engine. It is derived data that only
 * fillSortKeys writes: a new row starts without a key and the migration's trigger clears it when a name changes, so no
 * writer (the forms, the XLSX and exchange imports, RODO anonymisation) has to know it; lists that order by it fill
 * the missing keys first.
 */
import type { Knex } from 'knex';
import { polishSortKey } from '../../preload/contract';

/** The columns each key is made of, in order of precedence. */
const SORT_KEY_COLUMNS = { people: ['last_name', 'first_name'], institutions: ['name'] } as const;
type SortedTable = keyof typeof SORT_KEY_COLUMNS;

/** Fills the keys a writer left empty; usually there are none and this is one indexed lookup. Returns how many. */
export async function fillSortKeys(db: Knex, table: SortedTable): Promise<number> {
  const columns = SORT_KEY_COLUMNS[table];
  let filled = 0;
  for (;;) {
    const rows: Record<string, string>[] = await db(table).whereNull('sort_key').select('id', ...columns).limit(400);
    if (rows.length === 0) return filled;
    const keys = rows.flatMap((row) => [row.id!, polishSortKey(...columns.map((column) => row[column]!))]);
    await db(table)
      .whereIn('id', rows.map((row) => row.id!))
      .update({ sort_key: db.raw(`CASE id ${rows.map(() => 'WHEN ? THEN ?').join(' ')} END`, keys) });
    filled += rows.length;
  }
}
