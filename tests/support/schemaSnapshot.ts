/**
 * The schema as a stable JSON: tables with their columns (type, nullability, default), primary key, indexes, foreign
 * keys and triggers, and the schema's other objects (PostgreSQL's functions and sequences, views). Read from
 * sqlite_master and its pragmas on SQLite, from pg_catalog on PostgreSQL (the connection's current schema); knex's
 * own migration tables are left out. Each engine has its own types, so each has its own committed snapshot.
 */
import type { Knex } from 'knex';
import type { Engine } from '../../db/connection';
import { MIGRATIONS_TABLE } from '../../db/migrate';

export interface ColumnSnapshot {
  type: string;
  nullable: boolean;
  default: string | null;
}

export interface TableSnapshot {
  columns: Record<string, ColumnSnapshot>;
  primaryKey: string[];
  /** By name; SQLite's unnamed indexes of UNIQUE constraints by their columns. */
  indexes: Record<string, { columns: string[]; unique: boolean; where?: string }>;
  /** By the columns they constrain. */
  foreignKeys: Record<string, { references: string; onUpdate: string; onDelete: string }>;
  triggers: Record<string, string>;
}

export interface SchemaSnapshot {
  tables: Record<string, TableSnapshot>;
  /** Everything outside a table: `function name(args)`, `sequence name`, `view name` → definition. */
  others: Record<string, string>;
}

export function readSchema(db: Knex, engine: Engine): Promise<SchemaSnapshot> {
  return engine === 'postgresql' ? readPostgresSchema(db) : readSqliteSchema(db);
}

const isOwnTable = (name: string): boolean => !name.startsWith(MIGRATIONS_TABLE) && !name.startsWith('sqlite_');

/** Whitespace as one space, so a definition compares the same however its SQL was laid out. */
const oneLine = (sql: string): string => sql.replace(/\s+/g, ' ').trim();

function emptyTable(): TableSnapshot {
  return { columns: {}, primaryKey: [], indexes: {}, foreignKeys: {}, triggers: {} };
}

/** Keys in sorted order at every level (columns keep their order in the table): the same schema, the same JSON. */
function sorted<T>(record: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

function stable(schema: SchemaSnapshot): SchemaSnapshot {
  const tables = Object.fromEntries(
    Object.entries(schema.tables).map(([name, table]) => [
      name,
      { ...table, indexes: sorted(table.indexes), foreignKeys: sorted(table.foreignKeys), triggers: sorted(table.triggers) },
    ]),
  );
  return { tables: sorted(tables), others: sorted(schema.others) };
}

async function rows<T>(db: Knex, sql: string): Promise<T[]> {
  const result = await db.raw(sql);
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}

/** Rows of one index or one foreign key together (SQLite's pragmas give a row per column), in their order. */
function groupBy<T>(list: T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of list) groups.set(key(row), [...(groups.get(key(row)) ?? []), row]);
  return groups;
}

