/**
 * Seed 003 (RCPS Łódź, 2018) rebuilt event by event and reproduced through `kooperator report`: 8 agreements with
 * JSTs, 8 cross-sector trainings with 211 people, coaching of 201 clock hours for 16 social workers, 9 meetings of
 * the model experts' team (needs `node build/scripts/build-node.mjs`).
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openRuntime } from '../../main/runtime';
import { kooperator } from '../support/cli';
import { makeTempDir } from '../support/tempDatabase';

const NOW = '2024-01-01T00:00:00.000Z';
const stamps = { created_at: NOW, updated_at: NOW };
const JSTS: [string, string][] = [
  ['Łódź', '1061011'],
  ['Piotrków Trybunalski', '1062011'],
  ['Łowicz', '1004011'],
  ['Zgierz', '1020011'],
  ['Zduńska Wola', '1019011'],
  ['Sieradz', '1013011'],
  ['Tomaszów Mazowiecki', '1016011'],
  ['Radomsko', '1012011'],
];

let dir: string;
let file: string;
beforeEach(async () => {
  dir = makeTempDir('Kooperator Seed 003 ');
  file = path.join(dir, 'kooperator.sqlite');
  const runtime = await openRuntime(file, { dailyBackup: false });
  const db = runtime.db;
  await db('projects').insert({ id: 'k3d', name: 'Kooperacje 3D', ...stamps });
  for (const [i, [name, code]] of JSTS.entries()) {
    await db('agreements').insert({ id: `a${i}`, number: `RCPS/${i + 1}/2018`, status: 'signed', signed_on: `2018-0${(i % 8) + 2}-15`, project_id: 'k3d', ...stamps });
    await db('agreement_parties').insert({ id: `a${i}-1`, agreement_id: `a${i}`, position: 1, kind: 'gmina', name: `Gmina ${name}`, teryt_code: code });
  }
  const events: object[] = [];
  const participants: object[] = [];
  const attendance: object[] = [];
  const people: object[] = [];
  const roles: object[] = [];
  const add = (id: string, type: string, day: string, hours: number, unit: string, mode: string | null, who: string[]) => {
    events.push({ id, title: id, type, status: 'held', project_id: 'k3d', teryt_code: '1061011', starts_at: `${day}T08:00:00.000Z`, ends_at: `${day}T14:00:00.000Z`, hours, hour_unit: unit, mode, ...stamps });
    for (const person of who) {
      participants.push({ id: `${id}-${person}`, event_id: id, person_id: person, created_at: NOW });
      attendance.push({ participant_id: `${id}-${person}`, day, status: 'present' });
    }
  };
  for (let p = 1; p <= 211; p++) people.push({ id: `o${p}`, first_name: 'Osoba', last_name: `Nr ${p}`, ...stamps });
  for (let w = 1; w <= 16; w++) {
    people.push({ id: `sw${w}`, first_name: 'Pracownik', last_name: `Socjalny ${w}`, ...stamps });
    roles.push({ person_id: `sw${w}`, role: 'social_worker' });
  }
  // 8 trainings: the 211 people, each at one of them.
  for (let t = 0; t < 8; t++) add(`szk${t}`, 'training', `2018-${String(t + 3).padStart(2, '0')}-20`, 16, 'didactic', null, Array.from({ length: 211 }, (_, p) => `o${p + 1}`).filter((_, p) => p % 8 === t));
  // 67 individual coaching sessions of 3 clock hours for 16 social workers: 201 hours.
  for (let c = 0; c < 67; c++) add(`coa${c}`, 'coaching', `2018-${String((c % 9) + 4).padStart(2, '0')}-${String((c % 27) + 1).padStart(2, '0')}`, 3, 'clock', 'individual', [`sw${(c % 16) + 1}`]);
  // 9 meetings of the model experts' team.
  for (let m = 0; m < 9; m++) add(`zes${m}`, 'expert_team_meeting', `2018-${String(m + 2).padStart(2, '0')}-05`, 4, 'clock', null, []);
  for (let k = 0; k < people.length; k += 50) await db('people').insert(people.slice(k, k + 50));
  await db('person_roles').insert(roles);
  for (let k = 0; k < events.length; k += 50) await db('events').insert(events.slice(k, k + 50));
  for (let k = 0; k < participants.length; k += 50) await db('event_participants').insert(participants.slice(k, k + 50));
  for (let k = 0; k < attendance.length; k += 100) await db('attendance').insert(attendance.slice(k, k + 100));
  await runtime.close();
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('seed 003 through kooperator report', () => {
  it('states 8 agreements, 8 trainings with 211 people, 201 hours of coaching for 16 social workers and 9 meetings of the experts’ team', async () => {
    const result = await kooperator('--db', file, 'report', '--year', '2018', '--format', 'json');
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const json = JSON.parse(result.stdout) as { agreements: { signed: number; gminas: number }; events: Record<string, { count: number; participants: number }>; coaching: { individual: { clockEquivalent: number; participants: number } }; narrative: { items: string[] } };
    expect(json.agreements).toMatchObject({ signed: 8, gminas: 8 });
    expect(json.events.training).toMatchObject({ count: 8, participants: 211 });
    expect(json.coaching.individual).toMatchObject({ clockEquivalent: 201, participants: 16 });
    expect(json.events.expert_team_meeting!.count).toBe(9);
    const items = json.narrative.items.map((item) => item.replace(/\u00a0/g, ' '));
    expect(items.some((item) => item.startsWith('podpisano 8 porozumień o współpracy'))).toBe(true);
    expect(items.some((item) => item.startsWith('zorganizowano 8 szkoleń') && item.endsWith('udział wzięło 211 osób'))).toBe(true);
    expect(items.some((item) => item.startsWith('przeprowadzono 201 godzin indywidualnego coachingu dla 16 pracowników socjalnych'))).toBe(true);
    expect(items.some((item) => item.includes('9 spotkań Zespołu ds. Modelu'))).toBe(true);
  });
});

describe('seed 001 through kooperator report', () => {
  it('states 1 conference, 5 consultation meetings, 8 trainings of 168 didactic hours and about 300 hours of coaching for 30 social workers', async () => {
    const seed = path.join(dir, 'seed-001.sqlite');
    const runtime = await openRuntime(seed, { dailyBackup: false });
    const db = runtime.db;
    await db('projects').insert({ id: 'k3d', name: 'Kooperacje 3D', ...stamps });
    const workers = Array.from({ length: 30 }, (_, w) => ({ id: `sw${w + 1}`, first_name: 'Pracownik', last_name: `Socjalny ${w + 1}`, ...stamps }));
    await db('people').insert(workers);
    await db('person_roles').insert(workers.map((w) => ({ person_id: w.id, role: 'social_worker' })));
    const events: object[] = [];
    const participants: object[] = [];
    const attendance: object[] = [];
    const add = (id: string, type: string, day: string, hours: number, unit: string, mode: string | null, who: string[] = []) => {
      events.push({ id, title: id, type, status: 'held', project_id: 'k3d', teryt_code: '2469011', starts_at: `${day}T08:00:00.000Z`, ends_at: `${day}T14:00:00.000Z`, hours, hour_unit: unit, mode, ...stamps });
      for (const person of who) {
        participants.push({ id: `${id}-${person}`, event_id: id, person_id: person, created_at: NOW });
        attendance.push({ participant_id: `${id}-${person}`, day, status: 'present' });
      }
    };
    add('konf', 'conference', '2018-06-21', 5, 'clock', null);
    // September: 1 consultation for managers and 4 for OPS staff.
    for (let k = 0; k < 5; k++) add(`kons${k}`, 'consultation', `2018-09-${String(10 + k).padStart(2, '0')}`, 3, 'clock', null);
    // October–November: 8 trainings, 168 didactic hours (21 each).
    for (let t = 0; t < 8; t++) add(`szk${t}`, 'training', `2018-${t < 4 ? '10' : '11'}-${String(5 + t).padStart(2, '0')}`, 21, 'didactic', null);
    // From August: individual coaching of 30 social workers, 2 sessions of 5 clock hours each = 300 hours.
    for (let c = 0; c < 60; c++) add(`coa${c}`, 'coaching', `2018-${String(8 + (c % 5)).padStart(2, '0')}-${String((c % 28) + 1).padStart(2, '0')}`, 5, 'clock', 'individual', [`sw${(c % 30) + 1}`]);
    for (let k = 0; k < events.length; k += 50) await db('events').insert(events.slice(k, k + 50));
    for (let k = 0; k < participants.length; k += 50) await db('event_participants').insert(participants.slice(k, k + 50));
    await db('attendance').insert(attendance);
    // For whom the consultations were: the seed's "1 dla kadry kierowniczej oraz 4 dla pracowników ops".
    await db('events').where({ id: 'kons0' }).update({ audiences: '["management"]' });
    await db('events').whereIn('id', ['kons1', 'kons2', 'kons3', 'kons4']).update({ audiences: '["social_workers"]' });
    await runtime.close();

    const result = await kooperator('--db', seed, 'report', '--year', '2018', '--format', 'json');
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const json = JSON.parse(result.stdout) as { events: Record<string, { count: number; hours: { didactic: number } }>; coaching: { individual: { clockEquivalent: number; participants: number } }; narrative: { items: string[] } };
    expect([json.events.conference!.count, json.events.consultation!.count, json.events.training!.count, json.events.training!.hours.didactic]).toEqual([1, 5, 8, 168]);
    expect(json.coaching.individual).toMatchObject({ clockEquivalent: 300, participants: 30 });
    const items = json.narrative.items.map((item) => item.replace(/\u00a0/g, ' '));
    expect(items.some((item) => item.startsWith('zorganizowano 8 szkoleń (łącznie 168 godzin dydaktycznych)'))).toBe(true);
    expect(items.some((item) => item.startsWith('zorganizowano 5 spotkań konsultacyjnych, w tym 1 dla kadry kierowniczej i 4 dla pracowników OPS'))).toBe(true);
    expect(items.some((item) => item.includes('300 godzin indywidualnego coachingu dla 30 pracowników socjalnych'))).toBe(true);
  });
});

describe('seed 004 through kooperator report', () => {
  it('states 8 G-PZK formed with 7 meetings each, 8 focus studies, 2 one-day trainings, a 3-day study visit for 40 people and group coaching', async () => {
    const seed = path.join(dir, 'seed-004.sqlite');
    const runtime = await openRuntime(seed, { dailyBackup: false });
    const db = runtime.db;
    await db('projects').insert({ id: 'lk', name: 'Liderzy kooperacji', ...stamps });
    const gminas = ['Wodzisław', 'Bodzechów', 'Łoniów', 'Bogoria', 'Kije', 'Raków', 'Słupia', 'Tuczępy'];
    await db('partnerships').insert(gminas.map((code, i) => ({ id: `g${i}`, kind: 'gpzk', name: `G-PZK ${i + 1}`, teryt_code: null, notes: `Gmina ${code}`, project_id: 'lk', initiated_on: '2018-07-10', formalised_on: '2018-08-01', ...stamps })));
    const visitors = Array.from({ length: 40 }, (_, p) => ({ id: `o${p + 1}`, first_name: 'Członek', last_name: `G-PZK ${p + 1}`, ...stamps }));
    await db('people').insert(visitors);
    const events: object[] = [];
    const event = (id: string, type: string, start: string, end: string, hours: number, extra: object = {}) =>
      events.push({ id, title: id, type, status: 'held', project_id: 'lk', teryt_code: null, starts_at: start, ends_at: end, hours, hour_unit: 'didactic', ...stamps, ...extra });
    // 7 meetings of each G-PZK, August–December.
    for (let g = 0; g < 8; g++) for (let m = 0; m < 7; m++) event(`g${g}m${m}`, 'pzk_meeting', `2018-${String(8 + (m % 5)).padStart(2, '0')}-${String(3 + g + m).padStart(2, '0')}T08:00:00.000Z`, `2018-${String(8 + (m % 5)).padStart(2, '0')}-${String(3 + g + m).padStart(2, '0')}T11:00:00.000Z`, 4, { partnership_id: `g${g}`, project_id: null, teryt_code: null });
    event('szk1', 'training', '2018-09-20T07:00:00.000Z', '2018-09-20T14:00:00.000Z', 8);
    event('szk2', 'training', '2018-10-18T07:00:00.000Z', '2018-10-18T14:00:00.000Z', 8);
    event('wizyta', 'study_visit', '2018-11-06T09:00:00.000Z', '2018-11-08T14:00:00.000Z', 24);
    // 8 focus studies in August and September, one in each G-PZK's gmina.
    for (let g = 0; g < 8; g++) event(`focus${g}`, 'focus_group', `2018-0${8 + (g % 2)}-${String(10 + g).padStart(2, '0')}T08:00:00.000Z`, `2018-0${8 + (g % 2)}-${String(10 + g).padStart(2, '0')}T11:00:00.000Z`, 3, { partnership_id: `g${g}`, project_id: null });
    // The group meeting of the coach with the social workers / animators, 30 October in Kielce: 4 clock hours.
    event('coaching-grupowy', 'coaching', '2018-10-30T08:00:00.000Z', '2018-10-30T12:00:00.000Z', 4, { hour_unit: 'clock', mode: 'group' });
    for (let k = 0; k < events.length; k += 50) await db('events').insert(events.slice(k, k + 50));
    await db('event_participants').insert(visitors.map((p) => ({ id: `w-${p.id}`, event_id: 'wizyta', person_id: p.id, created_at: NOW })));
    await db('attendance').insert(visitors.map((p) => ({ participant_id: `w-${p.id}`, day: '2018-11-06', status: 'present' })));
    const animators = visitors.slice(0, 8);
    await db('event_participants').insert(animators.map((p) => ({ id: `c-${p.id}`, event_id: 'coaching-grupowy', person_id: p.id, created_at: NOW })));
    await db('attendance').insert(animators.map((p) => ({ participant_id: `c-${p.id}`, day: '2018-10-30', status: 'present' })));
    await runtime.close();

    const result = await kooperator('--db', seed, 'report', '--year', '2018', '--format', 'json');
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const json = JSON.parse(result.stdout) as { partnerships: Record<string, { formed: number }>; events: Record<string, { count: number; participants: number }>; narrative: { items: string[] } };
    expect(json.partnerships['G-PZK']!.formed).toBe(8);
    expect(json.events.pzk_meeting!.count).toBe(56);
    expect(json.events.training!.count).toBe(2);
    expect(json.events.study_visit).toMatchObject({ count: 1, participants: 40 });
    expect(json.events.focus_group!.count).toBe(8);
    const items = json.narrative.items.map((item) => item.replace(/\u00a0/g, ' '));
    expect(items.some((item) => item.includes('8 Gminno-Powiatowych') || item.includes('8 G-PZK'))).toBe(true);
    expect(items.some((item) => item.includes('udział wzięło 40 osób'))).toBe(true);
    expect(items).toContain('przeprowadzono 8 badań fokusowych (łącznie 24 godziny dydaktyczne)');
    expect(items).toContain('przeprowadzono 4 godziny grupowego coachingu dla 8 osób (1 sesja)');
  });
});
