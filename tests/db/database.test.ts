/** The SQLite file as the app opens it: settings per connection and migrations. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION, migrateToLatest, pendingMigrations, rollbackAll, schemaVersion } from '../../db/migrate';
import { MIGRATIONS } from '../../db/migrations';
import { openTempDatabase, type TempDatabase } from '../support/tempDatabase';

let temp: TempDatabase;
beforeEach(async () => {
  temp = await openTempDatabase({ engine: 'sqlite' }); // SQLite's own files and pragmas
});
afterEach(async () => {
  await temp.cleanup();
});

describe('SQLite database', () => {
  it('opens with foreign keys on, WAL and a busy timeout', async () => {
    const { db } = temp.runtime;
    const pragma = async (name: string) => Object.values((await db.raw(`PRAGMA ${name}`))[0] as object)[0];
    expect(await pragma('foreign_keys')).toBe(1);
    expect(await pragma('journal_mode')).toBe('wal');
    expect(await pragma('busy_timeout')).toBe(5000);
  });

  it('is migrated to the newest schema at start, and migrating again changes nothing', async () => {
    const { db } = temp.runtime;
    expect(await schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
    expect(await pendingMigrations(db)).toEqual([]);
    expect(await migrateToLatest(db)).toEqual([]);
  });

  it('walks every migration down and up again', async () => {
    const { db } = temp.runtime;
    const all = Object.keys(MIGRATIONS).sort();
    expect((await rollbackAll(db)).sort()).toEqual(all);
    expect(await schemaVersion(db)).toBeNull();
    expect(await db.schema.hasTable('institutions')).toBe(false);
    expect(await migrateToLatest(db)).toEqual(all);
  });
});
