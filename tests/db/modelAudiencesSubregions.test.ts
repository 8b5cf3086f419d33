/**
 * Issue 23, part A: events say for whom they were held and the office groups powiats into subregions. Proves the
 * summary's sentences as seed 001 writes them ("5 spotkań konsultacyjnych, w tym 1 dla kadry kierowniczej i 4 dla
 * pracowników OPS", "8 szkoleń w 4 subregionach województwa śląskiego"), the JSON keyed by audience codes, the
 * lists' filters, the refusals of bad subregions (nothing saved), the audit entries, the exchange round trip
 * (version 3, and a version 2 file still read) and the copy to PostgreSQL.
 */
import path from 'node:path';
import fs from 'node:fs';
import ExcelJS from 'exceljs';
import type { Knex } from 'knex';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EXCHANGE_VERSION, type EventSummary, type ExportedFile, type PartnershipSummary, type ReportSummary, type Result, type Subregion } from '../../preload/contract';
import { dispatch } from '../../main/ipc/dispatch';
import { openRuntime, type Runtime } from '../../main/runtime';
import { copyDatabase } from '../../main/cli/copy';
import { checkExchangeFile, exportExchange, importExchangeDocument } from '../../main/services/exchange';
import { NO_FILTER, withoutExportedAt } from '../support/exchange';
import { unwrap } from '../support/results';
import { makeTempDir, openTempDatabase, TEST_POSTGRES_URL, type TempDatabase, withOfficeAndServer } from '../support/tempDatabase';
import { addAudiencesSubregions, addSubregions } from './fixtures/modelAudiencesSubregions';

let temp: TempDatabase;
let ctx: Runtime;
let db: Knex;
beforeEach(async () => {
  temp = await openTempDatabase();
  ctx = temp.runtime;
  db = ctx.db;
});
afterEach(async () => {
  await temp.cleanup();
});

const call = (channel: string, input: unknown) => dispatch(ctx, channel, input) as Promise<Result<unknown>>;
const ok = async <T>(channel: string, input: unknown): Promise<T> => unwrap<T>(await call(channel, input));
const plain = (text: string) => text.replace(/\u00a0/g, ' ');

async function summary2019(scope: Record<string, unknown> = { kind: 'all' }): Promise<ReportSummary> {
  return ok<ReportSummary>('reports.summary', { from: '2019-01-01', to: '2019-12-31', scope });
}

describe('the summary of events with audiences in subregions', () => {
  it('states the audiences and the subregions as seed 001 does, and keys the JSON by the codes', async () => {
    await addAudiencesSubregions(db);
    const summary = await summary2019();
    const text = plain(summary.narrative.paragraphs.join('\n'));
    expect(text).toContain('zorganizowano 5 spotkań konsultacyjnych, w tym 1 dla kadry kierowniczej i 4 dla pracowników OPS');
    expect(text).toContain('zorganizowano 8 szkoleń w 4 subregionach województwa śląskiego dla kadry kierowniczej i pracowników OPS (łącznie 168 godzin dydaktycznych)');
    expect(summary.audiences?.consultation).toEqual({
      byAudience: { management: 1, social_workers: 4 },
      groups: [
        { audiences: ['management'], count: 1 },
        { audiences: ['social_workers'], count: 4 },
      ],
      without: 0,
    });
    expect(summary.audiences?.training?.byAudience).toEqual({ management: 8, social_workers: 8 });
    expect(summary.subregionSpread?.training).toEqual({ subregions: 4, placed: 8, voivodeshipCode: '24', voivodeshipName: 'śląskie' });
    // Grouped by subregion: the central one has the 5 consultations and 2 trainings.
    const central = summary.subregions?.find((row) => row.name === 'Subregion centralny');
    expect(central).toMatchObject({ events: 7 });
    expect(summary.subregions?.map((row) => row.name)).toEqual(['Subregion centralny', 'Subregion południowy', 'Subregion północny', 'Subregion zachodni']);
    // The chronicle names them too.
    const september = summary.chronicle.find((month) => month.month === '2019-09')!;
    expect(plain(september.sentences.join(' '))).toContain('w tym 1 dla kadry kierowniczej i 4 dla pracowników OPS');

    // The spreadsheet is built from the same data: a sheet by subregion and one by audience.
    const file = await ok<ExportedFile>('reports.export', { from: '2019-01-01', to: '2019-12-31', format: 'xlsx' });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(Buffer.from(file.contentBase64, 'base64')).slice().buffer);
    const rowsOf = (name: string) => workbook.getWorksheet(name)!.getSheetValues().slice(2).map((row) => (row as unknown[]).slice(1));
    expect(rowsOf('Subregiony').map((row) => [row[0], row[2]])).toEqual([
      ['Subregion centralny', 7],
      ['Subregion południowy', 2],
      ['Subregion północny', 2],
      ['Subregion zachodni', 2],
    ]);
    expect(rowsOf('Odbiorcy').map((row) => row.slice(0, 3))).toEqual([
      ['Szkolenie (międzysektorowe)', 8, 8],
      ['Spotkanie konsultacyjne', 1, 4],
    ]);
  });

  it('limits a summary to one subregion', async () => {
    const { subregions } = await addAudiencesSubregions(db);
    const summary = await summary2019({ kind: 'subregion', subregionId: subregions.zachodni.id });
    expect(summary.eventTotals.count).toBe(2);
    expect(summary.events.training.count).toBe(2);
    expect(summary.title).toContain('subregion „Subregion zachodni” województwa śląskiego');
    expect(plain(summary.narrative.paragraphs[0]!)).toContain('w subregionie „Subregion zachodni” województwa śląskiego');
    const refused = await call('reports.summary', { from: '2019-01-01', to: '2019-12-31', scope: { kind: 'subregion' } });
    expect(refused.ok).toBe(false);
  });

  it('does not say "w N subregionach" when some events of the type lie outside every subregion', async () => {
    await addAudiencesSubregions(db);
    await ok('events.save', { title: 'Szkolenie w Krakowie', type: 'training', status: 'held', terytCode: '1261', startsAt: '2019-11-28T09:00:00+01:00', endsAt: '2019-11-28T15:00:00+01:00', hours: 21, hourUnit: 'didactic' });
    const text = plain((await summary2019()).narrative.paragraphs[0]!);
    expect(text).toContain('zorganizowano 9 szkoleń, w tym 8 dla kadry kierowniczej oraz pracowników OPS (łącznie 189 godzin dydaktycznych)');
    expect(text).not.toContain('subregionach');
  });
});

