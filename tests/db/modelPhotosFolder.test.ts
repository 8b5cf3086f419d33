/**
 * Photos with captions and the event's folder (issue 23, part D), from data the test makes itself — real PNG photos
 * and real PDF scans (fixtures/modelPhotosFolder.ts):
 * - an attachment says what it is: images become photos, PDFs signed lists (also those stored before kinds existed); caption, day and the summary's flag are
 *   edited and audited; a PDF cannot be a photo and a signed list cannot go to the summary (refused next to the field,
 *   nothing written);
 * - the exchange file (version 3) carries the descriptions losslessly both ways; a version-2 file leaves them alone;
 * - the copy to PostgreSQL keeps them;
 * - the summary's PDF and DOCX end with the chosen photos under their captions, its XLSX lists them, read back;
 * - Teczka wydarzenia: one PDF whose cover lists its parts, then the attendance list, the signed scan's pages, the
 *   image scan as a page, the certificate register with the numbers issued and the captioned photos — read back;
 *   a stored file gone missing is refused by its name.
 */
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { EventAttachment, ExchangeDocument, ExportedFile, IssuedCertificate, Result } from '../../preload/contract';
import { migrateDownOne, migrateToLatest, migrationState } from '../../db/migrate';
import { dispatch } from '../../main/ipc/dispatch';
import { createChromiumPrinter, type ChromiumPrinter } from '../../main/platform/chromiumPrinter';
import { openRuntime, type Runtime } from '../../main/runtime';
import { copyDatabase } from '../../main/cli/copy';
import { eventFolderPdf } from '../../main/services/eventDocuments';
import { exportExchange, importExchangeDocument } from '../../main/services/exchange';
import { NO_FILTER, withoutExportedAt } from '../support/exchange';
import { docxToText, pdfInfo, pdfToText } from '../support/pdf';
import { unwrap } from '../support/results';
import { openTempDatabase, TEST_POSTGRES_URL, type TempDatabase, withOfficeAndServer } from '../support/tempDatabase';
import { addImageScan, addPhotos, addSignedScan, testPdf } from './fixtures/modelPhotosFolder';

let printer: ChromiumPrinter;
let temp: TempDatabase;
let ctx: Runtime;
beforeAll(() => {
  printer = createChromiumPrinter();
});
afterAll(async () => {
  await printer.close();
});
beforeEach(async () => {
  temp = await openTempDatabase();
  ctx = temp.runtime;
  ctx.printPdf = printer;
});
afterEach(async () => {
  await temp.cleanup();
});

const NOW = '2026-01-05T10:00:00.000Z';
const CAPTIONS_MIGRATION = '20261207_019_attachment_captions';
const bytes = (file: ExportedFile) => new Uint8Array(Buffer.from(file.contentBase64, 'base64'));
const flat = (text: string) => text.replace(/\s+/g, ' ');
const call = async <T>(channel: string, input: unknown): Promise<Result<T>> => (await dispatch(ctx, channel, input)) as Result<T>;

/** A held G-PZK meeting in Wodzisław with three registered people, all present. */
async function meeting(title = 'Spotkanie G-PZK w Gminie Wodzisław'): Promise<string> {
  const db = ctx.db;
  await db('institutions').insert({ id: 'ins-ops', name: 'Gminny Ośrodek Pomocy Społecznej w Wodzisławiu', type: 'ops', created_at: NOW, updated_at: NOW }).onConflict('id').ignore();
  await db('projects')
    .insert({ id: 'prj-1', name: 'Kooperacje 3D', cofinancing_clause: 'Projekt współfinansowany ze środków Unii Europejskiej w ramach Europejskiego Funduszu Społecznego.', created_at: NOW, updated_at: NOW })
    .onConflict('id')
    .ignore();
  const id = `evt-${title.length}-${Math.random().toString(36).slice(2, 8)}`;
  await db('events').insert({
    id,
    title,
    type: 'pzk_meeting',
    status: 'held',
    starts_at: '2026-03-12T09:00:00.000Z',
    ends_at: '2026-03-12T12:00:00.000Z',
    place: 'Wodzisław, sala GOPS',
    hours: 4,
    hour_unit: 'didactic',
    project_id: 'prj-1',
    teryt_code: '2613052',
    created_at: NOW,
    updated_at: NOW,
  });
  const people = [
    ['Anna', 'Kowalczyk'],
    ['Bogdan', 'Łukasik'],
    ['Celina', 'Żak'],
  ];
  for (const [i, [first, last]] of people.entries()) {
    const personId = `${id}-per-${i}`;
    await db('people').insert({ id: personId, first_name: first, last_name: last, institution_id: 'ins-ops', created_at: NOW, updated_at: NOW });
    await db('event_participants').insert({ id: `${id}-epa-${i}`, event_id: id, person_id: personId, institution_id: 'ins-ops', walk_in: false, created_at: NOW });
    await db('attendance').insert({ participant_id: `${id}-epa-${i}`, day: '2026-03-12', status: 'present' });
  }
  return id;
}

