/** One data row; rowNumber is the row the user sees in Excel (header = 1), for messages like „wiersz 3”. */
export interface TableRow {
  rowNumber: number;
  cells: string[];
}

/** Something in the file that is reported rather than read (an XLSX error cell, a merged range); column from 0. */
export interface TableProblem {
  rowNumber: number;
  column: number;
  message: string;
}

export interface Table {
  headers: string[];
  rows: TableRow[];
  /** What the reader refused to copy, with its cell address in the message. */
  problems?: TableProblem[];
  /** Cells left empty because they belong to a reported problem (a merged range's other cells): `row:column`. */
  covered?: Set<string>;
  encoding?: 'utf-8' | 'windows-1250';
  separator?: ';' | ',' | '\t';
}

export function isBlank(cells: readonly string[]): boolean {
  return cells.every((cell) => cell === '');
}

/**
 * Builds the table from already trimmed records (rowNumber + cells); the first non-blank one is the header.
 * Trailing empty header cells are dropped (Excel leaves them after formatted but unused columns);
 * short rows are padded so `cells[i]` always belongs to `headers[i]`. Returns null when there is no header.
 */
export function buildTable(records: Iterable<TableRow>): Pick<Table, 'headers' | 'rows'> | null {
  let headers: string[] | null = null;
  const rows: TableRow[] = [];
  for (const { rowNumber, cells } of records) {
    if (isBlank(cells)) continue;
    if (!headers) {
      headers = cells.slice(0, lastFilled(cells) + 1);
      continue;
    }
    const padded = cells.length < headers.length ? [...cells, ...Array<string>(headers.length - cells.length).fill('')] : cells;
    // Extra cells past the header are kept only if they hold something, so the importer can warn about them.
    rows.push({ rowNumber, cells: padded.slice(0, Math.max(headers.length, lastFilled(padded) + 1)) });
  }
  return headers ? { headers, rows } : null;
}

function lastFilled(cells: readonly string[]): number {
  for (let i = cells.length - 1; i >= 0; i--) if (cells[i] !== '') return i;
  return -1;
}

/** „x.csv” in Polish quotes, or a generic name when the caller did not pass one. */
export function quoted(fileName: string | undefined, fallback: string): string {
  return fileName ? `„${fileName}”` : fallback;
}