async function readSqliteSchema(db: Knex): Promise<SchemaSnapshot> {
  const objects = (await rows<{ type: string; name: string; tbl_name: string; sql: string | null }>(db, 'SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY name')).filter(
    (object) => isOwnTable(object.tbl_name),
  );
  const schema: SchemaSnapshot = { tables: {}, others: {} };
  for (const object of objects) if (object.type === 'table') schema.tables[object.name] = emptyTable();
  const table = (name: string): TableSnapshot => (schema.tables[name] ??= emptyTable());
  const ofTables = (pragmas: string): string => `FROM sqlite_master m, ${pragmas} WHERE m.type = 'table'`;

  const columns = await rows<{ tbl: string; name: string; type: string; notnull: number; dflt_value: string | null; pk: number }>(
    db,
    `SELECT m.name AS tbl, c.name, c.type, c."notnull", c.dflt_value, c.pk ${ofTables('pragma_table_info(m.name) c')} ORDER BY m.name, c.cid`,
  );
  for (const column of columns.filter((c) => isOwnTable(c.tbl))) {
    table(column.tbl).columns[column.name] = { type: column.type.toLowerCase(), nullable: !column.notnull, default: column.dflt_value };
  }
  for (const column of columns.filter((c) => isOwnTable(c.tbl) && c.pk > 0).sort((a, b) => a.pk - b.pk)) table(column.tbl).primaryKey.push(column.name);

  const indexColumns = await rows<{ tbl: string; name: string; unique: number; origin: string; column: string | null; desc: number; coll: string }>(
    db,
    `SELECT m.name AS tbl, il.name, il."unique", il.origin, ix.name AS "column", ix."desc", ix.coll
     ${ofTables('pragma_index_list(m.name) il, pragma_index_xinfo(il.name) ix')} AND ix.key = 1 ORDER BY m.name, il.name, ix.seqno`,
  );
  const sqlOf = new Map(objects.map((object) => [object.name, object.sql ?? '']));
  for (const [name, parts] of groupBy(indexColumns.filter((r) => isOwnTable(r.tbl) && r.origin !== 'pk'), (row) => row.name)) {
    const first = parts[0]!;
    const columnsOf = parts.map((p) => `${p.column ?? '<expression>'}${p.coll === 'BINARY' ? '' : ` COLLATE ${p.coll}`}${p.desc ? ' DESC' : ''}`);
    // An index SQLite made for a UNIQUE constraint is numbered in creation order: named by its columns instead.
    const key = first.origin === 'u' ? `unique (${columnsOf.join(', ')})` : name;
    const where = /\bWHERE\b(.*)$/is.exec(sqlOf.get(name) ?? '')?.[1];
    table(first.tbl).indexes[key] = { columns: columnsOf, unique: first.unique === 1, ...(where ? { where: oneLine(where) } : {}) };
  }

  const foreignKeys = await rows<{ tbl: string; id: number; table: string; from: string; to: string | null; on_update: string; on_delete: string }>(
    db,
    `SELECT m.name AS tbl, f.id, f."table", f."from", f."to", f.on_update, f.on_delete ${ofTables('pragma_foreign_key_list(m.name) f')} ORDER BY m.name, f.id, f.seq`,
  );
  for (const parts of groupBy(foreignKeys.filter((r) => isOwnTable(r.tbl)), (row) => `${row.tbl} ${row.id}`).values()) {
    const first = parts[0]!;
    table(first.tbl).foreignKeys[`(${parts.map((p) => p.from).join(', ')})`] = {
      references: `${first.table}(${parts.map((p) => p.to ?? '<primary key>').join(', ')})`,
      onUpdate: first.on_update,
      onDelete: first.on_delete,
    };
  }

  for (const object of objects) {
    if (object.type === 'trigger') table(object.tbl_name).triggers[object.name] = oneLine(object.sql ?? '');
    if (object.type === 'view') schema.others[`view ${object.name}`] = oneLine(object.sql ?? '');
  }
  return stable(schema);
}

const FOREIGN_KEY_ACTIONS: Record<string, string> = { a: 'NO ACTION', r: 'RESTRICT', c: 'CASCADE', n: 'SET NULL', d: 'SET DEFAULT' };