describe('attachments say what they are', () => {
  it('makes an image a photo and a PDF a signed list, edits caption, day and the summary flag, and refuses what cannot be', async () => {
    const eventId = await meeting();
    const [photo] = await addPhotos(ctx, eventId, [{ caption: null }]);
    const scan = await addSignedScan(ctx, eventId, 1);
    expect(photo).toMatchObject({ kind: 'photo', caption: null, takenOn: null, inSummary: false, isImage: true });
    expect(scan).toMatchObject({ kind: 'signed_list', isImage: false });

    const edited = unwrap<EventAttachment>(await call('events.updateAttachment', { id: photo!.id, kind: 'photo', caption: '  Spotkanie G-PZK w Gminie Wodzisław ', takenOn: '2026-03-12', inSummary: true }));
    expect(edited).toMatchObject({ caption: 'Spotkanie G-PZK w Gminie Wodzisław', takenOn: '2026-03-12', inSummary: true });
    const detail = unwrap<{ attachments: EventAttachment[] }>(await call('events.get', { id: eventId }));
    expect(detail.attachments.map((a) => [a.kind, a.caption])).toEqual([
      ['photo', 'Spotkanie G-PZK w Gminie Wodzisław'],
      ['signed_list', null],
    ]);

    // The change is in the audit log, before and after.
    const entry = (await ctx.db('audit_log').where({ table_name: 'event_attachments', record_id: photo!.id, action: 'update' }).first()) as { changes: string } | undefined;
    expect(entry).toBeDefined();
    expect(JSON.stringify(entry)).toContain('Spotkanie G-PZK w Gminie Wodzisław');

    // A PDF is not a photo; a signed list does not go to the summary; a bad date is refused: nothing changes.
    const before = await ctx.db('event_attachments').orderBy('id').select('*');
    const notPhoto = await call('events.updateAttachment', { id: scan.id, kind: 'photo', caption: 'x' });
    expect(notPhoto).toMatchObject({ ok: false, error: { code: 'validation', fieldErrors: { kind: expect.stringContaining('zdjęciem może być tylko plik JPG lub PNG') } } });
    const listToSummary = await call('events.updateAttachment', { id: scan.id, kind: 'signed_list', inSummary: true });
    expect(listToSummary).toMatchObject({ ok: false, error: { fieldErrors: { inSummary: expect.stringContaining('Do sprawozdania trafiają tylko zdjęcia') } } });
    const badDay = await call('events.updateAttachment', { id: photo!.id, kind: 'photo', takenOn: '2026-02-30' });
    expect(badDay).toMatchObject({ ok: false, error: { fieldErrors: { takenOn: expect.stringContaining('RRRR-MM-DD') } } });
    const pdfAsPhoto = await call('events.addAttachment', { eventId, kind: 'photo', file: { fileName: 'skan.pdf', contentBase64: Buffer.from(await testPdf(['A'])).toString('base64') } });
    expect(pdfAsPhoto).toMatchObject({ ok: false, error: { fieldErrors: { kind: expect.stringContaining('skan.pdf') } } });
    expect(await ctx.db('event_attachments').orderBy('id').select('*')).toEqual(before);
  });
});

