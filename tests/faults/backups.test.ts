/**
 * Fault suite, backups that coexist: two `kooperator backup` processes at once, ten times, beside the browser harness
 * that keeps saving and makes its own backups. Every run must succeed and leave a complete, verified backup; pruning
 * must never take another live run's folder; every confirmed save must be there afterwards. And leftovers of dead
 * runs are cleaned at start and before a backup, while a live run's work files are left alone.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupFolderOf, backupNow, defaultBackupFolder } from '../../main/services/backups';
import { listBackups, verifyBackup } from '../../main/services/backups/backup';
import { localHost, ownerTag } from '../../main/services/backups/owner';
import { openRuntime } from '../../main/runtime';
import { kooperator } from '../support/cli';
import { makeTempDir } from '../support/tempDatabase';
import { readInstitutions, startHarness, type Harness } from './support';

let dir: string;
let file: string;
let harness: Harness | null = null;
beforeEach(() => {
  dir = makeTempDir('Kooperator kopie ');
  file = path.join(dir, 'kooperator.sqlite');
});
afterEach(async () => {
  await harness?.stop();
  harness = null;
  fs.rmSync(dir, { recursive: true, force: true });
});

/** The pid of a process that has ended: its work files are leftovers. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '0']);
  await new Promise((resolve) => child.on('exit', resolve));
  return child.pid!;
}

describe('backups that coexist', () => {
  it('two backups at once, ten times, beside a harness that keeps saving: all succeed, all verify, no save lost', async () => {
    harness = await startHarness(file);
    const h = harness;
    const confirmed: string[] = [];
    const failures: string[] = [];
    let saving = true;
    const saver = (async () => {
      for (let i = 0; saving; i++) {
        const name = `Zapis w trakcie kopii ${i}`;
        const reply = await h.call('institutions.save', { name, type: 'ngo' });
        if (reply.ok) confirmed.push(name);
        else failures.push(`${reply.error?.code}: ${reply.error?.message}`);
        // A steady stream, not a flood: the backups' own processes need the machine too.
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    })();
    const runs: { code: number; stderr: string }[] = [];
    const appBackups: boolean[] = [];
    for (let round = 0; round < 10; round++) {
      const [a, b, app] = await Promise.all([kooperator('--db', file, 'backup'), kooperator('--db', file, 'backup'), h.call('backups.create', {})]);
      runs.push(a, b);
      appBackups.push(app.ok);
    }
    saving = false;
    await saver;

    expect(runs.filter((run) => run.code !== 0).map((run) => run.stderr)).toEqual([]);
    expect(appBackups.every(Boolean)).toBe(true);
    expect(failures).toEqual([]);
    const folder = defaultBackupFolder(file);
    // Backups made by hand are kept for 14 days: all 30, and the daily one of the harness's start.
    const backups = listBackups(folder);
    expect(backups.filter((b) => b.reason === 'manual')).toHaveLength(30);
    for (const backup of backups) await verifyBackup(folder, backup.name);
    expect(fs.readdirSync(folder).filter((name) => name.endsWith('.partial'))).toEqual([]);
    expect(await h.stop()).toBe(0);
    harness = null;
    const { names, problems } = await readInstitutions(file);
    expect(problems).toEqual([]);
    expect(confirmed.filter((name) => !names.has(name))).toEqual([]);
    console.log(`concurrent backups: 20 command-line and 10 app backups in 10 rounds beside ${confirmed.length} confirmed saves; all verified, none lost`);
  }, 90_000);

  it('leftovers of dead runs are removed at start and before a backup; a live run’s work files stay', async () => {
    const runtime = await openRuntime(file);
    const folder = await backupFolderOf(runtime);
    const dead = await deadPid();
    const stamp = '2026-12-01T10-00-00-000Z';
    const deadPartial = `.kopia-${stamp}-manual.${dead}@${localHost()}.partial`;
    const oldPartial = `.kopia-${stamp}-daily.partial`;
    const livePartial = `.kopia-${stamp}-daily.${process.pid}@${localHost()}.partial`;
    const otherComputer = `.kopia-${stamp}-daily.4242@inny-komputer.partial`;
    for (const name of [deadPartial, oldPartial, livePartial, otherComputer]) {
      fs.mkdirSync(path.join(folder, name), { recursive: true });
      fs.writeFileSync(path.join(folder, name, 'kooperator.sqlite'), Buffer.alloc(1024));
    }
    // Beside the database: an interrupted restore's copy, of a dead process, of an older version and of this process.
    const deadRestore = `${file}.${dead}@${localHost()}.przywracanie`;
    const liveRestore = `${file}.${ownerTag()}.przywracanie`;
    const restoreLeftovers = () => {
      for (const leftover of [deadRestore, `${file}.przywracanie`, liveRestore]) fs.writeFileSync(leftover, Buffer.alloc(1024));
    };
    const restoreFiles = () => fs.readdirSync(dir).filter((name) => name.endsWith('.przywracanie'));
    restoreLeftovers();
    await backupNow(runtime, 'manual');
    expect(fs.readdirSync(folder).filter((name) => name.endsWith('.partial')).sort()).toEqual([otherComputer, livePartial].sort());
    expect(restoreFiles()).toEqual([path.basename(liveRestore)]);
    await runtime.close();

    // At the start of the database's owner (the app, the harness).
    restoreLeftovers();
    fs.mkdirSync(path.join(folder, deadPartial));
    const owner = await openRuntime(file, { owner: { program: 'test', beforeWhat: 'przed testem' } });
    expect(restoreFiles()).toEqual([path.basename(liveRestore)]);
    expect(fs.existsSync(path.join(folder, deadPartial))).toBe(false);
    await owner.close();
  });
});