async function readPostgresSchema(db: Knex): Promise<SchemaSnapshot> {
  const here = 'current_schema()::regnamespace';
  const schemaName = (await rows<{ schema: string }>(db, 'SELECT current_schema() AS schema'))[0]!.schema;
  // Definitions name this schema's objects without it while it is on the search path; never with it, whatever the path.
  const local = (sql: string): string => oneLine(sql.split(`"${schemaName}".`).join('').split(`${schemaName}.`).join(''));
  const schema: SchemaSnapshot = { tables: {}, others: {} };
  const table = (name: string): TableSnapshot => (schema.tables[name] ??= emptyTable());

  const columns = await rows<{ tbl: string; name: string; type: string; collation: string | null; nullable: boolean; default: string | null }>(
    db,
    `SELECT c.relname AS tbl, a.attname AS name, format_type(a.atttypid, a.atttypmod) AS type,
       CASE WHEN a.attcollation <> t.typcollation THEN co.collname END AS collation,
       NOT a.attnotnull AS nullable, pg_get_expr(d.adbin, d.adrelid) AS default
     FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_type t ON t.oid = a.atttypid
       LEFT JOIN pg_collation co ON co.oid = a.attcollation LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
     WHERE c.relnamespace = ${here} AND c.relkind IN ('r', 'p') AND a.attnum > 0 AND NOT a.attisdropped
     ORDER BY c.relname, a.attnum`,
  );
  for (const column of columns.filter((c) => isOwnTable(c.tbl))) {
    const type = column.collation ? `${column.type} COLLATE "${column.collation}"` : column.type;
    table(column.tbl).columns[column.name] = { type, nullable: column.nullable, default: column.default === null ? null : local(column.default) };
  }

  const indexes = await rows<{ tbl: string; name: string; unique: boolean; primary: boolean; columns: string[]; where: string | null; method: string }>(
    db,
    `SELECT t.relname AS tbl, i.relname AS name, x.indisunique AS unique, x.indisprimary AS primary,
       array(SELECT pg_get_indexdef(x.indexrelid, k, true) FROM generate_series(1, x.indnkeyatts) AS k ORDER BY k) AS columns,
       pg_get_expr(x.indpred, x.indrelid, true) AS where, am.amname AS method
     FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid JOIN pg_am am ON am.oid = i.relam
     WHERE t.relnamespace = ${here}`,
  );
  for (const index of indexes.filter((i) => isOwnTable(i.tbl))) {
    if (index.primary) table(index.tbl).primaryKey = index.columns;
    else {
      const columnsOf = index.method === 'btree' ? index.columns : [`USING ${index.method}`, ...index.columns];
      table(index.tbl).indexes[index.name] = { columns: columnsOf, unique: index.unique, ...(index.where ? { where: local(index.where) } : {}) };
    }
  }

  const foreignKeys = await rows<{ tbl: string; columns: string[]; target: string; target_columns: string[]; on_update: string; on_delete: string }>(
    db,
    `SELECT c.relname AS tbl, f.relname AS target, k.confupdtype AS on_update, k.confdeltype AS on_delete,
       array(SELECT a.attname::text FROM unnest(k.conkey) WITH ORDINALITY AS n(attnum, i) JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = n.attnum ORDER BY n.i) AS columns,
       array(SELECT a.attname::text FROM unnest(k.confkey) WITH ORDINALITY AS n(attnum, i) JOIN pg_attribute a ON a.attrelid = k.confrelid AND a.attnum = n.attnum ORDER BY n.i) AS target_columns
     FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid JOIN pg_class f ON f.oid = k.confrelid
     WHERE k.contype = 'f' AND c.relnamespace = ${here}`,
  );
  for (const key of foreignKeys.filter((k) => isOwnTable(k.tbl))) {
    table(key.tbl).foreignKeys[`(${key.columns.join(', ')})`] = {
      references: `${key.target}(${key.target_columns.join(', ')})`,
      onUpdate: FOREIGN_KEY_ACTIONS[key.on_update]!,
      onDelete: FOREIGN_KEY_ACTIONS[key.on_delete]!,
    };
  }

  const triggers = await rows<{ tbl: string; name: string; definition: string }>(
    db,
    `SELECT c.relname AS tbl, g.tgname AS name, pg_get_triggerdef(g.oid, true) AS definition
     FROM pg_trigger g JOIN pg_class c ON c.oid = g.tgrelid WHERE NOT g.tgisinternal AND c.relnamespace = ${here}`,
  );
  for (const trigger of triggers) table(trigger.tbl).triggers[trigger.name] = local(trigger.definition);

  const others = await rows<{ name: string; definition: string }>(
    db,
    `SELECT 'function ' || p.proname || '(' || pg_get_function_identity_arguments(p.oid) || ')' AS name,
       'RETURNS ' || pg_get_function_result(p.oid) || ' LANGUAGE ' || l.lanname || ' AS ' || p.prosrc AS definition
     FROM pg_proc p JOIN pg_language l ON l.oid = p.prolang WHERE p.pronamespace = ${here}
     UNION ALL
     SELECT 'sequence ' || c.relname, coalesce(d.refobjid::regclass::text || '.' || a.attname, '')
     FROM pg_class c LEFT JOIN pg_depend d ON d.objid = c.oid AND d.deptype IN ('a', 'i') AND d.refobjsubid > 0
       LEFT JOIN pg_attribute a ON a.attrelid = d.refobjid AND a.attnum = d.refobjsubid
     WHERE c.relkind = 'S' AND c.relnamespace = ${here} AND c.relname NOT LIKE '${MIGRATIONS_TABLE}%'
     UNION ALL
     SELECT 'view ' || c.relname, pg_get_viewdef(c.oid, true) FROM pg_class c WHERE c.relkind IN ('v', 'm') AND c.relnamespace = ${here}`,
  );
  for (const other of others) schema.others[other.name] = local(other.definition);
  return stable(schema);
}

/** What a newer schema did to an older one: changes that remove or narrow what was there, and additions. */
export interface SchemaChanges {
  destructive: string[];
  additive: string[];
}

/**
 * Compares the schema with an earlier one. Removing anything, changing a type, an index, a foreign key, a trigger or
 * a definition, making a column NOT NULL or taking away its default is destructive; new objects, a column made
 * nullable and a default where there was none are additions.
 */
