/**
 * `npm run bench` end to end at a small scale, as the bundle it builds: every item is measured, or skipped with a
 * note (item 7 without LibreOffice), the import and the shell load the same rows, the summary agrees with the
 * limit's SQL over the integer-keyed copy and with the same SQL on the app's file, and the table is written. The
 * figures themselves belong in docs/performance.md, never here.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import knex from 'knex';
import { afterEach, expect, it } from 'vitest';
import { makeTempDir } from '../support/tempDatabase';

const BENCH = path.resolve(__dirname, '../../dist/bench.js');

let dir: string;
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

it('measures every item at scale 0.01 and writes the table', async () => {
  dir = makeTempDir('Kooperator Pomiary ');
  await promisify(execFile)(process.execPath, [BENCH, '--scale', '0.01', '--cold-start-scales', '0.01,0.02', '--dir', dir, '--no-profile', '--keep'], { timeout: 230_000 });
  const results = JSON.parse(fs.readFileSync(path.join(dir, 'results.json'), 'utf8')) as { rows: { item: string; verdict: string }[]; warnings: string[] };
  const items = results.rows.map((row) => row.item.split('.')[0]);
  expect(items).toEqual(['1', '2', '2b', '3', '3', '4', '5', '5', '5', '5b', '6', '6b', '7', ...Array<string>(8).fill('8')]);
  // Item 7 is skipped only where LibreOffice is missing, and says so.
  const libreOffice = results.rows.find((row) => row.item.startsWith('7.'))!;
  const expectedWarnings = libreOffice.verdict === 'skipped' ? [expect.stringContaining('Item 7 skipped: LibreOffice is not installed')] : [];
  expect(results.warnings).toEqual(expectedWarnings);
  // Every screen showed its data (a screen that never did is skipped with a warning).
  for (const row of results.rows.filter((row) => row !== libreOffice)) expect(['met', 'MISSED', '–']).toContain(row.verdict);
  const table = fs.readFileSync(path.join(dir, 'results.md'), 'utf8');
  expect(table).toContain('| 6. Peak RSS of the process doing 1–5');
  expect(table).toContain('| 5. Cold start at scale 0.02: open the database');
  expect(table).toContain('| 8. Screen: a partnership with its members');
  expect(table).toContain('| 8. Screen: summary screen, year 2025, until its charts and tables are drawn');
  expect(table).toContain('Same rows in both databases');
  // The limit's SQL (over the integer-keyed copy) and the app's summary agree on every figure, and so does the same SQL on the app's file.
  expect(table).toContain("Summary, the limit's SQL and the same SQL on the app's file agree on every compared figure");
  expect(table).toContain('| 2. Period summary 2025 (JSON, 0 MB) vs the limit');
  expect(fs.statSync(path.join(dir, 'lista-obecnosci.pdf')).size).toBeGreaterThan(10_000);
  // The limit's copy is analysed on its own: the app's file, which the app never analyses, gets no statistics
  // (stale ones made the search scan the register for the people without a sort key).
  const app = knex({ client: 'sqlite3', connection: { filename: path.join(dir, 'app.sqlite') }, useNullAsDefault: true });
  try {
    expect(await app('sqlite_master').where({ name: 'sqlite_stat1' }).select('name')).toEqual([]);
  } finally {
    await app.destroy();
  }
}, 240_000);
