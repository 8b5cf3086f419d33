/** The `kooperator` executable as users run it: a real process on a real file (needs `npm run build`). */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openSqlite } from '../../db/connection';
import { LATEST_SCHEMA_VERSION } from '../../db/migrate';
import { kooperator, KOOPERATOR_BIN, runNode } from '../support/cli';
import { makeTempDir } from '../support/tempDatabase';

const run = promisify(execFile);
const BIN = path.resolve(__dirname, '../../bin/kooperator.js');


let dir: string;
beforeEach(() => {
  dir = makeTempDir('Kooperator Żółć ');
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('kooperator command line', () => {
  it('migrates a new database file, then reports its schema version and row counts', async () => {
    const file = path.join(dir, 'Moje dokumenty', 'baza ośrodka.sqlite');
    const migrated = await kooperator('--db', file, 'migrate');
    expect(migrated).toMatchObject({ code: 0, stderr: '' });
    expect(migrated.stdout).toContain(LATEST_SCHEMA_VERSION);
    expect(fs.existsSync(file)).toBe(true);

    const info = await kooperator('--db', file, 'info');
    expect(info.code).toBe(0);
    expect(info.stdout).toContain(`Wersja schematu: ${LATEST_SCHEMA_VERSION} (aktualna)`);
    expect(info.stdout).toMatch(/institutions\s+0/);

    const json = JSON.parse((await kooperator('--db', file, 'info', '--json')).stdout) as { rowCounts: Record<string, number>; pendingMigrations: string[] };
    // The TERYT register is loaded at the first start: 16 voivodeships + 380 powiats + 2 479 gminas.
    expect(json.rowCounts).toMatchObject({ institutions: 0, people: 0, settings: 1, territorial_units: 2875 });
    expect(json.pendingMigrations).toEqual([]);

    expect((await kooperator('--db', file, 'migrate')).stdout).toMatch(/jest aktualny/);
  });

  it("logs its changes under the user name of this PC's settings file, as the app does", async () => {
    const config = path.join(dir, 'konfiguracja');
    fs.mkdirSync(path.join(config, 'Kooperator'), { recursive: true });
    fs.writeFileSync(path.join(config, 'Kooperator', 'ustawienia-stanowiska.json'), JSON.stringify({ version: 1, userName: 'Łukasz Żółkiewski', database: null }));
    const file = path.join(dir, 'kooperator.sqlite');
    const csv = path.join(dir, 'instytucje.csv');
    fs.writeFileSync(csv, 'Nazwa;Typ\r\nStowarzyszenie Razem;ngo\r\n');
    // XDG_CONFIG_HOME: where the data folder (and its settings file) is on Linux; APPDATA on Windows.
    const imported = await runNode([KOOPERATOR_BIN, '--db', file, 'import-table', 'institutions', csv], { env: { ...process.env, XDG_CONFIG_HOME: config } });
    expect(imported.code, imported.stderr).toBe(0);
    const { db } = openSqlite(file);
    try {
      expect(await db('audit_log').where({ table_name: 'institutions' }).pluck('user_name')).toEqual(['Łukasz Żółkiewski']);
    } finally {
      await db.destroy();
    }
    // The same file again adds nothing, and says which row it took for which record.
    const again = await runNode([KOOPERATOR_BIN, '--db', file, 'import-table', 'institutions', csv], { env: { ...process.env, XDG_CONFIG_HOME: config } });
    expect(again.code, again.stderr).toBe(0);
    expect(again.stderr).toContain('wiersz 2: już w rejestrze (Stowarzyszenie Razem: ta sama nazwa, bez gminy i miejscowości), pominięty');
    expect(again.stdout).toContain('Plik jest poprawny (1 wiersz)');
    expect(again.stdout).toContain('Zaimportowano rekordy: 0. Pominięte, bo są już w rejestrze: 1.');
    // The command only reads the file.
    expect(JSON.parse(fs.readFileSync(path.join(config, 'Kooperator', 'ustawienia-stanowiska.json'), 'utf8')).userName).toBe('Łukasz Żółkiewski');
  });

  it('uses KOOPERATOR_DB when --db is not given', async () => {
    const file = path.join(dir, 'z-env.sqlite');
    const { stdout } = await run(process.execPath, [BIN, 'migrate'], { env: { ...process.env, KOOPERATOR_DB: file } });
    expect(stdout).toContain(file);
  });

  it('exits non-zero with a clear message on an unknown command or an unusable file', async () => {
    const unknown = await kooperator('--db', path.join(dir, 'a.sqlite'), 'frobnicate');
    expect(unknown.code).not.toBe(0);
    expect(unknown.stderr).toContain("unknown command 'frobnicate'");

    const notADatabase = path.join(dir, 'notatki.sqlite');
    fs.writeFileSync(notADatabase, 'To nie jest baza danych, tylko notatki.\r\n'.repeat(200));
    const broken = await kooperator('--db', notADatabase, 'info');
    expect(broken.code).toBe(1);
    expect(broken.stderr).toMatch(/^Błąd: .*(not a database|file is not a database)/m);
    expect(broken.stderr).not.toMatch(/\n\s+at /);
  });

  it('has help for every command', async () => {
    for (const command of ['migrate', 'info']) {
      const help = await kooperator(command, '--help');
      expect(help.code).toBe(0);
      expect(help.stdout).toContain(`kooperator ${command}`);
    }
  });

  it('backs up, lists, checks and restores, also a damaged database that is moved aside rather than overwritten', async () => {
    const file = path.join(dir, 'Dane ośrodka', 'kooperator.sqlite');
    expect((await kooperator('--db', file, 'migrate')).code).toBe(0);
    const backup = await kooperator('--db', file, 'backup');
    expect(backup).toMatchObject({ code: 0, stderr: '' });
    const name = /kopia-[\w-]+-manual/.exec(backup.stdout)![0];
    expect((await kooperator('--db', file, 'backups')).stdout).toContain(`${name}  (na żądanie`);
    expect((await kooperator('--db', file, 'check', '--full')).stdout).toBe('Baza danych jest spójna.\n');
    const restored = await kooperator('--db', file, 'restore', name);
    expect(restored).toMatchObject({ code: 0 });
    expect(restored.stdout).toMatch(/^Przywrócono kopię kopia-.*-manual\. Poprzedni stan zapisano jako kopię kopia-.*-restore\./);

    const fd = fs.openSync(file, 'r+');
    fs.writeSync(fd, Buffer.alloc(4096, 0x55), 0, 4096, 4096);
    fs.closeSync(fd);
    const check = await kooperator('--db', file, 'check');
    expect(check.code).toBe(1);
    expect(check.stderr).toMatch(/^Błąd: baza danych jest uszkodzona/);
    const info = await kooperator('--db', file, 'info');
    expect(info.code).toBe(1);
    expect(info.stderr).toMatch(/Najnowsza dobra kopia zapasowa: kopia-[\w-]+-restore /); // the state the restore above replaced
    expect(info.stderr).toContain(`restore --newest`);
    const rescued = await kooperator('--db', file, 'restore', name);
    expect(rescued).toMatchObject({ code: 0 });
    expect(rescued.stdout).toMatch(/Uszkodzony plik zachowano jako .*kooperator\.sqlite\.uszkodzona-/);
    expect((await kooperator('--db', file, 'check', '--full')).code).toBe(0);

    // What the message offers: the newest backup that passes its check, whatever its name.
    const again = fs.openSync(file, 'r+');
    fs.writeSync(again, Buffer.alloc(4096, 0x55), 0, 4096, 4096);
    fs.closeSync(again);
    const newest = await kooperator('--db', file, 'restore', '--newest');
    expect(newest).toMatchObject({ code: 0 });
    expect(newest.stdout).toMatch(/^Przywrócono kopię kopia-[\w-]+\. Uszkodzony plik zachowano jako .*kooperator\.sqlite\.uszkodzona-/);
    expect((await kooperator('--db', file, 'check', '--full')).code).toBe(0);
    // On a healthy database --newest restores the newest good backup too, keeping the current state as a backup.
    const healthy = await kooperator('--db', file, 'restore', '--newest');
    expect(healthy).toMatchObject({ code: 0 });
    expect(healthy.stdout).toMatch(/^Przywrócono kopię kopia-[\w-]+\. Poprzedni stan zapisano jako kopię kopia-[\w-]+-restore\./);
    expect((await kooperator('--db', file, 'restore')).stderr).toContain('podaj nazwę kopii (lista: kooperator backups) albo --newest');
  }, 60_000);
});