export function compareSchemas(before: SchemaSnapshot, after: SchemaSnapshot): SchemaChanges {
  const changes: SchemaChanges = { destructive: [], additive: [] };
  const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);
  function walk<T>(label: string, older: Record<string, T>, newer: Record<string, T>, changed: (name: string, a: T, b: T) => void): void {
    for (const [name, value] of Object.entries(older)) {
      if (!(name in newer)) changes.destructive.push(`${label} ${name} removed`);
      else if (!same(value, newer[name])) changed(name, value, newer[name]!);
    }
    for (const name of Object.keys(newer)) if (!(name in older)) changes.additive.push(`${label} ${name} added`);
  }
  const replaced = (label: string) => (name: string, a: unknown, b: unknown) => changes.destructive.push(`${label} ${name} changed: ${JSON.stringify(a)} → ${JSON.stringify(b)}`);

  walk('table', before.tables, after.tables, (name, older, newer) => {
    const where = `table ${name}:`;
    walk(`${where} column`, older.columns, newer.columns, (column, a, b) => {
      const at = `${where} column ${column}`;
      if (a.type !== b.type) changes.destructive.push(`${at} changed type: ${a.type} → ${b.type}`);
      if (a.nullable && !b.nullable) changes.destructive.push(`${at} made NOT NULL`);
      if (!a.nullable && b.nullable) changes.additive.push(`${at} made nullable`);
      if (a.default !== b.default) (a.default === null ? changes.additive : changes.destructive).push(`${at} default ${a.default ?? 'none'} → ${b.default ?? 'none'}`);
    });
    if (!same(older.primaryKey, newer.primaryKey)) changes.destructive.push(`${where} primary key (${older.primaryKey.join(', ')}) → (${newer.primaryKey.join(', ')})`);
    walk(`${where} index`, older.indexes, newer.indexes, replaced(`${where} index`));
    walk(`${where} foreign key`, older.foreignKeys, newer.foreignKeys, replaced(`${where} foreign key`));
    walk(`${where} trigger`, older.triggers, newer.triggers, replaced(`${where} trigger`));
  });
  walk('', before.others, after.others, replaced(''));
  for (const list of [changes.destructive, changes.additive]) list.forEach((line, i) => (list[i] = line.trim()));
  return changes;
}

/** The snapshot as committed: one line per column, index, foreign key or trigger, so a change reads as a line of a diff. */
export function formatSnapshot(schema: SchemaSnapshot): string {
  const format = (value: unknown, depth: number): string => {
    if (depth >= 4 || typeof value !== 'object' || value === null || Array.isArray(value)) return JSON.stringify(value);
    const indent = '  '.repeat(depth + 1);
    const entries = Object.entries(value).map(([key, inner]) => `${indent}${JSON.stringify(key)}: ${format(inner, depth + 1)}`);
    return entries.length === 0 ? '{}' : `{\n${entries.join(',\n')}\n${'  '.repeat(depth)}}`;
  };
  return `${format(schema, 0)}\n`;
}

/** The command that rewrites a snapshot from the live schema. */
export const UPDATE_SNAPSHOT_COMMAND = 'KOOPERATOR_UPDATE_SCHEMA_SNAPSHOT=1 npx vitest run tests/db/migrations.test.ts';

/** Why the test fails when the schema is not the committed one, and what to do; null when it is. */
export function snapshotVerdict(changes: SchemaChanges, snapshotFile: string): string | null {
  if (changes.destructive.length > 0) {
    return [
      `The schema after all migrations lost or narrowed what ${snapshotFile} holds:`,
      ...changes.destructive.map((line) => `  - ${line}`),
      'Migrations only add: a database made by a released version must keep its data and still work with it.',
      'Put back what was removed or changed, and never edit a migration that has shipped. To change a column or a table,',
      'add a new one in a new migration (copying the data over) and stop using the old one, which stays.',
      `Should the project decide to break this rule, ${UPDATE_SNAPSHOT_COMMAND.replace('=1', '=destructive')} records it.`,
    ].join('\n');
  }
  if (changes.additive.length > 0) {
    return [
      `The schema after all migrations has what ${snapshotFile} does not hold yet:`,
      ...changes.additive.map((line) => `  + ${line}`),
      `If that is what the new migration means to add, update the snapshot and commit it: ${UPDATE_SNAPSHOT_COMMAND}`,
      '(on each engine: once more with KOOPERATOR_TEST_DATABASE_URL set for PostgreSQL).',
    ].join('\n');
  }
  return null;
}
