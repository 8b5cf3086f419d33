import { CsvError, parse } from 'csv-parse/sync';
import { ServiceError } from '../errors';
import { buildTable, quoted, type Table } from './table';
import { decodeText } from './text';

type Separator = NonNullable<Table['separator']>;
// Order breaks ties: ';' is what Polish Excel writes.
const SEPARATORS: Separator[] = [';', ',', '\t'];

const CSV_PROBLEMS: Record<string, string> = {
  CSV_QUOTE_NOT_CLOSED: 'otwarto cudzysłów, którego nigdzie nie zamknięto',
  CSV_INVALID_CLOSING_QUOTE: 'po zamykającym cudzysłowie stoi tekst zamiast separatora',
  other: 'zapis jest niezgodny z formatem CSV',
};

/** Reads a CSV export (Excel's or hand-made): encoding and separator are detected, cells trimmed. */
export function readCsv(bytes: Uint8Array, fileName?: string): Table {
  const name = quoted(fileName, 'CSV');
  const { text, encoding } = decodeText(bytes, fileName);
  const separator = detectSeparator(text);
  let records: string[][];
  try {
    // Blank lines are not skipped by the parser, so a record's index stays its Excel row number.
    records = parse(text, { delimiter: separator, trim: true, relax_column_count: true, relax_quotes: true }) as string[][];
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    // `records` counts the records parsed before the faulty one, blank ones included: +1 is its Excel row.
    const row = Number(error.records) + 1;
    throw new ServiceError('validation', `Nie udało się odczytać pliku ${name}: w wierszu ${row} ${CSV_PROBLEMS[error.code] ?? CSV_PROBLEMS.other}.`);
  }
  const table = buildTable(records.map((cells, index) => ({ rowNumber: index + 1, cells: cells.map((cell) => cell.trim()) })));
  if (!table) throw new ServiceError('validation', `Plik ${name} jest pusty.`);
  return { ...table, encoding, separator };
}

/** The separator occurring most often outside quotes in the first non-blank record. */
function detectSeparator(text: string): Separator {
  const counts = new Map<string, number>();
  let inQuotes = false;
  let seen = false;
  for (const char of text) {
    if (char === '"') {
      inQuotes = !inQuotes; // a doubled quote toggles twice, which is right
      seen = true;
    } else if (inQuotes) {
      continue;
    } else if (char === '\n' || char === '\r') {
      if (seen) break;
      counts.clear(); // a line of bare separators (";;;") is blank, not the header
    } else {
      counts.set(char, (counts.get(char) ?? 0) + 1);
      if (char.trim() !== '' && !SEPARATORS.includes(char as Separator)) seen = true;
    }
  }
  return SEPARATORS.reduce((best, sep) => ((counts.get(sep) ?? 0) > (counts.get(best) ?? 0) ? sep : best));
}
