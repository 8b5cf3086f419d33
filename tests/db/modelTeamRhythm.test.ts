/**
 * A team's people and its meeting rhythm (issue 23, part B): people of member institutions in roles, kept as history;
 * the sectors they come from and those the model expects but the team lacks; the one rule of the rhythm; what the
 * summary says of both; the exchange file and the copy to PostgreSQL carrying them. Runs on SQLite, and on
 * PostgreSQL with KOOPERATOR_TEST_DATABASE_URL set.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MeetingRhythm, PartnershipDetail, ReportSummary, TeamPerson } from '../../preload/contract';
import { dispatch } from '../../main/ipc/dispatch';
import { openRuntime, type Runtime } from '../../main/runtime';
import { rhythmOf } from '../../main/services/partnerships/rhythm';
import { teamItems } from '../../main/services/reports/narrative';
import * as teamPeopleMigration from '../../db/migrations/20261207_017_team_people_rhythm';
import type { TeamRow } from '../../preload/contract';
import { exportExchange, importExchange, serializeExchange } from '../../main/services/exchange';
import { copyDatabase } from '../../main/cli/copy';
import { dashboardOverview } from '../../main/services/dashboard';
import { unwrap } from '../support/results';
import { NO_FILTER, withoutExportedAt } from '../support/exchange';
import { openTempDatabase, TEST_POSTGRES_URL, type TempDatabase, withOfficeAndServer } from '../support/tempDatabase';
import { addTeamRhythm, TEAM_RHYTHM_PERIOD } from './fixtures/modelTeamRhythm';

let temp: TempDatabase;
let ctx: Runtime;
beforeEach(async () => {
  temp = await openTempDatabase();
  ctx = temp.runtime;
});
afterEach(async () => {
  await temp.cleanup();
});

async function summary2019(runtime: Runtime = ctx): Promise<ReportSummary> {
  return unwrap<ReportSummary>(await dispatch(runtime, 'reports.summary', { ...TEAM_RHYTHM_PERIOD, scope: { kind: 'all' }, rounding: 'exact', planMonths: 1 }));
}

const names = (team: TeamPerson[]) => team.map((p) => `${p.personName} (${p.role}${p.toOn ? ` do ${p.toOn}` : ''})`);

describe('people in a team', () => {
  it('lists the people with roles and institutions, keeps a leaving as history, and names the sectors present and missing', async () => {
    const set = await addTeamRhythm(ctx.db);
    const bedzin = unwrap<PartnershipDetail>(await dispatch(ctx, 'partnerships.get', { id: set.bedzin.id }));
    // 11 rows: 10 people in the team today, and the one who left (closed row, kept).
    expect(bedzin.team).toHaveLength(11);
    expect(bedzin.team.filter((p) => p.current)).toHaveLength(10);
    expect(bedzin.team[0]).toMatchObject({ personName: 'Anna Kowalczyk', role: 'leader', institutionName: 'Miejski Ośrodek Pomocy Społecznej w Będzinie', sector: 'social_assistance', current: true });
    expect(names(bedzin.team)).toContain('Grażyna Woźniak (member do 2019-06-30)');
    expect(names(bedzin.team)).toContain('Tomasz Wiśniewski (member)');
    expect(bedzin.composition).toEqual({
      people: 10,
      sectors: ['social_assistance', 'labour_market', 'local_government', 'justice', 'education', 'third_sector'],
      missingSectors: ['health', 'security'],
    });
    expect(set.sosnowiec.composition).toMatchObject({ people: 8, missingSectors: [] });
    expect(set.undated.composition).toEqual({ people: 0, sectors: [], missingSectors: ['social_assistance', 'local_government', 'education', 'labour_market', 'health', 'security', 'justice', 'third_sector'] });
  });

  it('refuses a person from outside the member institution, a second open row, a closed row changed, and dates out of order — writing nothing', async () => {
    const set = await addTeamRhythm(ctx.db);
    const ops = set.bedzin.members.find((m) => m.institutionName.startsWith('Miejski Ośrodek'))!;
    const fromSosnowiec = set.sosnowiec.team[0]!;
    const anna = set.bedzin.team.find((p) => p.personName === 'Anna Kowalczyk')!;
    const before = await ctx.db('partnership_team_people').count({ n: '*' });

    const outsider = await dispatch(ctx, 'partnerships.addTeamPeople', { partnershipId: set.bedzin.id, memberId: ops.id, fromOn: '2019-05-01', people: [{ personId: fromSosnowiec.personId, role: 'member' }] });
    expect(outsider).toMatchObject({ ok: false, error: { code: 'validation', fieldErrors: { 'people.0.personId': expect.stringContaining('nie pracuje w tej instytucji członkowskiej') } } });

    const twice = await dispatch(ctx, 'partnerships.addTeamPeople', { partnershipId: set.bedzin.id, memberId: ops.id, fromOn: '2019-05-01', people: [{ personId: anna.personId, role: 'adviser' }] });
    expect(twice).toMatchObject({ ok: false, error: { code: 'conflict', message: 'Nie dodano nikogo. Anna Kowalczyk jest już w tym zespole (od 01.03.2019).' } });

    const early = await dispatch(ctx, 'partnerships.addTeamPeople', { partnershipId: set.bedzin.id, memberId: ops.id, fromOn: '2019-02-01', people: [{ personId: anna.personId, role: 'adviser' }] });
    expect(early).toMatchObject({ ok: false, error: { fieldErrors: { fromOn: 'Data nie może być wcześniejsza niż przystąpienie instytucji do zespołu (01.03.2019).' } } });

    const badRole = await dispatch(ctx, 'partnerships.addTeamPeople', { partnershipId: set.bedzin.id, memberId: ops.id, fromOn: '2019-05-01', people: [{ personId: anna.personId, role: 'szef' }] });
    expect(badRole).toMatchObject({ ok: false, error: { fieldErrors: { 'people.0.role': 'Wybierz rolę w zespole z listy' } } });

    const leaver = set.bedzin.team.find((p) => p.toOn !== null)!;
    expect(await dispatch(ctx, 'partnerships.endTeamPerson', { id: leaver.id, version: leaver.version, toOn: '2019-08-01' })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(await dispatch(ctx, 'partnerships.endTeamPerson', { id: anna.id, version: anna.version, toOn: '2019-01-01' })).toMatchObject({
      ok: false,
      error: { fieldErrors: { toOn: 'Data zakończenia nie może być wcześniejsza niż początek udziału (01.03.2019).' } },
    });
    expect(await ctx.db('partnership_team_people').count({ n: '*' })).toEqual(before);
  });

  it('closes the people of an institution that leaves the partnership on the same day, and audits every change under the partnership', async () => {
    const set = await addTeamRhythm(ctx.db);
    const pcpr = set.bedzin.members.find((m) => m.institutionType === 'pcpr')!;
    unwrap(await dispatch(ctx, 'partnerships.leave', { memberId: pcpr.id, leftOn: '2019-10-31' }));
    const after = unwrap<PartnershipDetail>(await dispatch(ctx, 'partnerships.get', { id: set.bedzin.id }));
    expect(after.team.filter((p) => p.memberId === pcpr.id).map((p) => p.toOn)).toEqual(['2019-10-31', '2019-10-31']);
    const entries = await ctx.db('audit_log').where({ table_name: 'partnership_team_people' }).select('action', 'parent_table', 'parent_id');
    expect(entries.filter((e) => e.action === 'create')).toHaveLength(19); // Będzin: 10 named at its formation and the replacement; Sosnowiec: 8
    expect(entries.every((e) => e.parent_table === 'partnerships')).toBe(true);
    expect(entries.filter((e) => e.action === 'update').length).toBe(3); // the leaver, and the two PCPR people
  });
});

describe('RODO', () => {
  it('exports a person’s roles in teams; anonymising keeps the team’s rows with the person anonymised', async () => {
    const set = await addTeamRhythm(ctx.db);
    const anna = set.bedzin.team.find((p) => p.personName === 'Anna Kowalczyk')!;
    const file = unwrap<{ contentBase64: string }>(await dispatch(ctx, 'rodo.personExport', { personId: anna.personId, format: 'json' }));
    const data = JSON.parse(Buffer.from(file.contentBase64, 'base64').toString('utf8')) as { teamRoles: unknown[] };
    expect(data.teamRoles).toEqual([{ partnershipId: set.bedzin.id, partnershipName: 'G-PZK Będzin', institutionName: 'Miejski Ośrodek Pomocy Społecznej w Będzinie', role: 'leader', fromOn: '2019-03-01', toOn: null }]);
    const person = unwrap<{ version: number }>(await dispatch(ctx, 'people.get', { id: anna.personId }));
    unwrap(await dispatch(ctx, 'rodo.anonymise', { personId: anna.personId, version: person.version }));
    const after = unwrap<PartnershipDetail>(await dispatch(ctx, 'partnerships.get', { id: set.bedzin.id }));
    const row = after.team.find((p) => p.id === anna.id)!;
    expect(row).toMatchObject({ role: 'leader', fromOn: '2019-03-01', current: true });
    expect(row.personName).not.toContain('Kowalczyk');
    expect(after.composition.people).toBe(10);
  });
});

describe('the update of an existing register', () => {
  it('makes each member’s representative a member of the team for the time of the membership, and the animator the gmina animator', async () => {
    const ok = async <T>(channel: string, input: object) => unwrap<T>(await dispatch(ctx, channel, input));
    const ops = await ok<{ id: string }>('institutions.save', { name: 'GOPS w Bodzechowie', type: 'ops', terytCode: '2401011' });
    const pup = await ok<{ id: string }>('institutions.save', { name: 'PUP w Ostrowcu', type: 'pup', terytCode: '2401011' });
    const animator = await ok<{ id: string }>('people.save', { firstName: 'Alicja', lastName: 'Animator', institutionId: ops.id, roles: ['animator'] });
    const rep = await ok<{ id: string }>('people.save', { firstName: 'Piotr', lastName: 'Przedstawiciel', institutionId: pup.id, roles: ['representative'] });
    const gpzk = await ok<PartnershipDetail>('partnerships.save', { kind: 'gpzk', name: 'G-PZK Bodzechów', terytCode: '2401011', leaderInstitutionId: ops.id, animatorPersonId: animator.id, initiatedOn: '2018-08-01' });
    const member = await ok<{ id: string }>('partnerships.join', { partnershipId: gpzk.id, institutionId: pup.id, representativePersonId: rep.id, joinedOn: '2018-08-01' });
    await ok('partnerships.leave', { memberId: member.id, leftOn: '2018-12-31' });
    // The register as it was before the update, then the update itself.
    await teamPeopleMigration.down(ctx.db);
    await teamPeopleMigration.up(ctx.db);
    const team = unwrap<PartnershipDetail>(await dispatch(ctx, 'partnerships.get', { id: gpzk.id })).team;
    expect(team.map((p) => [p.personName, p.role, p.fromOn, p.toOn])).toEqual(
      expect.arrayContaining([
        ['Alicja Animator', 'gmina_animator', '2018-08-01', null],
        ['Piotr Przedstawiciel', 'member', '2018-08-01', '2018-12-31'],
      ]),
    );
    expect(team).toHaveLength(2);
  });
});

describe('the meeting rhythm', () => {
  const team = { id: 'p', name: 'G-PZK', kind: 'gpzk' as const, target: 2, formedOn: '2019-03-01', endedOn: null };
  const period = TEAM_RHYTHM_PERIOD;
  const today = '2026-12-07';

  it('counts months from the formation when the team was formed mid-period, and rounds the rate to one decimal', () => {
    const days = Array.from({ length: 15 }, (_, i) => `2019-${String(3 + Math.floor(i / 2)).padStart(2, '0')}-1${i % 2}`);
    expect(rhythmOf(team, days, period, today)).toMatchObject<Partial<MeetingRhythm>>({ from: '2019-03-01', to: '2019-12-31', meetings: 15, months: 10.05, perMonth: 1.5, judged: true, behind: true });
  });

  it('measures up to today within the period, and to the end of a team that ended', () => {
    // 31 days are 1,02 months: 2 meetings are 1,96 a month, shown (and judged) as 2.
    expect(rhythmOf(team, ['2019-03-10', '2019-03-20'], period, '2019-03-31')).toMatchObject({ to: '2019-03-31', months: 1.02, perMonth: 2, judged: true, behind: false });
    expect(rhythmOf({ ...team, endedOn: '2019-04-30' }, ['2019-03-10', '2019-04-10', '2019-05-10'], period, today)).toMatchObject({ to: '2019-04-30', meetings: 2, perMonth: 1, behind: true });
  });

  it('judges nobody active less than a whole month, nobody never formed, and a rate shown equal to the target is on plan', () => {
    expect(rhythmOf({ ...team, formedOn: '2019-12-10' }, [], period, today)).toMatchObject({ meetings: 0, judged: false, behind: false });
    expect(rhythmOf({ ...team, formedOn: '2019-02-07' }, ['2019-02-10', '2019-02-20'], { from: '2019-02-07', to: '2019-03-06' }, today)).toMatchObject({ months: 1, judged: true, behind: false });
    expect(rhythmOf({ ...team, formedOn: null }, ['2019-05-01'], period, today)).toBeNull();
    expect(rhythmOf({ ...team, formedOn: '2020-01-01' }, [], period, today)).toBeNull();
    // 12 meetings over 184 days (6,05 months) are 1,98 a month: shown as 2, so not behind a target of 2.
    expect(rhythmOf({ ...team, formedOn: '2019-07-01' }, Array.from({ length: 12 }, () => '2019-08-01'), period, today)).toMatchObject({ perMonth: 2, behind: false });
    expect(rhythmOf({ ...team, target: null }, ['2019-05-01'], period, today)).toMatchObject({ target: null, behind: false });
  });

  it('counts only the team’s own held meetings: a planned meeting and another team’s meeting are left out', async () => {
    const set = await addTeamRhythm(ctx.db);
    const before = (await summary2019()).teams.find((t) => t.id === set.bedzin.id)!;
    unwrap(await dispatch(ctx, 'events.save', { title: 'Spotkanie planowane', type: 'pzk_meeting', status: 'planned', partnershipId: set.bedzin.id, startsAt: '2019-12-20T10:00:00+01:00', endsAt: '2019-12-20T12:00:00+01:00' }));
    unwrap(await dispatch(ctx, 'events.save', { title: 'Warsztat', type: 'workshop', status: 'held', partnershipId: set.bedzin.id, startsAt: '2019-12-20T10:00:00+01:00', endsAt: '2019-12-20T12:00:00+01:00' }));
    const after = (await summary2019()).teams.find((t) => t.id === set.bedzin.id)!;
    expect(after.meetings).toBe(before.meetings);
    expect(before).toMatchObject({ meetings: 15, perMonth: 1.5, target: 2, behind: true });
  });

  it('the dashboard flags the team behind, by the same rule, first', async () => {
    const set = await addTeamRhythm(ctx.db);
    const overview = await dashboardOverview(ctx.db, { today: '2019-12-31' });
    expect(overview.meetingRhythm.map((r) => [r.partnershipName, r.perMonth, r.behind])).toEqual([
      ['G-PZK Będzin', 1.5, true],
      ['G-PZK Sosnowiec', 2.2, false],
    ]);
    expect(overview.meetingRhythm[0]!.partnershipId).toBe(set.bedzin.id);
  });
});

describe('the summary', () => {
  it('says how many people the teams have, which sectors they lack, and each team’s rhythm against its plan, in Polish', async () => {
    await addTeamRhythm(ctx.db);
    const summary = await summary2019();
    // The PZK never formed is active in no period: it is not among the teams.
    expect(summary.teams.map((t) => [t.name, t.people, t.missingSectors, t.perMonth, t.behind])).toEqual([
      ['G-PZK Będzin', 10, ['health', 'security'], 1.5, true],
      ['G-PZK Sosnowiec', 8, [], 2.2, false],
    ]);
    expect(summary.narrative.items).toContain('2 G-PZK liczą od 8 do 10 osób (średnio 9), brak przedstawicieli sektorów: bezpieczeństwo (w 1 zespole), zdrowie (w 1 zespole)');
    expect(summary.narrative.items).toContain(
      'rytm spotkań: „G-PZK Będzin” – średnio 1,5 spotkania w miesiącu wobec planowanych 2 (poniżej planu), „G-PZK Sosnowiec” – średnio 2,2 spotkania w miesiącu wobec planowanych 2',
    );
    expect(summary.narrative.paragraphs[0]).toContain('średnio 1,5 spotkania w miesiącu wobec planowanych 2');
  });

  it('names one team alone, counting its people in the right case', async () => {
    const set = await addTeamRhythm(ctx.db);
    const only = unwrap<ReportSummary>(await dispatch(ctx, 'reports.summary', { ...TEAM_RHYTHM_PERIOD, scope: { kind: 'territory', code: '2475' }, rounding: 'exact', planMonths: 1 }));
    expect(only.teams.map((t) => t.id)).toEqual([set.sosnowiec.id]);
    expect(only.narrative.items).toContain('„G-PZK Sosnowiec” liczy 8 osób z 8 sektorów');
  });

  it('with many teams, counts those on plan and names those behind only while they are few', () => {
    const row = (n: number, perMonth: number): TeamRow => ({ id: `t${n}`, kind: 'pzk', name: `Zespół ${n}`, territory: null, people: 0, onDay: '2019-12-31', sectors: [], missingSectors: [], target: 2, meetings: 0, perMonth, judged: true, behind: perMonth < 2 });
    expect(teamItems([1, 2, 3, 4, 5].map((n) => row(n, 2)).concat([row(6, 1.5), row(7, 0.5)]))).toEqual([
      'rytm spotkań: zgodnie z planem spotykało się 5 z 7 zespołów, rzadziej niż planowano: PZK „Zespół 6” – średnio 1,5 spotkania w miesiącu wobec planowanych 2 (poniżej planu), PZK „Zespół 7” – średnio 0,5 spotkania w miesiącu wobec planowanych 2 (poniżej planu)',
    ]);
    expect(teamItems([row(1, 2), ...[2, 3, 4, 5, 6, 7].map((n) => row(n, 1))])).toEqual(['rytm spotkań: zgodnie z planem spotykał się 1 z 7 zespołów, 6 – rzadziej niż planowano (zob. tabela „Skład zespołów i rytm spotkań”)']);
    // A name that spells out its kind is not preceded by the kind's short name again.
    expect(teamItems([{ ...row(1, 1), name: 'Partnerski Zespół Kooperacyjny w Będzinie' }])).toEqual([
      'rytm spotkań: „Partnerski Zespół Kooperacyjny w Będzinie” – średnio 1 spotkanie w miesiącu wobec planowanych 2 (poniżej planu)',
    ]);
    expect(teamItems([1, 2, 3, 4, 5, 6].map((n) => row(n, n < 4 ? 2 : 0)))[0]).toMatch(/^rytm spotkań: zgodnie z planem spotykały się 3 z 6 zespołów, rzadziej niż planowano: .*ani jednego spotkania wobec planowanych 2 w miesiącu/);
  });

  it('gives the teams a table on screen, in the document and in the spreadsheet', async () => {
    await addTeamRhythm(ctx.db);
    const { summaryTables } = await import('../../preload/contract/reportTables');
    const document = summaryTables(await summary2019(), 'pl', 'document').find((t) => t.key === 'teams')!;
    expect(document.rows).toContainEqual(['G-PZK Będzin (G-PZK)', 'Będzin', 10, 'pomoc społeczna, rynek pracy, samorząd, wymiar sprawiedliwości, edukacja, trzeci sektor', 'zdrowie, bezpieczeństwo', 2, 1.5, 'tak']);
    const sheet = summaryTables(await summary2019(), 'pl', 'sheet').find((t) => t.key === 'teams')!;
    expect(sheet.sheet).toBe('Skład i rytm zespołów');
    expect(sheet.rows).toHaveLength(2);
    expect(sheet.columns.map((c) => c.header)).toContain('Spotkania odbyte');
  });
});

describe('exchange file and copy', () => {
  it('carries the team’s people and the target through an export and an import, losslessly', async () => {
    await addTeamRhythm(ctx.db);
    const first = await exportExchange(ctx.db, NO_FILTER);
    expect(first.version).toBe(3);
    const bedzin = first.partnerships.find((p) => p.name === 'G-PZK Będzin')!;
    expect(bedzin.meetingsPerMonthTarget).toBe(2);
    expect(bedzin.members.flatMap((m) => m.team ?? [])).toHaveLength(11);
    const other = await openTempDatabase();
    try {
      await importExchange(other.runtime, Buffer.from(serializeExchange(first), 'utf8'), { backup: false });
      expect(withoutExportedAt(await exportExchange(other.runtime.db, NO_FILTER))).toEqual(withoutExportedAt(first));
      expect((await summary2019(other.runtime)).narrative.items).toEqual((await summary2019()).narrative.items);
    } finally {
      await other.cleanup();
    }
  });

  it('reads a version 2 file as a team without people and without a rhythm', async () => {
    await addTeamRhythm(ctx.db);
    const document = JSON.parse(JSON.stringify(await exportExchange(ctx.db, NO_FILTER)));
    document.version = 2;
    for (const p of document.partnerships) {
      delete p.meetingsPerMonthTarget;
      for (const m of p.members) delete m.team;
    }
    const other = await openTempDatabase();
    try {
      await importExchange(other.runtime, Buffer.from(JSON.stringify(document), 'utf8'), { backup: false });
      expect(await other.runtime.db('partnership_team_people').count({ n: '*' })).toEqual([{ n: expect.anything() }]);
      expect(Number((await other.runtime.db('partnership_team_people').count({ n: '*' }))[0]!.n)).toBe(0);
      expect((await summary2019(other.runtime)).teams.every((t) => t.target === null && t.people === 0)).toBe(true);
    } finally {
      await other.cleanup();
    }
  });

  it.skipIf(!TEST_POSTGRES_URL)('copies the team’s people to PostgreSQL, where the summary says the same', async () => {
    await withOfficeAndServer('Kooperator zespoły ', async ({ office: source, server }) => {
      const local = await openRuntime(source, { dailyBackup: false, filesDir: source.filesDir });
      await addTeamRhythm(local.db);
      const expected = (await summary2019(local)).narrative.items;
      await local.close();
      await copyDatabase(source, server);
      const remote = await openRuntime(server, { dailyBackup: false, filesDir: server.filesDir });
      try {
        expect(Number((await remote.db('partnership_team_people').count({ n: '*' }))[0]!.n)).toBe(19); // 11 rows of Będzin (with the one who left), 8 of Sosnowiec
        expect((await summary2019(remote)).narrative.items).toEqual(expected);
      } finally {
        await remote.close();
      }
    });
  });
});


