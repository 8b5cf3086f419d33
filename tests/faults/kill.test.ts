/**
 * Fault suite, SIGKILL during a restore and during `copy --replace`: the command is killed at seeded moments of its
 * work (no chance to clean up). Afterwards the database must pass SQLite's full check and hold either the state
 * before or the state after – never a mix; the killed run's lock is taken over by the next one, and its work files
 * are cleaned up by a later start.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultBackupFolder } from '../../main/services/backups';
import { listBackups } from '../../main/services/backups/backup';
import { lockFileOf } from '../../main/services/backups/owner';
import { kooperator } from '../support/cli';
import { killDelays, runKillable } from '../support/kill';
import { makeTempDir } from '../support/tempDatabase';
import { readInstitutions } from './support';

const KILLS = 5;

let dir: string;
beforeAll(() => {
  dir = makeTempDir('Kooperator zabicie ');
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** A database with `count` institutions, through the command line's own import. */
async function databaseWith(file: string, prefix: string, count: number): Promise<Set<string>> {
  const csv = `${file}.csv`;
  fs.writeFileSync(csv, ['Nazwa;Typ', ...Array.from({ length: count }, (_, i) => `${prefix} ${i};ngo`)].join('\r\n'));
  const imported = await kooperator('--db', file, 'import-table', 'institutions', csv);
  expect(imported.stderr).toBe('');
  fs.rmSync(csv);
  return (await readInstitutions(file)).names;
}

const same = (a: Set<string>, b: Set<string>) => a.size === b.size && [...a].every((name) => b.has(name));

/** Runs the command whole once (for its duration), then kills it KILLS times at seeded moments; checks after each. */
async function killRepeatedly(args: string[], seed: number, check: (killed: boolean) => Promise<void>): Promise<{ killed: number; runs: number }> {
  const whole = await runKillable(args, () => true);
  expect(whole.code).toBe(0);
  await check(false);
  const next = killDelays(seed);
  let killed = 0;
  let runs = 0;
  while (killed < KILLS && runs < 3 * KILLS) {
    runs++;
    const run = await runKillable(args, () => true, Math.floor(next() * whole.writing));
    if (run.killed) killed++;
    else expect(run.code).toBe(0);
    await check(run.killed);
  }
  return { killed, runs };
}

describe('killed in the middle of a restore or a copy', () => {
  it(`a restore killed ${KILLS} times leaves the state before or the backup's, a sound file and no lock`, async () => {
    const file = path.join(dir, 'przywracana.sqlite');
    const before = await databaseWith(file, 'Przed kopią', 300);
    expect((await kooperator('--db', file, 'backup')).code).toBe(0);
    const backup = listBackups(defaultBackupFolder(file)).find((b) => b.reason === 'manual')!;
    const after = new Set([...before, ...(await databaseWith(file, 'Po kopii', 300))]);
    const outcome = await killRepeatedly(['--db', file, 'restore', backup.name], 31, async () => {
      const { names, problems } = await readInstitutions(file);
      expect(problems).toEqual([]);
      expect(same(names, before) || same(names, after)).toBe(true);
    });
    expect(outcome.killed).toBe(KILLS);
    // The last kill's lock and work files: a start of the harness-like owner takes the lock over and cleans up.
    expect((await kooperator('--db', file, 'restore', backup.name)).code).toBe(0);
    expect(fs.existsSync(lockFileOf(file))).toBe(false);
    expect(fs.readdirSync(dir).filter((name) => name.endsWith('.przywracanie'))).toEqual([]);
    expect(await kooperator('--db', file, 'check', '--full')).toMatchObject({ code: 0 });
    console.log(`restore: ${outcome.runs} runs, ${outcome.killed} killed; the file held one whole state after each`);
  }, 90_000);

  it(`a copy --replace killed ${KILLS} times leaves the destination as it was or a whole copy`, async () => {
    const source = path.join(dir, 'źródło.sqlite');
    const destination = path.join(dir, 'cel.sqlite');
    const copied = await databaseWith(source, 'Ze źródła', 400);
    const old = await databaseWith(destination, 'Stara dana', 3);
    const outcome = await killRepeatedly(['copy', '--from', source, '--to', destination, '--replace'], 37, async () => {
      const { names, problems } = await readInstitutions(destination);
      expect(problems).toEqual([]);
      expect(same(names, old) || same(names, copied)).toBe(true);
    });
    expect(outcome.killed).toBe(KILLS);
    expect(await kooperator('--db', destination, 'check', '--full')).toMatchObject({ code: 0 });
    console.log(`copy --replace: ${outcome.runs} runs, ${outcome.killed} killed; the destination held one whole state after each`);
  }, 90_000);
});
