/**
 * The command line starts without exceljs and docx (docs/performance.md, item 5) and loads each when first needed; it
 * prints PDFs without playwright-core (Chromium is driven over its DevTools pipe, item 6), and on a SQLite database it
 * never loads pg, the PostgreSQL driver (item 6). A real process of the bundle
 * (needs `node build/scripts/build-node.mjs`), with a preloaded script that lists, at exit, which of the four Node
 * loaded.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openRuntime } from '../../main/runtime';
import { makeTempDir } from '../support/tempDatabase';

const run = promisify(execFile);
const BIN = path.resolve(__dirname, '../../bin/kooperator.js');

const PACKAGES = /node_modules[\\/](exceljs|docx|playwright-core|pg)[\\/]/;

// A package can arrive by require (Node's CommonJS cache shows it) or by import() (an ES module never enters that
// cache, so a resolve hook, which runs in its own thread, notes it in a file).
const HOOKS = `
import fs from 'node:fs';
let log;
export function initialize(data) { log = data.log; }
export async function resolve(specifier, context, next) {
  const resolved = await next(specifier, context);
  const match = ${PACKAGES}.exec(decodeURIComponent(resolved.url));
  if (match) fs.appendFileSync(log, match[1] + '\\n');
  return resolved;
}
`;

// Preloaded in the service threads too (main/services/threads): a thread adds what it required to the log as it ends.
const WATCH = `
const fs = require('node:fs');
const Module = require('node:module');
const { pathToFileURL } = require('node:url');
const { isMainThread } = require('node:worker_threads');
const log = __filename + '.log';
const required = () => Object.keys(Module._cache).map((key) => ${PACKAGES}.exec(key)?.[1]).filter(Boolean);
if (isMainThread) {
  fs.writeFileSync(log, '');
  Module.register(pathToFileURL(__filename.replace(/\\.cjs$/, '.hooks.mjs')).href, { data: { log } });
}
process.on('exit', () => {
  if (!isMainThread) return fs.appendFileSync(log, required().map((name) => name + '\\n').join(''));
  const loaded = new Set([...fs.readFileSync(log, 'utf8').split('\\n').filter(Boolean), ...required()]);
  process.stderr.write('LOADED:' + [...loaded].sort().join(',') + '\\n');
});
`;

let dir: string;
let watch: string;
beforeEach(() => {
  dir = makeTempDir('Kooperator Moduły ');
  watch = path.join(dir, 'watch.cjs');
  fs.writeFileSync(watch, WATCH);
  fs.writeFileSync(path.join(dir, 'watch.hooks.mjs'), HOOKS);
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

async function loadedBy(...args: string[]): Promise<string[]> {
  const { stderr } = await run(process.execPath, ['-r', watch, BIN, ...args]);
  const line = /LOADED:(.*)/.exec(stderr)?.[1];
  expect(line, stderr).toBeDefined();
  return line ? line.split(',').filter(Boolean) : [];
}

describe('modules loaded when first used', () => {
  it('starts without them; a summary of a SQLite database as JSON or PDF needs none, as XLSX exceljs, as DOCX docx', async () => {
    expect(await loadedBy('--help')).toEqual([]);
    const file = path.join(dir, 'Dane ośrodka', 'kooperator.sqlite');
    await (await openRuntime(file, { dailyBackup: false })).close();
    const report = (format: string) => loadedBy('--db', file, 'report', '--year', '2025', '--format', format, '--out', path.join(dir, `podsumowanie.${format}`));
    expect(await report('json')).toEqual([]);
    expect(await report('xlsx')).toEqual(['exceljs']);
    expect(await report('docx')).toEqual(['docx']);
    expect(await report('pdf')).toEqual([]);
    expect(fs.statSync(path.join(dir, 'podsumowanie.pdf')).size).toBeGreaterThan(1000);
  }, 60_000);
});
