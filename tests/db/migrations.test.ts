/**
 * Migrations guarded on the engine the suite runs on: each one walks up and down a step at a time, its down giving back
 * exactly the schema before its up; and the newest schema keeps everything the committed snapshot holds (migrations
 * only add). KOOPERATOR_UPDATE_SCHEMA_SNAPSHOT=1 rewrites the snapshot after a migration that adds.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateDownOne, migrateToLatest, migrateUpOne, rollbackAll, schemaVersion } from '../../db/migrate';
import { MIGRATIONS } from '../../db/migrations';
import { compareSchemas, formatSnapshot, readSchema, snapshotVerdict, UPDATE_SNAPSHOT_COMMAND, type SchemaSnapshot } from '../support/schemaSnapshot';
import { openTempDatabase, type TempDatabase } from '../support/tempDatabase';

const NAMES = Object.keys(MIGRATIONS).sort();
const ROOT = path.resolve(__dirname, '../..');

let temp: TempDatabase;
beforeAll(async () => {
  temp = await openTempDatabase();
});
afterAll(async () => {
  await temp.cleanup();
});

/**
 * The committed snapshot of the newest schema on this engine, relative to the repository. Schemas are compared as
 * formatted text, so the order of columns counts too and a difference shows as lines of a diff.
 */
const snapshotFile = (): string => `db/schema.snapshot.${temp.runtime.engine}.json`;

function committedSnapshot(): SchemaSnapshot | null {
  const file = path.join(ROOT, snapshotFile());
  return fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as SchemaSnapshot) : null;
}

describe('Migrations', () => {
  it('walk up, down and up again one at a time: each down gives back exactly the schema before its up', async () => {
    const { db, engine } = temp.runtime;
    const atStart = await readSchema(db, engine);
    await rollbackAll(db);
    const up: SchemaSnapshot[] = [await readSchema(db, engine)];
    expect(up[0]).toEqual({ tables: {}, others: {} });
    for (const name of NAMES) {
      await migrateUpOne(db);
      expect(await schemaVersion(db)).toBe(name);
      up.push(await readSchema(db, engine));
    }
    expect(formatSnapshot(up.at(-1)!), 'the schema the app makes at start').toBe(formatSnapshot(atStart));

    for (let step = NAMES.length; step > 0; step--) {
      await migrateDownOne(db);
      expect(formatSnapshot(await readSchema(db, engine)), `the schema after the down of ${NAMES[step - 1]}`).toBe(formatSnapshot(up[step - 1]!));
    }
    expect(await schemaVersion(db)).toBeNull();

    for (let step = 1; step <= NAMES.length; step++) {
      await migrateUpOne(db);
      expect(formatSnapshot(await readSchema(db, engine)), `the schema after ${NAMES[step - 1]} again`).toBe(formatSnapshot(up[step]!));
    }
  });

  it('keep everything the committed snapshot of the newest schema holds', async () => {
    const { db, engine } = temp.runtime;
    await migrateToLatest(db);
    const live = await readSchema(db, engine);
    const committed = committedSnapshot();
    const changes = committed ? compareSchemas(committed, live) : null;
    const update = process.env.KOOPERATOR_UPDATE_SCHEMA_SNAPSHOT;
    if (update === 'destructive' || (update === '1' && !changes?.destructive.length)) {
      fs.writeFileSync(path.join(ROOT, snapshotFile()), formatSnapshot(live));
      return;
    }
    if (!committed || !changes) return expect.fail(`${snapshotFile()} is missing: ${UPDATE_SNAPSHOT_COMMAND}`);
    const verdict = snapshotVerdict(changes, snapshotFile());
    if (verdict) expect.fail(verdict);
    expect(formatSnapshot(live), `${snapshotFile()} differs in what the comparison does not name (column order): ${UPDATE_SNAPSHOT_COMMAND}`).toBe(formatSnapshot(committed));
  });
});

describe('The schema guard', () => {
  /** The committed schema with changes, as a copy. */
  function changed(edit: (schema: SchemaSnapshot) => void): SchemaSnapshot {
    const schema = structuredClone(committedSnapshot()!);
    edit(schema);
    return schema;
  }

  it('fails on a removed table or column: the snapshot holds one more than the schema', () => {
    const snapshot = changed((schema) => {
      schema.tables.people!.columns.nickname = { type: 'text', nullable: true, default: null };
      schema.tables.volunteers = { columns: { id: { type: 'text', nullable: false, default: null } }, primaryKey: ['id'], indexes: {}, foreignKeys: {}, triggers: {} };
    });
    const changes = compareSchemas(snapshot, committedSnapshot()!);
    expect(changes).toEqual({ destructive: ['table people: column nickname removed', 'table volunteers removed'], additive: [] });
    const verdict = snapshotVerdict(changes, 'db/schema.snapshot.json');
    expect(verdict).toContain('Migrations only add');
    expect(verdict).toContain('  - table volunteers removed');
  });

  it('fails on a narrowed column, a changed index and a dropped trigger', () => {
    const live = changed((schema) => {
      const people = schema.tables.people!;
      people.columns.email = { ...people.columns.email!, nullable: false };
      people.columns.notes = { ...people.columns.notes!, type: 'integer' };
      people.indexes.people_last_name_index = { columns: ['first_name'], unique: false };
      people.triggers = {};
    });
    const { destructive, additive } = compareSchemas(committedSnapshot()!, live);
    expect(destructive).toEqual([
      'table people: column email made NOT NULL',
      expect.stringMatching(/^table people: column notes changed type: \S+ → integer$/),
      expect.stringMatching(/^table people: index people_last_name_index changed: /),
      'table people: trigger people_sort_key_stale removed',
    ]);
    expect(additive).toEqual([]);
  });

  it('asks for the snapshot to be updated after a migration that only adds', () => {
    const live = changed((schema) => {
      const people = schema.tables.people!;
      people.columns.nickname = { type: 'text', nullable: true, default: null };
      people.columns.first_name = { ...people.columns.first_name!, nullable: true };
      schema.tables.volunteers = { columns: { id: { type: 'text', nullable: false, default: null } }, primaryKey: ['id'], indexes: {}, foreignKeys: {}, triggers: {} };
    });
    const changes = compareSchemas(committedSnapshot()!, live);
    expect(changes).toEqual({ destructive: [], additive: ['table people: column first_name made nullable', 'table people: column nickname added', 'table volunteers added'] });
    const verdict = snapshotVerdict(changes, 'db/schema.snapshot.json');
    expect(verdict).toContain(UPDATE_SNAPSHOT_COMMAND);
    expect(verdict).not.toContain('Migrations only add');
    expect(snapshotVerdict(compareSchemas(committedSnapshot()!, committedSnapshot()!), 'db/schema.snapshot.json')).toBeNull();
  });

  it('fails on a column dropped from a real database of this engine', async () => {
    const { db, engine } = temp.runtime;
    await migrateToLatest(db);
    const trx = await db.transaction();
    try {
      await trx.raw('ALTER TABLE audit_log DROP COLUMN after_json');
      await trx.raw('ALTER TABLE audit_log ADD COLUMN guard_probe text');
      const changes = compareSchemas(committedSnapshot()!, await readSchema(trx, engine));
      expect(changes).toEqual({ destructive: ['table audit_log: column after_json removed'], additive: ['table audit_log: column guard_probe added'] });
    } finally {
      await trx.rollback();
    }
    expect(compareSchemas(committedSnapshot()!, await readSchema(db, engine))).toEqual({ destructive: [], additive: [] });
  });
});
