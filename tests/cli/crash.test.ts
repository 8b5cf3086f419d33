/**
 * Crash safety: the `kooperator` process is killed (SIGKILL, no chance to clean up) at random moments of an
 * import and of a backup. Afterwards the database must pass SQLite's integrity check, an import must be all
 * or nothing, and only complete backups may be listed.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSqlite } from '../../db/connection';
import { checkIntegrity, listBackups, verifyBackup } from '../../main/services/backup';
import { defaultBackupFolder } from '../../main/services/maintenance';
import { makeTempDir } from '../support/tempDatabase';

const BIN = path.resolve(__dirname, '../../bin/kooperator.js');
const KILLS = 20;
const MAX_RUNS = 80;
const ROWS = 2000;

let dir: string;
let file: string;
beforeAll(() => {
  dir = makeTempDir('Kooperator awaria ');
  file = path.join(dir, 'kooperator.sqlite');
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** A small deterministic generator, so a failing run can be repeated. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

function run(args: string[], killAfterMs?: number): Promise<{ code: number | null; killed: boolean }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, '--db', file, ...args], { stdio: 'ignore' });
    let killed = false;
    const timer = killAfterMs === undefined ? undefined : setTimeout(() => (killed = child.kill('SIGKILL')), killAfterMs);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, killed: killed && code === null });
    });
  });
}

/** How long a whole unkilled run takes: kills are spread between the process's start-up and that. */
async function timed(work: () => Promise<{ code: number | null }>): Promise<number> {
  const start = Date.now();
  expect((await work()).code).toBe(0);
  return Date.now() - start;
}

async function inspect(): Promise<{ problems: string[]; institutions: number }> {
  const { db } = openSqlite(file);
  try {
    const problems = await checkIntegrity(db, true);
    const row = (await db('institutions').count({ n: '*' }).first()) as { n: number };
    return { problems, institutions: Number(row.n) };
  } finally {
    await db.destroy();
  }
}

describe('killed in the middle', () => {
  it(`an import killed ${KILLS} times leaves a sound database holding whole imports only`, async () => {
    expect((await run(['migrate'])).code).toBe(0);
    const csv = path.join(dir, 'instytucje.csv');
    fs.writeFileSync(csv, ['Nazwa;Typ', ...Array.from({ length: ROWS }, (_, i) => `Stowarzyszenie nr ${i + 1};ngo`)].join('\r\n'));
    const startup = await timed(() => run(['--version']));
    const duration = await timed(() => run(['import-table', 'institutions', csv]));
    const next = random(8);
    let runs = 0;
    let killedDuring = 0;
    while (killedDuring < KILLS && runs < MAX_RUNS) {
      runs++;
      if ((await run(['import-table', 'institutions', csv], startup + Math.floor(next() * (duration - startup)))).killed) killedDuring++;
      const { problems, institutions } = await inspect();
      expect(problems).toEqual([]);
      expect(institutions % ROWS).toBe(0);
    }
    console.log(`import: ${runs} runs, ${killedDuring} killed before finishing (a whole run takes ${duration} ms)`);
    expect(killedDuring).toBe(KILLS);
  }, 240_000);

  it(`a backup killed ${KILLS} times never leaves a half-written backup in the list`, async () => {
    const startup = await timed(() => run(['--version']));
    const duration = await timed(() => run(['backup']));
    const next = random(11);
    let runs = 0;
    let killedDuring = 0;
    while (killedDuring < KILLS && runs < MAX_RUNS) {
      runs++;
      if ((await run(['backup'], startup + Math.floor(next() * (duration - startup)))).killed) killedDuring++;
      expect((await inspect()).problems).toEqual([]);
    }
    const folder = defaultBackupFolder(file);
    for (const backup of listBackups(folder)) await verifyBackup(folder, backup.name);
    console.log(`backup: ${runs} runs, ${killedDuring} killed before finishing, ${listBackups(folder).length} complete backups kept`);
    expect(killedDuring).toBe(KILLS);
  }, 240_000);
});
