/** Backups, rotation, restore and the integrity guard, on real SQLite files. */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openSqlite } from '../../db/connection';
import { LATEST_SCHEMA_VERSION, migrateDownOne } from '../../db/migrate';
import { dispatch } from '../../main/ipc/dispatch';
import { DatabaseDamagedError, openRuntime, openRuntimeOrRestore } from '../../main/runtime';
import { backupsToPrune, checkIntegrity, listBackups, type BackupInfo } from '../../main/services/backups/backup';
import { backupFolderOf, backupNow, restoreBackup } from '../../main/services/backups';
import { backupDateText } from '../../main/services/backups/damaged';
import { restoreOfferDialog } from '../../main/services/backups/recovery';
import { READ_ONLY_CHANNELS } from '../../main/services/backups/gate';
import { isChannelName } from '../../preload/contract';
import { unwrap } from '../support/results';
import { openTempDatabase, type TempDatabase } from '../support/tempDatabase';

let temp: TempDatabase;
beforeEach(async () => {
  temp = await openTempDatabase({ engine: 'sqlite' }); // SQLite's own files and pragmas
});
afterEach(async () => {
  await temp.cleanup();
});

const count = async (table: string) => Number(((await temp.runtime.db(table).count({ n: '*' }).first()) as { n: number }).n);

describe('backups', () => {
  it('the first start of a day makes one daily backup, in "Kopie zapasowe" beside the database', async () => {
    const folder = await backupFolderOf(temp.runtime);
    expect(folder).toBe(path.join(path.dirname(temp.file), 'Kopie zapasowe'));
    expect(listBackups(folder).map((b) => b.reason)).toEqual(['daily']);
    await temp.runtime.close();
    temp.runtime = await openRuntime(temp.file);
    expect(listBackups(folder)).toHaveLength(1);
  });

  it('a backup made while another connection keeps writing restores to a sound database with everything committed before it', async () => {
    const writer = openSqlite(temp.file).db;
    let writing = true;
    let written = 0;
    const writes = (async () => {
      while (writing) {
        await writer('settings').insert({ key: `próba-${written}`, value: 'x' });
        written++;
      }
    })();
    while (written < 20) await new Promise((resolve) => setTimeout(resolve, 5));
    const committedBefore = written;
    const backup = await backupNow(temp.runtime, 'manual');
    while (written < committedBefore + 20) await new Promise((resolve) => setTimeout(resolve, 5));
    writing = false;
    await writes;
    await writer.destroy();

    await restoreBackup(temp.runtime, backup.name);
    expect(await checkIntegrity(temp.runtime.db, true)).toEqual([]);
    const restored = (await count('settings')) - 1; // minus teryt.stateDate
    expect(restored).toBeGreaterThanOrEqual(committedBefore);
    expect(restored).toBeLessThan(written);
  });

  it('restores the data and the files folder as they were, and keeps the replaced state as a backup', async () => {
    unwrap(await dispatch(temp.runtime, 'institutions.save', { name: 'MOPS w Żorach', type: 'ops' }));
    fs.mkdirSync(path.join(temp.runtime.filesDir, 'skany'), { recursive: true });
    fs.writeFileSync(path.join(temp.runtime.filesDir, 'skany', 'abc.pdf'), '%PDF-1.4 skan');
    const backup = await backupNow(temp.runtime, 'manual');
    unwrap(await dispatch(temp.runtime, 'institutions.save', { name: 'PCPR w Będzinie', type: 'pcpr' }));
    fs.rmSync(path.join(temp.runtime.filesDir, 'skany', 'abc.pdf'));

    const safety = await restoreBackup(temp.runtime, backup.name);
    expect(safety.reason).toBe('restore');
    expect((await temp.runtime.db('institutions').select('name')).map((r) => r.name)).toEqual(['MOPS w Żorach']);
    expect(fs.readFileSync(path.join(temp.runtime.filesDir, 'skany', 'abc.pdf'), 'utf8')).toBe('%PDF-1.4 skan');
    // The service layer keeps working on the swapped file.
    unwrap(await dispatch(temp.runtime, 'institutions.save', { name: 'GOPS w Oksie', type: 'ops' }));
    expect(await count('institutions')).toBe(2);
  });

  it('refuses a tampered backup and changes nothing', async () => {
    const backup = await backupNow(temp.runtime, 'manual');
    const folder = await backupFolderOf(temp.runtime);
    fs.appendFileSync(path.join(folder, backup.name, 'kooperator.sqlite'), 'zmiana');
    await expect(restoreBackup(temp.runtime, backup.name)).rejects.toThrow(/suma kontrolna się nie zgadza/);
    await expect(restoreBackup(temp.runtime, 'kopia-nie-ma')).rejects.toThrow(/Nie ma kopii zapasowej/);
    expect(await count('territorial_units')).toBe(2875);
  });

  it('never lists a half-written backup, and clears it away at the next rotation', async () => {
    const folder = await backupFolderOf(temp.runtime);
    fs.mkdirSync(path.join(folder, '.kopia-2026-01-01T00-00-00-000Z-manual.partial'));
    fs.mkdirSync(path.join(folder, 'kopia-2026-01-02T00-00-00-000Z-manual')); // no manifest: not a backup
    expect(listBackups(folder).map((b) => b.reason)).toEqual(['daily']);
    await backupNow(temp.runtime, 'manual');
    expect(fs.readdirSync(folder).some((name) => name.endsWith('.partial'))).toBe(false);
  });

  it('makes a backup before a schema update and before an import', async () => {
    const folder = await backupFolderOf(temp.runtime);
    await migrateDownOne(temp.runtime.db); // as if an older version of the app had made the file
    await temp.runtime.close();
    temp.runtime = await openRuntime(temp.file);
    const migration = listBackups(folder).find((b) => b.reason === 'migration');
    expect(migration?.schemaVersion).not.toBe(LATEST_SCHEMA_VERSION);
    expect(migration?.schemaVersion).toMatch(/^2026/);

    const csv = Buffer.from('Nazwa;Typ\nStowarzyszenie Razem;ngo\n').toString('base64');
    unwrap(await dispatch(temp.runtime, 'imports.commit', { entity: 'institutions', fileName: 'a.csv', contentBase64: csv }));
    expect(listBackups(folder).map((b) => b.reason)).toContain('import');
  });
});

