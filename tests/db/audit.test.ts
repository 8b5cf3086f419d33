/** The audit log through the contract: every change of the registers leaves who, when, what, before and after. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AuditEntry, EventDetail, ExportedFile, Institution, ParticipantsAdded, PartnershipDetail, PartnershipMember, Person } from '../../preload/contract';
import { dispatch } from '../../main/ipc/dispatch';
import type { Runtime } from '../../main/runtime';
import { osUserName } from '../../main/services/audit';
import { unwrap } from '../support/results';
import { makeTempDir, openTempDatabase, type TempDatabase } from '../support/tempDatabase';
import { createWorkstation, memoryWorkstation, NO_SECRET_STORE, readWorkstationSettings } from '../../main/config/workstationSettings';

let temp: TempDatabase;
let ctx: Runtime;
beforeEach(async () => {
  temp = await openTempDatabase();
  ctx = temp.runtime;
});
afterEach(async () => {
  await temp.cleanup();
});

const BEDZIN = '2401011';
const USER = 'Anna Ślęzak-Żółkiewska';

/** The name kept in this PC's settings (the first-run wizard's), which the runtime hands to the audit log. */
async function setUser(name: string): Promise<void> {
  ctx.workstation.setUserName(name);
}

async function history(table: string, id: string): Promise<AuditEntry[]> {
  return unwrap<AuditEntry[]>(await dispatch(ctx, 'audit.forRecord', { table, id }));
}

async function entryCount(): Promise<number> {
  const [row] = await ctx.db('audit_log').count({ n: '*' });
  return Number(row!.n);
}

async function institution(name: string, type = 'ops', terytCode: string | null = BEDZIN): Promise<Institution> {
  return unwrap<Institution>(await dispatch(ctx, 'institutions.save', { name, type, terytCode }));
}

