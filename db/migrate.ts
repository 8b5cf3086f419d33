import type { Knex } from 'knex';
import { MIGRATIONS } from './migrations';

const MIGRATIONS_TABLE = 'knex_migrations';

const migrationSource: Knex.MigrationSource<string> = {
  getMigrations: async () => Object.keys(MIGRATIONS).sort(),
  getMigrationName: (name) => name,
  getMigration: async (name) => MIGRATIONS[name]!,
};

const config: Knex.MigratorConfig = { migrationSource, tableName: MIGRATIONS_TABLE };

/** Brings the schema up to date; returns the names of the migrations it applied. */
export async function migrateToLatest(db: Knex): Promise<string[]> {
  const [, applied] = (await db.migrate.latest(config)) as [number, string[]];
  return applied;
}

/** The newest applied migration's name, or null on a database never migrated. */
export async function schemaVersion(db: Knex): Promise<string | null> {
  if (!(await db.schema.hasTable(MIGRATIONS_TABLE))) return null;
  const row = (await db(MIGRATIONS_TABLE).max({ name: 'name' }).first()) as { name: string | null } | undefined;
  return row?.name ?? null;
}

/**
 * What a database holds of this program's migrations, read only (the migrations table is looked at, never
 * created, on a server that may not be ours yet): the applied ones in order, those this program does not know
 * (a newer version made them), and those still to apply.
 */
export async function migrationState(db: Knex): Promise<{ applied: string[]; unknown: string[]; pending: string[] }> {
  const applied = (await db.schema.hasTable(MIGRATIONS_TABLE)) ? ((await db(MIGRATIONS_TABLE).select('name')) as { name: string }[]).map((row) => row.name).sort() : [];
  const known = Object.keys(MIGRATIONS).sort();
  return { applied, unknown: applied.filter((name) => !(name in MIGRATIONS)), pending: known.filter((name) => !applied.includes(name)) };
}

/** The migrations still to apply, in order. */
export async function pendingMigrations(db: Knex): Promise<string[]> {
  return (await migrationState(db)).pending;
}

export const LATEST_SCHEMA_VERSION = Object.keys(MIGRATIONS).sort().at(-1)!;
export { MIGRATIONS_TABLE };

/** Undoes every migration (tests walk the schema down and up; the app never calls this). */
export async function rollbackAll(db: Knex): Promise<string[]> {
  const [, undone] = (await db.migrate.rollback(config, true)) as [number, string[]];
  return undone;
}

/** Applies the next pending migration only (tests walk the schema up one step at a time). */
export async function migrateUpOne(db: Knex): Promise<void> {
  await db.migrate.up(config);
}

/** Undoes the newest migration only (tests simulate a database made by an older version of the app). */
export async function migrateDownOne(db: Knex): Promise<void> {
  await db.migrate.down(config);
}
