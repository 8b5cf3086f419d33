/**
 * Moving an office's data between databases (`kooperator copy`): a varied register on a real SQLite file — the demo
 * (PZK, ZZK, agreements, a year of events with attendance), stored files, audit entries, office settings — copied
 * SQLite → PostgreSQL → a new SQLite file gives the same exchange export, the same rows in every table (also what the
 * exchange file leaves out: versions, timestamps, audit log, files) and the same period summary. A destination that
 * holds data is refused unless replacing is asked for; a destination that does not store what it is given fails the
 * verification and is left as it was.
 *
 * The PostgreSQL part needs KOOPERATOR_TEST_DATABASE_URL (CI's `test:postgres` stage sets it); each run uses its own
 * schema on that server, dropped afterwards.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import knex from 'knex';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Agreement, Institution, Project, Result } from '../../preload/contract';
import { dispatch } from '../../main/ipc/dispatch';
import { openRuntime, type Runtime } from '../../main/runtime';
import { rowCounts } from '../../main/services/app';
import { listBackups } from '../../main/services/backups/backup';
import { copyDatabase, CopyRefusedError, CopyVerificationError, type CopyProgress, type CopyTarget } from '../../main/cli/copy';
import { TABLES } from '../../main/services/copy/tables';
import { summaryOf } from '../../main/services/copy/verify';
import { exportExchange, importExchangeDocument } from '../../main/services/exchange';
import { buildDemoDocument } from '../../main/services/exchange/demo';
import { backupFolderOf } from '../../main/services/backups';
import { NO_FILTER, withoutExportedAt } from '../support/exchange';
import { unwrap } from '../support/results';
import { makeTempDir, TEST_POSTGRES_URL } from '../support/tempDatabase';

// Three bytes of a PDF header and a PNG signature are what the stored-file checks look at.
const PDF = Buffer.from('%PDF-1.4\n% skan podpisanego porozumienia\n%%EOF\n');
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('pasek logotypów')]);

let dir: string;
const opened: Runtime[] = [];
beforeEach(() => {
  dir = makeTempDir('Kooperator kopia ');
});
afterEach(async () => {
  for (const runtime of opened.splice(0)) await runtime.close().catch(() => undefined);
  fs.rmSync(dir, { recursive: true, force: true });
});

function sqlite(name: string): CopyTarget & { sqliteFile: string; filesDir: string } {
  return { sqliteFile: path.join(dir, name, 'kooperator.sqlite'), filesDir: path.join(dir, name, 'pliki') };
}

async function open(target: CopyTarget): Promise<Runtime> {
  const runtime = await openRuntime(target, { dailyBackup: false, filesDir: target.filesDir });
  opened.push(runtime);
  return runtime;
}

async function close(runtime: Runtime): Promise<void> {
  opened.splice(opened.indexOf(runtime), 1);
  await runtime.close();
}

const ok = async <T>(ctx: Runtime, channel: string, input: unknown): Promise<T> => unwrap<T>((await dispatch(ctx, channel, input)) as Result<unknown>);

/** The demo register, plus what only the app's own work leaves: stored files, audit entries, a changed record. */
async function buildOffice(target: CopyTarget): Promise<void> {
  const ctx = await open(target);
  await importExchangeDocument(ctx, buildDemoDocument({ seed: 7, year: 2026 }), { backup: false });
  const [project] = (await ctx.db('projects').select('id')) as { id: string }[];
  await ok<Project>(ctx, 'projects.setLogo', { projectId: project!.id, variant: 'color', file: { fileName: 'Pasek logotypów – FERS.png', contentBase64: PNG.toString('base64') } });
  const agreement = (await ctx.db('agreements').orderBy('id').first('id', 'version')) as { id: string; version: number };
  await ok<Agreement>(ctx, 'agreements.attachScan', { ...agreement, agreementId: agreement.id, file: { fileName: 'Porozumienie podpisane.pdf', contentBase64: PDF.toString('base64') } });
  const event = (await ctx.db('events').where({ status: 'held' }).orderBy('id').first('id')) as { id: string };
  await ok(ctx, 'events.addAttachment', { eventId: event.id, file: { fileName: 'Lista obecności – podpisana.pdf', contentBase64: Buffer.concat([PDF, Buffer.from('lista')]).toString('base64') } });
  const institution = await ok<Institution>(ctx, 'institutions.save', { name: 'Stowarzyszenie „Źródło” w Żorach', type: 'ngo', terytCode: '2469011', notes: 'Dopisane po imporcie' });
  await ok<Institution>(ctx, 'institutions.save', { ...institution, notes: 'Zmienione: nowa wersja rekordu i wpis w dzienniku zmian' });
  await close(ctx);
}