describe('the audit log of an institution', () => {
  it('records create, update and delete with the user, the action and the changed values, newest first', async () => {
    // Without a name in the settings, the operating system's user.
    const created = unwrap<Institution>(await dispatch(ctx, 'institutions.save', { name: 'GOPS w Oksie', type: 'ops', terytCode: '2602052', nip: '644-106-75-16' }));
    await setUser(USER);
    const updated = unwrap<Institution>(await dispatch(ctx, 'institutions.save', { ...created, phone: '41 380 10 20', active: false }));
    unwrap(await dispatch(ctx, 'institutions.delete', { id: created.id, version: updated.version }));

    const entries = await history('institutions', created.id);
    expect(entries.map((entry) => entry.action)).toEqual(['delete', 'update', 'create']);
    const [deleted, changed, made] = entries as [AuditEntry, AuditEntry, AuditEntry];

    expect(made).toMatchObject({ table: 'institutions', recordId: created.id, userName: osUserName(), before: null });
    expect(osUserName()).toBe(os.userInfo().username);
    expect(made.after).toMatchObject({ name: 'GOPS w Oksie', type: 'ops', teryt_code: '2602052', nip: '6441067516', active: true });
    expect(made.after).not.toHaveProperty('search_text');
    expect(Date.parse(made.at)).toBeGreaterThan(Date.now() - 60_000);

    // Only what changed, before and after; the name set in the settings.
    expect(changed).toMatchObject({ userName: USER, before: { phone: null, active: true }, after: { phone: '41 380 10 20', active: false } });
    expect(Object.keys(changed.after!).sort()).toEqual(['active', 'phone']);

    expect(deleted).toMatchObject({ userName: USER, after: null });
    expect(deleted.before).toMatchObject({ name: 'GOPS w Oksie', phone: '41 380 10 20', active: false });
  });

  it('a stale save, a refused delete and an invalid save leave no entry', async () => {
    const created = await institution('MOPS w Będzinie');
    const fresh = unwrap<Institution>(await dispatch(ctx, 'institutions.save', { ...created, email: 'mops@bedzin.pl' }));
    unwrap<Person>(await dispatch(ctx, 'people.save', { firstName: 'Ewa', lastName: 'Ślązak', institutionId: created.id, roles: [] }));
    const before = await entryCount();

    expect(await dispatch(ctx, 'institutions.save', { ...created, phone: '32 267 00 00' })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(await dispatch(ctx, 'institutions.delete', { id: created.id, version: created.version })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(await dispatch(ctx, 'institutions.delete', { id: created.id, version: fresh.version })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(await dispatch(ctx, 'institutions.save', { ...fresh, terytCode: '9999999' })).toMatchObject({ ok: false, error: { code: 'validation' } });

    expect(await entryCount()).toBe(before);
    expect((await history('institutions', created.id)).map((entry) => entry.action)).toEqual(['update', 'create']);
  });

  it('a save that changes nothing writes no entry; the export opens in Excel (exceljs) with every entry', async () => {
    await setUser(USER);
    const created = await institution('PCPR w Będzinie', 'pcpr', '2401');
    unwrap(await dispatch(ctx, 'institutions.save', { ...created }));
    expect(await history('institutions', created.id)).toHaveLength(1);
    await dispatch(ctx, 'institutions.save', { ...(await dispatch(ctx, 'institutions.get', { id: created.id }).then((r) => unwrap<Institution>(r))), city: 'Będzin' });

    const file = unwrap<ExportedFile>(await dispatch(ctx, 'audit.export', {}));
    expect(file.fileName).toMatch(/^historia-zmian-.*\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(file.contentBase64, 'base64') as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.name).toBe('Historia zmian');
    expect(sheet.getRow(1).values).toEqual([undefined, 'Nr', 'Data i godzina', 'Użytkownik', 'Działanie', 'Rodzaj rekordu', 'Identyfikator rekordu', 'Rekord nadrzędny', 'Identyfikator nadrzędnego', 'Przed zmianą', 'Po zmianie']);
    expect(sheet.rowCount).toBe(1 + (await entryCount()));
    const last = sheet.getRow(sheet.rowCount);
    expect(last.getCell(3).value).toBe(USER);
    expect(last.getCell(4).value).toBe('Zmiana');
    expect(last.getCell(5).value).toBe('Instytucja');
    expect(last.getCell(6).value).toBe(created.id);
    expect(last.getCell(10).value).toBe('Miejscowość: Będzin');

    // A period that ended before anything was written: headers only.
    const old = unwrap<ExportedFile>(await dispatch(ctx, 'audit.export', { from: '2020-01-01', to: '2020-12-31' }));
    const empty = new ExcelJS.Workbook();
    await empty.xlsx.load(Buffer.from(old.contentBase64, 'base64') as unknown as ArrayBuffer);
    expect(empty.worksheets[0]!.rowCount).toBe(1);
    expect(await dispatch(ctx, 'audit.export', { from: '2026-02-01', to: '2026-01-01' })).toMatchObject({ ok: false, error: { code: 'validation' } });
  });
});

describe('who: the user of each PC', () => {
  it('two PCs on one database log their changes each under its own user, kept in each PC’s settings, not the database', async () => {
    await setUser('Łucja Żak');
    const other = await temp.openSecondClient({ workstation: memoryWorkstation({ userName: 'Jan Ślęzak' }) });
    const mine = await institution('MOPS w Będzinie');
    const theirs = unwrap<Institution>(await dispatch(other, 'institutions.save', { ...mine, phone: '32 267 00 00' }));
    unwrap(await dispatch(ctx, 'institutions.save', { ...theirs, email: 'mops@bedzin.pl' }));
    expect((await history('institutions', mine.id)).map((entry) => [entry.action, entry.userName])).toEqual([
      ['update', 'Łucja Żak'],
      ['update', 'Jan Ślęzak'],
      ['create', 'Łucja Żak'],
    ]);
    expect(await ctx.db('settings').where({ key: 'user.name' }).first()).toBeUndefined();
  });

  it('a PC with a settings file takes over the name older versions kept in the shared table, once, and removes it there', async () => {
    await ctx.db('settings').insert({ key: 'user.name', value: 'Dawna Użytkowniczka' });
    // The command line and tests keep their settings in memory: they leave the old value alone.
    const passing = await temp.openSecondClient();
    expect(passing.workstation.userName()).toBeNull();
    expect(await ctx.db('settings').where({ key: 'user.name' }).first('value')).toEqual({ value: 'Dawna Użytkowniczka' });

    const dir = makeTempDir();
    try {
      const file = path.join(dir, 'ustawienia-stanowiska.json');
      const settings = () => createWorkstation({ file, secrets: NO_SECRET_STORE, defaultSqliteFile: path.join(dir, 'kooperator.sqlite') });
      const first = await temp.openSecondClient({ workstation: settings() });
      expect(first.workstation.userName()).toBe('Dawna Użytkowniczka');
      expect(readWorkstationSettings(file).userName).toBe('Dawna Użytkowniczka');
      expect(await ctx.db('settings').where({ key: 'user.name' }).first()).toBeUndefined();
      const made = unwrap<Institution>(await dispatch(first, 'institutions.save', { name: 'GOPS w Oksie', type: 'ops', terytCode: '2602052' }));
      expect((await history('institutions', made.id))[0]).toMatchObject({ userName: 'Dawna Użytkowniczka' });
      // A name the PC already has is never replaced by one found in the table.
      await ctx.db('settings').insert({ key: 'user.name', value: 'Ktoś Inny' });
      const again = await temp.openSecondClient({ workstation: settings() });
      expect(again.workstation.userName()).toBe('Dawna Użytkowniczka');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the audit log of people, partnerships and events', () => {
  it("a person's roles are part of their entry", async () => {
    const created = unwrap<Person>(await dispatch(ctx, 'people.save', { firstName: 'Jan', lastName: 'Kowalski', institutionId: null, roles: ['trainer', 'coach'] }));
    unwrap(await dispatch(ctx, 'people.save', { ...created, roles: ['trainer'] }));
    const [changed, made] = (await history('people', created.id)) as [AuditEntry, AuditEntry];
    expect(made.after).toMatchObject({ first_name: 'Jan', last_name: 'Kowalski', roles: ['coach', 'trainer'] });
    expect(changed).toMatchObject({ action: 'update', before: { roles: ['coach', 'trainer'] }, after: { roles: ['trainer'] } });
  });

  it('a member joining and leaving shows on the partnership, naming the institution', async () => {
    await setUser(USER);
    const mops = await institution('Miejski Ośrodek Pomocy Społecznej w Będzinie');
    const pup = await institution('Powiatowy Urząd Pracy w Będzinie', 'pup');
    const pzk = unwrap<PartnershipDetail>(await dispatch(ctx, 'partnerships.save', { kind: 'pzk', name: 'PZK Będzin', terytCode: BEDZIN, leaderInstitutionId: mops.id }));
    const member = unwrap<PartnershipMember>(await dispatch(ctx, 'partnerships.join', { partnershipId: pzk.id, institutionId: pup.id, joinedOn: '2025-05-20' }));
    unwrap(await dispatch(ctx, 'partnerships.leave', { memberId: member.id, leftOn: '2025-09-30' }));
    // A refused leave (already left) adds nothing.
    expect(await dispatch(ctx, 'partnerships.leave', { memberId: member.id, leftOn: '2025-10-30' })).toMatchObject({ ok: false });

    const entries = await history('partnerships', pzk.id);
    expect(entries.map((entry) => [entry.table, entry.action])).toEqual([
      ['partnership_members', 'update'],
      ['partnership_members', 'create'],
      // The leader: a member from the day the partnership is formed, in the same write.
      ['partnership_members', 'create'],
      ['partnerships', 'create'],
    ]);
    const [left, joined, leader] = entries as [AuditEntry, AuditEntry, AuditEntry];
    expect(leader).toMatchObject({ parentTable: 'partnerships', parentId: pzk.id, after: { institution_id: mops.id } });
    expect(joined).toMatchObject({ recordId: member.id, parentTable: 'partnerships', parentId: pzk.id, after: { institution_id: pup.id, joined_on: '2025-05-20' } });
    expect(left).toMatchObject({ userName: USER, before: { institution_id: pup.id, left_on: null }, after: { institution_id: pup.id, left_on: '2025-09-30' } });
    expect(left.names).toEqual({ [pup.id]: 'Powiatowy Urząd Pracy w Będzinie' });
  });

  it('attendance marks show on the event: set, changed and cleared, with the person', async () => {
    const mops = await institution('MOPS w Będzinie');
    const ewa = unwrap<Person>(await dispatch(ctx, 'people.save', { firstName: 'Ewa', lastName: 'Ślązak', institutionId: mops.id, roles: [] }));
    const event = unwrap<EventDetail>(
      await dispatch(ctx, 'events.save', {
        title: 'Warsztat kooperacyjny',
        type: 'workshop',
        status: 'held',
        startsAt: '2026-03-10T09:00:00+01:00',
        endsAt: '2026-03-11T15:00:00+01:00',
        hours: 8,
      }),
    );
    const [participant] = unwrap<ParticipantsAdded>(await dispatch(ctx, 'events.addParticipants', { eventId: event.id, personIds: [ewa.id], walkIn: false })).added;
    const mark = async (day: string, status: string | null) =>
      unwrap(await dispatch(ctx, 'events.setAttendance', { eventId: event.id, marks: [{ participantId: participant!.id, day, status }] }));
    await mark('2026-03-10', 'present');
    await mark('2026-03-11', 'absent');
    await mark('2026-03-11', 'excused');
    await mark('2026-03-11', 'excused'); // the same again: no entry
    await mark('2026-03-10', null);

    const entries = await history('events', event.id);
    const attendance = entries.filter((entry) => entry.table === 'attendance');
    expect(attendance.map((entry) => [entry.action, entry.before?.status ?? null, entry.after?.status ?? null, (entry.after ?? entry.before)!.day])).toEqual([
      ['delete', 'present', null, '2026-03-10'],
      ['update', 'absent', 'excused', '2026-03-11'],
      ['create', null, 'absent', '2026-03-11'],
      ['create', null, 'present', '2026-03-10'],
    ]);
    expect(attendance[0]!.before).toMatchObject({ person_id: ewa.id, participant_id: participant!.id });
    expect(attendance[0]!.names).toEqual({ [ewa.id]: 'Ewa Ślązak' });
    const registered = entries.find((entry) => entry.table === 'event_participants');
    expect(registered).toMatchObject({ action: 'create', after: { person_id: ewa.id, institution_id: mops.id } });

    // Deleting the event keeps its participants and their attendance in the entry.
    const current = unwrap<EventDetail>(await dispatch(ctx, 'events.get', { id: event.id }));
    unwrap(await dispatch(ctx, 'events.delete', { id: event.id, version: current.version }));
    const [deleted] = await history('events', event.id);
    expect(deleted).toMatchObject({ table: 'events', action: 'delete', before: { title: 'Warsztat kooperacyjny', participants: [{ person_id: ewa.id, attendance: { '2026-03-11': 'excused' } }] } });
  });

  it("a ZZK case (with problems and goals) and a project's phases are part of their records' history", async () => {
    const mops = await institution('MOPS w Będzinie');
    const pzk = unwrap<PartnershipDetail>(await dispatch(ctx, 'partnerships.save', { kind: 'pzk', name: 'PZK Będzin', terytCode: BEDZIN, leaderInstitutionId: mops.id }));
    const zzkCase = { caseCode: 'ZZK/BDZ/2025/01', problems: ['elderly_alone'], hasIpw: false, openedOn: '2025-06-02', outcome: null, goals: [{ description: 'Usługi opiekuńcze', status: 'in_progress' }] };
    const draft = { kind: 'zzk', name: 'ZZK – osoba starsza', terytCode: BEDZIN, leaderInstitutionId: mops.id, parentPartnershipId: pzk.id, zzkCase };
    const zzk = unwrap<PartnershipDetail>(await dispatch(ctx, 'partnerships.save', draft));
    unwrap(await dispatch(ctx, 'partnerships.save', { ...draft, id: zzk.id, version: zzk.version, zzkCase: { ...zzkCase, problems: ['addiction'], closedOn: '2025-12-15' } }));
    const [changed, created] = (await history('partnerships', zzk.id)).filter((entry) => entry.table === 'zzk_cases');
    expect(created).toMatchObject({ action: 'create', after: { case_code: 'ZZK/BDZ/2025/01', problems: ['elderly_alone'], goals: [{ description: 'Usługi opiekuńcze', status: 'in_progress' }] } });
    expect(changed).toMatchObject({ action: 'update', before: { problems: ['elderly_alone'], closed_on: null }, after: { problems: ['addiction'], closed_on: '2025-12-15' } });

    const project = unwrap<{ id: string; version: number }>(await dispatch(ctx, 'projects.save', { name: 'Kooperacje 3D', phases: [{ name: 'I Faza modelu' }] }));
    unwrap(await dispatch(ctx, 'projects.save', { name: 'Kooperacje 3D', id: project.id, version: project.version, phases: [{ name: 'I Faza modelu' }, { name: 'II Faza pilotażu' }] }));
    const [phases] = await history('projects', project.id);
    expect(phases).toMatchObject({ action: 'update', before: { phases: [{ name: 'I Faza modelu' }] }, after: { phases: [{ name: 'I Faza modelu' }, { name: 'II Faza pilotażu' }] } });
  });

  it('the channel refuses a table that has no history', async () => {
    expect(await dispatch(ctx, 'audit.forRecord', { table: 'settings', id: 'x' })).toMatchObject({ ok: false, error: { code: 'validation' } });
  });
});
