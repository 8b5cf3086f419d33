/**
 * The audit log (historia zmian): who changed which record of the registers, when, and the values of the changed
 * columns before and after. Entries are written by the write helpers of versioned.ts (insertAudited,
 * updateVersioned, deleteVersioned, updateAudited, deleteAudited) and by recordChange for rows without an id of
 * their own (attendance marks), always in the transaction of the change: a change rolled back leaves no entry.
 *
 * Who: the name of whoever works at this PC, from this PC's own settings (asked by the first-run wizard, kept in
 * ustawienia-stanowiska.json, not in the database: on a shared PostgreSQL server every PC has its own user). The
 * runtime binds them to its knex instance (bindAuditUser, through knex's userParams, which transactions inherit),
 * so a name typed in the wizard counts at once and two databases open in one process (the browser harness, tests)
 * never mix their users; without a name, the process's user: setAuditUser, or else the operating system's user
 * name (os.userInfo()). A process-wide fallback is fair for a desktop app: one person sits at it.
 *
 * Child rows (a partnership's members, offers and ZZK case; an agreement's parties; an event's participants,
 * attendance marks and attachments) are entries of their own that also name their parent record, so the parent's
 * page shows them; small lists that belong to a record (a person's roles, an event's leaders, a project's phases
 * and indicators) are columns of the record's own entry ("roles", "leaders"…). Each domain describes its own
 * (its auditSnapshot.ts), and names what a delete takes with it in its RecordKind (versioned.ts).
 */
import os from 'node:os';
import type { Knex } from 'knex';
import {
  AUDIT_ACTIONS,
  AUDIT_FIELDS,
  AUDIT_TABLES,
  type AuditAction,
  type AuditEntry,
  type AuditRecordTable,
  type AuditValues,
  type ExportedFile,
} from '../../../preload/contract';
import { addDays, warsawDayStart, warsawWallClock } from '../../../preload/contract/warsawTime';
import { parseRepresentatives, representativeLine } from '../agreements/representatives';
import { nowIso } from '../ids';
import { writeXlsx } from '../tabular';

export const AUDIT_LOG = 'audit_log';

// ---------------------------------------------------------------------------------------------------------
// Who

let processUser: string | null = null;

/** The name entries carry when the settings name nobody (default: the operating system's user). */
export function setAuditUser(name: string | null): void {
  processUser = name?.trim() ? name.trim().slice(0, 200) : null;
}

export function osUserName(): string {
  try {
    return os.userInfo().username || 'nieznany użytkownik';
  } catch {
    return process.env.USERNAME ?? process.env.USER ?? 'nieznany użytkownik';
  }
}

const AUDIT_USER_PARAM = 'kooperatorAuditUser';

interface AuditUserSource {
  userName(): string | null;
}

/** Entries written through `db` (and every transaction of it) name the user of `source`: this PC's settings. */
export function bindAuditUser(db: Knex, source: AuditUserSource): void {
  db.userParams = { ...db.userParams, [AUDIT_USER_PARAM]: source };
}

export async function auditUserName(db: Knex): Promise<string> {
  const source = db.userParams?.[AUDIT_USER_PARAM] as AuditUserSource | undefined;
  return (source?.userName()?.trim() || processUser || osUserName()).slice(0, 200);
}

// ---------------------------------------------------------------------------------------------------------
// What a row is, as the log keeps it

export type Row = Record<string, unknown>;

export interface AuditRef {
  table: string;
  id: string;
}

/** Columns that say nothing the user changed: identity, bookkeeping, derived search text and sort key. */
const NOISE = new Set(['id', 'version', 'created_at', 'updated_at', 'search_text', 'sort_key']);

/** Boolean columns: SQLite gives 0/1, PostgreSQL true/false; the log keeps true/false. */
const BOOLEAN_COLUMNS = new Set(['active', 'is_default', 'detached_from_series', 'walk_in', 'has_ipw']);

function isPlainValue(value: unknown): boolean {
  // A knex raw expression (version + 1) is not a value the user set.
  return !(value !== null && typeof value === 'object' && !Array.isArray(value) && typeof (value as { toSQL?: unknown }).toSQL === 'function');
}

