/**
 * The period summary ("Podsumowanie roku / okresu") from a hand-made dataset inserted row by row: every figure,
 * the Polish sentences (counted forms for 1, 2, 5, 12, 22 and 42), the rounding styles, the files (XLSX with
 * numbers, DOCX and PDF with the narrative), and seed 000 reproduced from raw data.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { Knex } from 'knex';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { EVENT_TYPE_KEYS, type EventType, type ExportedFile, type IndicatorMeasure, type ReportRequestInput, type ReportSummary } from '../../preload/contract';
import { dispatch } from '../../main/ipc/dispatch';
import { createChromiumPrinter, type ChromiumPrinter } from '../../main/platform/chromiumPrinter';
import { approximate, formatQuantity, formatQuantityWithNoun, roundingStep } from '../../main/services/reports';
import { guessMeasure } from '../../db/migrations/20261207_013_indicator_measures';
import {
  agreementsSignedPhrase,
  coachingPhrase,
  eventsHeldPhrase,
  eventsPlannedPhrase,
  hoursPhrase,
  HOURS,
  NOUNS,
  participantsPhrase,
  partnershipsActivePhrase,
  partnershipsFormedPhrase,
  supervisionPhrase,
  tookPlace,
} from '../../main/services/reports/phrases';
import { counted } from '../../main/services/language/nouns';
import { planSpan } from '../../main/services/reports/summary';
import { warsawDay, warsawToday } from '../../preload/contract/warsawTime';
import { docxToText, pdfInfo, pdfToText } from '../support/pdf';
import { unwrap } from '../support/results';
import { openTempDatabase, type TempDatabase } from '../support/tempDatabase';

const NOW = '2024-01-01T00:00:00.000Z';
const stamps = { created_at: NOW, updated_at: NOW };
/** Non-breaking spaces (thousands) as plain spaces, for comparing with the seeds' text. */
const plain = (text: string) => text.replace(/\u00a0/g, ' ');
const bytes = (file: ExportedFile) => new Uint8Array(Buffer.from(file.contentBase64, 'base64'));
/** A 4×1 PNG: a logo strip as small as it gets. */
const PNG_4X1 = 'iVBORw0KGgoAAAANSUhEUgAAAAQAAAABCAIAAAB2XpiaAAAAEklEQVR4nGP4z8DAAMb///8HAB3vBfun0A7cAAAAAElFTkSuQmCC';

