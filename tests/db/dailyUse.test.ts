/** Daily use through the contract, on a real database: the office (first run), the dashboard, the global search. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { menuTemplate, shortcutList } from '../../main/electron/menuTemplate';
import { dispatch } from '../../main/ipc/dispatch';
import type { Runtime } from '../../main/runtime';
import { mondayOf, warsawDayStart as startOfWarsawDay, warsawToday } from '../../preload/contract/warsawTime';
import type { DashboardOverview, EventDetail, GlobalSearchResult, Institution, Office, PartnershipDetail, Person, Project } from '../../preload/contract';
import { MENU_SHORTCUTS } from '../../renderer/src/features/help/shortcuts';
import { unwrap } from '../support/results';
import { openTempDatabase, type TempDatabase } from '../support/tempDatabase';

let temp: TempDatabase;
let ctx: Runtime;
beforeEach(async () => {
  temp = await openTempDatabase();
  ctx = temp.runtime;
});
afterEach(async () => {
  await temp.cleanup();
});

const BEDZIN = '2401011'; // gmina miejska Będzin, powiat będziński (a land county)
const TODAY = '2026-03-11'; // a Wednesday: this week is 9–15 March, the next 16–22 March

async function save<T>(channel: Parameters<typeof dispatch>[1], input: object): Promise<T> {
  return unwrap<T>(await dispatch(ctx, channel, input));
}

describe('office', () => {
  it('is empty before the first-run wizard, then keeps the office and its voivodeship in the shared settings and the user in this PC’s', async () => {
    expect(unwrap<Office>(await dispatch(ctx, 'office.get', {}))).toEqual({ name: null, voivodeshipTeryt: null, userName: null });

    expect(await dispatch(ctx, 'office.save', { name: ' ', voivodeshipTeryt: '2401', userName: '' })).toMatchObject({
      ok: false,
      error: {
        code: 'validation',
        fieldErrors: { name: 'Pole „Nazwa biura (ROPS / RCPS)” jest wymagane', voivodeshipTeryt: 'Wybierz województwo z listy', userName: 'Pole „Imię i nazwisko” jest wymagane' },
      },
    });
    // Two digits, but no such voivodeship.
    expect(await dispatch(ctx, 'office.save', { name: 'ROPS', voivodeshipTeryt: '99', userName: 'Anna Nowak' })).toMatchObject({ ok: false, error: { fieldErrors: { voivodeshipTeryt: 'Wybierz województwo z listy' } } });

    const office = { name: 'Regionalny Ośrodek Polityki Społecznej w Katowicach', voivodeshipTeryt: '24', userName: 'Łucja Żak' };
    expect(unwrap<Office>(await dispatch(ctx, 'office.save', office))).toEqual(office);
    expect(unwrap<Office>(await dispatch(ctx, 'office.save', { ...office, userName: 'Jan Ślęzak' }))).toEqual({ ...office, userName: 'Jan Ślęzak' });
    const rows = await ctx.db('settings').whereIn('key', ['office.name', 'office.voivodeshipTeryt', 'user.name']).orderBy('key').select('key', 'value');
    expect(rows).toEqual([
      { key: 'office.name', value: office.name },
      { key: 'office.voivodeshipTeryt', value: '24' },
    ]);
    expect(ctx.workstation.userName()).toBe('Jan Ślęzak');
    // Another PC of the same database sees the office, but not this PC's user; it gives its own.
    const other = await temp.openSecondClient();
    expect(unwrap<Office>(await dispatch(other, 'office.get', {}))).toEqual({ ...office, userName: null });
    expect(await dispatch(other, 'connection.saveUserName', { userName: ' ' })).toMatchObject({ ok: false, error: { fieldErrors: { userName: 'Pole „Imię i nazwisko” jest wymagane' } } });
    expect(unwrap(await dispatch(other, 'connection.saveUserName', { userName: 'Łucja Żak' }))).toEqual({ userName: 'Łucja Żak' });
    expect(unwrap<Office>(await dispatch(other, 'office.get', {}))).toEqual({ ...office, userName: 'Łucja Żak' });
    expect(unwrap<Office>(await dispatch(ctx, 'office.get', {}))).toEqual({ ...office, userName: 'Jan Ślęzak' });
  });
});

describe('Warsaw days', () => {
  it('weeks start on Monday and days begin at Warsaw midnight, in winter and in summer time', () => {
    expect(mondayOf('2026-03-11')).toBe('2026-03-09');
    expect(mondayOf('2026-03-15')).toBe('2026-03-09');
    expect(mondayOf('2026-03-16')).toBe('2026-03-16');
    expect(startOfWarsawDay('2026-03-09')).toBe('2026-03-08T23:00:00.000Z');
    expect(startOfWarsawDay('2026-07-01')).toBe('2026-06-30T22:00:00.000Z');
    expect(warsawToday(new Date('2026-03-10T23:30:00Z'))).toBe('2026-03-11');
  });
});

describe('dashboard', () => {
  it('shows the weeks, agreements to sign or expiring, indicators, quiet partnerships and recent changes', async () => {
    const project = await save<Project>('projects.save', {
      name: 'Kooperacje 3D',
      macroregion: 'III',
      indicators: [
        { code: 'W-PZK', name: 'Liczba utworzonych PZK', unit: 'szt.', target: 15, measure: { kind: 'partnerships', partnershipKinds: ['pzk'], state: 'formed' } },
        { code: 'W-WAR', name: 'Liczba warsztatów kooperacyjnych', unit: 'szt.', target: 42, measure: { kind: 'events', eventTypes: ['workshop'] } },
        { code: 'W-COA', name: 'Godziny coachingu', unit: 'godz.', target: 1200, measure: { kind: 'hours', eventTypes: ['coaching'], hourUnit: 'clock_equivalent' } },
        { code: 'W-OS', name: 'Liczba osób objętych wsparciem', unit: 'os.', target: 300, measure: { kind: 'manual' } },
      ],
    });
    const ops = await save<Institution>('institutions.save', { name: 'Miejski Ośrodek Pomocy Społecznej w Będzinie', type: 'ops', terytCode: BEDZIN });
    const active = await save<PartnershipDetail>('partnerships.save', { kind: 'pzk', name: 'PZK Będzin', projectId: project.id, terytCode: BEDZIN, leaderInstitutionId: ops.id, formalisedOn: '2026-02-01' });
    const quiet = await save<PartnershipDetail>('partnerships.save', { kind: 'pzk', name: 'PZK Czeladź', projectId: project.id, terytCode: BEDZIN, formalisedOn: '2026-04-01' });
    const never = await save<PartnershipDetail>('partnerships.save', { kind: 'gpzk', name: 'G-PZK Ożarowice' });
    await save<PartnershipDetail>('partnerships.save', { kind: 'pzk', name: 'PZK zakończone', endedOn: '2026-01-31' });

    const event = (title: string, type: string, status: string, day: string, extra: object = {}) =>
      save<EventDetail>('events.save', { title, type, status, startsAt: `${day}T09:00:00+01:00`, endsAt: `${day}T13:00:00+01:00`, projectId: project.id, ...extra });
    const workshop = await event('Warsztat kooperacyjny w Będzinie', 'workshop', 'held', '2026-03-10', { hours: 5, place: 'MOPS Będzin' });
    await event('Warsztat odwołany', 'workshop', 'cancelled', '2026-03-12');
    const planned = await event('Warsztat planowany', 'workshop', 'planned', '2026-03-17');
    await event('Warsztat za dwa tygodnie', 'workshop', 'planned', '2026-03-24');
    await event('Coaching indywidualny', 'coaching', 'held', '2026-02-10', { mode: 'individual', hours: 2, hourUnit: 'clock' });
    await event('Coaching grupowy', 'coaching', 'held', '2026-02-11', { mode: 'group', hours: 3, hourUnit: 'clock' });
    await event('Spotkanie PZK Będzin', 'pzk_meeting', 'held', '2026-03-01', { partnershipId: active.id, projectId: null });
    await event('Spotkanie PZK Czeladź', 'pzk_meeting', 'held', '2026-01-20', { partnershipId: quiet.id, projectId: null });
    await event('Spotkanie PZK Czeladź (planowane)', 'pzk_meeting', 'planned', '2026-03-05', { partnershipId: quiet.id, projectId: null });

    const parties = [
      { kind: 'voivodeship', terytCode: '24', name: 'Województwo Śląskie' },
      { kind: 'gmina', terytCode: BEDZIN, name: 'Gmina Będzin' },
    ];
    const agreement = (number: string, status: string, validUntil: string | null) => save<{ id: string }>('agreements.save', { number, status, validUntil, signedOn: status === 'signed' ? '2025-03-01' : null, parties });
    const draft = await agreement('POR/1', 'draft', null);
    const sent = await agreement('POR/2', 'sent', null);
    const expiring = await agreement('POR/3', 'signed', '2026-03-31');
    await agreement('POR/4', 'signed', '2026-06-30');
    await agreement('POR/5', 'signed', '2026-03-10'); // already over

    const overview = unwrap<DashboardOverview>(await dispatch(ctx, 'dashboard.overview', { today: TODAY }));
    expect(overview.today).toBe(TODAY);
    expect(overview.counts).toEqual({ project: 1, institution: 1, person: 0, partnership: 4, agreement: 5, event: 9 });
    expect(overview.thisWeek).toMatchObject({ from: '2026-03-09', to: '2026-03-15' });
    expect(overview.thisWeek.events.map((e) => e.title)).toEqual(['Warsztat kooperacyjny w Będzinie']);
    expect(overview.thisWeek.events[0]).toMatchObject({ id: workshop.id, status: 'held', type: 'workshop', place: 'MOPS Będzin', startsAt: '2026-03-10T08:00:00.000Z' });
    expect(overview.nextWeek).toMatchObject({ from: '2026-03-16', to: '2026-03-22' });
    expect(overview.nextWeek.events.map((e) => e.id)).toEqual([planned.id]);

    expect(overview.agreementsAwaitingSignature.map((a) => a.id).sort()).toEqual([draft.id, sent.id].sort());
    expect(overview.agreementsAwaitingSignature[0]!.partyNames).toEqual(['Województwo Śląskie', 'Gmina Będzin']);
    expect(overview.agreementsExpiring).toEqual([{ id: expiring.id, number: 'POR/3', status: 'signed', partyNames: ['Województwo Śląskie', 'Gmina Będzin'], validUntil: '2026-03-31', daysLeft: 20 }]);

    const indicator = (code: string) => overview.indicators.find((i) => i.code === code);
    // PZK Będzin was formalised before today, PZK Czeladź will be in April; G-PZK Ożarowice is not in the project.
    expect(indicator('W-PZK')).toMatchObject({ projectName: 'Kooperacje 3D', target: 15, achieved: 1, basis: 'liczba zespołów PZK zawiązanych w okresie' });
    // Held workshops only: the cancelled and the planned ones do not count.
    expect(indicator('W-WAR')).toMatchObject({ target: 42, achieved: 1, basis: 'liczba odbytych wydarzeń: „Warsztat kooperacyjny”' });
    // The group session counts its 3 hours held; the individual one had nobody present, so it delivered nothing.
    expect(indicator('W-COA')).toMatchObject({ target: 1200, achieved: 3, measureKind: 'hours' });
    expect(indicator('W-OS')).toMatchObject({ target: 300, achieved: 0, measureKind: 'manual', basis: 'wartość wpisana ręcznie za okres' });

    // PZK Będzin met 10 days ago; PZK Czeladź last met in January (the planned meeting does not count); G-PZK never.
    expect(overview.quietPartnerships).toEqual([
      { id: never.id, kind: 'gpzk', name: 'G-PZK Ożarowice', lastMeetingAt: null },
      { id: quiet.id, kind: 'pzk', name: 'PZK Czeladź', lastMeetingAt: '2026-01-20T08:00:00.000Z' },
    ]);

    expect(overview.recentChanges).toHaveLength(10);
    const times = overview.recentChanges.map((change) => change.updatedAt);
    expect([...times].sort().reverse()).toEqual(times);
    expect(overview.recentChanges[0]).toMatchObject({ kind: 'agreement', title: 'POR/5' });
  });

  it('works on an empty database and defaults to today in Warsaw', async () => {
    const overview = unwrap<DashboardOverview>(await dispatch(ctx, 'dashboard.overview', {}));
    expect(overview.today).toBe(warsawToday());
    expect(overview).toMatchObject({ agreementsAwaitingSignature: [], agreementsExpiring: [], indicators: [], quietPartnerships: [], recentChanges: [] });
    expect(overview.thisWeek.events).toEqual([]);
    expect(overview.counts).toEqual({ project: 0, institution: 0, person: 0, partnership: 0, agreement: 0, event: 0 });
    expect(await dispatch(ctx, 'dashboard.overview', { today: '2026-02-30' })).toMatchObject({ ok: false, error: { code: 'validation' } });
  });
});

describe('global search', () => {
  it('finds institutions, people, partnerships, events and agreements at once, ignoring diacritics and case', async () => {
    const ops = await save<Institution>('institutions.save', { name: 'Miejski Ośrodek Pomocy Społecznej w Będzinie', shortName: 'MOPS Będzin', type: 'ops', terytCode: BEDZIN, city: 'Będzin' });
    await save<Institution>('institutions.save', { name: 'Gminny Ośrodek Pomocy Społecznej w Łodygowicach', type: 'ops' });
    const person = await save<Person>('people.save', { firstName: 'Łucja', lastName: 'Będzińska', institutionId: ops.id, position: 'kierownik' });
    const pzk = await save<PartnershipDetail>('partnerships.save', { kind: 'pzk', name: 'PZK Będzin', terytCode: BEDZIN, leaderInstitutionId: ops.id });
    const event = await save<EventDetail>('events.save', { title: 'Spotkanie inicjujące PZK w Będzinie', type: 'pzk_initiating_meeting', startsAt: '2026-03-10T09:00:00+01:00', endsAt: '2026-03-10T11:00:00+01:00', place: 'Urząd Miasta Będzin' });
    const agreement = await save<{ id: string }>('agreements.save', {
      number: 'POR/2026/1',
      status: 'signed',
      signedOn: '2026-01-15',
      parties: [
        { kind: 'voivodeship', terytCode: '24', name: 'Województwo Śląskie' },
        { kind: 'gmina', terytCode: BEDZIN, name: 'Gmina Będzin' },
      ],
    });

    const result = unwrap<GlobalSearchResult>(await dispatch(ctx, 'search.global', { query: 'BEDZIN' }));
    expect(result.groups.map((group) => group.kind)).toEqual(['institution', 'person', 'partnership', 'event', 'agreement']);
    expect(result.groups[0]!.hits).toEqual([{ kind: 'institution', id: ops.id, title: 'Miejski Ośrodek Pomocy Społecznej w Będzinie', detail: 'MOPS Będzin · Będzin', date: null }]);
    expect(result.groups[1]!.hits).toEqual([{ kind: 'person', id: person.id, title: 'Łucja Będzińska', detail: 'kierownik · Miejski Ośrodek Pomocy Społecznej w Będzinie', date: null }]);
    expect(result.groups[2]!.hits[0]).toMatchObject({ id: pzk.id, title: 'PZK Będzin', detail: 'PZK · Będzin' });
    expect(result.groups[3]!.hits[0]).toMatchObject({ id: event.id, detail: 'Urząd Miasta Będzin', date: '2026-03-10T08:00:00.000Z' });
    expect(result.groups[4]!.hits[0]).toMatchObject({ id: agreement.id, title: 'POR/2026/1', detail: 'Województwo Śląskie · Gmina Będzin', date: '2026-01-15' });

    // Every word must match, in any order.
    const two = unwrap<GlobalSearchResult>(await dispatch(ctx, 'search.global', { query: 'osrodek lodygowicach' }));
    expect(two.groups).toHaveLength(1);
    expect(two.groups[0]!.hits.map((hit) => hit.title)).toEqual(['Gminny Ośrodek Pomocy Społecznej w Łodygowicach']);

    // The limit is per kind; the user's % and _ are literal; blank finds nothing.
    const limited = unwrap<GlobalSearchResult>(await dispatch(ctx, 'search.global', { query: 'osrodek', limit: 1 }));
    expect(limited.groups[0]!.hits).toHaveLength(1);
    expect(unwrap<GlobalSearchResult>(await dispatch(ctx, 'search.global', { query: '%' })).groups).toEqual([]);
    expect(unwrap<GlobalSearchResult>(await dispatch(ctx, 'search.global', { query: '   ' })).groups).toEqual([]);
    expect(await dispatch(ctx, 'search.global', { query: 'x'.repeat(201) })).toMatchObject({ ok: false, error: { code: 'validation' } });
  });
});

describe('search by place', () => {
  const ZORY = '2479011'; // gmina miejska Żory, a city county
  const TARNOWSKIE_GORY = '2413041'; // in powiat tarnogórski
  const CZESTOCHOWA = '2464011';
  const SOSNOWIEC = '2475011';
  const VOIVODESHIP = { kind: 'voivodeship', terytCode: '24', name: 'Województwo Śląskie' };

  /** The titles every list's search and Ctrl+K find for a query, by kind. */
  async function found(query: string) {
    const titles = async (channel: 'institutions.list' | 'partnerships.list' | 'events.list' | 'agreements.list') =>
      (await save<{ name?: string; title?: string; number?: string }[]>(channel, { search: query })).map((row) => row.name ?? row.title ?? row.number).sort();
    const global = unwrap<GlobalSearchResult>(await dispatch(ctx, 'search.global', { query, limit: 50 }));
    const hits = (kind: string) => (global.groups.find((group) => group.kind === kind)?.hits ?? []).map((hit) => hit.title).sort();
    const lists = {
      institution: await titles('institutions.list'),
      partnership: await titles('partnerships.list'),
      event: await titles('events.list'),
      agreement: await titles('agreements.list'),
    };
    // Ctrl+K finds what the lists find.
    expect({ institution: hits('institution'), partnership: hits('partnership'), event: hits('event'), agreement: hits('agreement') }).toEqual(lists);
    return lists;
  }

  it('finds partnerships, events, agreements and institutions by their gmina, powiat and town in any case form typed', async () => {
    // Names that never spell the place in the nominative, or not at all.
    const mops = await save<Institution>('institutions.save', { name: 'Miejski Ośrodek Pomocy Społecznej', type: 'ops', terytCode: ZORY });
    const ops = await save<Institution>('institutions.save', { name: 'Ośrodek Pomocy Społecznej', type: 'ops', terytCode: TARNOWSKIE_GORY });
    await save<Institution>('institutions.save', { name: 'Dom Pomocy Społecznej „Zorza”', type: 'other', city: 'Częstochowa', terytCode: CZESTOCHOWA });
    await save<Institution>('institutions.save', { name: 'Ośrodek Interwencji Kryzysowej', type: 'other', terytCode: SOSNOWIEC });
    await save<Institution>('institutions.save', { name: 'Świetlica Środowiskowa', type: 'other', terytCode: BEDZIN });
    const pzk = await save<PartnershipDetail>('partnerships.save', { kind: 'pzk', name: 'Partnerski Zespół Kooperacyjny w Żorach', terytCode: ZORY, leaderInstitutionId: mops.id });
    await save<PartnershipDetail>('partnerships.save', { kind: 'pzk', name: 'Partnerski Zespół Kooperacyjny w Tarnowskich Górach', terytCode: TARNOWSKIE_GORY, leaderInstitutionId: ops.id });
    // An event without a place of its own is where its partnership is.
    await save<EventDetail>('events.save', { title: 'Spotkanie zespołu', type: 'pzk_meeting', partnershipId: pzk.id, startsAt: '2026-03-10T09:00:00+01:00', endsAt: '2026-03-10T11:00:00+01:00' });
    await save<EventDetail>('events.save', { title: 'Szkolenie dla kadry', type: 'training', terytCode: CZESTOCHOWA, startsAt: '2026-03-12T09:00:00+01:00', endsAt: '2026-03-12T11:00:00+01:00' });
    // An agreement is where its parties are: a gmina, or an institution of the register.
    await save('agreements.save', { number: 'POR/1', status: 'draft', parties: [VOIVODESHIP, { kind: 'gmina', terytCode: BEDZIN, name: 'Gmina Miasto' }] });
    await save('agreements.save', { number: 'POR/2', status: 'draft', parties: [VOIVODESHIP, { kind: 'institution', institutionId: mops.id, name: 'Miejski Ośrodek Pomocy Społecznej' }] });

    const nothing = { institution: [], partnership: [], event: [], agreement: [] };
    const zory = { institution: ['Miejski Ośrodek Pomocy Społecznej'], partnership: ['Partnerski Zespół Kooperacyjny w Żorach'], event: ['Spotkanie zespołu'], agreement: ['POR/2'] };
    for (const query of ['zory', 'Żory', 'ŻORACH']) expect(await found(query), query).toEqual(zory);
    const tarnowskieGory = { ...nothing, institution: ['Ośrodek Pomocy Społecznej'], partnership: ['Partnerski Zespół Kooperacyjny w Tarnowskich Górach'] };
    for (const query of ['tarnowskie gory', 'Tarnowskich Górach', 'tarnogórski', 'tarnogórskim']) expect(await found(query), query).toEqual(tarnowskieGory);
    const czestochowa = { ...nothing, institution: ['Dom Pomocy Społecznej „Zorza”'], event: ['Szkolenie dla kadry'] };
    for (const query of ['czestochowa', 'Częstochowie', 'częstochowy']) expect(await found(query), query).toEqual(czestochowa);
    const bedzin = { ...nothing, institution: ['Świetlica Środowiskowa'], agreement: ['POR/1'] };
    for (const query of ['bedzin', 'Będzinie', 'będziński', 'będzińskiego']) expect(await found(query), query).toEqual(bedzin);
    // The mobile e: Sosnowiec, w Sosnowcu.
    for (const query of ['Sosnowcu', 'sosnowca']) expect((await found(query)).institution, query).toEqual(['Ośrodek Interwencji Kryzysowej']);
    // Every word still has to match, the record's own or its place's.
    expect(await found('ośrodek żory')).toEqual({ ...nothing, institution: ['Miejski Ośrodek Pomocy Społecznej'], agreement: ['POR/2'] });
    expect(await found('szkolenie żory')).toEqual(nothing);
    // A case ending is cut, not a letter of the name: "Zorza" is not "Żory".
    expect((await found('zorza')).institution).toEqual(['Dom Pomocy Społecznej „Zorza”']);
  });
});

describe('help', () => {
  it('lists every shortcut of the application menu', () => {
    const menu = shortcutList(menuTemplate({ backupNow: () => {}, showShortcuts: () => {}, showAbout: () => {} }));
    const listed = MENU_SHORTCUTS.map((shortcut) => `${shortcut.keys} – ${shortcut.label.pl} (${shortcut.menu})`);
    expect(listed).toEqual(menu);
  });
});
