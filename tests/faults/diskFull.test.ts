/**
 * Fault suite, a full disk: the database on a 30 MB tmpfs that is filled up while the browser harness runs. Every
 * refusal must say the disk is full (with the space needed for a backup), never `internal` or SQLite's "cannot
 * rollback"; every confirmed save must be there once space is freed, and the file must pass SQLite's full check.
 * Mounting needs root: elsewhere the test is skipped with a note.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSqlite } from '../../db/connection';
import { defaultBackupFolder } from '../../main/services/backups';
import { kooperator } from '../support/cli';
import { makeTempDir } from '../support/tempDatabase';
import { readInstitutions, startHarness, type Harness, type Reply } from './support';

let mount: string | null = null;
let skipNote = '';
beforeAll(() => {
  const dir = makeTempDir('Kooperator pełny dysk ');
  try {
    if (process.getuid?.() !== 0) throw new Error('not root');
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=30m', 'tmpfs', dir], { stdio: 'ignore' });
    mount = dir;
  } catch (error) {
    skipNote = `disk-full test skipped: a 30 MB tmpfs cannot be mounted here (${error instanceof Error ? error.message : String(error)})`;
    console.log(skipNote);
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
afterAll(() => {
  if (!mount) return;
  execFileSync('umount', [mount]);
  fs.rmSync(mount, { recursive: true, force: true });
});

/** Writes a filler file until the disk refuses: the disk is then full to the last byte. */
function fillDisk(file: string): void {
  const fd = fs.openSync(file, 'w');
  const chunk = Buffer.alloc(256 * 1024, 1);
  try {
    for (let size = chunk.length; size >= 512; ) {
      try {
        fs.writeSync(fd, chunk, 0, size);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
        size = Math.floor(size / 2);
      }
    }
  } finally {
    fs.closeSync(fd);
  }
}

describe('a full disk', () => {
  it('refuses saves, backups and imports as a full disk and loses no confirmed save', async ({ skip }) => {
    if (!mount) return skip(skipNote);
    const file = path.join(mount, 'kooperator.sqlite');
    expect((await kooperator('--db', file, 'migrate')).code).toBe(0);
    let harness: Harness | null = await startHarness(file);
    const h = harness;
    try {
      const confirmed: string[] = [];
      const save = async (name: string): Promise<Reply> => {
        const reply = await h.call('institutions.save', { name, type: 'ngo', notes: 'ż'.repeat(3900) });
        if (reply.ok) confirmed.push(name);
        return reply;
      };
      for (let i = 0; i < 5; i++) expect((await save(`Przed zapełnieniem ${i}`)).ok).toBe(true);
      const filler = path.join(mount, 'wypełniacz.bin');
      fillDisk(filler);

      // Saves until the disk refuses (SQLite may still have room in pages it holds).
      const refusals: Reply[] = [];
      for (let i = 0; i < 200 && refusals.length < 5; i++) {
        const reply = await save(`Na pełnym dysku ${i}`);
        if (!reply.ok) refusals.push(reply);
      }
      expect(refusals.length).toBe(5);
      for (const reply of refusals) {
        expect(reply.error).toMatchObject({ code: 'conflict', message: expect.stringMatching(/^Na dysku z bazą danych zabrakło miejsca \(plik .*, wolne 0,0 MB\); nic nie zapisano\./) as unknown });
      }
      const backup = await h.call('backups.create', {});
      expect(backup.error).toMatchObject({
        code: 'conflict',
        message: expect.stringMatching(/^Za mało miejsca na dysku na kopię zapasową w folderze .*: potrzeba około \d+,\d MB, wolne 0,0 MB\. Nic nie zostało zapisane\./) as unknown,
      });
      // A large import from the command line: the transaction SQLite rolls back itself is reported as the full disk.
      const csv = path.join(path.dirname(mount), `${path.basename(mount)}.csv`);
      fs.writeFileSync(csv, ['Nazwa;Typ', ...Array.from({ length: 20_000 }, (_, i) => `Stowarzyszenie z importu nr ${i} ${'x'.repeat(150)};ngo`)].join('\r\n'));
      try {
        const imported = await kooperator('--db', file, 'import-table', 'institutions', csv);
        expect(imported.code).toBe(1);
        expect(imported.stderr).toMatch(/zabrakło miejsca/);
        expect(imported.stderr).not.toMatch(/cannot rollback/);
      } finally {
        fs.rmSync(csv, { force: true });
      }
      expect(fs.readdirSync(defaultBackupFolder(file)).filter((name) => name.endsWith('.partial'))).toEqual([]);

      fs.rmSync(filler);
      expect((await save('Po zwolnieniu miejsca')).ok).toBe(true);
      expect((await h.call('backups.create', {})).ok).toBe(true);
      expect(await h.stop()).toBe(0);
      harness = null;
      // The check of a closed database on a full disk: SQLite cannot even read it, which is no damage.
      fillDisk(filler);
      const check = await kooperator('--db', file, 'check', '--full');
      expect(check.code).toBe(1);
      expect(check.stderr).toMatch(/^Błąd: na dysku zabrakło miejsca; nic nie zapisano\./);
      expect(check.stderr).not.toMatch(/uszkodzona/);
      fs.rmSync(filler);
      const { names, problems } = await readInstitutions(file);
      expect(problems).toEqual([]);
      expect(confirmed.filter((name) => !names.has(name))).toEqual([]);
      expect(names.size).toBe(confirmed.length);
      console.log(`disk full: ${confirmed.length} saves confirmed, ${refusals.length} refused as a full disk, backup and import refused with the space needed`);
    } finally {
      await harness?.stop();
    }
  }, 60_000);

  it('a transaction SQLite rolled back itself on a full disk reports SQLITE_FULL, not "cannot rollback"', async ({ skip }) => {
    if (!mount) return skip(skipNote);
    const file = path.join(mount, 'transakcja.sqlite');
    const { db } = openSqlite(file);
    const filler = path.join(mount, 'wypełniacz-transakcji.bin');
    try {
      await db.raw('CREATE TABLE pliki (dane BLOB)');
      fillDisk(filler);
      // A small page cache makes SQLite write pages out before COMMIT, where the disk refuses mid-transaction.
      await db.raw('PRAGMA cache_size = 10');
      const failure = await db
        .transaction(async (trx) => {
          for (let i = 0; i < 400; i++) await trx('pliki').insert({ dane: Buffer.alloc(100_000, i) });
        })
        .then(
          () => null,
          (error: unknown) => error as { code?: string; message: string },
        );
      expect(failure).toMatchObject({ code: 'SQLITE_FULL' });
      expect(failure?.message).not.toMatch(/cannot rollback/);
      fs.rmSync(filler);
      expect(await db('pliki').count({ n: '*' })).toEqual([{ n: 0 }]);
    } finally {
      fs.rmSync(filler, { force: true });
      await db.destroy();
    }
  });
});