describe('attachments stored before kinds existed', () => {
  it('get their kind from their content when the database is brought up to date: images photos, PDFs signed lists', async () => {
    const db = ctx.db;
    while ((await migrationState(db)).applied.includes(CAPTIONS_MIGRATION)) await migrateDownOne(db);
    await db('events').insert({ id: 'e-old', title: 'Szkolenie', type: 'training', status: 'held', starts_at: '2025-05-06T08:00:00.000Z', ends_at: '2025-05-06T14:00:00.000Z', hour_unit: 'didactic', created_at: NOW, updated_at: NOW });
    const stored = (id: string, file: string) => ({ id, event_id: 'e-old', path: `skany/${id.padEnd(64, '0')}.${file.split('.').pop()}`, name: file, sha256: id.padEnd(64, '0'), created_at: NOW });
    await db('event_attachments').insert([stored('a1', 'lista.pdf'), stored('a2', 'sala.png'), stored('a3', 'grupa.jpeg'), stored('a4', 'flipchart.jpg')]);
    await migrateToLatest(db);
    const rows = (await db('event_attachments').orderBy('id').select('id', 'kind', 'caption', 'taken_on', 'in_summary')) as { id: string; kind: string; in_summary: boolean | number }[];
    expect(rows.map((row) => [row.id, row.kind, Boolean(row.in_summary)])).toEqual([
      ['a1', 'signed_list', false],
      ['a2', 'photo', false],
      ['a3', 'photo', false],
      ['a4', 'photo', false],
    ]);
  });
});

describe('the exchange file carries the descriptions (version 3)', () => {
  it('round-trips kinds, captions, days and flags losslessly, and a version-2 file leaves them as they are', async () => {
    const eventId = await meeting();
    await addPhotos(ctx, eventId, [
      { caption: 'Spotkanie G-PZK w Gminie Wodzisław', takenOn: '2026-03-12', inSummary: true },
      { caption: 'Praca w grupach – „mapa zasobów”', takenOn: null },
    ]);
    await addSignedScan(ctx, eventId, 2);
    const first = await exportExchange(ctx.db, NO_FILTER);
    expect(first.version).toBe(3);
    const attachments = first.events.find((e) => e.id === eventId)!.attachments!;
    expect(attachments).toHaveLength(3);
    expect(attachments.find((a) => a.caption === 'Spotkanie G-PZK w Gminie Wodzisław')).toMatchObject({ kind: 'photo', takenOn: '2026-03-12', inSummary: true });
    expect(attachments.find((a) => a.kind === 'signed_list')).not.toHaveProperty('caption');

    const other = await openTempDatabase();
    try {
      await importExchangeDocument(other.runtime, first, { backup: false });
      const again = await exportExchange(other.runtime.db, NO_FILTER);
      expect(withoutExportedAt(again)).toEqual(withoutExportedAt(first));
      // Imported again unchanged: nothing is written, nothing logged.
      const logged = await other.runtime.db('audit_log').count({ n: '*' }).first();
      await importExchangeDocument(other.runtime, first, { backup: false });
      expect(await other.runtime.db('audit_log').count({ n: '*' }).first()).toEqual(logged);
      // A changed caption in the file is written; a version-2 file (no attachments) leaves the captions alone.
      const changed: ExchangeDocument = structuredClone(first);
      changed.events.find((e) => e.id === eventId)!.attachments!.find((a) => a.kind === 'photo' && a.inSummary)!.caption = 'Spotkanie G-PZK – Wodzisław, 12 marca';
      await importExchangeDocument(other.runtime, changed, { backup: false });
      const v2: ExchangeDocument = { ...structuredClone(first), version: 2 as never, events: first.events.map(({ attachments: _gone, ...event }) => event) };
      await importExchangeDocument(other.runtime, v2, { backup: false });
      const captions = (await other.runtime.db('event_attachments').whereNotNull('caption').orderBy('caption').pluck('caption')) as string[];
      expect(captions).toEqual(['Praca w grupach – „mapa zasobów”', 'Spotkanie G-PZK – Wodzisław, 12 marca']);
    } finally {
      await other.cleanup();
    }
  });
});

describe.skipIf(!TEST_POSTGRES_URL)('the copy to PostgreSQL (needs KOOPERATOR_TEST_DATABASE_URL)', () => {
  it('keeps kinds, captions, days and flags, and the files themselves', async () => {
    await withOfficeAndServer('Kooperator zdjęcia ', async ({ office: source, server }) => {
      const office = await openRuntime(source, { dailyBackup: false, filesDir: source.filesDir });
      const saved = ctx;
      ctx = office;
      const eventId = await meeting();
      await addPhotos(ctx, eventId, [{ caption: 'Badania focus w Gminie Łopuszno', takenOn: '2026-03-12', inSummary: true }]);
      await addSignedScan(ctx, eventId, 1);
      ctx = saved;
      await office.close();
      await copyDatabase(source, server);
      const there = await openRuntime(server, { dailyBackup: false, filesDir: server.filesDir });
      try {
        const rows = (await there.db('event_attachments').orderBy('kind').select('kind', 'caption', 'taken_on', 'in_summary', 'path')) as { kind: string; caption: string | null; taken_on: string | null; in_summary: boolean; path: string }[];
        expect(rows.map(({ path: _p, ...row }) => row)).toEqual([
          { kind: 'photo', caption: 'Badania focus w Gminie Łopuszno', taken_on: '2026-03-12', in_summary: true },
          { kind: 'signed_list', caption: null, taken_on: null, in_summary: false },
        ]);
        for (const row of rows) expect(fs.existsSync(path.join(server.filesDir, ...row.path.split('/')))).toBe(true);
      } finally {
        await there.close();
      }
    });
  }, 60_000);
});

