/**
 * `kooperator certificates` as users run it (a real process on a real file; needs `node build/scripts/build-node.mjs`):
 * the register of a year, of a project, as lines, as XLSX read back, as PDF read back.
 */
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../main/ipc/dispatch';
import { openRuntime } from '../../main/runtime';
import { kooperator } from '../support/cli';
import { pdfToText } from '../support/pdf';
import { makeTempDir } from '../support/tempDatabase';

const NOW = '2026-01-05T10:00:00.000Z';

let dir: string;
let file: string;
beforeEach(async () => {
  dir = makeTempDir('Kooperator Zaświadczenia ');
  file = path.join(dir, 'kooperator.sqlite');
  // Two certificates of a project's workshop in 2026, one of a training outside any project in 2026, one in 2025.
  const runtime = await openRuntime(file, { dailyBackup: false });
  const db = runtime.db;
  const stamps = { created_at: NOW, updated_at: NOW };
  await db('projects').insert({ id: 'prj-1', name: 'Kooperacje 3D', ...stamps });
  await db('people').insert([
    { id: 'p1', first_name: 'Anna', last_name: 'Łęcka', ...stamps },
    { id: 'p2', first_name: 'Jan', last_name: 'Żak', ...stamps },
  ]);
  const event = (id: string, title: string, startsAt: string, projectId: string | null) => ({
    id, title, type: 'workshop', status: 'held', project_id: projectId, starts_at: startsAt, ends_at: startsAt.replace('T08', 'T14'), hours: 6, hour_unit: 'didactic', ...stamps,
  });
  await db('events').insert([
    event('w1', 'Warsztat „Razem łatwiej”', '2026-03-12T08:00:00.000Z', 'prj-1'),
    event('t1', 'Szkolenie: dialog motywujący', '2026-05-06T08:00:00.000Z', null),
    event('old', 'Warsztat jesienny', '2025-10-01T08:00:00.000Z', 'prj-1'),
  ]);
  const participants = [['w1', 'p1', '2026-03-12'], ['w1', 'p2', '2026-03-12'], ['t1', 'p1', '2026-05-06'], ['old', 'p2', '2025-10-01']] as const;
  for (const [eventId, personId, day] of participants) {
    await db('event_participants').insert({ id: `${eventId}-${personId}`, event_id: eventId, person_id: personId, created_at: NOW });
    await db('attendance').insert({ participant_id: `${eventId}-${personId}`, day, status: 'present' });
  }
  for (const [eventId, issuedOn] of [['old', '2025-10-02'], ['w1', '2026-03-13'], ['t1', '2026-05-07']] as const) {
    const result = await dispatch(runtime, 'eventDocuments.issueCertificates', { eventId, issuedOn });
    if (!result.ok) throw new Error(result.error.message);
  }
  await runtime.close();
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('kooperator certificates', () => {
  it('lists the certificates of a year, by number', async () => {
    const outcome = await kooperator('--db', file, 'certificates', '--year', '2026');
    expect(outcome.stderr).toBe('');
    expect(outcome.code).toBe(0);
    expect(outcome.stdout.trim().split('\n')).toEqual([
      '1/2026\t13.03.2026\tAnna Łęcka\tWarsztat „Razem łatwiej”\t12 marca 2026 r.',
      '2/2026\t13.03.2026\tJan Żak\tWarsztat „Razem łatwiej”\t12 marca 2026 r.',
      '3/2026\t07.05.2026\tAnna Łęcka\tSzkolenie: dialog motywujący\t6 maja 2026 r.',
      'Razem: 3',
    ]);
  });

  it('narrows to a project and writes the XLSX the screen downloads', async () => {
    const out = path.join(dir, 'wyniki', 'rejestr.xlsx');
    const outcome = await kooperator('--db', file, 'certificates', '--project', 'prj-1', '--format', 'xlsx', '--out', out);
    expect(outcome.code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const sheet = workbook.worksheets[0]!;
    const rows = sheet.getSheetValues().slice(1).map((row) => (row as ExcelJS.CellValue[]).slice(1));
    expect(rows[0]).toEqual(['Lp.', 'Nr zaświadczenia', 'Data wydania', 'Imię i nazwisko', 'Wydarzenie', 'Rodzaj wydarzenia', 'Początek wydarzenia', 'Koniec wydarzenia', 'Projekt']);
    expect(rows.slice(1).map((row) => [row[1], row[3], row[8]])).toEqual([
      ['1/2025', 'Jan Żak', 'Kooperacje 3D'],
      ['1/2026', 'Anna Łęcka', 'Kooperacje 3D'],
      ['2/2026', 'Jan Żak', 'Kooperacje 3D'],
    ]);
    expect(rows[2]![2]).toEqual(new Date(Date.UTC(2026, 2, 13)));
  });

  it('writes the PDF with its scope, and refuses a year that is not one', async () => {
    const out = path.join(dir, 'rejestr.pdf');
    expect((await kooperator('--db', file, 'certificates', '--year', '2026', '--project', 'prj-1', '--format', 'pdf', '--out', out)).code).toBe(0);
    const text = (await pdfToText(new Uint8Array(fs.readFileSync(out)))).replace(/\s+/g, ' ');
    expect(text).toContain('REJESTR WYDANYCH ZAŚWIADCZEŃ – 2026 r.');
    expect(text).toContain('Zakres: projekt „Kooperacje 3D”.');
    expect(text).toContain('Wydano 2 zaświadczenia.');
    expect(text).not.toContain('dialog motywujący');
    const wrong = await kooperator('--db', file, 'certificates', '--year', '26');
    expect(wrong.code).not.toBe(0);
    expect(wrong.stderr).toContain('--year musi być rokiem, np. 2026 (jest „26”)');
  }, 60_000);
});