function normalised(column: string, value: unknown): unknown {
  if (value === undefined) return null;
  // A party's representatives, stored as JSON: one line per person in the log ("Jan Kowalski – Starosta").
  if (column === 'representatives' && typeof value === 'string') return parseRepresentatives(value).map(representativeLine);
  // An event's audiences, stored as a JSON array of codes: the log keeps the list itself.
  if (column === 'audiences' && typeof value === 'string') return JSON.parse(value) as unknown;
  if (BOOLEAN_COLUMNS.has(column) && value !== null) return value === true || value === 1 || value === '1' || value === 't';
  if (typeof value === 'bigint') return Number(value);
  return value;
}

/** A whole row for a create or a delete: without noise and without empty values. */
export function snapshotOf(row: Row): AuditValues {
  const values: AuditValues = {};
  for (const [column, value] of Object.entries(row)) {
    if (NOISE.has(column) || !isPlainValue(value)) continue;
    const v = normalised(column, value);
    if (v === null || v === '' || (Array.isArray(v) && v.length === 0)) continue;
    values[column] = v;
  }
  return values;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The columns `after` changes, with their values before and after; null when nothing changes. */
export function diffOf(before: Row, after: Row): { before: AuditValues; after: AuditValues } | null {
  const was: AuditValues = {};
  const now: AuditValues = {};
  for (const [column, value] of Object.entries(after)) {
    if (NOISE.has(column) || !isPlainValue(value)) continue;
    const old = normalised(column, before[column]);
    const next = normalised(column, value);
    if (same(old, next)) continue;
    was[column] = old;
    now[column] = next;
  }
  return Object.keys(now).length ? { before: was, after: now } : null;
}

/**
 * Columns that say which child row an update is about (the member institution, the participant): kept in an
 * update's entry although unchanged, so that "left on 30.09.2025" reads as whose leaving it was.
 */
const CONTEXT: Record<string, string[]> = {
  partnership_members: ['institution_id'],
  partnership_team_people: ['person_id', 'role'],
  service_offers: ['institution_id', 'service'],
  agreement_parties: ['name'],
  event_participants: ['person_id'],
  attendance: ['participant_id', 'person_id', 'day'],
  zzk_cases: ['case_code'],
};

/** An update's diff with the context columns of its table added (see CONTEXT). */
export function withContext(table: string, row: Row, diff: { before: AuditValues; after: AuditValues }): { before: AuditValues; after: AuditValues } {
  const columns = CONTEXT[table]?.filter((column) => !(column in diff.after) && row[column] !== null && row[column] !== undefined) ?? [];
  if (columns.length === 0) return diff;
  const context = Object.fromEntries(columns.map((column) => [column, normalised(column, row[column])]));
  return { before: { ...context, ...diff.before }, after: { ...context, ...diff.after } };
}

/** The record a child row belongs to, so that the parent's page shows the child's history. */
const PARENTS: Record<string, (row: Row) => AuditRef | null> = {
  partnership_members: (row) => ref('partnerships', row.partnership_id),
  service_offers: (row) => ref('partnerships', row.partnership_id),
  partnership_team_people: (row) => ref('partnerships', row.partnership_id),
  zzk_cases: (row) => ref('partnerships', row.partnership_id),
  agreement_parties: (row) => ref('agreements', row.agreement_id),
  event_participants: (row) => ref('events', row.event_id),
  event_attachments: (row) => ref('events', row.event_id),
};

function ref(table: string, id: unknown): AuditRef | null {
  return typeof id === 'string' && id ? { table, id } : null;
}

export function parentOf(table: string, row: Row): AuditRef | null {
  return PARENTS[table]?.(row) ?? null;
}

// ---------------------------------------------------------------------------------------------------------
// Writing entries

export interface AuditChange {
  table: string;
  recordId: string;
  parent?: AuditRef | null;
  action: AuditAction;
  before: AuditValues | null;
  after: AuditValues | null;
}

const json = (values: AuditValues | null) => (values === null ? null : JSON.stringify(values));

/**
 * A write before any read, at the start of every audited write: SQLite then takes the write lock now, waiting (busy
 * timeout) for another PC's save to finish, instead of failing later when the read of the row before (a read
 * transaction) cannot become a write one. Writes nothing; on PostgreSQL it locks no row.
 */
export async function claimWriteLock(db: Knex): Promise<void> {
  await db(AUDIT_LOG).whereRaw('1 = 0').update({ user_name: db.raw('??', ['user_name']) });
}

/** An entry as a row of the audit_log table. */
export function auditRow(change: AuditChange, at: string, userName: string) {
  return {
    at,
    user_name: userName,
    table_name: change.table,
    record_id: change.recordId.slice(0, 200),
    parent_table: change.parent?.table ?? null,
    parent_id: change.parent?.id ?? null,
    action: change.action,
    before_json: json(change.before),
    after_json: json(change.after),
  };
}

/** Writes entries; `db` must be the transaction of the change they record. */
export async function recordChanges(db: Knex, changes: AuditChange[]): Promise<void> {
  if (changes.length === 0) return;
  const userName = await auditUserName(db);
  const at = nowIso();
  const rows = changes.map((change) => auditRow(change, at, userName));
  // Small batches: SQLite allows at most 500 terms in the compound select knex writes for a multi-row insert.
  for (let i = 0; i < rows.length; i += 50) await db(AUDIT_LOG).insert(rows.slice(i, i + 50));
}

/**
 * Records the change of one thing known by its values before and after (null: it did not exist / no longer
 * exists): a create, a delete, or an update of the values that differ (nothing when none does).
 */
export async function recordChange(db: Knex, change: ValuesChange): Promise<void> {
  const entry = changeOf(change);
  if (entry) await recordChanges(db, [entry]);
}

export interface ValuesChange {
  table: string;
  recordId: string;
  parent?: AuditRef | null;
  before: Row | null;
  after: Row | null;
}

/** The entry for a change known by its values before and after; null when nothing changes. */
export function changeOf(change: ValuesChange): AuditChange | null {
  const { table, recordId, parent } = change;
  if (change.before === null && change.after === null) return null;
  if (change.before === null) return { table, recordId, parent, action: 'create', before: null, after: snapshotOf(change.after!) };
  if (change.after === null) return { table, recordId, parent, action: 'delete', before: snapshotOf(change.before), after: null };
  const diff = diffOf(change.before, { ...Object.fromEntries(Object.keys(change.before).map((key) => [key, null])), ...change.after });
  return diff ? { table, recordId, parent, action: 'update', ...withContext(table, change.before, diff) } : null;
}

// ---------------------------------------------------------------------------------------------------------
// Reading entries

interface AuditRow {
  id: number | string;
  at: string;
  user_name: string;
  table_name: string;
  record_id: string;
  parent_table: string | null;
  parent_id: string | null;
  action: AuditAction;
  before_json: string | null;
  after_json: string | null;
}

function parsed(text: string | null): AuditValues | null {
  if (text === null) return null;
  try {
    const value: unknown = JSON.parse(text);
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as AuditValues) : { value };
  } catch {
    return { value: text };
  }
}