describe('the summary prints the chosen photos', () => {
  it('ends the PDF and the DOCX with the photo page: each chosen photo over its caption, the others left out', async () => {
    const wodzislaw = await meeting('Spotkanie G-PZK w Gminie Wodzisław');
    const lopuszno = await meeting('Badania fokusowe – Łopuszno');
    await addPhotos(ctx, wodzislaw, [
      { caption: 'Spotkanie G-PZK w Gminie Wodzisław', takenOn: '2026-03-12', inSummary: true },
      { caption: 'Przerwa kawowa', inSummary: false },
    ]);
    await addPhotos(ctx, lopuszno, [{ caption: 'Badania focus w Gminie Łopuszno', takenOn: '2026-03-13', inSummary: true }]);

    const summary = unwrap<{ photos: { caption: string | null; day: string }[] }>(await call('reports.summary', { from: '2026-01-01', to: '2026-12-31' }));
    expect(summary.photos.map((p) => [p.caption, p.day])).toEqual([
      ['Spotkanie G-PZK w Gminie Wodzisław', '2026-03-12'],
      ['Badania focus w Gminie Łopuszno', '2026-03-13'],
    ]);

    const pdf = bytes(unwrap<ExportedFile>(await call('reports.export', { from: '2026-01-01', to: '2026-12-31', format: 'pdf' })));
    const pages = (await pdfToText(pdf)).split('\f').map(flat);
    const photoPage = pages.findIndex((page) => page.includes('Dokumentacja fotograficzna'));
    expect(photoPage).toBeGreaterThan(0);
    const rest = pages.slice(photoPage).join(' ');
    expect(rest).toContain('Spotkanie G-PZK w Gminie Wodzisław (12.03.2026 r.)');
    expect(rest).toContain('Badania focus w Gminie Łopuszno (13.03.2026 r.)');
    expect(rest).toContain('Wydarzenie: Badania fokusowe – Łopuszno');
    expect(pages.join(' ')).not.toContain('Przerwa kawowa');

    const docx = flat(await docxToText(bytes(unwrap<ExportedFile>(await call('reports.export', { from: '2026-01-01', to: '2026-12-31', format: 'docx' })))));
    expect(docx).toContain('Dokumentacja fotograficzna');
    expect(docx).toContain('Badania focus w Gminie Łopuszno (13.03.2026 r.)');

    // The spreadsheet lists the same photos on a sheet of their own.
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(bytes(unwrap<ExportedFile>(await call('reports.export', { from: '2026-01-01', to: '2026-12-31', format: 'xlsx' })))) as never);
    const sheet = workbook.getWorksheet('Zdjęcia')!;
    expect(sheet.getRow(1).values).toEqual([undefined, 'Data', 'Podpis', 'Wydarzenie']);
    expect([2, 3].map((n) => sheet.getRow(n).getCell(2).value)).toEqual(['Spotkanie G-PZK w Gminie Wodzisław', 'Badania focus w Gminie Łopuszno']);
    expect(sheet.getRow(3).getCell(1).value).toEqual(new Date(Date.UTC(2026, 2, 13)));

    // Out of the period: no photo page at all.
    const other = (await pdfToText(bytes(unwrap<ExportedFile>(await call('reports.export', { from: '2025-01-01', to: '2025-12-31', format: 'pdf' }))))).replace(/\s+/g, ' ');
    expect(other).not.toContain('Dokumentacja fotograficzna');
  }, 60_000);
});

