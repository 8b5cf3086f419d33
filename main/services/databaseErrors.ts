/**
 * A database's refusal of a write, in Polish. The contract's schemas keep every value within what both engines store
 * (lengths, NUL characters, lone surrogates, uniqueness checked by the services), so a refusal reaching here is a gap
 * in those checks; still, the user is told what was refused and which record, never shown `SQLITE_CONSTRAINT` or an
 * SQL statement. Foreign keys and a busy database are worded by the dispatcher itself.
 */

interface DatabaseError {
  code?: unknown;
  message?: unknown;
  table?: unknown;
  column?: unknown;
  constraint?: unknown;
}

/** What was refused, from the engine's code: SQLite's SQLITE_* codes, PostgreSQL's SQLSTATE. */
function reasonOf(code: string, message: string): string | null {
  if (code === 'SQLITE_CONSTRAINT' || code.startsWith('SQLITE_CONSTRAINT_')) {
    if (/UNIQUE|PRIMARY KEY/i.test(message) || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY') return 'taki rekord już jest w bazie (powtórzony identyfikator, numer lub nazwa)';
    if (/NOT NULL/i.test(message) || code === 'SQLITE_CONSTRAINT_NOTNULL') return 'brak wymaganej wartości';
    if (/FOREIGN KEY/i.test(message)) return null;
    return 'wartość nie spełnia reguł bazy danych';
  }
  if (code === 'SQLITE_TOOBIG') return 'tekst lub plik jest za duży, by zapisać go w bazie';
  if (code === 'SQLITE_MISMATCH') return 'wartość ma nieprawidłowy typ';
  if (code === '23505') return 'taki rekord już jest w bazie (powtórzony identyfikator, numer lub nazwa)';
  if (code === '23502') return 'brak wymaganej wartości';
  if (code === '23514') return 'wartość nie spełnia reguł bazy danych';
  if (code === '22001') return 'tekst jest dłuższy, niż pozwala baza danych';
  if (code === '22021' || code === '22P05') return 'tekst zawiera znak, którego baza danych nie przyjmuje (np. NUL)';
  if (code.startsWith('22')) return 'wartość ma postać, której baza danych nie przyjmuje';
  return null;
}

/** SQLite names the column in its message (`UNIQUE constraint failed: people.email`); PostgreSQL in its fields. */
function columnOf(error: DatabaseError, message: string): string | null {
  const sqlite = /constraint failed: ([\w.]+(, [\w.]+)*)/i.exec(message);
  if (sqlite) return sqlite[1]!;
  const table = typeof error.table === 'string' ? error.table : null;
  const column = typeof error.column === 'string' ? error.column : null;
  if (table && column) return `${table}.${column}`;
  return typeof error.constraint === 'string' ? error.constraint : table;
}

/**
 * The Polish sentence for a database's refusal, naming `record` (e.g. „MOPS w Żorach”) when the caller knows it, or
 * null when `error` is not a refusal of a value (a broken connection, a bug).
 */
export function databaseRefusal(error: unknown, record?: string | null): string | null {
  const reason = refusalReason(error);
  if (!reason) return null;
  const which = record ? ` rekordu „${record}”` : '';
  return `Baza danych odrzuciła zapis${which}: ${reason}; nic nie zapisano.`;
}

/** Only what was refused, with its column when known („tekst jest dłuższy, niż pozwala baza danych”); null as above. */
export function refusalReason(error: unknown): string | null {
  const raw = (error ?? {}) as DatabaseError;
  if (typeof raw.code !== 'string') return null;
  const message = typeof raw.message === 'string' ? raw.message : '';
  const reason = reasonOf(raw.code, message);
  if (!reason) return null;
  const column = columnOf(raw, message);
  return `${reason}${column ? ` (${column})` : ''}`;
}

/** The record a request is about, for messages: its name, title, number or id, as the user typed it. */
export function recordLabel(input: unknown): string | null {
  if (input === null || typeof input !== 'object') return null;
  const values = input as Record<string, unknown>;
  const person = [values.firstName, values.lastName].filter((part) => typeof part === 'string' && part).join(' ');
  const label = person || [values.name, values.title, values.number, values.code, values.id].find((value) => typeof value === 'string' && value);
  return typeof label === 'string' ? label.slice(0, 100) : null;
}
