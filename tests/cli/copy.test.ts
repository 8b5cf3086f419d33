/**
 * `kooperator copy` as users run it: a real process (dist must be built: `node build/scripts/build-node.mjs`) on real
 * SQLite files in folders with spaces and Polish letters. Progress and the table of counts in Polish, exit code 0;
 * a destination holding data refused with exit code 1 and left byte-identical; `--replace` replaces it and says so.
 * The PostgreSQL direction is tested in tests/db/copy.test.ts, on a server of its own.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kooperator } from '../support/cli';
import { makeTempDir } from '../support/tempDatabase';



let dir: string;
let office: string;
beforeAll(async () => {
  dir = makeTempDir('Kooperator kopia CLI ');
  office = path.join(dir, 'biuro śląskie', 'kooperator.sqlite');
  expect(await kooperator('--db', office, 'demo')).toMatchObject({ code: 0, stderr: '' });
}, 60_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('kooperator copy', () => {
  it('copies into a new file, prints progress and the counts of both sides, and exits 0', async () => {
    const target = path.join(dir, 'nowy komputer', 'Łódź.sqlite');
    const copied = await kooperator('copy', '--from', office, '--to', target);
    expect(copied.stderr).toBe('');
    expect(copied.code).toBe(0);
    const lines = copied.stdout.split('\n');
    expect(lines[0]).toMatch(/^Źródło: .*kooperator\.sqlite \(SQLite\), schemat \d{8}_\d{3}_\w+\.$/);
    expect(lines[1]).toMatch(/^Cel: .*Łódź\.sqlite \(SQLite\), schemat utworzony\.$/);
    expect(lines).toContain('Sprawdzanie: liczba wierszy i suma kontrolna każdej tabeli…');
    expect(copied.stdout).toContain('kopia jest zgodna ze źródłem.');
    expect(copied.stdout).toMatch(/^ {2}tabela +źródło +cel$/m);
    expect(copied.stdout).toMatch(/^ {2}partnerships +30 +30$/m);
    expect(copied.stdout).toMatch(/^Podsumowanie okresu \d{4}-01-01 – \d{4}-12-31: takie samo w obu bazach\.$/m);
    expect(copied.stdout).toContain('Nie kopiuje się:');

    const info = async (file: string) => JSON.parse((await kooperator('--db', file, 'info', '--json')).stdout) as { rowCounts: Record<string, number> };
    expect((await info(target)).rowCounts).toEqual((await info(office)).rowCounts);
  }, 60_000);

  it('refuses a destination that already holds data (exit 1, file unchanged) and replaces it with --replace', async () => {
    const target = path.join(dir, 'drugie biuro', 'kooperator.sqlite');
    expect((await kooperator('--db', target, 'demo', '--seed', '99')).code).toBe(0);
    const before = fs.readFileSync(target);

    const refused = await kooperator('--db', office, 'copy', '--to', target);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/^Błąd: Baza docelowa zawiera już dane biura \((?:.*, )?settings: \d+, institutions: \d+, people: \d+, .*\)\. Nic nie skopiowano\. Aby zastąpić te dane danymi ze źródła, dodaj --replace\.\n$/);
    expect(fs.readFileSync(target).equals(before)).toBe(true);

    const replaced = await kooperator('--db', office, 'copy', '--to', target, '--replace');
    expect(replaced).toMatchObject({ code: 0, stderr: '' });
    expect(replaced.stdout).toMatch(/^Baza docelowa zawiera dane biura, które zostaną usunięte i zastąpione danymi ze źródła: (?:.*, )?settings: \d+, institutions: \d+/m);
    expect(replaced.stdout).toMatch(/^Kopia zapasowa bazy docelowej przed zastąpieniem: kopia-.*-import$/m);
    expect(replaced.stdout).toMatch(/^Zastąpiono dane, które baza docelowa miała wcześniej \(kopia zapasowa: kopia-.*-import\)\.$/m);
  }, 60_000);

  it('says what is missing: no destination, no source file', async () => {
    expect(await kooperator('copy', '--from', office)).toMatchObject({ code: 1, stderr: 'Błąd: podaj bazę docelową: --to PLIK.sqlite albo --to postgres://użytkownik:hasło@serwer/baza\n' });
    const missing = await kooperator('copy', '--from', path.join(dir, 'nie ma.sqlite'), '--to', path.join(dir, 'cel.sqlite'));
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/^Błąd: Plik bazy źródłowej .*nie ma\.sqlite nie istnieje\.\n$/);
    expect(fs.existsSync(path.join(dir, 'cel.sqlite'))).toBe(false);
  }, 30_000);
});
