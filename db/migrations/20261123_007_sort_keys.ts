import type { Knex } from 'knex';
import { polishSortKey } from '../../preload/contract/polish';

/**
 * Polish sort keys of people (`polishSortKey(last_name, first_name)`) and institutions (`polishSortKey(name)`): plain
 * text whose byte order is the Polish order, so either engine can sort, limit and page these registers (50 000
 * people) without a Polish collation of its own. On PostgreSQL the column compares bytes (COLLATE "C"), as SQLite's do.
 *
 * The key is computed in code (main/services/sortKeys.ts fills missing keys before a list is sorted in SQL), so no
 * writer has to know it: a new row has none, and a trigger clears it when a name changes. Should polishSortKey ever
 * change, a new migration sets every key to NULL and the service refills them.
 */
const SORTED_TABLES = { people: ['last_name', 'first_name'], institutions: ['name'] } as const;

function isPostgres(knex: Knex): boolean {
  return knex.client.config.client === 'pg';
}

export async function up(knex: Knex): Promise<void> {
  for (const [table, columns] of Object.entries(SORTED_TABLES)) {
    const trigger = `${table}_sort_key_stale`;
    if (isPostgres(knex)) {
      await knex.raw(`ALTER TABLE ${table} ADD COLUMN sort_key text COLLATE "C"`);
      await knex.raw(`
        CREATE FUNCTION ${trigger}() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF NEW.sort_key IS NOT DISTINCT FROM OLD.sort_key AND (${columns.map((c) => `NEW.${c} IS DISTINCT FROM OLD.${c}`).join(' OR ')}) THEN
            NEW.sort_key := NULL;
          END IF;
          RETURN NEW;
        END $$`);
      await knex.raw(`CREATE TRIGGER ${trigger} BEFORE UPDATE ON ${table} FOR EACH ROW EXECUTE FUNCTION ${trigger}()`);
    } else {
      await knex.schema.alterTable(table, (t) => t.text('sort_key'));
      await knex.raw(`
        CREATE TRIGGER ${trigger} AFTER UPDATE OF ${columns.join(', ')} ON ${table}
        WHEN NEW.sort_key IS OLD.sort_key AND (${columns.map((c) => `NEW.${c} IS NOT OLD.${c}`).join(' OR ')})
        BEGIN UPDATE ${table} SET sort_key = NULL WHERE id = NEW.id; END`);
    }
    // The id after the key keeps one order from page to page among equal names. The search text in the index lets a
    // search read the index alone, in Polish order, and stop at the 50th match: no sort, no row lookups.
    await knex.schema.alterTable(table, (t) => t.index(['sort_key', 'id', 'search_text'], `${table}_sort_key_index`));

    const rows: Record<string, string>[] = await knex(table).select('id', ...columns);
    for (let i = 0; i < rows.length; i += 400) {
      const batch = rows.slice(i, i + 400);
      const keys = batch.flatMap((row) => [row.id!, polishSortKey(...columns.map((c) => row[c]!))]);
      await knex(table)
        .whereIn('id', batch.map((row) => row.id!))
        .update({ sort_key: knex.raw(`CASE id ${batch.map(() => 'WHEN ? THEN ?').join(' ')} END`, keys) });
    }
  }
}

export async function down(knex: Knex): Promise<void> {
  for (const table of Object.keys(SORTED_TABLES)) {
    const trigger = `${table}_sort_key_stale`;
    await knex.schema.alterTable(table, (t) => t.dropIndex(['sort_key', 'id', 'search_text'], `${table}_sort_key_index`));
    if (isPostgres(knex)) {
      await knex.raw(`DROP TRIGGER ${trigger} ON ${table}`);
      await knex.raw(`DROP FUNCTION ${trigger}()`);
    } else {
      await knex.raw(`DROP TRIGGER ${trigger}`);
    }
    await knex.raw(`ALTER TABLE ${table} DROP COLUMN sort_key`);
  }
}
