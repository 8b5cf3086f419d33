/** `kooperator report` as users run it: a real process on a real file (needs `node build/scripts/build-node.mjs`). */
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openRuntime } from '../../main/runtime';
import { kooperator } from '../support/cli';
import { makeTempDir } from '../support/tempDatabase';

const NOW = '2024-01-01T00:00:00.000Z';


let dir: string;
let file: string;
beforeEach(async () => {
  dir = makeTempDir('Kooperator Raport ');
  file = path.join(dir, 'Dane ośrodka', 'kooperator.sqlite');
  // A small office database: a project with an indicator, a PZK formed, an agreement signed, two workshops in two
  // voivodeships (one in didactic, one in clock hours) with attendance, and a planned one.
  const runtime = await openRuntime(file, { dailyBackup: false });
  const db = runtime.db;
  const stamps = { created_at: NOW, updated_at: NOW };
  await db('projects').insert({ id: 'prj-1', name: 'Kooperacje 3D', ...stamps });
  await db('project_indicators').insert({ id: 'ind-1', project_id: 'prj-1', position: 1, code: 'W-WAR', name: 'Liczba warsztatów kooperacyjnych', unit: 'szt.', target: 4, measure: JSON.stringify({ kind: 'events', eventTypes: ['workshop'] }) });
  await db('institutions').insert({ id: 'mops', name: 'MOPS w Będzinie', type: 'ops', teryt_code: '2401011', ...stamps });
  await db('people').insert([
    { id: 'p1', first_name: 'Anna', last_name: 'Łęcka', ...stamps },
    { id: 'p2', first_name: 'Jan', last_name: 'Żak', ...stamps },
  ]);
  await db('partnerships').insert({ id: 'pzk', kind: 'pzk', name: 'PZK Będzin', teryt_code: '2401011', project_id: 'prj-1', leader_institution_id: 'mops', formalised_on: '2019-05-15', ...stamps });
  await db('agreements').insert({ id: 'a1', number: 'ROPS/1/2019', status: 'signed', signed_on: '2019-03-01', project_id: 'prj-1', ...stamps });
  await db('agreement_parties').insert({ id: 'a1-1', agreement_id: 'a1', position: 1, kind: 'gmina', name: 'Gmina Będzin', teryt_code: '2401011' });
  const event = (id: string, teryt: string, startsAt: string, hours: number, unit: string, status = 'held') => ({
    id,
    title: `Warsztat ${id}`,
    type: 'workshop',
    status,
    project_id: 'prj-1',
    teryt_code: teryt,
    starts_at: startsAt,
    ends_at: startsAt.replace('T08', 'T12'),
    hours,
    hour_unit: unit,
    ...stamps,
  });
  await db('events').insert([event('w1', '2401011', '2019-03-12T08:00:00.000Z', 6, 'didactic'), event('w2', '1061011', '2019-06-05T08:00:00.000Z', 4, 'clock'), event('w3', '2401011', '2020-02-10T08:00:00.000Z', 6, 'didactic', 'planned')]);
  await db('event_participants').insert([
    { id: 'w1-p1', event_id: 'w1', person_id: 'p1', created_at: NOW },
    { id: 'w1-p2', event_id: 'w1', person_id: 'p2', created_at: NOW },
    { id: 'w2-p1', event_id: 'w2', person_id: 'p1', created_at: NOW },
  ]);
  await db('attendance').insert([
    { participant_id: 'w1-p1', day: '2019-03-12', status: 'present' },
    { participant_id: 'w1-p2', day: '2019-03-12', status: 'absent' },
    { participant_id: 'w2-p1', day: '2019-06-05', status: 'present' },
  ]);
  await runtime.close();
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('kooperator report', () => {
  it('writes the summary as JSON with the required keys', async () => {
    const out = path.join(dir, 'wyniki', 'podsumowanie 2019.json');
    const result = await kooperator('--db', file, 'report', '--from', '2019-01-01', '--to', '2019-12-31', '--format', 'json', '--out', out);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toContain(out);
    const json = JSON.parse(fs.readFileSync(out, 'utf8')) as Record<string, unknown> & { events: Record<string, unknown>; narrative: { items: string[] } };
    for (const key of ['from', 'to', 'scope', 'events', 'partnerships', 'agreements', 'indicators']) expect(json).toHaveProperty(key);
    expect(json).toMatchObject({
      from: '2019-01-01',
      to: '2019-12-31',
      scope: { kind: 'all' },
      events: { workshop: { count: 2, hours: { clock: 4, didactic: 6 }, clockEquivalent: 8.5, participants: 1, attendances: 2 } },
      partnerships: { PZK: { formed: 1, active: 1 } },
      agreements: { signed: 1 },
      indicators: [{ code: 'W-WAR', target: 4, achieved: 2 }],
    });
    expect(json.narrative.items).toContain('zorganizowano 2 warsztaty kooperacyjne (łącznie 8,5 godziny zegarowej); udział wzięła 1 osoba');
  });

  it('says on standard error which events of the period it left out, still planned after their end', async () => {
    const result = await kooperator('--db', file, 'report', '--from', '2020-01-01', '--to', '2020-12-31', '--format', 'json');
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('Uwaga: poza zestawieniem – wydarzenia nadal „planowane” po zakończeniu: 1.');
    expect(result.stderr).toContain('2020-02-10 Warsztat w3 (w3)');
    const json = JSON.parse(result.stdout) as { leftOut: { id: string }[]; events: { workshop: { count: number } } };
    expect(json.leftOut.map((e) => e.id)).toEqual(['w3']);
    expect(json.events.workshop.count).toBe(0);
  });

  it('--year and --teryt narrow the period and the place; without --out JSON goes to standard output', async () => {
    const result = await kooperator('--db', file, 'report', '--year', '2019', '--teryt', '24', '--rounding', 'approximate');
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout) as { from: string; to: string; scope: { name: string }; events: { workshop: { count: number } }; rounding: string };
    expect(json).toMatchObject({ from: '2019-01-01', to: '2019-12-31', scope: { name: 'województwo śląskie' }, events: { workshop: { count: 1 } }, rounding: 'approximate' });
  });

  it('writes a valid XLSX with numbers stored as numbers', async () => {
    const out = path.join(dir, 'podsumowanie.xlsx');
    const result = await kooperator('--db', file, 'report', '--year', '2019', '--project', 'prj-1', '--format', 'xlsx', '--out', out);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const events = workbook.getWorksheet('Wydarzenia')!;
    const workshop = events.getRows(2, 14)!.find((row) => row.getCell(1).value === 'Warsztat kooperacyjny')!;
    expect(workshop.getCell(2).type).toBe(ExcelJS.ValueType.Number);
    expect(workshop.getCell(2).value).toBe(2);
    expect(workshop.getCell(5).value).toBe(8.5);
    const indicators = workbook.getWorksheet('Wskaźniki')!;
    expect(indicators.getRow(2).getCell(6).value).toBe(2);
    expect(indicators.getRow(2).getCell(7).value).toBe(50);
  });

  it('refuses a reversed period, an unknown format and a binary format without --out, with clear messages', async () => {
    const reversed = await kooperator('--db', file, 'report', '--from', '2020-01-01', '--to', '2019-01-01');
    expect(reversed.code).toBe(1);
    expect(reversed.stderr).toContain('Koniec okresu nie może być wcześniejszy niż jego początek');
    const format = await kooperator('--db', file, 'report', '--year', '2019', '--format', 'odt', '--out', path.join(dir, 'x.odt'));
    expect(format.code).toBe(1);
    expect(format.stderr).toContain('Wybierz format');
    const noOut = await kooperator('--db', file, 'report', '--year', '2019', '--format', 'xlsx');
    expect(noOut.code).toBe(1);
    expect(noOut.stderr).toContain('--out');
    const help = await kooperator('report', '--help');
    expect(help.stdout).toContain('kooperator report');
    expect(help.stdout).toContain('--teryt');
  });
});