describe('Teczka wydarzenia', () => {
  it('holds the cover, the list, every page of the signed scan, the image scan, the register with its numbers and the captioned photos', async () => {
    const eventId = await meeting();
    await addSignedScan(ctx, eventId, 2);
    await addImageScan(ctx, eventId);
    await addPhotos(ctx, eventId, [
      { caption: 'Spotkanie G-PZK w Gminie Wodzisław', takenOn: '2026-03-12' },
      { caption: 'Praca w grupach – „mapa zasobów”', takenOn: '2026-03-12' },
    ]);
    const issued = unwrap<IssuedCertificate[]>(await call('eventDocuments.issueCertificates', { eventId, issuedOn: '2026-03-13' }));
    expect(issued).toHaveLength(3);

    const steps: string[] = [];
    const file = await eventFolderPdf(ctx, { eventId, onProgress: (step) => steps.push(step) });
    expect(file.fileName).toBe('teczka wydarzenia – Spotkanie G-PZK w Gminie Wodzisław.pdf');
    expect(steps[0]).toBe('Sprawdzanie plików wydarzenia (4 pliki)…');
    expect(steps.at(-1)).toBe('Gotowe.');

    const pdf = bytes(file);
    const pages = (await pdfToText(pdf)).split('\f').slice(0, -1).map(flat);
    // Cover 1, list 1, PDF scan 2, image scan 1, register 1, photos 1.
    expect(pages).toHaveLength(7);
    expect((await pdfInfo(pdf)).pages).toBe(7);

    expect(pages[0]).toContain('TECZKA WYDARZENIA');
    expect(pages[0]).toContain('Spotkanie G-PZK w Gminie Wodzisław');
    expect(pages[0]).toContain('Termin: 12 marca 2026 r., godz. 10:00–13:00');
    expect(pages[0]).toContain('Wodzisław, sala GOPS');
    expect(pages[0]).toContain('Projekt współfinansowany ze środków Unii Europejskiej');
    // The table of contents (pdftotext may set a cell's wrapped line after the next cells: the parts are checked one by one).
    expect(pages[0]).toContain('1. Lista obecności');
    expect(pages[0]).toContain('2. Podpisane listy obecności – skany (Lista obecności – podpisana.pdf, lista – skan');
    expect(pages[0]).toContain('s. 2 s. 3–5');
    expect(pages[0]).toContain('3. Rejestr wydanych zaświadczeń (3 zaświadczenia) s. 6');
    expect(pages[0]).toContain('4. Dokumentacja fotograficzna (2 zdjęcia) s. 7');
    expect(pages[0]).toContain('Teczka zawiera 7 stron (z okładką).');

    expect(pages[1]).toContain('LISTA OBECNOŚCI');
    expect(pages[1]).toContain('Łukasik');
    expect(pages[2]).toContain('SKAN LISTY - STRONA 1');
    expect(pages[3]).toContain('SKAN LISTY - STRONA 2');
    expect(pages[4]!.trim()).toBe('Strona 5 z 7'); // the image scan: a picture, no text but the folder's page number
    expect(pages[5]).toContain('REJESTR WYDANYCH ZAŚWIADCZEŃ');
    for (const certificate of issued) expect(pages[5]).toContain(certificate.number);
    expect(pages[5]).toContain('Żak');
    expect(pages[6]).toContain('Dokumentacja fotograficzna');
    expect(pages[6]).toContain('Spotkanie G-PZK w Gminie Wodzisław (12.03.2026 r.)');
    expect(pages[6]).toContain('Praca w grupach – „mapa zasobów” (12.03.2026 r.)');
    // Numbered as one document, the scans included: each page once, never a part's own "Strona 1 z 1".
    pages.forEach((page, i) => expect(page.match(/Strona \d+ z \d+/g), `page ${i + 1}`).toEqual([`Strona ${i + 1} z 7`]));
  }, 60_000);

  it('is refused, naming the file and the event, when a stored file is missing or damaged', async () => {
    const eventId = await meeting();
    const scan = await addSignedScan(ctx, eventId, 1);
    const row = (await ctx.db('event_attachments').where({ id: scan.id }).first('path')) as { path: string };
    const stored = path.join(ctx.filesDir, ...row.path.split('/'));

    fs.writeFileSync(stored, 'zmienione poza programem');
    const damaged = await call('eventDocuments.folder', { eventId });
    expect(damaged).toMatchObject({ ok: false, error: { message: expect.stringMatching(/^Teczki wydarzenia „Spotkanie G-PZK w Gminie Wodzisław” nie można utworzyć\. Plik „Lista obecności – podpisana\.pdf” .*uszkodzony/) } });

    fs.rmSync(stored);
    const missing = await call('eventDocuments.folder', { eventId });
    expect(missing).toMatchObject({ ok: false, error: { code: 'not_found', message: expect.stringContaining('Nie znaleziono pliku „Lista obecności – podpisana.pdf”') } });
  }, 60_000);
});
