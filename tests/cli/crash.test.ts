/**
 * Crash safety: the `kooperator` process is killed (SIGKILL, no chance to clean up) in the middle of an import
 * and of a backup, and the browser harness in the middle of form saves. Afterwards the database must pass SQLite's
 * integrity check, an import and a save must be all or nothing, and only complete backups may be listed. Kills are aimed at the work itself, not at a guessed time: the
 * process is watched until it starts writing (the import says so; a backup's `.partial` folder appears), then
 * killed after a random part of the time writing takes, so the test holds on a slow or busy machine too.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PERSON_ROLE_KEYS, type PersonRole } from '../../preload/contract';
import { openSqlite } from '../../db/connection';
import { checkIntegrity, listBackups, verifyBackup } from '../../main/services/backups/backup';
import { defaultBackupFolder } from '../../main/services/backups';
import { killDelays, runKillable, type KillableRun } from '../support/kill';
import { makeTempDir } from '../support/tempDatabase';

const HARNESS = path.resolve(__dirname, '../../dist/serve.js');
const KILLS = 20;
const ROWS = 2000;

let dir: string;
let file: string;
beforeAll(() => {
  dir = makeTempDir('Kooperator awaria ');
  file = path.join(dir, 'kooperator.sqlite');
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** The command on this test's database file. */
function run(args: string[], started: (stdout: string) => boolean, killAfter?: number): Promise<KillableRun> {
  return runKillable(['--db', file, ...args], started, killAfter);
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
  await check();
  const next = killDelays(seed);
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
    // Each run imports new institutions: the same file again would be recognised as already imported and skipped.
    let batch = 0;
    const writeBatch = () => {
      batch++;
      fs.writeFileSync(csv, ['Nazwa;Typ', ...Array.from({ length: ROWS }, (_, i) => `Stowarzyszenie partia ${batch} nr ${i + 1};ngo`)].join('\r\n'));
    };
    writeBatch();
    const outcome = await killRepeatedly(['import-table', 'institutions', csv], () => (stdout) => stdout.includes('zapisywanie'), 8, async () => {
      const { problems, institutions } = await inspect();
      expect(problems).toEqual([]);
      expect(institutions % ROWS).toBe(0);
      writeBatch();
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

  it(`form saves killed ${KILLS} times leave every record whole: its row, roles and audit entries, or none of them`, async () => {
    const forms = path.join(dir, 'formularze.sqlite');
    // Saves made by unkilled runs: each is committed before its reply, so each must still be there afterwards.
    const acknowledged = new Map<string, { version: number; notes: string }>();
    const next = killDelays(23);
    let saves = 0;
    let runs = 0;
    let killedDuring = 0;
    let replies = 0;
    while (killedDuring < KILLS && runs < 3 * KILLS) {
      runs++;
      const outcome = await saveUntilKilled(forms, next, () => ++saves, acknowledged, runs === 1 ? undefined : Math.floor(next() * SAVE_WINDOW_MS));
      replies += outcome.replies;
      if (outcome.killed && outcome.inFlight > 0) killedDuring++;
      await checkSaves(forms, acknowledged);
    }
    console.log(`form saves: ${runs} runs, ${killedDuring} killed with saves in flight, ${replies} saves acknowledged`);
    expect(killedDuring).toBe(KILLS);
    // The check notices a save cut in half: a person written without their roles.
    const { db } = openSqlite(forms);
    const person = (await db('person_roles').first('person_id')) as { person_id: string };
    await db('person_roles').where(person).delete();
    await db.destroy();
    await expect(checkSaves(forms, acknowledged)).rejects.toThrow();
  }, 300_000);
});

/** How long, after the first save is acknowledged, a run is left saving before it is killed. */
const SAVE_WINDOW_MS = 400;
/** Form saves sent at once, as from several windows (the harness serves them all, one write at a time). */
const CLIENTS = 3;

/** Roles follow from the save's number, so a person's roles can be checked against the note the same save wrote. */
function rolesFor(n: number): PersonRole[] {
  return PERSON_ROLE_KEYS.filter((_, i) => (n >> i) & 1);
}
const numberOf = (notes: string) => Number(/^zapis (\d+)$/.exec(notes)?.[1] ?? NaN);

interface SaveRun {
  killed: boolean;
  /** Saves sent and not answered when the kill came. */
  inFlight: number;
  replies: number;
}

/**
 * Starts the browser harness on the file and sends form saves (`people.save`, `institutions.save`: new records and
 * edits of acknowledged ones, as the forms send them) from several clients until `killAfter` ms after the first reply;
 * then SIGKILL. The first run is not killed: it creates the database and is stopped politely.
 */
function saveUntilKilled(
  file: string,
  next: () => number,
  saveNumber: () => number,
  acknowledged: Map<string, { version: number; notes: string }>,
  killAfter: number | undefined,
): Promise<SaveRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [HARNESS, '--db', file, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let inFlight = 0;
    let replies = 0;
    let stopping = false;
    let killedWith = -1;
    const clients: Promise<void>[] = [];
    const failures: unknown[] = [];
    const known = () => [...acknowledged.entries()];

    async function client(url: string): Promise<void> {
      while (!stopping) {
        const n = saveNumber();
        const notes = `zapis ${n}`;
        const people = known().filter(([id]) => id.startsWith('per-'));
        const institutions = known().filter(([id]) => id.startsWith('ins-'));
        const pick = <T>(list: T[]) => list[Math.floor(next() * list.length)];
        const choice = next();
        let channel: string;
        let input: Record<string, unknown>;
        if (choice < 0.2 || institutions.length === 0) {
          const edit = choice < 0.1 && institutions.length > 0 ? pick(institutions) : undefined;
          channel = 'institutions.save';
          input = { ...(edit ? { id: edit[0], version: edit[1].version } : {}), name: `Stowarzyszenie ${n}`, type: 'ngo', notes };
        } else {
          const edit = choice < 0.6 && people.length > 0 ? pick(people) : undefined;
          channel = 'people.save';
          input = {
            ...(edit ? { id: edit[0], version: edit[1].version } : {}),
            firstName: 'Anna',
            lastName: `Kowalska ${n}`,
            institutionId: pick(institutions)?.[0] ?? null,
            roles: rolesFor(n),
            notes,
          };
        }
        inFlight++;
        try {
          const reply = (await (await fetch(`${url}api/${channel}`, { method: 'POST', body: JSON.stringify({ input }) })).json()) as {
            ok: boolean;
            value?: { id: string; version: number };
            error?: { code: string; message: string };
          };
          replies++;
          if (reply.ok) acknowledged.set(reply.value!.id, { version: reply.value!.version, notes });
          // Two clients editing the same record: the slower one is told, as in the app.
          else if (reply.error?.code !== 'conflict') throw new Error(`${channel}: ${reply.error?.message}`);
        } catch (error) {
          if (killedWith < 0) throw error;
          return; // the harness was killed with this save in flight
        } finally {
          inFlight--;
        }
      }
    }

    const watch = setInterval(() => {
      const url = /http:\/\/127\.0\.0\.1:\d+\//.exec(stdout)?.[0];
      if (!url || clients.length > 0) return;
      for (let i = 0; i < CLIENTS; i++) clients.push(client(url).catch((error: unknown) => void failures.push(error)));
      const firstReply = setInterval(() => {
        if (replies === 0) return;
        clearInterval(firstReply);
        setTimeout(() => {
          if (killAfter === undefined) {
            stopping = true;
            void Promise.all(clients).finally(() => child.kill('SIGTERM'));
          } else {
            killedWith = inFlight;
            child.kill('SIGKILL');
          }
        }, killAfter ?? 200);
      }, 1);
    }, 2);
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('exit', (code, signal) => {
      clearInterval(watch);
      stopping = true;
      void Promise.all(clients).then(() => {
        if (failures.length) reject(failures[0]);
        else if (killAfter === undefined ? code !== 0 : signal !== 'SIGKILL') reject(new Error(`the harness ended on its own (${code ?? signal}): ${stderr}`));
        else resolve({ killed: signal === 'SIGKILL', inFlight: Math.max(killedWith, 0), replies });
      });
    });
  });
}

