/**
 * Optimistic concurrency for every editable table: a write names the version the user saw;
 * if someone else saved since, nothing is written and the user gets a conflict.
 */
import type { Knex } from 'knex';
import { notFound, staleVersion } from './errors';
import { nowIso } from './ids';

/** Names a record in messages: "instytucja", "osoba". */
export interface RecordKind {
  table: string;
  what: string;
}

async function failWrite(db: Knex, kind: RecordKind, id: string): Promise<never> {
  const exists = await db(kind.table).where({ id }).first('id');
  throw exists ? staleVersion(kind.what) : notFound(kind.what);
}

export async function updateVersioned(db: Knex, kind: RecordKind, id: string, version: number, row: Record<string, unknown>): Promise<void> {
  const updated = await db(kind.table)
    .where({ id, version })
    .update({ ...row, version: version + 1, updated_at: nowIso() });
  if (updated === 0) await failWrite(db, kind, id);
}

export async function deleteVersioned(db: Knex, kind: RecordKind, id: string, version: number): Promise<void> {
  const deleted = await db(kind.table).where({ id, version }).delete();
  if (deleted === 0) await failWrite(db, kind, id);
}

/** A LIKE pattern for one folded search word, with the user's own % and _ kept literal (use with ESCAPE '\'). */
export function containsPattern(word: string): string {
  return `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** Adds one condition per word of the query: every word must occur in the folded search column. */
export function whereSearchMatches(query: Knex.QueryBuilder, column: string, foldedWords: string[]): void {
  for (const word of foldedWords) query.whereRaw(`?? LIKE ? ESCAPE '\\'`, [column, containsPattern(word)]);
}
