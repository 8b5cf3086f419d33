/**
 * The table comparison of a copy, inside the destination's transaction: every table counted again on both sides and
 * fingerprinted as written, against what was read from the source.
 */
import type { Knex } from 'knex';
import { copiedRows, Fingerprint, readChunks, TABLES, type Column, type TableSpec } from './tables';
import { rowsText } from './transfer';

export interface CopyTableCount {
  table: string;
  source: number;
  destination: number;
}

async function fingerprintOf(db: Knex, table: TableSpec, columns: Column[]): Promise<Fingerprint> {
  const fingerprint = new Fingerprint();
  for await (const chunk of readChunks(db, table)) for (const row of chunk) fingerprint.add(row, columns);
  return fingerprint;
}

/** Rows of every table on both sides, and every difference found (none when the copy is what was read). */
export async function compareTables(src: Knex, dst: Knex, columns: Map<string, Column[]>, read: Map<string, Fingerprint>): Promise<{ counts: CopyTableCount[]; mismatches: string[] }> {
  const counts: CopyTableCount[] = [];
  const mismatches: string[] = [];
  for (const table of TABLES) {
    const written = await fingerprintOf(dst, table, columns.get(table.name)!);
    const sourceCount = read.get(table.name)!.count;
    // Counted again on both sides, as `kooperator info` would count them.
    const [srcRow, dstRow] = (await Promise.all([copiedRows(src, table).count({ n: '*' }).first(), copiedRows(dst, table).count({ n: '*' }).first()])) as { n: number | string }[];
    const counted = { source: Number(srcRow!.n), destination: Number(dstRow!.n) };
    counts.push({ table: table.name, ...counted });
    if (counted.source !== counted.destination || counted.source !== sourceCount || written.count !== sourceCount) {
      mismatches.push(`tabela ${table.name}: w źródle ${rowsText(counted.source)}, w celu ${rowsText(counted.destination)}`);
    } else if (written.value !== read.get(table.name)!.value) {
      mismatches.push(`tabela ${table.name}: tyle samo wierszy (${counted.source.toLocaleString('pl-PL')}), ale inna treść (suma kontrolna ${read.get(table.name)!.value} ≠ ${written.value})`);
    }
  }
  return { counts, mismatches };
}