describe('lists filter by audience and subregion', () => {
  it('events by audience and by subregion (own place, else the partnership’s); partnerships by subregion', async () => {
    const { subregions } = await addAudiencesSubregions(db);
    const forManagement = await ok<EventSummary[]>('events.list', { audiences: ['management'] });
    expect(forManagement).toHaveLength(9);
    const forResidents = await ok<EventSummary[]>('events.list', { audiences: ['residents'] });
    expect(forResidents).toHaveLength(0);
    const central = await ok<EventSummary[]>('events.list', { subregionId: subregions.centralny.id });
    expect(central).toHaveLength(7);
    expect(central.find((e) => e.title.includes('kadra'))!.audiences).toEqual(['management']);

    const partnership = await ok<{ id: string }>('partnerships.save', { kind: 'pzk', name: 'PZK w Rybniku', terytCode: '2473011' });
    await ok('events.save', { title: 'Spotkanie PZK', type: 'pzk_meeting', status: 'held', partnershipId: partnership.id, startsAt: '2019-12-02T10:00:00+01:00', endsAt: '2019-12-02T12:00:00+01:00', audiences: ['team_members', 'team_members'] });
    const west = await ok<EventSummary[]>('events.list', { subregionId: subregions.zachodni.id });
    expect(west.map((e) => e.title)).toContain('Spotkanie PZK');
    expect(west.find((e) => e.title === 'Spotkanie PZK')!.audiences).toEqual(['team_members']);
    const partnerships = await ok<PartnershipSummary[]>('partnerships.list', { subregionId: subregions.zachodni.id });
    expect(partnerships.map((p) => p.name)).toEqual(['PZK w Rybniku']);
    expect(await ok<PartnershipSummary[]>('partnerships.list', { subregionId: subregions.północny.id })).toEqual([]);
  });
});

