/**
 * Crash safety: the `kooperator` process is killed (SIGKILL, no chance to clean up) in the middle of an import
 * and of a backup. Afterwards the database must pass SQLite's integrity check, an import must be all or nothing,
 * and only complete backups may be listed. Kills are aimed at the work itself, not at a guessed time: the
 * process is watched until it starts writing (the import says so; a backup's `.partial` folder appears), then
 * killed after a random part of the time writing takes, so the test holds on a slow or busy machine too.
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

interface Run {
  code: number | null;
  /** Killed before it finished on its own. */
  killed: boolean;
  /** Milliseconds from the moment writing began to the end of the process (for an unkilled run). */
  writing: number;
}

/**
 * Runs the command; once `started()` says the writing has begun, waits `killAfter` ms (if given) and kills it.
 */
function run(args: string[], started: (stdout: string) => boolean, killAfter?: number): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, '--db', file, ...args], { stdio: ['ignore', 'pipe', 'ignore'] });
    let stdout = '';
    let beganAt = 0;
    let killed = false;
    const watch = setInterval(() => {
      if (beganAt === 0 && started(stdout)) {
        beganAt = Date.now();
        if (killAfter !== undefined) setTimeout(() => (killed = child.kill('SIGKILL')), killAfter);
      }
    }, 2);
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.on('exit', (code) => {
      clearInterval(watch);
      resolve({ code, killed: killed && code === null, writing: beganAt ? Date.now() - beganAt : 0 });
    });
  });
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

/** `startedFor()` makes a fresh "has it begun writing?" check for each run. */
async function killRepeatedly(args: string[], startedFor: () => (stdout: string) => boolean, seed: number, check: () => Promise<void>) {
  const whole = await run(args, startedFor());
  expect(whole.code).toBe(0);
  const next = random(seed);
  let runs = 0;
  let killedDuring = 0;
  while (killedDuring < KILLS && runs < 4 * KILLS) {
    runs++;
    if ((await run(args, startedFor(), Math.floor(next() * whole.writing))).killed) killedDuring++;
    await check();
  }
  return { runs, killedDuring, writing: whole.writing };
}

describe('killed in the middle', () => {
  it(`an import killed ${KILLS} times leaves a sound database holding whole imports only`, async () => {
    const migrated = await run(['migrate'], () => false);
    expect(migrated.code).toBe(0);
    const csv = path.join(dir, 'instytucje.csv');
    fs.writeFileSync(csv, ['Nazwa;Typ', ...Array.from({ length: ROWS }, (_, i) => `Stowarzyszenie nr ${i + 1};ngo`)].join('\r\n'));
    const outcome = await killRepeatedly(['import-table', 'institutions', csv], () => (stdout) => stdout.includes('zapisywanie'), 8, async () => {
      const { problems, institutions } = await inspect();
      expect(problems).toEqual([]);
      expect(institutions % ROWS).toBe(0);
    });
    console.log(`import: ${outcome.runs} runs, ${outcome.killedDuring} killed while writing (writing takes ${outcome.writing} ms)`);
    expect(outcome.killedDuring).toBe(KILLS);
  }, 300_000);

  it(`a backup killed ${KILLS} times never leaves a half-written backup in the list`, async () => {
    const folder = defaultBackupFolder(file);
    const partials = () => (fs.existsSync(folder) ? fs.readdirSync(folder).filter((name) => name.endsWith('.partial')) : []);
    // Begun: a `.partial` folder appears that was not there before this run (a killed run leaves its own behind).
    const writingBegan = () => {
      const leftovers = new Set(partials());
      return () => partials().some((name) => !leftovers.has(name));
    };
    const outcome = await killRepeatedly(['backup'], writingBegan, 11, async () => {
      expect((await inspect()).problems).toEqual([]);
    });
    for (const backup of listBackups(folder)) await verifyBackup(folder, backup.name);
    console.log(`backup: ${outcome.runs} runs, ${outcome.killedDuring} killed while writing, ${listBackups(folder).length} complete backups kept`);
    expect(outcome.killedDuring).toBe(KILLS);
  }, 300_000);
});