describe('rotation', () => {
  const at = (iso: string, reason: BackupInfo['reason'] = 'daily'): BackupInfo => ({ name: `kopia-${iso}`, createdAt: iso, reason, schemaVersion: null, sizeBytes: 1 });

  it('keeps the newest of each of the last 7 days, 4 weeks and 12 months', () => {
    const backups: BackupInfo[] = [];
    for (let day = 0; day < 400; day++) backups.push(at(new Date(Date.UTC(2026, 10, 23) - day * 86_400_000).toISOString()));
    backups.push(at('2026-11-23T15:00:00.000Z', 'manual'), at('2026-11-20T15:00:00.000Z', 'import'), at('2026-10-01T15:00:00.000Z', 'import'));
    const pruned = new Set(backupsToPrune(backups, new Date('2026-11-23T16:00:00.000Z')));
    const kept = backups
      .filter((b) => !pruned.has(b.name))
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
      .map((b) => b.createdAt.slice(0, 10));
    expect(kept.slice(0, 7)).toEqual(['2026-11-23', '2026-11-22', '2026-11-21', '2026-11-20', '2026-11-19', '2026-11-18', '2026-11-17']);
    expect(pruned.has('kopia-2026-11-23T00:00:00.000Z')).toBe(true); // the manual one made later that day is the day's newest
    expect(pruned.has('kopia-2026-11-20T15:00:00.000Z')).toBe(false); // made before an import 3 days ago: kept
    expect(pruned.has('kopia-2026-10-01T15:00:00.000Z')).toBe(true); // before an import, 7 weeks ago: rotated away
    expect(kept).toContain('2026-11-15'); // a Sunday: newest of its ISO week
    expect(kept).toContain('2026-01-31'); // newest of January
    expect(kept).not.toContain('2025-10-31'); // the 13th month back
    expect(kept.length).toBeLessThanOrEqual(7 + 4 + 12 + 2);
  });
});

const sha = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');

/** Overwrites pages in the middle of the file, as a failing disk or an interrupted copy would. */
function damagePages(file: string, pages = 4): void {
  const pageSize = 4096;
  const middle = Math.floor(fs.statSync(file).size / pageSize / 2) * pageSize;
  const fd = fs.openSync(file, 'r+');
  fs.writeSync(fd, crypto.randomBytes(pages * pageSize), 0, pages * pageSize, middle);
  fs.closeSync(fd);
}