/** The images a PDF holds (pdfimages -list), one line each. */
async function pdfImages(pdf: Uint8Array): Promise<string[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'raport-pdf-'));
  try {
    fs.writeFileSync(path.join(dir, 'r.pdf'), pdf);
    const { stdout } = await promisify(execFile)('pdfimages', ['-list', path.join(dir, 'r.pdf')], { encoding: 'utf8' });
    return stdout.split('\n').slice(2).filter((line) => line.trim() !== '');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

let temp: TempDatabase;
let db: Knex;
beforeEach(async () => {
  temp = await openTempDatabase();
  db = temp.runtime.db;
});
afterEach(async () => {
  await temp.cleanup();
});

async function summary(input: ReportRequestInput): Promise<ReportSummary> {
  return unwrap<ReportSummary>(await dispatch(temp.runtime, 'reports.summary', input));
}

// ---------------------------------------------------------------------------------------------------------
// Row builders

async function institution(id: string, name: string, type: string, teryt: string | null) {
  await db('institutions').insert({ id, name, type, teryt_code: teryt, ...stamps });
}

async function person(id: string, roles: string[]) {
  await db('people').insert({ id, first_name: `Imię ${id}`, last_name: `Nazwisko ${id}`, ...stamps });
  for (const role of roles) await db('person_roles').insert({ person_id: id, role });
}

interface EventSpec {
  id: string;
  type: EventType;
  status?: 'held' | 'planned' | 'cancelled';
  startsAt: string;
  endsAt?: string;
  teryt?: string | null;
  project?: string | null;
  partnership?: string | null;
  hours?: number | null;
  unit?: 'clock' | 'didactic';
  mode?: 'individual' | 'group' | null;
  title?: string;
  /** person → [hours per person or null, { day: status }] */
  people?: Record<string, [number | null, Record<string, 'present' | 'absent' | 'excused'>]>;
}

async function event(spec: EventSpec) {
  await db('events').insert({
    id: spec.id,
    title: spec.title ?? `Wydarzenie ${spec.id}`,
    type: spec.type,
    status: spec.status ?? 'held',
    project_id: spec.project ?? null,
    partnership_id: spec.partnership ?? null,
    teryt_code: spec.teryt ?? null,
    starts_at: spec.startsAt,
    ends_at: spec.endsAt ?? new Date(Date.parse(spec.startsAt) + 4 * 3600_000).toISOString(),
    hours: spec.hours ?? null,
    hour_unit: spec.unit ?? 'didactic',
    mode: spec.mode ?? null,
    ...stamps,
  });
  for (const [personId, [hours, days]] of Object.entries(spec.people ?? {})) {
    const participantId = `${spec.id}-${personId}`;
    await db('event_participants').insert({ id: participantId, event_id: spec.id, person_id: personId, hours, created_at: NOW });
    for (const [day, status] of Object.entries(days)) await db('attendance').insert({ participant_id: participantId, day, status });
  }
}

interface PartnershipSpec {
  id: string;
  kind: 'pzk' | 'gpzk' | 'zzk';
  name: string;
  teryt?: string | null;
  project?: string | null;
  parent?: string | null;
  leader?: string | null;
  partner?: string | null;
  initiated?: string | null;
  formalised?: string | null;
  ended?: string | null;
}

async function partnership(spec: PartnershipSpec) {
  await db('partnerships').insert({
    id: spec.id,
    kind: spec.kind,
    name: spec.name,
    teryt_code: spec.teryt ?? null,
    project_id: spec.project ?? null,
    parent_partnership_id: spec.parent ?? null,
    leader_institution_id: spec.leader ?? null,
    strategic_partner_institution_id: spec.partner ?? null,
    initiated_on: spec.initiated ?? null,
    formalised_on: spec.formalised ?? null,
    ended_on: spec.ended ?? null,
    ...stamps,
  });
}

async function agreement(id: string, number: string, status: string, signedOn: string | null, project: string | null, parties: [kind: string, name: string, teryt: string | null][]) {
  await db('agreements').insert({ id, number, status, signed_on: signedOn, project_id: project, ...stamps });
  let position = 1;
  for (const [kind, name, teryt] of parties) await db('agreement_parties').insert({ id: `${id}-${position}`, agreement_id: id, position: position++, kind, name, teryt_code: teryt });
}

const BEDZIN = '2401011';
const CZELADZ = '2401021';
const SOSNOWIEC = '2475011';
const LODZ = '1061011';

/**
 * Two voivodeships (śląskie: Będzin in a land county, Sosnowiec a city county; łódzkie: Łódź), a project with
 * indicators, partnerships formed, initiated, ended and to come, agreements signed, terminated, drafted and sent,
 * and events of several types in both hour units: a 2-day workshop with attendance per day, coaching and supervision
 * (individual and group, with and without per-person hours), a held event at 00:30 on New Year's Day (Warsaw) but
 * still on 31 December in UTC, planned and cancelled ones.
 */
async function seedDataset() {
  await institution('mops-bedzin', 'MOPS w Będzinie', 'ops', BEDZIN);
  await institution('pcpr-bedzin', 'PCPR w Będzinie', 'pcpr', '2401');
  await institution('mops-sosnowiec', 'MOPS w Sosnowcu', 'ops', SOSNOWIEC);
  await institution('mops-lodz', 'MOPS w Łodzi', 'ops', LODZ);
  for (const id of ['p1', 'p2', 'p3', 'p4', 'p6']) await person(id, ['social_worker']);
  await person('p5', ['representative']);

  await db('projects').insert({ id: 'prj-1', name: 'Kooperacje 3D', ...stamps });
  const indicators: [string, string, string, number | null, IndicatorMeasure][] = [
    ['W-PZK', 'Liczba zawiązanych PZK', 'szt.', 4, { kind: 'partnerships', partnershipKinds: ['pzk'], state: 'formed' }],
    ['W-WAR', 'Liczba warsztatów kooperacyjnych', 'szt.', 4, { kind: 'events', eventTypes: ['workshop'] }],
    ['W-COA', 'Liczba godzin coachingu indywidualnego', 'godz.', 20, { kind: 'hours', eventTypes: ['coaching'], hourUnit: 'clock_equivalent', mode: 'individual' }],
    ['W-SUP', 'Godziny superwizji', 'h', 10, { kind: 'hours', eventTypes: ['supervision'], hourUnit: 'clock_equivalent', mode: null }],
    ['W-POR', 'Liczba podpisanych porozumień', 'szt.', 2, { kind: 'agreements' }],
    ['W-UCZ', 'Liczba pracowników socjalnych objętych coachingiem', 'os.', 4, { kind: 'people', eventTypes: ['coaching'], roles: ['social_worker'] }],
    ['W-REK', 'Liczba opracowanych rekomendacji', 'szt.', 1, { kind: 'manual' }],
  ];
  let position = 1;
  for (const [code, name, unit, target, measure] of indicators) {
    await db('project_indicators').insert({ id: `ind-${code}`, project_id: 'prj-1', position: position++, code, name, unit, target, measure: JSON.stringify(measure) });
  }
  // Recommendations are not in the register: entered by hand, one half-year in 2019 and one in 2020.
  await db('indicator_values').insert([
    { id: 'iv-1', indicator_id: 'ind-W-REK', position: 0, period_from: '2019-01-01', period_to: '2019-06-30', value: 1, note: 'Rekomendacje zespołu ds. modelu' },
    { id: 'iv-2', indicator_id: 'ind-W-REK', position: 1, period_from: '2020-01-01', period_to: '2020-06-30', value: 2, note: null },
  ]);

  await partnership({ id: 'pzk-bedzin', kind: 'pzk', name: 'PZK Będzin', teryt: BEDZIN, project: 'prj-1', leader: 'mops-bedzin', partner: 'pcpr-bedzin', initiated: '2019-02-01', formalised: '2019-05-15' });
  await partnership({ id: 'pzk-sosnowiec', kind: 'pzk', name: 'PZK Sosnowiec', teryt: SOSNOWIEC, project: 'prj-1', leader: 'mops-sosnowiec', initiated: '2018-11-10', formalised: '2019-01-20' });
  await partnership({ id: 'pzk-lodz', kind: 'pzk', name: 'PZK Łódź', teryt: LODZ, leader: 'mops-lodz', initiated: '2019-06-01' });
  await partnership({ id: 'pzk-czeladz', kind: 'pzk', name: 'PZK Czeladź', teryt: CZELADZ, formalised: '2018-06-01', ended: '2019-03-31' });
  await partnership({ id: 'pzk-old', kind: 'pzk', name: 'PZK dawny', teryt: CZELADZ, formalised: '2017-01-01', ended: '2018-12-31' });
  await partnership({ id: 'pzk-future', kind: 'pzk', name: 'PZK przyszły', teryt: BEDZIN, formalised: '2020-02-01' });
  await partnership({ id: 'pzk-undated', kind: 'pzk', name: 'PZK bez dat', teryt: BEDZIN });
  await partnership({ id: 'zzk-bedzin', kind: 'zzk', name: 'ZZK Będzin 1', parent: 'pzk-bedzin', initiated: '2019-09-01' });

  await agreement('a1', 'ROPS/K3D/1/2019', 'signed', '2019-03-01', 'prj-1', [
    ['voivodeship', 'Województwo Śląskie', '24'],
    ['gmina', 'Gmina Będzin', BEDZIN],
    ['powiat', 'Powiat Będziński', '2401'],
  ]);
  await agreement('a2', 'ROPS/K3D/2/2019', 'terminated', '2019-04-02', 'prj-1', [
    ['voivodeship', 'Województwo Śląskie', '24'],
    ['gmina', 'Gmina Sosnowiec', SOSNOWIEC],
  ]);
  await agreement('a3', 'RCPS/1/2019', 'signed', '2019-07-07', null, [
    ['voivodeship', 'Województwo Łódzkie', '10'],
    ['gmina', 'Gmina Miasto Łódź', LODZ],
  ]);
  await agreement('a4', 'ROPS/K3D/3/2019', 'draft', null, 'prj-1', [['gmina', 'Gmina Czeladź', CZELADZ]]);
  await agreement('a5', 'ROPS/K3D/9/2018', 'signed', '2018-12-20', 'prj-1', [['gmina', 'Gmina Czeladź', CZELADZ]]);
  await agreement('a6', 'ROPS/K3D/4/2019', 'sent', '2019-05-05', 'prj-1', [['gmina', 'Gmina Czeladź', CZELADZ]]);

  // A 2-day residential workshop: p1 both days, p2 the first, p3 excused then present, p5 absent both days.
  await event({
    id: 'e1',
    type: 'workshop',
    title: 'Warsztat kooperacyjny w Będzinie',
    startsAt: '2019-03-12T08:00:00.000Z',
    endsAt: '2019-03-13T14:00:00.000Z',
    teryt: BEDZIN,
    project: 'prj-1',
    hours: 16,
    unit: 'didactic',
    people: {
      p1: [null, { '2019-03-12': 'present', '2019-03-13': 'present' }],
      p2: [null, { '2019-03-12': 'present', '2019-03-13': 'absent' }],
      p3: [null, { '2019-03-12': 'excused', '2019-03-13': 'present' }],
      p5: [null, { '2019-03-12': 'absent', '2019-03-13': 'absent' }],
    },
  });
  await event({ id: 'e2', type: 'workshop', startsAt: '2019-05-20T07:00:00.000Z', teryt: SOSNOWIEC, project: 'prj-1', hours: 4, unit: 'clock', people: { p1: [null, { '2019-05-20': 'present' }], p4: [null, { '2019-05-20': 'present' }] } });
  await event({ id: 'e3', type: 'workshop', startsAt: '2019-06-05T07:00:00.000Z', teryt: LODZ, hours: 6, unit: 'didactic', people: { p6: [null, { '2019-06-05': 'present' }] } });
  await event({
    id: 'e4',
    type: 'training',
    startsAt: '2019-10-01T07:00:00.000Z',
    teryt: BEDZIN,
    project: 'prj-1',
    hours: 8,
    unit: 'didactic',
    people: { p1: [null, { '2019-10-01': 'present' }], p2: [null, { '2019-10-01': 'present' }], p4: [null, { '2019-10-01': 'excused' }] },
  });
  // Coaching: individual with per-person hours (3 instead of the event's 2), individual without, a group session without a mode.
  await event({ id: 'e5', type: 'coaching', startsAt: '2019-04-10T08:00:00.000Z', teryt: BEDZIN, project: 'prj-1', hours: 2, unit: 'clock', mode: 'individual', people: { p1: [3, { '2019-04-10': 'present' }] } });
  await event({ id: 'e6', type: 'coaching', startsAt: '2019-04-20T08:00:00.000Z', teryt: SOSNOWIEC, project: 'prj-1', hours: 2.5, unit: 'clock', mode: 'individual', people: { p4: [null, { '2019-04-20': 'present' }] } });
  await event({
    id: 'e7',
    type: 'coaching',
    startsAt: '2019-07-01T08:00:00.000Z',
    teryt: BEDZIN,
    project: 'prj-1',
    hours: 3,
    unit: 'clock',
    mode: null,
    people: { p1: [null, { '2019-07-01': 'present' }], p2: [null, { '2019-07-01': 'present' }], p3: [null, { '2019-07-01': 'present' }] },
  });
  // Supervision: individual with per-person hours (an absent person's hours do not count), group in didactic hours.
  await event({
    id: 'e8',
    type: 'supervision',
    startsAt: '2019-10-15T08:00:00.000Z',
    teryt: SOSNOWIEC,
    project: 'prj-1',
    hours: 2,
    unit: 'clock',
    mode: 'individual',
    people: { p4: [1.5, { '2019-10-15': 'present' }], p1: [4, { '2019-10-15': 'absent' }] },
  });
  await event({
    id: 'e9',
    type: 'supervision',
    startsAt: '2019-11-20T08:00:00.000Z',
    teryt: LODZ,
    hours: 4,
    unit: 'didactic',
    mode: 'group',
    people: { p6: [null, { '2019-11-20': 'present' }], p2: [null, { '2019-11-20': 'present' }] },
  });
  // 2018-12-31 23:30 UTC is 1 January 2019, 00:30 in Warsaw: in 2019. 2019-12-31 23:30 UTC is already 2020.
  await event({ id: 'e13', type: 'workshop', startsAt: '2018-12-31T23:30:00.000Z', endsAt: '2019-01-01T01:00:00.000Z', teryt: BEDZIN, project: 'prj-1', hours: 2, unit: 'didactic', title: 'Warsztat noworoczny' });
  await event({ id: 'e14', type: 'workshop', startsAt: '2019-12-31T23:30:00.000Z', teryt: BEDZIN, project: 'prj-1', hours: 2, unit: 'didactic' });
  // A ZZK meeting placed only through its ZZK (which has no code of its own: its parent PZK's).
  await event({ id: 'e16', type: 'zzk_meeting', startsAt: '2019-09-09T08:00:00.000Z', partnership: 'zzk-bedzin' });
  // Not counted: cancelled, planned inside the period; the plan: planned after it.
  await event({ id: 'e11', type: 'conference', status: 'cancelled', startsAt: '2019-09-01T08:00:00.000Z', teryt: BEDZIN, hours: 6 });
  await event({ id: 'e12', type: 'training', status: 'planned', startsAt: '2019-08-01T08:00:00.000Z', teryt: BEDZIN, hours: 8 });
  await event({ id: 'e10', type: 'workshop', status: 'planned', startsAt: '2020-02-10T08:00:00.000Z', teryt: BEDZIN, project: 'prj-1', hours: 8, unit: 'didactic', title: 'Warsztat lutowy' });
  await event({ id: 'e15', type: 'consultation', status: 'planned', startsAt: '2020-03-01T08:00:00.000Z', teryt: LODZ, hours: 2, unit: 'clock' });
  await event({ id: 'e17', type: 'consultation', status: 'planned', startsAt: '2021-01-05T08:00:00.000Z', teryt: LODZ, hours: 2, unit: 'clock' });
}

const YEAR_2019 = { from: '2019-01-01', to: '2019-12-31' };

// ---------------------------------------------------------------------------------------------------------

describe('the figures of a year, every one of them', () => {
  it('counts held events by type: hours per unit, clock equivalent, distinct participants, presence marks', async () => {
    await seedDataset();
    const s = await summary(YEAR_2019);
    expect(s.events.workshop).toEqual({ count: 4, hours: { clock: 4, didactic: 24 }, clockEquivalent: 22, participants: 5, unnamed: 0, attendances: 7 });
    expect(s.events.training).toEqual({ count: 1, hours: { clock: 0, didactic: 8 }, clockEquivalent: 6, participants: 2, unnamed: 0, attendances: 2 });
    expect(s.events.coaching).toEqual({ count: 3, hours: { clock: 8.5, didactic: 0 }, clockEquivalent: 8.5, participants: 4, unnamed: 0, attendances: 5 });
    expect(s.events.supervision).toEqual({ count: 2, hours: { clock: 1.5, didactic: 4 }, clockEquivalent: 4.5, participants: 3, unnamed: 0, attendances: 3 });
    expect(s.events.zzk_meeting).toEqual({ count: 1, hours: { clock: 0, didactic: 0 }, clockEquivalent: 0, participants: 0, unnamed: 0, attendances: 0 });
    for (const type of EVENT_TYPE_KEYS.filter((t) => !['workshop', 'training', 'coaching', 'supervision', 'zzk_meeting'].includes(t))) {
      expect(s.events[type], type).toEqual({ count: 0, hours: { clock: 0, didactic: 0 }, clockEquivalent: 0, participants: 0, unnamed: 0, attendances: 0 });
    }
    expect(s.eventTotals).toEqual({ count: 11, hours: { clock: 14, didactic: 36 }, clockEquivalent: 41, participants: 5, unnamed: 0, attendances: 17 });
  });

  it('splits coaching and supervision by mode, with per-person hours of present people where recorded', async () => {
    await seedDataset();
    const s = await summary(YEAR_2019);
    expect(s.coaching.individual).toEqual({ count: 2, hours: { clock: 5.5, didactic: 0 }, clockEquivalent: 5.5, participants: 2, unnamed: 0, attendances: 2 });
    // No mode recorded, three people present: a group session.
    expect(s.coaching.group).toEqual({ count: 1, hours: { clock: 3, didactic: 0 }, clockEquivalent: 3, participants: 3, unnamed: 0, attendances: 3 });
    expect(s.coaching.total.participants).toBe(4);
    expect(s.coaching).toMatchObject({ firstMonth: '2019-04', lastMonth: '2019-07', allSocialWorkers: true });
    expect(s.supervision.individual).toEqual({ count: 1, hours: { clock: 1.5, didactic: 0 }, clockEquivalent: 1.5, participants: 1, unnamed: 0, attendances: 1 });
    expect(s.supervision.group).toEqual({ count: 1, hours: { clock: 0, didactic: 4 }, clockEquivalent: 3, participants: 2, unnamed: 0, attendances: 2 });
    expect(s.supervision).toMatchObject({ firstMonth: '2019-10', lastMonth: '2019-11', allSocialWorkers: true });
  });

  it('counts partnerships formed (formalised, or initiated when never formalised) and active, and agreements signed', async () => {
    await seedDataset();
    const s = await summary(YEAR_2019);
    expect(s.partnerships).toEqual({
      pzk: { formed: 3, active: 4, initiated: 2 },
      gpzk: { formed: 0, active: 0, initiated: 0 },
      zzk: { formed: 1, active: 1, initiated: 1 },
    });
    expect(s.agreements).toEqual({ signed: 3, gminas: 3, powiats: 1 });
    expect(s.signedAgreements.map((a) => [a.number, a.signedOn, a.jsts])).toEqual([
      ['ROPS/K3D/1/2019', '2019-03-01', ['Gmina Będzin', 'Powiat Będziński']],
      ['ROPS/K3D/2/2019', '2019-04-02', ['Gmina Sosnowiec']],
      ['RCPS/1/2019', '2019-07-07', ['Gmina Miasto Łódź']],
    ]);
    // Seed 000's table: gmina / land county, leader, strategic partner.
    expect(s.formedPartnerships.map((p) => [p.kind, p.territory, p.leaderName, p.strategicPartnerName, p.formedOn])).toEqual([
      ['pzk', 'Będzin / Powiat Będziński', 'MOPS w Będzinie', 'PCPR w Będzinie', '2019-05-15'],
      ['pzk', 'Łódź', 'MOPS w Łodzi', null, '2019-06-01'],
      ['pzk', 'Sosnowiec', 'MOPS w Sosnowcu', null, '2019-01-20'],
      ['zzk', 'Będzin', null, null, '2019-09-01'],
    ]);
  });

  it('breaks the figures down per gmina and per voivodeship (the macroregion view)', async () => {
    await seedDataset();
    const s = await summary(YEAR_2019);
    expect(s.gminas.map((g) => [g.code, g.name, g.powiatName, g.voivodeshipName, g.events, g.hours, g.clockEquivalent, g.participants, g.attendances])).toEqual([
      [LODZ, 'Łódź', 'Łódź', 'łódzkie', 2, { clock: 0, didactic: 10 }, 7.5, 2, 3],
      [BEDZIN, 'Będzin', 'powiat będziński', 'śląskie', 6, { clock: 6, didactic: 26 }, 25.5, 3, 10],
      [SOSNOWIEC, 'Sosnowiec', 'Sosnowiec', 'śląskie', 3, { clock: 8, didactic: 0 }, 8, 2, 4],
    ]);
    expect(s.voivodeships.map((v) => [v.code, v.name, v.events, v.clockEquivalent, v.participants, v.attendances, v.partnershipsFormed, v.partnershipsActive, v.agreementsSigned])).toEqual([
      ['10', 'łódzkie', 2, 7.5, 2, 3, 1, 1, 1],
      ['24', 'śląskie', 9, 33.5, 4, 14, 3, 4, 2],
    ]);
  });

  it('computes indicators by their measures from the project’s own data: target, achieved, percent; values entered by hand of the period', async () => {
    await seedDataset();
    const s = await summary(YEAR_2019);
    expect(s.indicators.map((i) => [i.code, i.target, i.achieved, i.percent])).toEqual([
      ['W-PZK', 4, 2, 50],
      ['W-WAR', 4, 3, 75],
      ['W-COA', 20, 5.5, 27.5],
      ['W-SUP', 10, 1.5, 15],
      ['W-POR', 2, 2, 100],
      ['W-UCZ', 4, 4, 100],
      ['W-REK', 1, 1, 100],
    ]);
    expect(s.indicators[0]!.basis).toBe('liczba zespołów PZK zawiązanych w okresie');
    expect(s.indicators[6]!.basis).toBe('wartość wpisana ręcznie za okres');
  });

  it('writes a chronicle by month under nominative headings in capitals, and a plan of the next 12 months', async () => {
    await seedDataset();
    const s = await summary(YEAR_2019);
    expect(s.chronicle.map((m) => [m.month, m.heading])).toEqual([
      ['2019-01', 'STYCZEŃ'],
      ['2019-03', 'MARZEC'],
      ['2019-04', 'KWIECIEŃ'],
      ['2019-05', 'MAJ'],
      ['2019-06', 'CZERWIEC'],
      ['2019-07', 'LIPIEC'],
      ['2019-09', 'WRZESIEŃ'],
      ['2019-10', 'PAŹDZIERNIK'],
      ['2019-11', 'LISTOPAD'],
    ]);
    const month = (key: string) => s.chronicle.find((m) => m.month === key)!.sentences;
    expect(month('2019-01')).toEqual([
      'Zawiązano Partnerski Zespół Kooperacyjny (PZK): PZK Sosnowiec.',
      '1 stycznia 2019 r. odbył się warsztat kooperacyjny „Warsztat noworoczny” (Będzin) – 2 godziny dydaktyczne.',
    ]);
    expect(month('2019-03')).toEqual([
      'Podpisano porozumienie o współpracy nr ROPS/K3D/1/2019 (Gmina Będzin, Powiat Będziński).',
      '12–13 marca 2019 r. odbył się warsztat kooperacyjny „Warsztat kooperacyjny w Będzinie” (Będzin) – 16 godzin dydaktycznych; udział wzięły 3 osoby.',
    ]);
    expect(month('2019-04')).toEqual([
      'Podpisano porozumienie o współpracy nr ROPS/K3D/2/2019 (Gmina Sosnowiec).',
      'Przeprowadzono 2 sesje coachingowe (Będzin, Sosnowiec) – łącznie 5,5 godziny zegarowej; udział wzięły 2 osoby.',
    ]);
    expect(month('2019-09')).toEqual(['Powołano Zadaniowy Zespół Kooperacyjny (ZZK): ZZK Będzin 1.', '9 września 2019 r. odbyło się spotkanie ZZK „Wydarzenie e16” (Będzin).']);
    expect(s.monthly).toHaveLength(12);
    expect(s.monthly[0]).toEqual({ month: '2019-01', events: { workshop: 1 } });
    expect(s.monthly[3]).toEqual({ month: '2019-04', events: { coaching: 2 } });
    expect(s.monthly[9]).toEqual({ month: '2019-10', events: { training: 1, supervision: 1 } });

    expect(s.plan).toMatchObject({ from: '2020-01-01', to: '2020-12-31', byType: { workshop: 1, consultation: 1 } });
    expect(s.plan.events.map((e) => [e.id, e.startDay, e.territoryName])).toEqual([
      ['e10', '2020-02-10', 'Będzin'],
      ['e15', '2020-03-01', 'Łódź'],
    ]);
    expect(s.narrative.planIntro).toBe('Na 2020 rok zaplanowano:');
    expect(s.narrative.planItems.map(plain)).toEqual(['1 warsztat kooperacyjny (łącznie 8 godzin dydaktycznych)', '1 spotkanie konsultacyjne (łącznie 2 godziny zegarowe)']);
  });

  it('says it all in sentences', async () => {
    await seedDataset();
    const s = await summary(YEAR_2019);
    expect(s.title).toBe('Podsumowanie roku 2019');
    expect(s.narrative.intro).toBe('W 2019 roku:');
    expect(s.narrative.items).toEqual([
      'zawiązano 3 Partnerskie Zespoły Kooperacyjne (PZK); działały łącznie 4 PZK',
      'powołano 1 Zadaniowy Zespół Kooperacyjny (ZZK)',
      'podpisano 3 porozumienia o współpracy z jednostkami samorządu terytorialnego (3 gminy, 1 powiat)',
      'zorganizowano 1 szkolenie (łącznie 8 godzin dydaktycznych); udział wzięły 2 osoby',
      'zorganizowano 4 warsztaty kooperacyjne (łącznie 22 godziny zegarowe); udział wzięło 5 osób',
      'odbyło się 1 spotkanie ZZK',
      'przeprowadzono 5,5 godziny indywidualnego coachingu dla 2 pracowników socjalnych od kwietnia do lipca 2019 r. (2 sesje)',
      'przeprowadzono 3 godziny grupowego coachingu dla 3 pracowników socjalnych od kwietnia do lipca 2019 r. (1 sesja)',
      'zrealizowano 4,5 godziny superwizji indywidualnej i grupowej dla 3 pracowników socjalnych od października do listopada 2019 r. (2 sesje)',
    ]);
    expect(s.narrative.paragraphs[0]).toMatch(/^W 2019 roku zawiązano 3 Partnerskie Zespoły Kooperacyjne \(PZK\); .* \(2 sesje\)\.$/);
    expect(s.narrative.paragraphs[1]).toBe('Na 2020 rok zaplanowano 1 warsztat kooperacyjny (łącznie 8 godzin dydaktycznych), 1 spotkanie konsultacyjne (łącznie 2 godziny zegarowe).');
  });
});

describe('the plan of a period still running', () => {
  it('plans from today: what is still ahead in the period is in the plan, what is over though planned is left out, neither in both', async () => {
    expect(planSpan('2026-01-01', '2026-12-31', 12, '2026-12-07')).toEqual({ planFrom: '2026-12-07', planTo: '2027-12-31' });
    expect(planSpan('2019-01-01', '2019-12-31', 12, '2026-12-07')).toEqual({ planFrom: '2020-01-01', planTo: '2020-12-31' });
    expect(planSpan('2027-01-01', '2027-12-31', 1, '2026-12-07')).toEqual({ planFrom: '2027-01-01', planTo: '2028-01-31' });

    const now = Date.now();
    const year = warsawToday().slice(0, 4);
    await event({ id: 'ahead', type: 'workshop', status: 'planned', startsAt: new Date(now + 2 * 3600_000).toISOString(), endsAt: new Date(now + 3 * 3600_000).toISOString() });
    await event({ id: 'over', type: 'workshop', status: 'planned', startsAt: new Date(now - 3 * 3600_000).toISOString(), endsAt: new Date(now - 2 * 3600_000).toISOString() });
    const s = await summary({ from: `${year}-01-01`, to: `${year}-12-31`, scope: { kind: 'all' }, rounding: 'exact' });
    // The event ahead may fall on tomorrow's Warsaw day, or even into next year: the plan holds it either way.
    expect(s.plan.from).toBe(warsawToday());
    expect(s.plan.events.map((e) => e.id)).toEqual(['ahead']);
    expect(s.leftOut.map((e) => e.id)).toEqual(warsawDay(new Date(now - 3 * 3600_000).toISOString()) >= `${year}-01-01` ? ['over'] : []);
  });
});

describe('scopes', () => {
  it('a voivodeship, a powiat, a gmina: TERYT prefixes, with the place in the opening sentence', async () => {
    await seedDataset();
    const slaskie = await summary({ ...YEAR_2019, scope: { kind: 'territory', code: '24' } });
    expect(slaskie.scope).toEqual({ kind: 'territory', code: '24', projectId: null, name: 'województwo śląskie', level: 'voivodeship' });
    expect(slaskie.title).toBe('Podsumowanie roku 2019 – województwo śląskie');
    expect(slaskie.narrative.intro).toBe('W 2019 roku w województwie śląskim:');
    expect(slaskie.eventTotals).toMatchObject({ count: 9, clockEquivalent: 33.5, participants: 4, attendances: 14 });
    expect(slaskie.events.workshop.count).toBe(3);
    expect(slaskie.partnerships.pzk).toEqual({ formed: 2, active: 3, initiated: 1 });
    expect(slaskie.agreements).toEqual({ signed: 2, gminas: 2, powiats: 1 });
    expect(slaskie.voivodeships.map((v) => v.code)).toEqual(['24']);
    expect(slaskie.plan.events.map((e) => e.id)).toEqual(['e10']);

    const powiat = await summary({ ...YEAR_2019, scope: { kind: 'territory', code: '2401' } });
    expect(powiat.narrative.intro).toBe('W 2019 roku w powiecie będzińskim:');
    expect(powiat.eventTotals).toMatchObject({ count: 6, clockEquivalent: 25.5, participants: 3, attendances: 10 });
    expect(powiat.gminas.map((g) => g.code)).toEqual([BEDZIN]);
    expect(powiat.partnerships.pzk).toEqual({ formed: 1, active: 2, initiated: 1 });

    const gmina = await summary({ ...YEAR_2019, scope: { kind: 'territory', code: SOSNOWIEC } });
    expect(gmina.narrative.intro).toBe('W 2019 roku w gminie Sosnowiec:');
    expect(gmina.eventTotals).toMatchObject({ count: 3, clockEquivalent: 8 });
    expect(gmina.agreements).toEqual({ signed: 1, gminas: 1, powiats: 0 });

    const city = await summary({ ...YEAR_2019, scope: { kind: 'territory', code: '1061' } });
    expect(city.narrative.intro).toBe('W 2019 roku w mieście Łódź:');
    expect(city.voivodeships.map((v) => [v.name, v.events, v.agreementsSigned])).toEqual([['łódzkie', 2, 1]]);
  });

  it('a project: only what is linked to it, directly or through its partnership', async () => {
    await seedDataset();
    const s = await summary({ from: '2019-04-01', to: '2020-12-31', scope: { kind: 'project', projectId: 'prj-1' }, rounding: 'exact' });
    expect(s.title).toBe('Podsumowanie okresu od 1 kwietnia 2019 r. do 31 grudnia 2020 r. – projekt „Kooperacje 3D”');
    expect(s.narrative.intro).toBe('W okresie od 1 kwietnia 2019 r. do 31 grudnia 2020 r. w ramach projektu „Kooperacje 3D”:');
    // e2, e4, e5, e6, e7, e8, e14 (1 January 2020), e16 (through its ZZK's PZK); not e3, e9 (no project), e1, e13 (before April).
    expect(s.eventTotals.count).toBe(8);
    expect(s.events.workshop.count).toBe(2);
    expect(s.events.zzk_meeting.count).toBe(1);
    expect(s.partnerships.pzk).toEqual({ formed: 1, active: 2, initiated: 0 });
    expect(s.agreements.signed).toBe(1);
    expect(s.chronicle[0]!.heading).toBe('KWIECIEŃ 2019');
    expect(s.monthly).toHaveLength(21);
    expect(s.plan).toMatchObject({ from: '2021-01-01', to: '2021-12-31', events: [] });
    expect(s.narrative.planIntro).toBeNull();
  });

  it('refuses an unknown unit or project, a reversed period and a territory scope without a code', async () => {
    await seedDataset();
    expect(await dispatch(temp.runtime, 'reports.summary', { ...YEAR_2019, scope: { kind: 'territory', code: '99' } })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await dispatch(temp.runtime, 'reports.summary', { ...YEAR_2019, scope: { kind: 'project', projectId: 'nie-ma' } })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await dispatch(temp.runtime, 'reports.summary', { from: '2020-01-01', to: '2019-01-01' })).toMatchObject({ ok: false, error: { code: 'validation', fieldErrors: { to: expect.stringContaining('wcześniejszy') } } });
    expect(await dispatch(temp.runtime, 'reports.summary', { ...YEAR_2019, scope: { kind: 'territory' } })).toMatchObject({ ok: false, error: { code: 'validation' } });
  });

  it('an empty period says so', async () => {
    const s = await summary({ from: '2030-01-01', to: '2030-12-31' });
    expect(s.narrative.items).toEqual([]);
    expect(s.narrative.intro).toBe('W 2030 roku nie odnotowano odbytych wydarzeń, zawiązanych zespołów ani podpisanych porozumień.');
    expect(s.chronicle).toEqual([]);
    expect(s.eventTotals.count).toBe(0);
  });
});

// ---------------------------------------------------------------------------------------------------------

const NUMBERS = [1, 2, 5, 12, 22, 42] as const;

describe('the sentences are grammatical for 1, 2, 5, 12, 22 and 42', () => {
  const expectFor = (build: (n: number) => string, expected: string[]) => expect(NUMBERS.map((n) => plain(build(n)))).toEqual(expected);

  it('events of every kind, with the accusative after an impersonal verb and an agreeing verb for meetings', () => {
    expectFor((n) => eventsHeldPhrase('workshop', n), [
      'zorganizowano 1 warsztat kooperacyjny',
      'zorganizowano 2 warsztaty kooperacyjne',
      'zorganizowano 5 warsztatów kooperacyjnych',
      'zorganizowano 12 warsztatów kooperacyjnych',
      'zorganizowano 22 warsztaty kooperacyjne',
      'zorganizowano 42 warsztaty kooperacyjne',
    ]);
    expectFor((n) => eventsHeldPhrase('conference', n), [
      'zorganizowano 1 konferencję',
      'zorganizowano 2 konferencje',
      'zorganizowano 5 konferencji',
      'zorganizowano 12 konferencji',
      'zorganizowano 22 konferencje',
      'zorganizowano 42 konferencje',
    ]);
    expectFor((n) => eventsHeldPhrase('training', n), ['zorganizowano 1 szkolenie', 'zorganizowano 2 szkolenia', 'zorganizowano 5 szkoleń', 'zorganizowano 12 szkoleń', 'zorganizowano 22 szkolenia', 'zorganizowano 42 szkolenia']);
    expectFor((n) => eventsHeldPhrase('study_visit', n), [
      'zorganizowano 1 wizytę studyjną',
      'zorganizowano 2 wizyty studyjne',
      'zorganizowano 5 wizyt studyjnych',
      'zorganizowano 12 wizyt studyjnych',
      'zorganizowano 22 wizyty studyjne',
      'zorganizowano 42 wizyty studyjne',
    ]);
    expectFor((n) => eventsHeldPhrase('supervision', n), ['przeprowadzono 1 superwizję', 'przeprowadzono 2 superwizje', 'przeprowadzono 5 superwizji', 'przeprowadzono 12 superwizji', 'przeprowadzono 22 superwizje', 'przeprowadzono 42 superwizje']);
    expectFor((n) => eventsHeldPhrase('coaching', n), [
      'przeprowadzono 1 sesję coachingową',
      'przeprowadzono 2 sesje coachingowe',
      'przeprowadzono 5 sesji coachingowych',
      'przeprowadzono 12 sesji coachingowych',
      'przeprowadzono 22 sesje coachingowe',
      'przeprowadzono 42 sesje coachingowe',
    ]);
    expectFor((n) => eventsHeldPhrase('focus_group', n), [
      'przeprowadzono 1 badanie fokusowe',
      'przeprowadzono 2 badania fokusowe',
      'przeprowadzono 5 badań fokusowych',
      'przeprowadzono 12 badań fokusowych',
      'przeprowadzono 22 badania fokusowe',
      'przeprowadzono 42 badania fokusowe',
    ]);
    expectFor((n) => eventsHeldPhrase('expert_team_meeting', n), [
      'odbyło się 1 spotkanie Zespołu ds. Modelu',
      'odbyły się 2 spotkania Zespołu ds. Modelu',
      'odbyło się 5 spotkań Zespołu ds. Modelu',
      'odbyło się 12 spotkań Zespołu ds. Modelu',
      'odbyły się 22 spotkania Zespołu ds. Modelu',
      'odbyły się 42 spotkania Zespołu ds. Modelu',
    ]);
    expectFor((n) => eventsHeldPhrase('pzk_initiating_meeting', n), [
      'odbyło się 1 spotkanie inicjujące PZK',
      'odbyły się 2 spotkania inicjujące PZK',
      'odbyło się 5 spotkań inicjujących PZK',
      'odbyło się 12 spotkań inicjujących PZK',
      'odbyły się 22 spotkania inicjujące PZK',
      'odbyły się 42 spotkania inicjujące PZK',
    ]);
    expectFor((n) => eventsPlannedPhrase('conference', n), ['1 konferencję', '2 konferencje', '5 konferencji', '12 konferencji', '22 konferencje', '42 konferencje']);
    // Every type: the form chosen by the number, never a form of another number.
    for (const type of EVENT_TYPE_KEYS) {
      expect(eventsHeldPhrase(type, 22)).not.toEqual(eventsHeldPhrase(type, 5));
      expect(eventsHeldPhrase(type, 12).replace('12', '5')).toEqual(eventsHeldPhrase(type, 5));
      expect(eventsHeldPhrase(type, 42).replace('42', '2')).toEqual(eventsHeldPhrase(type, 2));
    }
    expect(['m', 'f', 'n'].map((g) => tookPlace(1, g as 'm' | 'f' | 'n'))).toEqual(['odbył się', 'odbyła się', 'odbyło się']);
  });

  it('people: the verb agrees with "osoba"; social workers are masculine-personal (many form after 2–4)', () => {
    expectFor(participantsPhrase, ['udział wzięła 1 osoba', 'udział wzięły 2 osoby', 'udział wzięło 5 osób', 'udział wzięło 12 osób', 'udział wzięły 22 osoby', 'udział wzięły 42 osoby']);
    expectFor((n) => counted(n, NOUNS.pracownikSocjalny.nom), ['1 pracownik socjalny', '2 pracowników socjalnych', '5 pracowników socjalnych', '12 pracowników socjalnych', '22 pracowników socjalnych', '42 pracowników socjalnych']);
    expectFor((n) => counted(n, NOUNS.pracownikSocjalny.gen), ['1 pracownika socjalnego', '2 pracowników socjalnych', '5 pracowników socjalnych', '12 pracowników socjalnych', '22 pracowników socjalnych', '42 pracowników socjalnych']);
    expectFor((n) => counted(n, NOUNS.osoba.gen), ['1 osoby', '2 osób', '5 osób', '12 osób', '22 osób', '42 osób']);
  });

  it('partnerships, agreements, gminas and powiats', () => {
    expectFor((n) => partnershipsFormedPhrase('pzk', n), [
      'zawiązano 1 Partnerski Zespół Kooperacyjny (PZK)',
      'zawiązano 2 Partnerskie Zespoły Kooperacyjne (PZK)',
      'zawiązano 5 Partnerskich Zespołów Kooperacyjnych (PZK)',
      'zawiązano 12 Partnerskich Zespołów Kooperacyjnych (PZK)',
      'zawiązano 22 Partnerskie Zespoły Kooperacyjne (PZK)',
      'zawiązano 42 Partnerskie Zespoły Kooperacyjne (PZK)',
    ]);
    expectFor((n) => partnershipsFormedPhrase('gpzk', n), [
      'zawiązano 1 Gminno-Powiatowy Zespół Kooperacji (G-PZK)',
      'zawiązano 2 Gminno-Powiatowe Zespoły Kooperacji (G-PZK)',
      'zawiązano 5 Gminno-Powiatowych Zespołów Kooperacji (G-PZK)',
      'zawiązano 12 Gminno-Powiatowych Zespołów Kooperacji (G-PZK)',
      'zawiązano 22 Gminno-Powiatowe Zespoły Kooperacji (G-PZK)',
      'zawiązano 42 Gminno-Powiatowe Zespoły Kooperacji (G-PZK)',
    ]);
    expectFor((n) => partnershipsFormedPhrase('zzk', n), [
      'powołano 1 Zadaniowy Zespół Kooperacyjny (ZZK)',
      'powołano 2 Zadaniowe Zespoły Kooperacyjne (ZZK)',
      'powołano 5 Zadaniowych Zespołów Kooperacyjnych (ZZK)',
      'powołano 12 Zadaniowych Zespołów Kooperacyjnych (ZZK)',
      'powołano 22 Zadaniowe Zespoły Kooperacyjne (ZZK)',
      'powołano 42 Zadaniowe Zespoły Kooperacyjne (ZZK)',
    ]);
    expectFor((n) => partnershipsActivePhrase('pzk', n), ['działał łącznie 1 PZK', 'działały łącznie 2 PZK', 'działało łącznie 5 PZK', 'działało łącznie 12 PZK', 'działały łącznie 22 PZK', 'działały łącznie 42 PZK']);
    expectFor((n) => agreementsSignedPhrase(n, n, n), [
      'podpisano 1 porozumienie o współpracy z jednostkami samorządu terytorialnego (1 gmina, 1 powiat)',
      'podpisano 2 porozumienia o współpracy z jednostkami samorządu terytorialnego (2 gminy, 2 powiaty)',
      'podpisano 5 porozumień o współpracy z jednostkami samorządu terytorialnego (5 gmin, 5 powiatów)',
      'podpisano 12 porozumień o współpracy z jednostkami samorządu terytorialnego (12 gmin, 12 powiatów)',
      'podpisano 22 porozumienia o współpracy z jednostkami samorządu terytorialnego (22 gminy, 22 powiaty)',
      'podpisano 42 porozumienia o współpracy z jednostkami samorządu terytorialnego (42 gminy, 42 powiaty)',
    ]);
    expect(agreementsSignedPhrase(8, 0, 0)).toBe('podpisano 8 porozumień o współpracy');
  });

  it('hours in both units and cases, fractions in the genitive singular, sessions in parentheses', () => {
    expectFor((n) => hoursPhrase(n, 'didactic', 'exact'), [
      '1 godzina dydaktyczna',
      '2 godziny dydaktyczne',
      '5 godzin dydaktycznych',
      '12 godzin dydaktycznych',
      '22 godziny dydaktyczne',
      '42 godziny dydaktyczne',
    ]);
    expectFor((n) => hoursPhrase(n, 'clock', 'exact', 'acc'), ['1 godzinę zegarową', '2 godziny zegarowe', '5 godzin zegarowych', '12 godzin zegarowych', '22 godziny zegarowe', '42 godziny zegarowe']);
    expect(hoursPhrase(2.5, 'didactic', 'exact')).toBe('2,5 godziny dydaktycznej');
    expect(plain(hoursPhrase(1196, 'clock', 'exact'))).toBe('1 196 godzin zegarowych');
    expectFor((n) => coachingPhrase({ mode: 'individual', hours: n, sessions: n, people: n, socialWorkers: true, style: 'exact' }), [
      'przeprowadzono 1 godzinę indywidualnego coachingu dla 1 pracownika socjalnego (1 sesja)',
      'przeprowadzono 2 godziny indywidualnego coachingu dla 2 pracowników socjalnych (2 sesje)',
      'przeprowadzono 5 godzin indywidualnego coachingu dla 5 pracowników socjalnych (5 sesji)',
      'przeprowadzono 12 godzin indywidualnego coachingu dla 12 pracowników socjalnych (12 sesji)',
      'przeprowadzono 22 godziny indywidualnego coachingu dla 22 pracowników socjalnych (22 sesje)',
      'przeprowadzono 42 godziny indywidualnego coachingu dla 42 pracowników socjalnych (42 sesje)',
    ]);
    expectFor((n) => coachingPhrase({ mode: 'group', hours: 0, sessions: n, people: n, socialWorkers: false, style: 'exact' }), [
      'przeprowadzono 1 sesję grupowego coachingu dla 1 osoby',
      'przeprowadzono 2 sesje grupowego coachingu dla 2 osób',
      'przeprowadzono 5 sesji grupowego coachingu dla 5 osób',
      'przeprowadzono 12 sesji grupowego coachingu dla 12 osób',
      'przeprowadzono 22 sesje grupowego coachingu dla 22 osób',
      'przeprowadzono 42 sesje grupowego coachingu dla 42 osób',
    ]);
    expectFor((n) => supervisionPhrase({ modes: ['group'], hours: n, sessions: 1, people: 0, socialWorkers: false, style: 'exact' }), [
      'zrealizowano 1 godzinę superwizji grupowej (1 sesja)',
      'zrealizowano 2 godziny superwizji grupowej (1 sesja)',
      'zrealizowano 5 godzin superwizji grupowej (1 sesja)',
      'zrealizowano 12 godzin superwizji grupowej (1 sesja)',
      'zrealizowano 22 godziny superwizji grupowej (1 sesja)',
      'zrealizowano 42 godziny superwizji grupowej (1 sesja)',
    ]);
    expect(counted(0.75, HOURS.plain.nom)).toBe('0,75 godziny');
  });
});

describe('rounding styles', () => {
  it('exact writes the number to two decimals with a non-breaking space between thousands', () => {
    expect(formatQuantity(1196, 'exact')).toBe('1\u00a0196');
    expect(formatQuantity(12500.456, 'exact')).toBe('12\u00a0500,46');
    expect(formatQuantityWithNoun(1196, 'exact', HOURS.plain.nom)).toBe('1\u00a0196 godzin');
  });

  it('approximate: a grid of round numbers (10s below 100, 50s in the hundreds, two significant digits above), "blisko" just under, "ponad" over', () => {
    expect([19, 20, 99, 100, 999, 1000, 1196, 12_345, 123_456].map(roundingStep)).toEqual([null, 10, 10, 50, 50, 100, 100, 1000, 10_000]);
    const cases: [number, string][] = [
      [1196, 'blisko 1 200'],
      [556, 'ponad 550'],
      [296, 'blisko 300'],
      [300, '300'],
      [201, 'ponad 200'],
      [2310, 'ponad 2 300'],
      [1180, 'blisko 1 200'],
      [1130, 'ponad 1 100'],
      [48, 'blisko 50'],
      [42, 'ponad 40'],
      [15, '15'],
      [7.5, '7,5'],
      [0, '0'],
      [999, 'blisko 1 000'],
      [12_345, 'ponad 12 000'],
    ];
    for (const [value, text] of cases) expect(plain(formatQuantity(value, 'approximate')), String(value)).toBe(text);
    expect(approximate(1196)).toEqual({ qualifier: 'blisko', value: 1200 });
    expect(approximate(556)).toEqual({ qualifier: 'ponad', value: 550 });
    // The noun agrees with the number written.
    expect(plain(formatQuantityWithNoun(1196, 'approximate', HOURS.plain.acc))).toBe('blisko 1 200 godzin');
    expect(plain(formatQuantityWithNoun(22, 'exact', HOURS.plain.acc))).toBe('22 godziny');
    expect(plain(formatQuantityWithNoun(22, 'approximate', HOURS.plain.acc))).toBe('ponad 20 godzin');
  });

  it('only hours are rounded: counts of events, teams and people stay exact', async () => {
    await seedDataset();
    const s = await summary({ ...YEAR_2019, rounding: 'approximate' });
    expect(s.narrative.items).toContain('zorganizowano 4 warsztaty kooperacyjne (łącznie ponad 20 godzin zegarowych); udział wzięło 5 osób');
    expect(s.narrative.items).toContain('zawiązano 3 Partnerskie Zespoły Kooperacyjne (PZK); działały łącznie 4 PZK');
    expect(s.events.workshop.clockEquivalent).toBe(22);
  });
});

describe('indicators of earlier versions (migration 013)', () => {
  it('get the measure their name guessed only where it reads one way; otherwise they are entered by hand', () => {
    const m = (name: string, unit = 'szt.', code = 'W1') => guessMeasure(code, name, unit);
    expect(m('Liczba warsztatów kooperacyjnych')).toEqual({ kind: 'events', eventTypes: ['workshop'] });
    expect(m('Godziny szkoleń dydaktyczne', 'godz. dydaktyczne')).toEqual({ kind: 'hours', eventTypes: ['training'], hourUnit: 'didactic', mode: null });
    expect(m('Liczba godzin superwizji grupowej', 'godz.')).toEqual({ kind: 'hours', eventTypes: ['supervision'], hourUnit: 'clock_equivalent', mode: 'group' });
    // Both modes named: both counted (the old guess took "indywidualne" only).
    expect(m('Godziny superwizji indywidualnej i grupowej', 'godz. zegarowe', 'W5')).toEqual({ kind: 'hours', eventTypes: ['supervision'], hourUnit: 'clock_equivalent', mode: null });
    expect(m('Liczba spotkań PZK')).toEqual({ kind: 'events', eventTypes: ['pzk_meeting'] });
    expect(m('Liczba spotkań inicjujących PZK')).toEqual({ kind: 'events', eventTypes: ['pzk_initiating_meeting'] });
    expect(m('Utworzone zespoły', 'szt.', 'G-PZK')).toEqual({ kind: 'partnerships', partnershipKinds: ['gpzk'], state: 'formed' });
    expect(m('Liczba utworzonych Partnerskich Zespołów Kooperacyjnych')).toEqual({ kind: 'partnerships', partnershipKinds: ['pzk'], state: 'formed' });
    expect(m('Liczba działających ZZK')).toEqual({ kind: 'partnerships', partnershipKinds: ['zzk'], state: 'active' });
    expect(m('Liczba podpisanych porozumień')).toEqual({ kind: 'agreements' });
    // Agreements or the gminas that signed them? Not guessed.
    expect(m('Liczba porozumień zawartych z JST', 'szt.', 'W2')).toBeNull();
    expect(m('Liczba gmin, które podpisały porozumienie')).toBeNull();
    expect(m('Liczba warsztatów i szkoleń')).toBeNull();
    expect(m('Liczba opracowanych rekomendacji')).toBeNull();
  });
});

// ---------------------------------------------------------------------------------------------------------

/** Seed 000 (śląskie, pilot 1 April 2019 – 31 December 2020) rebuilt from raw rows. */
async function seedZeroDataset() {
  const gminas: [string, string, boolean][] = [
    ['Będzin', '2401011', true],
    ['Bielsko-Biała', '2461011', false],
    ['Cieszyn', '2403011', true],
    ['Częstochowa', '2464011', false],
    ['Dąbrowa Górnicza', '2465011', false],
    ['Knurów', '2405011', true],
    ['Lubliniec', '2407011', true],
    ['Mikołów', '2408021', true],
    ['Mysłowice', '2470011', false],
    ['Rybnik', '2473011', false],
    ['Siemianowice Śląskie', '2474011', false],
    ['Sosnowiec', '2475011', false],
    ['Tarnowskie Góry', '2413041', true],
    ['Zawiercie', '2416021', true],
    ['Żory', '2479011', false],
  ];
  await db('projects').insert({ id: 'k3d', name: 'Kooperacje 3D – model wielosektorowej współpracy na rzecz wsparcia osób i rodzin', ...stamps });
  let i = 0;
  for (const [name, code, landCounty] of gminas) {
    i++;
    await institution(`mops-${i}`, `MOPS ${name}`, 'ops', code);
    if (landCounty) await institution(`pcpr-${i}`, `PCPR ${name}`, 'pcpr', code.slice(0, 4));
    await partnership({ id: `pzk-${i}`, kind: 'pzk', name: `PZK ${name}`, teryt: code, project: 'k3d', leader: `mops-${i}`, partner: landCounty ? `pcpr-${i}` : null, initiated: '2019-06-10', formalised: `2019-${i % 2 ? '11' : '12'}-${String(i + 1).padStart(2, '0')}` });
  }
  for (let w = 1; w <= 24; w++) await person(`sw-${w}`, ['social_worker']);
  const rows: Record<string, unknown>[] = [];
  const participants: Record<string, unknown>[] = [];
  const attendance: Record<string, unknown>[] = [];
  const add = (id: string, type: EventType, day: string, hours: number, mode: 'individual' | 'group' | null, people: string[]) => {
    const code = gminas[rows.length % gminas.length]![1];
    rows.push({ id, title: id, type, status: 'held', project_id: 'k3d', teryt_code: code, starts_at: `${day}T07:00:00.000Z`, ends_at: `${day}T11:00:00.000Z`, hours, hour_unit: 'clock', mode, ...stamps });
    for (const p of people) {
      participants.push({ id: `${id}-${p}`, event_id: id, person_id: p, hours: null, created_at: NOW });
      attendance.push({ participant_id: `${id}-${p}`, day, status: 'present' });
    }
  };
  const day = (n: number, start: string, months: number) => {
    const base = new Date(`${start}T12:00:00Z`).getTime();
    return new Date(base + (n % (months * 30)) * 86_400_000).toISOString().slice(0, 10);
  };
  // 42 cooperation workshops, 6 didactic hours each.
  for (let n = 0; n < 42; n++) add(`w-${n}`, 'workshop', day(n * 7, '2019-05-06', 19), 6, null, [`sw-${(n % 24) + 1}`]);
  // 1 196 clock hours of individual coaching: 299 sessions of 4 hours.
  for (let n = 0; n < 299; n++) add(`c-${n}`, 'coaching', day(n * 2, '2019-04-15', 20), 4, 'individual', [`sw-${(n % 24) + 1}`]);
  // 556 hours of supervision, October 2019 – November 2020: 100 individual of 4 hours, 39 group of 4 hours.
  for (let n = 0; n < 139; n++) add(`s-${n}`, 'supervision', day(n * 3, '2019-10-01', 14), 4, n < 100 ? 'individual' : 'group', n < 100 ? [`sw-${(n % 24) + 1}`] : [`sw-1`, `sw-2`]);
  for (let k = 0; k < rows.length; k += 50) await db('events').insert(rows.slice(k, k + 50));
  for (let k = 0; k < participants.length; k += 50) await db('event_participants').insert(participants.slice(k, k + 50));
  for (let k = 0; k < attendance.length; k += 100) await db('attendance').insert(attendance.slice(k, k + 100));
}

describe('seed 000 reproduced from raw data', () => {
  it('gives the office’s sentences with the approximate rounding, and its table of gminas and powiats', async () => {
    await seedZeroDataset();
    const s = await summary({ from: '2019-04-01', to: '2020-12-31', scope: { kind: 'territory', code: '24' }, rounding: 'approximate' });
    expect(s.partnerships.pzk.formed).toBe(15);
    expect(s.events.workshop.count).toBe(42);
    expect(s.coaching.individual.clockEquivalent).toBe(1196);
    expect(s.supervision.total.clockEquivalent).toBe(556);
    expect(s.supervision).toMatchObject({ firstMonth: '2019-10', lastMonth: '2020-11' });

    const items = s.narrative.items.map(plain);
    expect(s.narrative.intro).toBe('W okresie od 1 kwietnia 2019 r. do 31 grudnia 2020 r. w województwie śląskim:');
    expect(items.some((item) => item.startsWith('zawiązano 15 Partnerskich Zespołów Kooperacyjnych (PZK)'))).toBe(true);
    expect(items.some((item) => item.startsWith('zorganizowano 42 warsztaty kooperacyjne'))).toBe(true);
    expect(items.some((item) => item.startsWith('przeprowadzono blisko 1 200 godzin indywidualnego coachingu'))).toBe(true);
    expect(items.some((item) => item.startsWith('zrealizowano ponad 550 godzin superwizji indywidualnej i grupowej'))).toBe(true);
    expect(items).toContain('zrealizowano ponad 550 godzin superwizji indywidualnej i grupowej dla 24 pracowników socjalnych od października 2019 r. do listopada 2020 r. (139 sesji)');
    const text = plain(s.narrative.paragraphs[0]!);
    expect(text).toContain('zawiązano 15 Partnerskich Zespołów Kooperacyjnych (PZK)');
    expect(text).toContain('zorganizowano 42 warsztaty kooperacyjne');
    expect(text).toContain('przeprowadzono blisko 1 200 godzin indywidualnego coachingu');
    expect(text).toContain('zrealizowano ponad 550 godzin superwizji indywidualnej i grupowej');

    // The table of seed 000: 15 gminas with their OPS, the PCPR of the 7 land counties as strategic partner.
    expect(s.formedPartnerships).toHaveLength(15);
    expect(s.formedPartnerships.filter((p) => p.strategicPartnerName)).toHaveLength(7);
    expect(s.formedPartnerships[0]).toMatchObject({ territory: 'Będzin / Powiat Będziński', leaderName: 'MOPS Będzin', strategicPartnerName: 'PCPR Będzin' });
    expect(s.formedPartnerships.map((p) => p.territory)).toContain('Tarnowskie Góry / Powiat Tarnogórski');
    expect(s.formedPartnerships.map((p) => p.territory)).toContain('Żory');

    const exact = await summary({ from: '2019-04-01', to: '2020-12-31', scope: { kind: 'territory', code: '24' }, rounding: 'exact' });
    expect(exact.narrative.items.map(plain).some((item) => item.startsWith('przeprowadzono 1 196 godzin indywidualnego coachingu'))).toBe(true);
    expect(exact.narrative.items.map(plain).some((item) => item.startsWith('zrealizowano 556 godzin superwizji indywidualnej i grupowej'))).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------------------

describe('files', () => {
  let printer: ChromiumPrinter;
  beforeAll(() => {
    printer = createChromiumPrinter();
  });
  afterAll(async () => {
    await printer.close();
  });

  it('XLSX: a sheet per table, numbers stored as numbers', async () => {
    await seedDataset();
    const file = unwrap<ExportedFile>(await dispatch(temp.runtime, 'reports.export', { ...YEAR_2019, format: 'xlsx' }));
    expect(file.fileName).toBe('podsumowanie 2019.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes(file).slice().buffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual([
      'Podsumowanie',
      'Wydarzenia',
      'Osoby spoza listy',
      'Coaching i superwizja',
      'Zespoły',
      'Zawiązane zespoły',
      'Skład i rytm zespołów',
      'Porozumienia',
      'Gminy',
      'Województwa',
      'Wskaźniki',
      'Kamienie milowe',
      'Opracowania',
      'Miesiące',
      'Kronika',
      'Plan',
    ]);
    const events = workbook.getWorksheet('Wydarzenia')!;
    // Polish words only: the row of a type is found by its name, not by a program key.
    const workshopRow = events.getRows(2, EVENT_TYPE_KEYS.length)!.find((row) => row.getCell(1).value === 'Warsztat kooperacyjny')!;
    expect(workshopRow).toBeDefined();
    for (const [column, value] of [[2, 4], [3, 4], [4, 24], [5, 22], [6, 5], [7, 0], [8, 7]] as const) {
      expect(workshopRow.getCell(column).type).toBe(ExcelJS.ValueType.Number);
      expect(workshopRow.getCell(column).value).toBe(value);
    }
    expect(events.getColumn(1).width).toBeGreaterThan(20);
    const voivodeships = workbook.getWorksheet('Województwa')!;
    expect(voivodeships.getRow(3).values).toEqual([undefined, '24', 'śląskie', 9, 14, 26, 33.5, 4, 14, 3, 4, 2]);
    const indicators = workbook.getWorksheet('Wskaźniki')!;
    expect(indicators.getRow(2).getCell(7).type).toBe(ExcelJS.ValueType.Number);
    expect(indicators.getRow(2).getCell(7).value).toBe(50);
    const agreements = workbook.getWorksheet('Porozumienia')!;
    expect(agreements.getRow(2).getCell(3).type).toBe(ExcelJS.ValueType.Date);
    const narrative = workbook.getWorksheet('Podsumowanie')!;
    const texts = narrative.getColumn(2).values.map(String);
    expect(texts).toContain('zorganizowano 4 warsztaty kooperacyjne (łącznie 22 godziny zegarowe); udział wzięło 5 osób');
  });

  it('JSON: the summary with the required keys', async () => {
    await seedDataset();
    const file = unwrap<ExportedFile>(await dispatch(temp.runtime, 'reports.export', { ...YEAR_2019, scope: { kind: 'project', projectId: 'prj-1' }, format: 'json' }));
    expect(file.fileName).toBe('podsumowanie 2019 Kooperacje 3D.json');
    const json = JSON.parse(Buffer.from(file.contentBase64, 'base64').toString('utf8')) as ReportSummary;
    expect(json).toMatchObject({ from: '2019-01-01', to: '2019-12-31', scope: { kind: 'project', projectId: 'prj-1' }, agreements: { signed: 2 } });
    expect(json.events.workshop).toEqual({ count: 3, hours: { clock: 4, didactic: 18 }, clockEquivalent: 17.5, participants: 4, unnamed: 0, attendances: 6 });
    // The exchange file's codes: PZK, G-PZK, ZZK (docs/summary-json.md).
    expect(Object.keys(json.partnerships)).toEqual(['PZK', 'G-PZK', 'ZZK']);
    expect((json.partnerships as unknown as Record<string, { formed: number; active: number }>).PZK).toMatchObject({ formed: 2, active: 2 });
    expect(new Set(json.formedPartnerships.map((p) => p.kind as string))).toEqual(new Set(['PZK', 'ZZK']));
    expect(json.indicators.map((i) => [i.code, i.target, i.achieved])).toContainEqual(['W-WAR', 4, 3]);
  });

  it('DOCX and PDF (A4) hold the narrative, the chronicle and the tables', async () => {
    await seedDataset();
    temp.runtime.printPdf = printer;
    const docx = unwrap<ExportedFile>(await dispatch(temp.runtime, 'reports.export', { ...YEAR_2019, scope: { kind: 'territory', code: '24' }, format: 'docx' }));
    expect(docx.fileName).toBe('podsumowanie 2019 województwo śląskie.docx');
    const docText = plain(await docxToText(bytes(docx)));
    expect(docText).toContain('Podsumowanie roku 2019 – województwo śląskie');
    expect(docText).toContain('W 2019 roku w województwie śląskim:');
    expect(docText).toContain('zorganizowano 3 warsztaty kooperacyjne');
    expect(docText).toContain('MARZEC – ');
    expect(docText).toContain('Będzin / Powiat Będziński');

    const pdf = unwrap<ExportedFile>(await dispatch(temp.runtime, 'reports.export', { ...YEAR_2019, scope: { kind: 'territory', code: '24' }, format: 'pdf' }));
    const info = await pdfInfo(bytes(pdf));
    expect(Math.round(info.width)).toBe(595);
    expect(Math.round(info.height)).toBe(842);
    const pdfText = (await pdfToText(bytes(pdf))).replace(/\s+/g, ' ');
    expect(pdfText).toContain('W 2019 roku w województwie śląskim:');
    expect(pdfText).toContain('zawiązano 2 Partnerskie Zespoły Kooperacyjne (PZK)');
    expect(pdfText).toContain('zorganizowano 3 warsztaty kooperacyjne');
    expect(pdfText).toContain('Zestawienie według województw');
  }, 60_000);

  it('a summary carries the logo strip of its project, or of the office’s one project, in the DOCX and the PDF', async () => {
    await seedDataset();
    temp.runtime.printPdf = printer;
    unwrap(await dispatch(temp.runtime, 'projects.setLogo', { projectId: 'prj-1', variant: 'color', file: { fileName: 'logotypy.png', contentBase64: PNG_4X1 } }));
    const request = { ...YEAR_2019, scope: { kind: 'project', projectId: 'prj-1' } } as const;
    const docx = unwrap<ExportedFile>(await dispatch(temp.runtime, 'reports.export', { ...request, format: 'docx' }));
    const zip = await JSZip.loadAsync(bytes(docx));
    expect(Object.keys(zip.files).filter((name) => name.startsWith('word/media/'))).toHaveLength(1);
    expect(plain(await docxToText(bytes(docx)))).toContain('W 2019 roku w ramach projektu „Kooperacje 3D”:');

    const pdf = unwrap<ExportedFile>(await dispatch(temp.runtime, 'reports.export', { ...request, format: 'pdf' }));
    expect((await pdfImages(bytes(pdf))).length).toBeGreaterThanOrEqual(1);
    expect((await pdfToText(bytes(pdf))).replace(/\s+/g, ' ')).toContain('w ramach projektu „Kooperacje 3D”:');

    // Without a project scope, the strip of the office's one project with a logo; of two such projects, neither.
    const officePdf = unwrap<ExportedFile>(await dispatch(temp.runtime, 'reports.export', { ...YEAR_2019, format: 'pdf' }));
    expect(await pdfImages(bytes(officePdf))).toHaveLength(1);
    await db('projects').insert({ id: 'prj-2', name: 'Kooperacje 3D – edycja druga', ...stamps });
    unwrap(await dispatch(temp.runtime, 'projects.setLogo', { projectId: 'prj-2', variant: 'color', file: { fileName: 'logotypy.png', contentBase64: PNG_4X1 } }));
    const plainPdf = unwrap<ExportedFile>(await dispatch(temp.runtime, 'reports.export', { ...YEAR_2019, format: 'pdf' }));
    expect(await pdfImages(bytes(plainPdf))).toEqual([]);
  }, 60_000);
});

describe('a year with more events than one page of reading', () => {
  it('counts every event once when thousands start on the same hours of the same days', async () => {
    // 4 500 workshops, 15 at the very same instant on each of 300 days: the events are read 2 000 at a time in
    // the order (start, id), so pages end in the middle of such a group.
    const rows = Array.from({ length: 4_500 }, (_, n) => {
      const day = new Date(Date.UTC(2025, 0, 1) + Math.floor(n / 15) * 86_400_000).toISOString().slice(0, 10);
      return { id: `w-${String(n).padStart(4, '0')}`, title: `Warsztat ${n}`, type: 'workshop', status: 'held', starts_at: `${day}T08:00:00.000Z`, ends_at: `${day}T12:00:00.000Z`, hours: 4, hour_unit: 'didactic', ...stamps };
    });
    for (let k = 0; k < rows.length; k += 50) await db('events').insert(rows.slice(k, k + 50));
    const s = await summary({ from: '2025-01-01', to: '2025-12-31' });
    expect(s.events.workshop.count).toBe(4_500);
    expect(s.events.workshop.hours.didactic).toBe(18_000);
  });
});