const ID_PATTERN = /^(ins|per|prt|prj|evt|por|szb|opr)-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function collectIds(value: unknown, into: Set<string>): void {
  if (typeof value === 'string') {
    if (ID_PATTERN.test(value)) into.add(value);
  } else if (Array.isArray(value)) {
    for (const item of value) collectIds(item, into);
  } else if (value && typeof value === 'object') {
    for (const item of Object.values(value)) collectIds(item, into);
  }
}

const NAMED: Record<string, { table: string; name: (db: Knex) => Knex.Raw | string }> = {
  ins: { table: 'institutions', name: () => 'name' },
  per: { table: 'people', name: (db) => db.raw("first_name || ' ' || last_name") },
  prt: { table: 'partnerships', name: () => 'name' },
  prj: { table: 'projects', name: () => 'name' },
  evt: { table: 'events', name: () => 'title' },
  por: { table: 'agreements', name: () => 'number' },
  szb: { table: 'document_templates', name: () => 'name' },
  opr: { table: 'studies', name: () => 'title' },
};

/** Today's names of the records the entries refer to by id. */
async function namesOf(db: Knex, ids: Set<string>): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  const byPrefix = new Map<string, string[]>();
  for (const id of ids) {
    const prefix = id.slice(0, 3);
    byPrefix.set(prefix, [...(byPrefix.get(prefix) ?? []), id]);
  }
  for (const [prefix, list] of byPrefix) {
    const named = NAMED[prefix];
    if (!named) continue;
    for (let i = 0; i < list.length; i += 500) {
      const rows: { id: string; label: string }[] = await db(named.table)
        .whereIn('id', list.slice(i, i + 500))
        .select('id', { label: named.name(db) });
      for (const row of rows) names.set(row.id, row.label);
    }
  }
  return names;
}

