import type { Knex } from 'knex';
import type { AppInfo } from '../../../preload/contract';
import { MIGRATIONS_TABLE, schemaVersion } from '../../../db/migrate';
import type { Engine } from '../../../db/connection';
import type { ServiceContext } from '../context';

export async function listTables(db: Knex, engine: Engine): Promise<string[]> {
  const rows: { name: string }[] =
    engine === 'sqlite'
      ? await db('sqlite_master').select('name').where('type', 'table').andWhereNot('name', 'like', 'sqlite_%')
      : await db('information_schema.tables').select({ name: 'table_name' }).where('table_schema', db.raw('current_schema()'));
  return rows
    .map((row) => row.name)
    .filter((name) => !name.startsWith(MIGRATIONS_TABLE))
    .sort();
}

/** Row counts of every table of ours: what `kooperator info` and Ustawienia show. */
export async function rowCounts(db: Knex, engine: Engine): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of await listTables(db, engine)) {
    const row = (await db(table).count({ n: '*' }).first()) as { n: number | string };
    counts[table] = Number(row.n); // pg returns counts as strings
  }
  return counts;
}

export async function appInfo(ctx: ServiceContext): Promise<AppInfo> {
  return {
    appVersion: ctx.appVersion,
    databaseEngine: ctx.engine,
    databaseLocation: ctx.databaseLocation,
    schemaVersion: (await schemaVersion(ctx.db)) ?? 'brak',
    rowCounts: await rowCounts(ctx.db, ctx.engine),
  };
}
