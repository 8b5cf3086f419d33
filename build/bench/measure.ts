/** Small tools of the benchmark: timing, percentiles, memory, the sqlite3 shell, and the results table. */
import { spawn, spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';

export const now = () => performance.now();

export async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = now();
  const value = await work();
  return { ms: now() - start, value };
}

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length) - 1;
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank))]!;
}

export const median = (values: number[]) => percentile(values, 50);

export function formatMs(ms: number): string {
  if (!Number.isFinite(ms)) return '–';
  if (ms >= 10_000) return `${(ms / 1000).toFixed(1)} s`;
  if (ms >= 1000) return `${(ms / 1000).toFixed(2)} s`;
  if (ms >= 100) return `${ms.toFixed(0)} ms`;
  if (ms >= 10) return `${ms.toFixed(1)} ms`;
  return `${ms.toFixed(2)} ms`;
}

export const formatMb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

/** Peak resident memory of this process so far, in bytes (`maxRSS` is in kilobytes). */
export const peakRss = () => process.resourceUsage().maxRSS * 1024;

/**
 * The sqlite3 shell's `.read` of a file, quoted: the shell splits a dot-command's arguments at spaces (a work folder
 * such as "C:\Users\Łukasz\Moje pomiary"), and reads backslash escapes inside double quotes.
 */
export function shellRead(file: string): string {
  return `.read "${file.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** Runs a program, timing it from start to exit; throws with its error output when it fails. */
export function run(program: string, args: string[], options: { input?: string } = {}): Promise<{ ms: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const start = now();
    const child = spawn(program, args, { stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = now() - start;
      const stdout = Buffer.concat(out).toString('utf8');
      const stderr = Buffer.concat(err).toString('utf8');
      if (code !== 0) reject(new Error(`${program} ${args.join(' ')} exited with ${code}: ${stderr.trim().slice(0, 600)}`));
      else resolve({ ms, stdout, stderr });
    });
    // A program given its work as arguments may have ended before reading its (empty) input.
    child.stdin.on('error', () => undefined);
    child.stdin.end(options.input ?? '');
  });
}

/**
 * Waits until the disk has written what earlier steps left in the page cache (the imported databases, the VACUUM, the
 * SQL files: hundreds of MB). Printing while Linux flushes them measured 190–370 ms a print instead of 160–200 ms,
 * so both sides of item 7 are measured on a quiet disk.
 */
export function settleDisk(): void {
  if (process.platform !== 'win32') spawnSync('sync', [], { timeout: 120_000 });
}

/** The version of a program (its first line of `--version`), or null when it cannot be run. */
export function programVersion(program: string, args = ['--version']): string | null {
  const result = spawnSync(program, args, { encoding: 'utf8', timeout: 30_000 });
  if (result.error || result.status !== 0) return null;
  return (result.stdout || result.stderr).trim().split('\n')[0] ?? null;
}

export interface TableRow {
  item: string;
  kooperator: string;
  baseline: string;
  ratio: string;
  target: string;
  verdict: string;
}

/** A Markdown table (also readable as plain text in a terminal). */
export function markdownTable(rows: TableRow[]): string {
  const header: TableRow = { item: 'Measurement', kooperator: 'Kooperator', baseline: 'Baseline', ratio: 'Ratio', target: 'Target', verdict: 'Result' };
  const keys = Object.keys(header) as (keyof TableRow)[];
  const widths = keys.map((key) => Math.max(...[header, ...rows].map((row) => row[key].length)));
  const line = (row: TableRow) => `| ${keys.map((key, i) => row[key].padEnd(widths[i]!)).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}