async function toEntries(db: Knex, rows: AuditRow[]): Promise<AuditEntry[]> {
  const entries = rows.map((row) => ({
    id: Number(row.id),
    at: row.at,
    userName: row.user_name,
    table: row.table_name,
    recordId: row.record_id,
    parentTable: row.parent_table,
    parentId: row.parent_id,
    action: row.action,
    before: parsed(row.before_json),
    after: parsed(row.after_json),
  }));
  const ids = new Set<string>();
  for (const entry of entries) collectIds([entry.before, entry.after], ids);
  const names = await namesOf(db, ids);
  return entries.map((entry) => {
    const mentioned = new Set<string>();
    collectIds([entry.before, entry.after], mentioned);
    return { ...entry, names: Object.fromEntries([...mentioned].filter((id) => names.has(id)).map((id) => [id, names.get(id)!])) };
  });
}

/** The changes of one record and of its child rows, newest first. */
export async function auditForRecord(db: Knex, table: AuditRecordTable, id: string): Promise<AuditEntry[]> {
  const rows: AuditRow[] = await db(AUDIT_LOG)
    .where((q) => q.where({ table_name: table, record_id: id }).orWhere({ parent_table: table, parent_id: id }))
    .orderBy('at', 'desc')
    .orderBy('id', 'desc')
    .select('*');
  return toEntries(db, rows);
}

/**
 * Everything the log says about one person: their record and roles, and every entry that names them by id
 * (memberships they represent, participations, attendance marks, events they lead). Newest first.
 */
export async function auditAboutPerson(db: Knex, personId: string): Promise<AuditEntry[]> {
  const pattern = `%"${personId.replace(/[\\%_]/g, (c) => `\\${c}`)}"%`;
  const rows: AuditRow[] = await db(AUDIT_LOG)
    .where((q) =>
      q
        .where({ table_name: 'people', record_id: personId })
        .orWhere({ parent_table: 'people', parent_id: personId })
        .orWhereRaw(`before_json LIKE ? ESCAPE '\\'`, [pattern])
        .orWhereRaw(`after_json LIKE ? ESCAPE '\\'`, [pattern]),
    )
    .orderBy('at', 'desc')
    .orderBy('id', 'desc')
    .select('*');
  return toEntries(db, rows);
}

// ---------------------------------------------------------------------------------------------------------
// Redacting (RODO)

/** What a blanked identity value reads in the log. */
export const REDACTED = '(usunięto – RODO)';

function redactText(text: string, phrases: string[]): string {
  let result = text;
  for (const phrase of phrases) result = result.split(phrase).join(REDACTED);
  return result;
}

function redactDeep(value: unknown, phrases: string[]): unknown {
  if (typeof value === 'string') return redactText(value, phrases);
  if (Array.isArray(value)) return value.map((item) => redactDeep(item, phrases));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, redactDeep(item, phrases)]));
  return value;
}

/**
 * Blanks a person's identity in the log: in the entries of their own record every identity column that does
 * not hold the new (anonymous) value; anywhere else, the phrases that identify them (full name, e-mail, phone)
 * inside free text. Ids stay: they identify nobody once the record itself is anonymous.
 */
