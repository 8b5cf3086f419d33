/**
 * `kooperator export | import | demo` as users run them: real processes on real files (dist must be built:
 * `node build/scripts/build-node.mjs`). Exit codes, printed JSON paths, a database left byte-identical by a refused
 * file, and an import killed with SIGKILL at random moments of its writing (backup and transaction) that leaves
 * either nothing or everything, and a database that passes PRAGMA integrity_check every time.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExchangeDocument } from '../../preload/contract';
import { openSqlite } from '../../db/connection';
import { checkIntegrity } from '../../main/services/backups/backup';
import { KOOPERATOR_BIN, kooperator } from '../support/cli';
import { killDelays, runKillable, type KillableRun } from '../support/kill';
import { makeTempDir } from '../support/tempDatabase';

const KILLS = 20;
const MAX_RUNS = 4 * KILLS;


let dir: string;
let demoDb: string;
let demoJson: string;
beforeAll(async () => {
  dir = makeTempDir('Kooperator wymiana CLI ');
  demoDb = path.join(dir, 'biuro śląskie.sqlite');
  demoJson = path.join(dir, 'eksport ROPS.json');
  const demo = await kooperator('--db', demoDb, 'demo');
  expect(demo).toMatchObject({ code: 0, stderr: '' });
  expect(demo.stdout).toMatch(/partnerstwa: dodano 30/);
}, 60_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const read = (file: string) => JSON.parse(fs.readFileSync(file, 'utf8')) as ExchangeDocument;
const withoutExportedAt = ({ exportedAt: _ignored, ...rest }: ExchangeDocument) => rest;
const sha256 = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');

describe('kooperator export / import', () => {
  it('ends quietly when the reader of its output stops early (kooperator export | head -1)', async () => {
    const child = spawn(process.execPath, [KOOPERATOR_BIN, '--db', demoDb, 'export'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  }, 60_000);

  it('exports, imports into an empty database and exports the same document again; a second import changes nothing', async () => {
    const exported = await kooperator('--db', demoDb, 'export', '--out', demoJson);
    expect(exported).toMatchObject({ code: 0, stderr: '' });
    expect(exported.stdout).toContain('partnerstwa 30');
    const first = read(demoJson);
    expect(first).toMatchObject({ format: 'kooperator-exchange', version: 3, office: { voivodeshipTeryt: '24' } });
    expect(first.exportedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3})?\+0[12]:00$/);

    const copy = path.join(dir, 'kopia', 'nowa baza.sqlite');
    const imported = await kooperator('--db', copy, 'import', demoJson);
    expect(imported).toMatchObject({ code: 0, stderr: '' });
    expect(imported.stdout).toMatch(/Kopia zapasowa przed importem: kopia-.*-import/);
    expect(imported.stdout).toMatch(/wydarzenia: dodano \d{3}, zaktualizowano 0, bez zmian 0/);
    const again = path.join(dir, 'kopia', 'ponownie.json');
    expect((await kooperator('--db', copy, 'export', '--out', again)).code).toBe(0);
    expect(withoutExportedAt(read(again))).toEqual(withoutExportedAt(first));

    const second = await kooperator('--db', copy, 'import', demoJson);
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/instytucje: dodano 0, zaktualizowano 0, bez zmian \d+/);
    expect(second.stdout).not.toMatch(/zaktualizowano [1-9]/);

    // Without --out the document goes to standard output; --teryt and dates limit it.
    const stdout = await kooperator('--db', copy, 'export', '--teryt', '2475', '--from', '2026-06-01', '--to', '2026-06-30');
    expect(stdout.code).toBe(0);
    const part = JSON.parse(stdout.stdout) as ExchangeDocument;
    expect(part.partnerships.map((p) => p.id).sort()).toEqual(['demo-pzk-sosnowiec', 'demo-zzk-sosnowiec']);
    expect(part.events.every((e) => e.start.slice(0, 7) === '2026-06' || e.end.slice(0, 7) === '2026-06')).toBe(true);
  }, 60_000);

  it('refuses a file with errors: every problem on stderr with its JSON path, exit code 1, the database file untouched', async () => {
    const document = read(demoJson);
    const eventIndex = document.events.findIndex((e) => e.participants.length > 3);
    document.events[eventIndex]!.participants[3]!.personId = 'p-77';
    document.agreements[2]!.status = 'zerwane' as 'signed';
    document.institutions[0]!.teryt = '2499999';
    const bad = path.join(dir, 'błędny.json');
    fs.writeFileSync(bad, JSON.stringify(document));

    const before = sha256(demoDb);
    const refused = await kooperator('--db', demoDb, 'import', bad);
    expect(refused.code).toBe(1);
    const lines = refused.stderr.trim().split('\n');
    expect(lines).toEqual(
      expect.arrayContaining([
        `events[${eventIndex}].participants[3].personId: nieznana osoba "p-77"`,
        expect.stringMatching(/^agreements\[2\]\.status: nieznany status porozumienia „zerwane”/),
        'institutions[0].teryt: nieznany kod TERYT "2499999"',
        'Błąd: plik zawiera błędy (3); nic nie zaimportowano',
      ]),
    );
    expect(lines).toHaveLength(4);
    expect(refused.stdout).toBe('');
    expect(sha256(demoDb)).toBe(before);

    const checked = await kooperator('--db', demoDb, 'import', '--check', bad);
    expect(checked.code).toBe(1);
    expect(checked.stderr).toContain('nieznana osoba "p-77"');
    expect(await kooperator('--db', demoDb, 'import', '--check', demoJson)).toMatchObject({ code: 0, stdout: 'Plik wymiany jest poprawny.\n' });

    const notJson = path.join(dir, 'nie-json.json');
    fs.writeFileSync(notJson, 'to nie jest JSON');
    const broken = await kooperator('--db', demoDb, 'import', notJson);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toMatch(/^\$: plik nie jest poprawnym dokumentem JSON/);
    expect(sha256(demoDb)).toBe(before);
    const missing = path.join(dir, 'nie ma takiego.json');
    expect(await kooperator('--db', demoDb, 'import', missing)).toMatchObject({ code: 1, stderr: `Błąd: Nie można otworzyć pliku wymiany ${missing}: nie ma takiego pliku.\n` });

    expect(await kooperator('--db', demoDb, 'export', '--teryt', '2499')).toMatchObject({ code: 1, stderr: expect.stringContaining('nieznany kod TERYT "2499"') });
    expect(await kooperator('--db', demoDb, 'export', '--from', '2026-02-30')).toMatchObject({ code: 1, stderr: expect.stringContaining('--from') });
  }, 60_000);
});

describe('an import killed in the middle', () => {
  it(`leaves nothing or everything, and a sound database, each of ${KILLS} times`, async () => {
    const target = path.join(dir, 'przerywany', 'kooperator.sqlite');
    const empty = path.join(dir, 'pusta.sqlite');
    expect((await kooperator('--db', empty, 'migrate')).code).toBe(0);
    const document = read(demoJson);
    // Every run imports into an empty database, so every run really writes.
    const reset = () => {
      for (const suffix of ['', '-wal', '-shm']) fs.rmSync(`${target}${suffix}`, { force: true });
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.copyFileSync(empty, target);
    };
    /**
     * Kills are aimed at the work itself (support/kill.ts): once the import says the file passed its checks and
     * it is writing (backup, then the transaction), it is killed after a random part of the time writing takes.
     */
    const importRun = (killAfter?: number): Promise<KillableRun> => runKillable(['--db', target, 'import', demoJson], (stdout) => stdout.includes('zapisywanie'), killAfter);
    const inspect = async () => {
      const { db } = openSqlite(target);
      try {
        const count = async (table: string) => Number(((await db(table).count({ n: '*' })) as { n: number }[])[0]!.n);
        return {
          problems: await checkIntegrity(db, true),
          counts: [await count('institutions'), await count('people'), await count('partnerships'), await count('events'), await count('attendance'), await count('certificates')],
        };
      } finally {
        await db.destroy();
      }
    };

    reset();
    const whole = await importRun();
    expect(whole.code).toBe(0);
    expect(whole.writing).toBeGreaterThan(0);
    const full = (await inspect()).counts;
    expect(full).toEqual([document.institutions.length, document.people.length, document.partnerships.length, document.events.length, expect.any(Number), document.certificates!.length]);
    const nothing = [0, 0, 0, 0, 0, 0];

    const next = killDelays(20);
    let writing = whole.writing;
    let runs = 0;
    let killedDuring = 0;
    let leftNothing = 0;
    while (killedDuring < KILLS && runs < MAX_RUNS) {
      runs++;
      reset();
      const outcome = await importRun(Math.floor(next() * writing));
      const { problems, counts } = await inspect();
      expect(problems).toEqual([]);
      if (outcome.killed) {
        killedDuring++;
        expect([nothing, full]).toContainEqual(counts);
        if (counts[0] === 0) leftNothing++;
      } else {
        expect(outcome.code).toBe(0);
        expect(counts).toEqual(full);
        // It finished before its kill: writing was quicker than measured (a busy machine's speed varies).
        writing = Math.max(1, Math.min(writing, outcome.writing));
      }
    }
    console.log(`exchange import: ${runs} runs, ${killedDuring} killed while writing (${leftNothing} left nothing, ${killedDuring - leftNothing} everything); writing takes ${whole.writing} ms`);
    expect(killedDuring).toBe(KILLS);
  }, 180_000);
});