describe('subregions are checked and audited', () => {
  it('refuses a powiat already in another subregion, one of another voivodeship, an unknown one and a repeated name, saving nothing', async () => {
    const { centralny } = await addSubregions(db);
    const before = await db('subregion_powiats').count({ n: '*' });
    const taken = await call('subregions.save', { name: 'Subregion bytomski', voivodeshipCode: '24', powiatCodes: ['2462', '2475'] });
    expect(taken.ok).toBe(false);
    if (!taken.ok) expect(taken.error.fieldErrors?.powiatCodes).toBe('Powiat może należeć tylko do jednego subregionu; już przypisane: Sosnowiec (subregion „Subregion centralny”).');
    const outside = await call('subregions.save', { name: 'Subregion krakowski', voivodeshipCode: '24', powiatCodes: ['1261'] });
    if (!outside.ok) expect(outside.error.fieldErrors?.powiatCodes).toBe('Subregion obejmuje tylko powiaty swojego województwa; spoza niego: Kraków.');
    expect(outside.ok).toBe(false);
    const unknown = await call('subregions.save', { name: 'Subregion X', voivodeshipCode: '24', powiatCodes: ['2499'] });
    expect(unknown.ok).toBe(false);
    const sameName = await call('subregions.save', { name: 'subregion CENTRALNY', voivodeshipCode: '24', powiatCodes: ['2462'] });
    if (!sameName.ok) expect(sameName.error.fieldErrors?.name).toBe('W tym województwie jest już subregion „subregion CENTRALNY”.');
    expect(sameName.ok).toBe(false);
    const empty = await call('subregions.save', { name: 'Pusty', voivodeshipCode: '24', powiatCodes: [] });
    if (!empty.ok) expect(empty.error.fieldErrors?.powiatCodes).toBe('Wybierz co najmniej jeden powiat subregionu');
    expect(empty.ok).toBe(false);
    expect(await db('subregion_powiats').count({ n: '*' })).toEqual(before);
    expect(await db('subregions').count({ n: '*' })).toEqual([{ n: 4 }].map((r) => ({ n: typeof before[0]!.n === 'string' ? String(r.n) : r.n })));

    // Moving a powiat: out of the central subregion first, then into a new one.
    const edited = await ok<Subregion>('subregions.save', { id: centralny.id, version: centralny.version, name: centralny.name, voivodeshipCode: '24', powiatCodes: ['2401', '2469', '2470'] });
    expect(edited.powiats.map((p) => p.label)).toEqual(['powiat będziński', 'Katowice', 'Mysłowice']);
    const created = await ok<Subregion>('subregions.save', { name: 'Subregion sosnowiecki', voivodeshipCode: '24', powiatCodes: ['2475'] });
    expect(created.voivodeshipName).toBe('śląskie');
    const stale = await call('subregions.save', { id: centralny.id, version: centralny.version, name: 'Inna nazwa', voivodeshipCode: '24', powiatCodes: ['2401'] });
    expect(stale.ok).toBe(false);

    const entries = (await db('audit_log').where({ table_name: 'subregions', record_id: centralny.id }).orderBy('id').select('action', 'before_json', 'after_json')) as { action: string; before_json: string | null; after_json: string | null }[];
    expect(entries.map((e) => e.action)).toEqual(['create', 'update']);
    expect(entries[1]!.before_json).toContain('2401, 2469, 2470, 2475');
    expect(entries[1]!.after_json).toContain('2401, 2469, 2470');

    await ok('subregions.delete', { id: created.id, version: created.version });
    expect(await db('subregion_powiats').where({ powiat_code: '2475' }).first()).toBeUndefined();
  });

  it('audits an event’s audiences', async () => {
    const event = await ok<EventSummary>('events.save', { title: 'Spotkanie z mieszkańcami', type: 'education_meeting', startsAt: '2026-03-02T10:00:00+01:00', endsAt: '2026-03-02T12:00:00+01:00', audiences: ['residents'] });
    await ok('events.save', { id: event.id, version: event.version, title: 'Spotkanie z mieszkańcami', type: 'education_meeting', startsAt: '2026-03-02T10:00:00+01:00', endsAt: '2026-03-02T12:00:00+01:00', audiences: ['residents', 'jst_representatives'] });
    const update = (await db('audit_log').where({ table_name: 'events', record_id: event.id, action: 'update' }).first('before_json', 'after_json')) as { before_json: string; after_json: string };
    expect(update.before_json).toContain('residents');
    expect(update.after_json).toContain('jst_representatives');
    const bad = await call('events.save', { title: 'X', type: 'education_meeting', startsAt: '2026-03-02T10:00:00+01:00', endsAt: '2026-03-02T12:00:00+01:00', audiences: ['kadra'] });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(JSON.stringify(bad.error.fieldErrors)).toContain('Wybierz odbiorców z listy');
  });
});