export async function redactPersonInAudit(db: Knex, personId: string, identityColumns: string[], current: Row, phrases: string[]): Promise<number> {
  const usable = [...new Set(phrases.map((phrase) => phrase.trim()).filter((phrase) => phrase.length >= 3))].sort((a, b) => b.length - a.length);
  const own: AuditRow[] = await db(AUDIT_LOG)
    .where((q) => q.where({ table_name: 'people', record_id: personId }).orWhere({ parent_table: 'people', parent_id: personId }))
    .select('*');
  const ownIds = new Set(own.map((row) => Number(row.id)));
  const mentioning: AuditRow[] = [];
  for (const phrase of usable) {
    const pattern = `%${phrase.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    const rows: AuditRow[] = await db(AUDIT_LOG)
      .where((q) => q.whereRaw(`before_json LIKE ? ESCAPE '\\'`, [pattern]).orWhereRaw(`after_json LIKE ? ESCAPE '\\'`, [pattern]))
      .select('*');
    for (const row of rows) if (!ownIds.has(Number(row.id)) && !mentioning.some((m) => Number(m.id) === Number(row.id))) mentioning.push(row);
  }
  let changed = 0;
  for (const row of [...own, ...mentioning]) {
    const isOwn = ownIds.has(Number(row.id));
    const redact = (values: AuditValues | null): AuditValues | null => {
      if (values === null) return null;
      const result: AuditValues = {};
      for (const [column, value] of Object.entries(values)) {
        if (isOwn && identityColumns.includes(column) && value !== null && !same(value, normalised(column, current[column]))) result[column] = REDACTED;
        else result[column] = redactDeep(value, usable);
      }
      return result;
    };
    const before = json(redact(parsed(row.before_json)));
    const after = json(redact(parsed(row.after_json)));
    if (before !== row.before_json || after !== row.after_json) {
      await db(AUDIT_LOG).where({ id: row.id }).update({ before_json: before, after_json: after });
      changed++;
    }
  }
  return changed;
}

// ---------------------------------------------------------------------------------------------------------
// Export

function labelOfTable(table: string): string {
  return (AUDIT_TABLES as Record<string, { pl: string }>)[table]?.pl ?? table;
}

function describe(values: AuditValues | null): string | null {
  if (values === null) return null;
  const text = Object.entries(values)
    .map(([column, value]) => `${AUDIT_FIELDS[column]?.pl ?? column}: ${typeof value === 'string' ? value : JSON.stringify(value)}`)
    .join('\n');
  // An Excel cell holds at most 32 767 characters.
  return text.length > 32_000 ? `${text.slice(0, 32_000)}…` : text;
}

function warsawTime(instant: string): string {
  return warsawWallClock(instant)?.replace('T', ' ') ?? instant;
}

/** The log of a period (Warsaw calendar days, both inclusive; open ends allowed) as an XLSX file, oldest first. */
export async function exportAudit(db: Knex, range: { from: string | null; to: string | null }): Promise<ExportedFile> {
  const q = db<AuditRow>(AUDIT_LOG).orderBy('at').orderBy('id').select('*');
  if (range.from) q.where('at', '>=', warsawDayStart(range.from));
  if (range.to) q.where('at', '<', warsawDayStart(addDays(range.to, 1)));
  const rows = (await q) as AuditRow[];
  const bytes = await writeXlsx(
    'Historia zmian',
    [
      { header: 'Nr', kind: 'number' },
      { header: 'Data i godzina' },
      { header: 'Użytkownik' },
      { header: 'Działanie' },
      { header: 'Rodzaj rekordu' },
      { header: 'Identyfikator rekordu', kind: 'text' },
      { header: 'Rekord nadrzędny' },
      { header: 'Identyfikator nadrzędnego', kind: 'text' },
      { header: 'Przed zmianą', width: 60 },
      { header: 'Po zmianie', width: 60 },
    ],
    rows.map((row) => [
      Number(row.id),
      warsawTime(row.at),
      row.user_name,
      AUDIT_ACTIONS[row.action]?.pl ?? row.action,
      labelOfTable(row.table_name),
      row.record_id,
      row.parent_table ? labelOfTable(row.parent_table) : null,
      row.parent_id,
      describe(parsed(row.before_json)),
      describe(parsed(row.after_json)),
    ]),
  );
  const stamp = [range.from, range.to].filter(Boolean).join('_') || new Date().toISOString().slice(0, 10);
  return { fileName: `historia-zmian-${stamp}.xlsx`, contentBase64: Buffer.from(bytes).toString('base64') };
}
