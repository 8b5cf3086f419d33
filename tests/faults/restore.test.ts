/**
 * Fault suite, restores beside a running app: the browser harness (the app's services in their own process) keeps
 * saving while a restore is attempted from the command line or made inside the app. Every save the harness
 * confirmed must be found afterwards – in the database the user then sees, or in the safety copy the restore named –
 * and the file must pass SQLite's full check.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultBackupFolder } from '../../main/services/backups';
import { BACKUP_DB_FILE, listBackups } from '../../main/services/backups/backup';
import { kooperator } from '../support/cli';
import { makeTempDir } from '../support/tempDatabase';
import { readInstitutions, startHarness, type Harness, type Reply } from './support';

let dir: string;
let file: string;
let harness: Harness | null = null;
beforeEach(() => {
  dir = makeTempDir('Kooperator awarie ');
  file = path.join(dir, 'kooperator.sqlite');
});
afterEach(async () => {
  await harness?.stop();
  harness = null;
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Saves `count` new institutions at once; returns the replies by name. */
function saveMany(h: Harness, prefix: string, count: number): Promise<[string, Reply]>[] {
  return Array.from({ length: count }, async (_, i) => {
    const name = `${prefix} ${i}`;
    return [name, await h.call('institutions.save', { name, type: 'ngo' })] as [string, Reply];
  });
}

describe('restore beside a running app', () => {
  it('the command line refuses to restore, migrate or copy over the file while the harness holds the file, and every confirmed save stays', async () => {
    expect((await kooperator('--db', file, 'migrate')).code).toBe(0);
    const other = path.join(dir, 'inne biuro.sqlite');
    expect((await kooperator('--db', other, 'migrate')).code).toBe(0);
    const made = await kooperator('--db', file, 'backup');
    expect(made.code).toBe(0);
    const backup = listBackups(defaultBackupFolder(file)).find((b) => b.reason === 'manual')!;
    harness = await startHarness(file);
    const saves = saveMany(harness, 'Przed przywróceniem', 20);
    const restore = await kooperator('--db', file, 'restore', backup.name);
    const migrate = await kooperator('--db', file, 'migrate');
    const copy = await kooperator('copy', '--from', other, '--to', file, '--replace');
    const replies = await Promise.all([...saves, ...saveMany(harness, 'Po odmowie', 20)]);

    expect(restore.code).toBe(1);
    expect(restore.stderr).toMatch(/^Błąd: Kooperator ma tę bazę otwartą na tym komputerze \(.+\) od \d\d:\d\d – zamknij go przed przywróceniem\./);
    expect(migrate.code).toBe(1);
    expect(migrate.stderr).toMatch(/zamknij go przed aktualizacją schematu bazy/);
    expect(copy.code).toBe(1);
    expect(copy.stderr).toMatch(/zamknij go przed zastąpieniem jej danych/);
    expect(replies.every(([, reply]) => reply.ok)).toBe(true);
    expect(await harness.stop()).toBe(0);
    harness = null;
    const { names, problems } = await readInstitutions(file);
    expect(problems).toEqual([]);
    for (const [name] of replies) expect(names.has(name)).toBe(true);
    // The harness let go of the file: now the restore goes through.
    expect((await kooperator('--db', file, 'restore', backup.name)).code).toBe(0);
    expect((await readInstitutions(file)).names.size).toBe(0);
  });

  it('a file replaced under the harness (by a program that ignores the lock) stops it: no later save is confirmed', async () => {
    harness = await startHarness(file);
    expect((await harness.call('institutions.save', { name: 'Zapisana przed podmianą', type: 'ngo' })).ok).toBe(true);
    const made = await harness.call('backups.create', {});
    expect(made.ok).toBe(true);
    // What an older `kooperator restore` did: another file renamed over the open database.
    const other = `${file}.inna`;
    fs.copyFileSync(path.join(defaultBackupFolder(file), made.value!.name!, BACKUP_DB_FILE), other);
    fs.renameSync(other, file);

    const replies = (await Promise.all(saveMany(harness, 'Po podmianie', 5))).map(([, reply]) => reply);
    const list = await harness.call('institutions.list', {});
    for (const reply of [...replies, list]) {
      expect(reply.ok).toBe(false);
      expect(reply.error).toMatchObject({ code: 'conflict', message: expect.stringMatching(/został zastąpiony innym plikiem .* Kooperator przestał pracować z tym plikiem: zamknij go i uruchom ponownie\.$/) as unknown });
    }
  });

  it('a restore inside the app waits for the saves in flight: each confirmed save is in the restored database or in the named safety copy', async () => {
    harness = await startHarness(file);
    const h = harness;
    expect((await h.call('institutions.save', { name: 'W kopii', type: 'ngo' })).ok).toBe(true);
    const made = await h.call('backups.create', {});
    expect(made.ok).toBe(true);
    let saved = 0;
    for (let round = 0; round < 3; round++) {
      // Clients that keep saving from before the restore begins until after it has ended.
      let restoring: Promise<Reply> | null = null;
      let restoreDone = false;
      const replies: [string, Reply][] = [];
      const client = async (c: number) => {
        for (let i = 0, after = 0; after < 5; i++) {
          if (restoreDone) after++;
          const name = `Runda ${round} klient ${c} zapis ${i}`;
          replies.push([name, await h.call('institutions.save', { name, type: 'ngo' })]);
          if (replies.length === 10 && !restoring) restoring = h.call('backups.restore', { name: made.value!.name! }).finally(() => (restoreDone = true));
        }
      };
      await Promise.all(Array.from({ length: 8 }, (_, c) => client(c)));
      const restored = await restoring!;

      expect(restored).toMatchObject({ ok: true, value: { name: expect.stringMatching(/-restore$/) as unknown } });
      // No save came back `internal` (a pool closed under it) or refused: the barrier made them wait.
      expect(replies.filter(([, reply]) => !reply.ok)).toEqual([]);
      const now = (await readInstitutions(file)).names;
      const safety = await readInstitutions(path.join(defaultBackupFolder(file), restored.value!.name!, BACKUP_DB_FILE));
      expect(safety.problems).toEqual([]);
      const lost = replies.filter(([name]) => !now.has(name) && !safety.names.has(name)).map(([name]) => name);
      expect(lost).toEqual([]);
      saved += replies.length;
    }
    console.log(`restore in the app: 3 restores with ${saved} saves confirmed around them, none lost`);
    expect(await harness.stop()).toBe(0);
    harness = null;
    const check = await kooperator('--db', file, 'check', '--full');
    expect(check).toMatchObject({ code: 0, stdout: 'Baza danych jest spójna.\n' });
    // The file is free again and no restore left its work files behind.
    expect(fs.readdirSync(dir).filter((name) => /\.przywracanie$|\.blokada$/.test(name))).toEqual([]);
  });
});