describe('the exchange file carries audiences and subregions', () => {
  it('round-trips losslessly in version 3, and reads a version 2 file without them', async () => {
    await addAudiencesSubregions(db);
    const document = await exportExchange(db, NO_FILTER);
    expect(document.version).toBe(3);
    expect(EXCHANGE_VERSION).toBe(3);
    expect(document.subregions).toHaveLength(4);
    expect(document.subregions!.find((s) => s.name === 'Subregion zachodni')).toEqual(expect.objectContaining({ voivodeship: '24', powiats: ['2473', '2479'] }));
    expect(document.events.filter((e) => e.audiences?.join() === 'management,social_workers')).toHaveLength(8);

    const other = await openTempDatabase();
    try {
      await importExchangeDocument(other.runtime, document, { backup: false });
      expect(withoutExportedAt(await exportExchange(other.runtime.db, NO_FILTER))).toEqual(withoutExportedAt(document));
      // Importing again changes nothing.
      const again = await importExchangeDocument(other.runtime, document, { backup: false });
      expect(again.counts.subregions).toEqual({ added: 0, updated: 0, unchanged: 4 });

      const version2 = { ...document, version: 2, subregions: undefined, events: document.events.map(({ audiences: _drop, ...event }) => ({ ...event, id: `${event.id}-v2` })) };
      delete (version2 as Record<string, unknown>).subregions;
      await importExchangeDocument(other.runtime, version2 as typeof document, { backup: false });
      const imported = (await other.runtime.db('events').where('id', 'like', '%-v2').select('audiences')) as { audiences: string | null }[];
      expect(imported.length).toBe(13);
      expect(imported.every((row) => row.audiences === null)).toBe(true);
    } finally {
      await other.cleanup();
    }
  });

  it('refuses a file that puts one powiat in two subregions, naming both', async () => {
    await addAudiencesSubregions(db);
    const document = await exportExchange(db, NO_FILTER);
    const broken = { ...document, subregions: [...document.subregions!, { id: 'sub-extra', name: 'Drugi', voivodeship: '24', powiats: ['2473'] }] };
    const other = await openTempDatabase();
    try {
      await expect(importExchangeDocument(other.runtime, broken, { backup: false })).rejects.toThrow('nic nie zaimportowano');
      const file = path.join(makeTempDir('Kooperator plik '), 'subregiony.json');
      fs.writeFileSync(file, JSON.stringify(broken));
      const { problems } = await checkExchangeFile(other.runtime.db, file);
      expect(JSON.stringify(problems)).toMatch(/"path":"subregions\[4\]\.powiats\[0\]","message":"powiat 2473 należy już do innego subregionu \(subregions\[\d\]\); powiat może być tylko w jednym"/);
      // A subregion named like another one of the register (another id) in the same voivodeship is refused too.
      await addSubregions(other.runtime.db);
      const renamed = { ...document, subregions: [{ id: 'sub-inny', name: 'SUBREGION ZACHODNI', voivodeship: '24', powiats: ['2404'] }] };
      await expect(importExchangeDocument(other.runtime, renamed, { backup: false })).rejects.toThrow('nic nie zaimportowano');
      fs.writeFileSync(file, JSON.stringify(renamed));
      const second = await checkExchangeFile(other.runtime.db, file);
      expect(JSON.stringify(second.problems)).toContain('w bazie jest już inny subregion o nazwie „Subregion zachodni” w tym województwie');
      fs.rmSync(path.dirname(file), { recursive: true, force: true });
      expect(Number(((await other.runtime.db('subregions').count({ n: '*' })) as { n: number }[])[0]!.n)).toBe(4);
    } finally {
      await other.cleanup();
    }
  });
});

describe.skipIf(!TEST_POSTGRES_URL)('the copy to PostgreSQL (needs KOOPERATOR_TEST_DATABASE_URL)', () => {
  it('carries the subregions, their powiats and the events’ audiences', async () => {
    await withOfficeAndServer('Kooperator subregiony ', async ({ office: source, server }) => {
      const office = await openRuntime(source, { dailyBackup: false, filesDir: source.filesDir });
      await addAudiencesSubregions(office.db);
      const rows = async (r: Runtime) => ({
        subregions: await r.db('subregions').orderBy('id').select('*'),
        powiats: await r.db('subregion_powiats').orderBy('powiat_code').select('*'),
        audiences: await r.db('events').orderBy('id').select('id', 'audiences'),
      });
      const before = await rows(office);
      await office.close();
      await copyDatabase(source, server);
      const copied = await openRuntime(server, { dailyBackup: false, filesDir: server.filesDir });
      try {
        const after = await rows(copied);
        expect(after).toEqual(before);
        expect(after.powiats).toHaveLength(10);
        const summary = unwrap<ReportSummary>((await dispatch(copied, 'reports.summary', { from: '2019-01-01', to: '2019-12-31' })) as Result<unknown>);
        expect(summary.subregionSpread?.training?.subregions).toBe(4);
      } finally {
        await copied.close();
      }
    });
  }, 120_000);
});