interface AuditEntry {
  record_id: string;
  action: string;
  after_json: string | null;
}

/** After a kill: a sound file, and every record exactly as one whole save left it. */
async function checkSaves(file: string, acknowledged: Map<string, { version: number; notes: string }>): Promise<void> {
  const { db } = openSqlite(file);
  try {
    expect(await checkIntegrity(db, true)).toEqual([]);
    const entries = (await db('audit_log').whereIn('table_name', ['people', 'institutions']).orderBy('id').select('record_id', 'action', 'after_json')) as AuditEntry[];
    const byRecord = new Map<string, AuditEntry[]>();
    for (const entry of entries) byRecord.set(entry.record_id, [...(byRecord.get(entry.record_id) ?? []), entry]);
    const rows = (await db('people').select('id', 'version', 'notes')).concat(await db('institutions').select('id', 'version', 'notes')) as { id: string; version: number; notes: string }[];
    const roles = new Map<string, string[]>();
    for (const row of (await db('person_roles').orderBy('role').select('person_id', 'role')) as { person_id: string; role: string }[]) {
      roles.set(row.person_id, [...(roles.get(row.person_id) ?? []), row.role]);
    }
    // No entry of a save that did not happen, and no save without its entries.
    expect(new Set(byRecord.keys())).toEqual(new Set(rows.map((row) => row.id)));
    for (const row of rows) {
      const history = byRecord.get(row.id)!;
      const actions = history.map((entry) => entry.action);
      // One creation, then one entry per edit: the version counts the saves the log holds.
      expect(actions).toEqual(['create', ...Array<string>(row.version - 1).fill('update')]);
      const last = JSON.parse(history.at(-1)!.after_json!) as { notes?: string; roles?: string[] };
      expect(last.notes).toBe(row.notes);
      if (row.id.startsWith('per-')) {
        const expected = [...rolesFor(numberOf(row.notes))].sort();
        expect(roles.get(row.id) ?? []).toEqual(expected);
        if (row.version === 1) expect(last.roles ?? []).toEqual(expected);
      }
      const saved = acknowledged.get(row.id);
      if (saved) {
        expect(row.version).toBeGreaterThanOrEqual(saved.version);
        if (row.version === saved.version) expect(row.notes).toBe(saved.notes);
      }
    }
    for (const id of acknowledged.keys()) expect(rows.some((row) => row.id === id)).toBe(true);
    // Saves the kill cut off may have been committed without a reply: continue from what the file holds.
    for (const row of rows) acknowledged.set(row.id, { version: row.version, notes: row.notes });
  } finally {
    await db.destroy();
  }
}