describe('integrity guard', () => {
  it('refuses to open a damaged file and writes nothing to it (nor to its WAL)', async () => {
    const folder = await backupFolderOf(temp.runtime);
    const newest = listBackups(folder)[0]!;
    // A hot WAL, as a crash leaves it: copied while the connection is open, put back after it closed.
    await temp.runtime.db.raw('PRAGMA wal_checkpoint(TRUNCATE)');
    await temp.runtime.db.raw('PRAGMA wal_autocheckpoint = 0');
    unwrap(await dispatch(temp.runtime, 'institutions.save', { name: 'MOPS w Żorach', type: 'ops' }));
    const wal = fs.readFileSync(`${temp.file}-wal`);
    const main = fs.readFileSync(temp.file);
    expect(wal.length).toBeGreaterThan(0);
    await temp.runtime.close();
    fs.writeFileSync(temp.file, main);
    fs.writeFileSync(`${temp.file}-wal`, wal);
    fs.rmSync(`${temp.file}-shm`, { force: true });
    damagePages(temp.file);
    const before = [sha(temp.file), sha(`${temp.file}-wal`)];

    const failure = await openRuntime(temp.file).then(
      () => null,
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(DatabaseDamagedError);
    const damaged = failure as DatabaseDamagedError;
    expect(damaged.problems.length).toBeGreaterThan(0);
    expect(damaged.newestGoodBackup?.name).toBe(newest.name);
    expect(damaged.message).toContain(`Najnowsza dobra kopia zapasowa: ${newest.name}`);
    expect(damaged.message).toContain(`kooperator --db "${temp.file}" restore --newest`);
    expect([sha(temp.file), sha(`${temp.file}-wal`)]).toEqual(before);
    // Declining the offer changes nothing either.
    expect(await openRuntimeOrRestore(temp.file, {}, async () => false)).toBeNull();
    expect([sha(temp.file), sha(`${temp.file}-wal`)]).toEqual(before);
    temp.runtime = await openRuntime(path.join(path.dirname(temp.file), 'nowa.sqlite')); // so cleanup has a runtime to close
  });

  it('looks for backups in the folder the damaged file itself names, when its settings can still be read', async () => {
    const chosen = path.join(path.dirname(temp.file), 'Kopie na dysku sieciowym');
    unwrap(await dispatch(temp.runtime, 'backups.setFolder', { folder: chosen }));
    const inChosen = await backupNow(temp.runtime, 'manual');
    // Damage the TERYT register's pages only, so the settings can still be read.
    await temp.runtime.db.raw('PRAGMA wal_checkpoint(TRUNCATE)');
    const pages = (await temp.runtime.db.raw("SELECT pageno FROM dbstat WHERE name = 'territorial_units' ORDER BY pageno LIMIT 4 OFFSET 8")) as { pageno: number }[];
    await temp.runtime.close();
    const fd = fs.openSync(temp.file, 'r+');
    for (const { pageno } of pages) fs.writeSync(fd, crypto.randomBytes(4096), 0, 4096, (pageno - 1) * 4096);
    fs.closeSync(fd);
    const failure = await openRuntime(temp.file).then(
      () => null,
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(DatabaseDamagedError);
    expect(failure).toMatchObject({ backupFolder: chosen, newestGoodBackup: { name: inChosen.name } });
    temp.runtime = await openRuntime(path.join(path.dirname(temp.file), 'nowa.sqlite')); // so cleanup has a runtime to close
  });

  it('restores the newest backup that passes its check, keeps the damaged file aside, and starts', async () => {
    const folder = await backupFolderOf(temp.runtime);
    unwrap(await dispatch(temp.runtime, 'institutions.save', { name: 'MOPS w Żorach', type: 'ops' }));
    fs.mkdirSync(path.join(temp.runtime.filesDir, 'skany'), { recursive: true });
    fs.writeFileSync(path.join(temp.runtime.filesDir, 'skany', 'abc.pdf'), '%PDF-1.4 skan');
    const good = await backupNow(temp.runtime, 'manual');
    unwrap(await dispatch(temp.runtime, 'institutions.save', { name: 'PCPR w Będzinie', type: 'pcpr' }));
    // Two newer backups that must be passed over: one fails SQLite's check (its checksum made to match), one its checksum.
    const later = (minutes: number) => new Date(Date.parse(good.createdAt) + minutes * 60_000);
    const broken = await backupNow(temp.runtime, 'manual', later(1));
    damagePages(path.join(folder, broken.name, 'kooperator.sqlite'));
    const manifestFile = path.join(folder, broken.name, 'kopia.json');
    const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as { sha256: string };
    fs.writeFileSync(manifestFile, JSON.stringify({ ...manifest, sha256: sha(path.join(folder, broken.name, 'kooperator.sqlite')) }));
    const tampered = await backupNow(temp.runtime, 'manual', later(2));
    fs.appendFileSync(path.join(folder, tampered.name, 'kooperator.sqlite'), 'zmiana');
    fs.mkdirSync(path.join(folder, `.kopia-${later(3).toISOString().replace(/[:.]/g, '-')}-manual.partial`));
    expect(listBackups(folder)[0]!.name).toBe(tampered.name);

    await temp.runtime.close();
    damagePages(temp.file);
    fs.rmSync(path.join(temp.runtime.filesDir, 'skany', 'abc.pdf'));
    const damagedHash = sha(temp.file);

    let offered: DatabaseDamagedError | null = null;
    const opened = await openRuntimeOrRestore(temp.file, {}, async (damaged) => {
      offered = damaged;
      return true;
    });
    expect(opened).not.toBeNull();
    const { runtime, restored } = opened!;
    temp.runtime = runtime;
    try {
      const offer = restoreOfferDialog(offered!);
      expect(offer?.buttons).toEqual([`Przywróć najnowszą kopię (${backupDateText(good)})`, 'Zamknij']);
      expect(offer?.detail).toContain(broken.name);
      expect(offer?.detail).toContain(tampered.name);
      expect(offered!.skippedBackups.map((s) => s.name)).toEqual([tampered.name, broken.name]);
      expect(restored?.backup.name).toBe(good.name);
      // The damaged file is kept, byte for byte, beside the database.
      expect(restored!.keptAs).toMatch(/kooperator\.sqlite\.uszkodzona-\d{4}-/);
      expect(sha(restored!.keptAs)).toBe(damagedHash);
      expect(await checkIntegrity(runtime.db, true)).toEqual([]);
      expect((await runtime.db('institutions').select('name')).map((r) => r.name)).toEqual(['MOPS w Żorach']);
      expect(fs.readFileSync(path.join(runtime.filesDir, 'skany', 'abc.pdf'), 'utf8')).toBe('%PDF-1.4 skan');
      unwrap(await dispatch(runtime, 'institutions.save', { name: 'GOPS w Oksie', type: 'ops' }));
    } finally {
      await runtime.close();
    }
  });

  it('offers nothing when no backup passes its check, and the file stays as it was', async () => {
    const folder = await backupFolderOf(temp.runtime);
    for (const backup of listBackups(folder)) fs.appendFileSync(path.join(folder, backup.name, 'kooperator.sqlite'), 'zmiana');
    await temp.runtime.close();
    damagePages(temp.file);
    const before = sha(temp.file);
    let asked = false;
    const failure = await openRuntimeOrRestore(temp.file, {}, async () => (asked = true)).then(
      () => null,
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(DatabaseDamagedError);
    expect(asked).toBe(false);
    expect((failure as DatabaseDamagedError).message).toContain('nie ma kopii zapasowej, która przechodzi kontrolę spójności');
    expect(restoreOfferDialog(failure as DatabaseDamagedError)).toBeNull();
    expect(sha(temp.file)).toBe(before);
    temp.runtime = await openRuntime(path.join(path.dirname(temp.file), 'nowa.sqlite'));
  });
});

describe('integrity check beside the start (the app and the harness)', () => {
  /** Damages the TERYT register's pages only: the schema's state and the settings can still be read. */
  async function damageTerritory(): Promise<void> {
    await temp.runtime.db.raw('PRAGMA wal_checkpoint(TRUNCATE)');
    const pages = (await temp.runtime.db.raw("SELECT pageno FROM dbstat WHERE name = 'territorial_units' ORDER BY pageno LIMIT 4 OFFSET 8")) as { pageno: number }[];
    await temp.runtime.close();
    const fd = fs.openSync(temp.file, 'r+');
    for (const { pageno } of pages) fs.writeSync(fd, crypto.randomBytes(4096), 0, 4096, (pageno - 1) * 4096);
    fs.closeSync(fd);
  }

  it('names only channels of the contract as reading only, and never a restore or a save', () => {
    for (const channel of READ_ONLY_CHANNELS) expect(isChannelName(channel), channel).toBe(true);
    for (const channel of READ_ONLY_CHANNELS) expect(channel).not.toMatch(/\.(save|delete|restore|import|commit|create|set[A-Z]\w*|anonymise)$/);
  });

  it('on a sound file returns before the verdict, and a write waits for it and goes through', async () => {
    await temp.runtime.close();
    const runtime = await openRuntime(temp.file, { checkBesideStart: true });
    temp.runtime = runtime;
    const order: string[] = [];
    const verdict = runtime.verdict.then(() => order.push('verdict'));
    const saved = dispatch(runtime, 'institutions.save', { name: 'MOPS w Żorach', type: 'ops' }).then((result) => {
      order.push('write');
      return result;
    });
    unwrap(await saved);
    await verdict;
    expect(order).toEqual(['verdict', 'write']);
    expect(await count('institutions')).toBe(1);
  });

  it('on a damaged file reads go ahead, writes are refused with the restore offer, and nothing is written (no daily backup either)', async () => {
    const folder = await backupFolderOf(temp.runtime);
    const backupsBefore = listBackups(folder).map((b) => b.name);
    await damageTerritory();
    const before = sha(temp.file);
    const runtime = await openRuntime(temp.file, { checkBesideStart: true, dailyBackup: true });
    temp.runtime = runtime;
    expect(unwrap(await dispatch(runtime, 'app.info', undefined))).toBeTruthy();
    const refused = await dispatch(runtime, 'institutions.save', { name: 'MOPS w Żorach', type: 'ops' });
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.error.message).toContain('jest uszkodzony');
    expect(!refused.ok && refused.error.message).toContain(`Najnowsza dobra kopia zapasowa: ${backupsBefore[0]}`);
    await expect(runtime.verdict).rejects.toBeInstanceOf(DatabaseDamagedError);
    await runtime.close();
    expect(sha(temp.file)).toBe(before);
    expect(listBackups(folder).map((b) => b.name)).toEqual(backupsBefore);
    temp.runtime = await openRuntime(path.join(path.dirname(temp.file), 'nowa.sqlite')); // so cleanup has a runtime to close
  });

  it('offers the newest good backup after the window shows; on yes it replaces the file under the open runtime, and writes go through', async () => {
    unwrap(await dispatch(temp.runtime, 'institutions.save', { name: 'MOPS w Żorach', type: 'ops' }));
    const good = await backupNow(temp.runtime, 'manual');
    unwrap(await dispatch(temp.runtime, 'institutions.save', { name: 'PCPR w Będzinie', type: 'pcpr' }));
    await damageTerritory();
    const damagedHash = sha(temp.file);
    let offered: DatabaseDamagedError | null = null;
    const opened = await openRuntimeOrRestore(temp.file, { checkBesideStart: true }, async (damaged) => {
      offered = damaged;
      return true;
    });
    expect(opened?.restored).toBeNull();
    temp.runtime = opened!.runtime;
    // A write sent before the verdict waits for the restore and lands in the restored file.
    const saved = dispatch(temp.runtime, 'institutions.save', { name: 'GOPS w Oksie', type: 'ops' });
    const later = await opened!.later;
    expect(offered).toBeInstanceOf(DatabaseDamagedError);
    expect(later).toMatchObject({ kind: 'restored', restored: { backup: { name: good.name } } });
    expect(later.kind === 'restored' && sha(later.restored.keptAs)).toBe(damagedHash);
    unwrap(await saved);
    expect(await checkIntegrity(temp.runtime.db, true)).toEqual([]);
    expect((await temp.runtime.db('institutions').orderBy('name').select('name')).map((r) => r.name)).toEqual(['GOPS w Oksie', 'MOPS w Żorach']);
  });

  it('declining the offer after the window shows writes nothing', async () => {
    await backupNow(temp.runtime, 'manual');
    await damageTerritory();
    const before = sha(temp.file);
    const opened = await openRuntimeOrRestore(temp.file, { checkBesideStart: true }, async () => false);
    temp.runtime = opened!.runtime;
    expect(await opened!.later).toMatchObject({ kind: 'declined' });
    const refused = await dispatch(temp.runtime, 'institutions.save', { name: 'MOPS w Żorach', type: 'ops' });
    expect(refused.ok).toBe(false);
    await temp.runtime.close();
    expect(sha(temp.file)).toBe(before);
    temp.runtime = await openRuntime(path.join(path.dirname(temp.file), 'nowa.sqlite'));
  });
});