/** Every row of every table, sorted in code (the engines' collations differ), booleans as booleans. */
async function everyRow(db: Runtime['db']): Promise<Record<string, string[]>> {
  const result: Record<string, string[]> = {};
  for (const table of TABLES) {
    const rows = (await db(table.name).select('*')) as Record<string, unknown>[];
    result[table.name] = rows
      .map((row) => JSON.stringify(Object.keys(row).sort().map((key) => [key, typeof row[key] === 'boolean' ? Number(row[key]) : row[key]])))
      .sort();
  }
  return result;
}

async function snapshot(target: CopyTarget) {
  const ctx = await open(target);
  try {
    return {
      exchange: withoutExportedAt(await exportExchange(ctx.db, NO_FILTER)),
      counts: await rowCounts(ctx.db, ctx.engine),
      rows: await everyRow(ctx.db),
      summary: await summaryOf(ctx.db, { from: '2026-01-01', to: '2026-12-31' }),
    };
  } finally {
    await close(ctx);
  }
}

describe.skipIf(!TEST_POSTGRES_URL)('copy SQLite → PostgreSQL → SQLite (needs KOOPERATOR_TEST_DATABASE_URL)', () => {
  const schemas: string[] = [];
  afterEach(async () => {
    const admin = knex({ client: 'pg', connection: TEST_POSTGRES_URL });
    for (const schema of schemas.splice(0)) await admin.raw('DROP SCHEMA IF EXISTS ?? CASCADE', [schema]);
    await admin.destroy();
  });
  const postgres = (): CopyTarget => {
    const schema = `copy_${crypto.randomBytes(6).toString('hex')}`;
    schemas.push(schema);
    return { postgresUrl: TEST_POSTGRES_URL!, schema, filesDir: path.join(dir, `serwer ${schema}`, 'pliki') };
  };

  it('carries every row, file, figure and the exchange export there and back', async () => {
    const first = sqlite('biuro Katowice');
    await buildOffice(first);
    const server = postgres();
    const last = sqlite('nowy komputer – Łódź');

    const progress: CopyProgress[] = [];
    const there = await copyDatabase(first, server, { onProgress: (p) => progress.push(p) });
    expect(there.destination.engine).toBe('postgresql');
    expect(there.replaced).toBeNull();
    expect(there.files).toMatchObject({ copied: 3, present: 0, missingInSource: [] });
    expect(there.summaryPeriods).toEqual([{ from: '2026-01-01', to: '2027-12-31' }]); // agreements run into 2027
    expect(progress.map((p) => p.stage)).toEqual(expect.arrayContaining(['open', 'table', 'files', 'verify', 'commit']));
    expect(progress.find((p) => p.table === 'attendance')?.message).toMatch(/^Skopiowano attendance: \d[\d\s]* (wiersze|wierszy)\.$/);
    for (const count of there.tables) expect(count.destination, count.table).toBe(count.source);
    expect(there.tables.find((t) => t.table === 'audit_log')!.source).toBeGreaterThan(0);

    const back = await copyDatabase(server, last);
    expect(back.destination.engine).toBe('sqlite');
    expect(back.files).toMatchObject({ copied: 3, missingInSource: [] });

    const [a, p, c] = [await snapshot(first), await snapshot(server), await snapshot(last)];
    expect(a.exchange.events.length).toBeGreaterThan(50);
    expect(p.exchange).toEqual(a.exchange);
    expect(c.exchange).toEqual(a.exchange);
    expect(JSON.stringify(c.exchange)).toBe(JSON.stringify(a.exchange));
    expect(p.counts).toEqual(a.counts);
    expect(c.counts).toEqual(a.counts);
    expect(c.rows).toEqual(a.rows);
    expect(p.rows).toEqual(a.rows);
    expect(c.summary).toEqual(a.summary);
    expect((a.summary as { eventTotals: { count: number } }).eventTotals.count).toBeGreaterThan(20);

    // The stored files are in the new folder, byte for byte.
    const refs = (await (await open(last)).db('event_attachments').select('path', 'sha256')) as { path: string; sha256: string }[];
    for (const ref of refs) {
      const bytes = fs.readFileSync(path.join(last.filesDir, ...ref.path.split('/')));
      expect(crypto.createHash('sha256').update(bytes).digest('hex')).toBe(ref.sha256);
    }

    // The server goes on numbering audit entries after the copied ones: a change there is logged, not refused.
    const onServer = await open(server);
    const before = (await onServer.db('audit_log').max({ id: 'id' }).first()) as { id: number };
    await ok<Institution>(onServer, 'institutions.save', { name: 'Ośrodek Pomocy Społecznej w Mikołowie – filia', type: 'ops', terytCode: '2469011' });
    const after = (await onServer.db('audit_log').max({ id: 'id' }).first()) as { id: number };
    expect(Number(after.id)).toBeGreaterThan(Number(before.id));
  }, 180_000);

  it('refuses a NUL character PostgreSQL does not take, naming the row, with no SQL in the message', async () => {
    const first = sqlite('biuro z NUL');
    await buildOffice(first);
    const ctx = await open(first);
    // Saved before the contract refused NUL characters: SQLite stored it.
    const person = (await ctx.db('people').orderBy('id').first('id')) as { id: string };
    await ctx.db('people').where(person).update({ notes: 'przed\u0000po' });
    await close(ctx);

    const error = await copyDatabase(first, postgres()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toBe(`Tabela people, wiersz ${person.id}: pole notes zawiera znak NUL, którego PostgreSQL nie przyjmuje. Usuń go z tego rekordu w źródle; nic nie skopiowano.`);
  }, 180_000);

  it('refuses text longer than PostgreSQL columns take, names the row, and leaves the server without tables', async () => {
    const first = sqlite('biuro');
    await buildOffice(first);
    const ctx = await open(first);
    // SQLite never enforced the declared length; such a row can only be copied once it is corrected.
    const person = (await ctx.db('people').orderBy('id').first('id')) as { id: string };
    await ctx.db('people').where(person).update({ position: 'x'.repeat(250) });
    await close(ctx);

    const server = postgres();
    const error = await copyDatabase(first, server).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toContain(`Tabela people, wiersz ${person.id}: pole position ma 250 znaków, a baza docelowa przyjmuje najwyżej 200`);
    const admin = knex({ client: 'pg', connection: TEST_POSTGRES_URL });
    try {
      const tables = await admin('information_schema.tables').where('table_schema', (server as { schema: string }).schema).select('table_name');
      expect(tables).toEqual([]);
    } finally {
      await admin.destroy();
    }
    expect(fs.existsSync(server.filesDir!) ? fs.readdirSync(server.filesDir!, { recursive: true }).filter((f) => !fs.statSync(path.join(server.filesDir!, String(f))).isDirectory()) : []).toEqual([]);
  }, 120_000);
});

describe('copy between SQLite files', () => {
  it('copies into a new file with everything the exchange file leaves out', async () => {
    const first = sqlite('biuro');
    await buildOffice(first);
    const second = sqlite('kopia');
    const result = await copyDatabase(first, second);
    expect(result.files).toMatchObject({ copied: 3 });
    const [a, b] = [await snapshot(first), await snapshot(second)];
    expect(b.rows).toEqual(a.rows);
    expect(b.exchange).toEqual(a.exchange);
  }, 120_000);

  it('refuses a destination that holds office data, then replaces it when asked and says what was lost', async () => {
    const first = sqlite('biuro');
    await buildOffice(first);
    const other = sqlite('inne biuro');
    const ctx = await open(other);
    await ok<Institution>(ctx, 'institutions.save', { name: 'Miejski Ośrodek Pomocy Społecznej w Zabrzu', type: 'ops', terytCode: '2469011' });
    await close(ctx);
    const before = await snapshot(other);
    const bytesBefore = fs.readFileSync(other.sqliteFile);

    const refused = await copyDatabase(first, other).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(CopyRefusedError);
    expect((refused as CopyRefusedError).held).toEqual({ institutions: 1, audit_log: 1 });
    expect((refused as Error).message).toBe('Baza docelowa zawiera już dane biura (institutions: 1, audit_log: 1). Nic nie skopiowano.');
    expect(await snapshot(other)).toEqual(before);
    expect(fs.readFileSync(other.sqliteFile).equals(bytesBefore)).toBe(true);

    const progress: string[] = [];
    const replaced = await copyDatabase(first, other, { replace: true, onProgress: (p) => progress.push(p.message) });
    expect(replaced.replaced).toEqual({ institutions: 1, audit_log: 1 });
    expect(progress).toContain('Baza docelowa zawiera dane biura, które zostaną usunięte i zastąpione danymi ze źródła: institutions: 1, audit_log: 1.');
    const check = await open(other);
    expect(listBackups(await backupFolderOf(check)).map((b) => b.name)).toContain(replaced.backup);
    await close(check);
    expect((await snapshot(other)).rows).toEqual((await snapshot(first)).rows);
  }, 120_000);

  it('a destination that does not store what it is given fails the verification and stays as it was', async () => {
    const first = sqlite('biuro');
    await buildOffice(first);
    const broken = sqlite('zepsuta baza');
    const ctx = await open(broken);
    // Something on the destination's side (here a trigger) changes rows as they arrive.
    await ctx.db.raw(`CREATE TRIGGER zmienia_obecnosc AFTER INSERT ON attendance WHEN NEW.status = 'present' AND NEW.day LIKE '2026-03-%'
                      BEGIN UPDATE attendance SET status = 'absent' WHERE participant_id = NEW.participant_id AND day = NEW.day; END`);
    await close(ctx);
    const before = await snapshot(broken);

    const error = await copyDatabase(first, broken).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CopyVerificationError);
    const { mismatches, tables } = error as CopyVerificationError;
    // The changed marks, and the participants' presence counts the destination keeps from them.
    expect(mismatches[0]).toMatch(/^tabela event_participants: tyle samo wierszy \(\d[\d\s]*\), ale inna treść \(suma kontrolna [0-9a-f]{16} ≠ [0-9a-f]{16}\)$/);
    expect(mismatches[1]).toMatch(/^tabela attendance: tyle samo wierszy \(\d[\d\s]*\), ale inna treść \(suma kontrolna [0-9a-f]{16} ≠ [0-9a-f]{16}\)$/);
    expect(mismatches.some((m) => /^podsumowanie 2026-01-01 – 2027-12-31: \S+: .+ ≠ .+$/.test(m))).toBe(true);
    expect(mismatches).toHaveLength(3);
    expect(tables.find((t) => t.table === 'attendance')).toMatchObject({ source: expect.any(Number) });
    expect(await snapshot(broken)).toEqual(before);
    expect(fs.existsSync(broken.filesDir) ? fs.readdirSync(broken.filesDir, { recursive: true }).filter((f) => fs.statSync(path.join(broken.filesDir, String(f))).isFile()) : []).toEqual([]);
  }, 120_000);

  it('refuses the same database, a missing source and a source without the current schema, creating nothing', async () => {
    const first = sqlite('biuro');
    await expect(copyDatabase({ sqliteFile: path.join(dir, 'nie ma', 'k.sqlite') }, first)).rejects.toThrow(/Plik bazy źródłowej .* nie istnieje\./);
    await (await open(first)).close();
    opened.length = 0;
    await expect(copyDatabase(first, { sqliteFile: path.join(first.sqliteFile, '..', '.', 'kooperator.sqlite') })).rejects.toThrow('Źródło i cel kopiowania to ta sama baza danych.');
    const empty = path.join(dir, 'pusta.sqlite');
    fs.writeFileSync(empty, '');
    const target = sqlite('cel');
    await expect(copyDatabase({ sqliteFile: empty }, target)).rejects.toThrow(/nie ma danych Kooperatora/);
    expect(fs.existsSync(target.sqliteFile)).toBe(false);

    // A source made by a newer program, or not yet brought up to date, is not copied (and not changed).
    const ctx = await open(first);
    await ctx.db('knex_migrations').insert({ name: '20991231_001_z_przyszlosci', batch: 99, migration_time: new Date().toISOString() });
    await close(ctx);
    await expect(copyDatabase(first, target)).rejects.toThrow('Baza źródłowa ma schemat nowszy niż ten program (20991231_001_z_przyszlosci); użyj nowszej wersji programu.');
    const again = await openRuntime(first, { migrate: false });
    await again.db('knex_migrations').where({ name: '20991231_001_z_przyszlosci' }).delete();
    const newest = (await again.db('knex_migrations').max({ name: 'name' }).first()) as { name: string };
    await again.db('knex_migrations').where(newest).delete();
    await again.close();
    await expect(copyDatabase(first, target)).rejects.toThrow(/^Baza źródłowa ma starszy schemat \(\d{8}_\d{3}_\w+\); najpierw ją zaktualizuj/);
    expect(fs.existsSync(target.sqliteFile)).toBe(false);
  });
});
