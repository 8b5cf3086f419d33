/** Partnerships (PZK, G-PZK, ZZK) through the contract, on a real SQLite file. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type {
  Institution,
  InstitutionPartnership,
  PartnershipDetail,
  PartnershipMember,
  PartnershipSummary,
  Person,
  ServiceOffer,
} from '../../preload/contract';
import { declarationData } from '../../main/services/partnerships/print';
import { dispatch } from '../../main/ipc/dispatch';
import { prepareDatabase, type Runtime } from '../../main/runtime';
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

const BEDZIN = '2401011'; // gmina miejska Będzin, powiat będziński (2401): a land county
const SOSNOWIEC = '2475011'; // city with county rights

async function institution(name: string, type: string, terytCode: string | null = BEDZIN): Promise<Institution> {
  return unwrap<Institution>(await dispatch(ctx, 'institutions.save', { name, type, terytCode }));
}

async function person(firstName: string, lastName: string, institutionId: string): Promise<Person> {
  return unwrap<Person>(await dispatch(ctx, 'people.save', { firstName, lastName, institutionId, roles: ['representative'] }));
}

async function count(table: string): Promise<number> {
  const [row] = await ctx.db(table).count({ n: '*' });
  return Number(row!.n);
}

interface Bedzin {
  mops: Institution;
  pcpr: Institution;
  pup: Institution;
  police: Institution;
  school: Institution;
  pzk: PartnershipDetail;
}

/** The register of gmina Będzin: MOPS, PCPR and three more institutions, and a PZK led by the MOPS. */
async function bedzinPzk(): Promise<Bedzin> {
  const mops = await institution('Miejski Ośrodek Pomocy Społecznej w Będzinie', 'ops');
  const pcpr = await institution('Powiatowe Centrum Pomocy Rodzinie w Będzinie', 'pcpr', '2401');
  const pup = await institution('Powiatowy Urząd Pracy w Będzinie', 'pup');
  const police = await institution('Komenda Powiatowa Policji w Będzinie', 'police');
  const school = await institution('Szkoła Podstawowa nr 1 w Będzinie', 'school');
  const pzk = unwrap<PartnershipDetail>(
    await dispatch(ctx, 'partnerships.save', {
      kind: 'pzk',
      name: 'PZK Będzin',
      terytCode: BEDZIN,
      leaderInstitutionId: mops.id,
      strategicPartnerInstitutionId: pcpr.id,
      initiatedOn: '2025-03-04',
      formalisedOn: '2025-05-20',
    }),
  );
  return { mops, pcpr, pup, police, school, pzk };
}

const ZZK_CASE = {
  caseCode: 'ZZK/BDZ/2025/01',
  problems: ['elderly_alone', 'disability'],
  hasIpw: false,
  openedOn: '2025-06-02',
  outcome: null,
  goals: [
    { description: 'Usługi opiekuńcze w miejscu zamieszkania', status: 'in_progress' },
    { description: 'Orzeczenie o stopniu niepełnosprawności', status: 'achieved' },
  ],
};

describe('partnerships through the contract', () => {
  it('forms a PZK for gmina Będzin: MOPS leads, the PCPR is the strategic partner, five members join at once', async () => {
    const { mops, pcpr, pup, police, school, pzk } = await bedzinPzk();
    expect(pzk.id).toMatch(/^prt-/);
    expect(pzk).toMatchObject({
      kind: 'pzk',
      name: 'PZK Będzin',
      version: 1,
      territoryName: 'Będzin',
      leaderName: mops.name,
      strategicPartnerName: pcpr.name,
      active: true,
      // The leader and the strategic partner are members from the day the partnership was formalised.
      currentMemberCount: 2,
      members: [
        { institutionId: mops.id, joinedOn: '2025-05-20', current: true, representativePersonId: null },
        { institutionId: pcpr.id, joinedOn: '2025-05-20', current: true, representativePersonId: null },
      ],
      children: [],
      zzkCase: null,
    });

    const anna = await person('Anna', 'Łęcka', mops.id);
    const joined = unwrap<PartnershipMember[]>(
      await dispatch(ctx, 'partnerships.joinMany', {
        partnershipId: pzk.id,
        members: [
          { institutionId: mops.id, representativePersonId: anna.id, joinedOn: '2025-05-20', declarationSignedOn: '2025-05-20' },
          { institutionId: pcpr.id, joinedOn: '2025-05-20' },
          { institutionId: pup.id, joinedOn: '2025-05-20' },
          { institutionId: police.id, joinedOn: '2025-05-20' },
          { institutionId: school.id, joinedOn: '2025-05-20' },
        ],
      }),
    );
    expect(joined).toHaveLength(5);
    expect(joined.every((m) => m.id.startsWith('mem-') && m.current && m.leftOn === null)).toBe(true);
    expect(joined[0]).toMatchObject({ institutionName: mops.name, representativeName: 'Anna Łęcka', declarationSignedOn: '2025-05-20' });

    const detail = unwrap<PartnershipDetail>(await dispatch(ctx, 'partnerships.get', { id: pzk.id }));
    expect(detail.currentMemberCount).toBe(5);
    // Current members in Polish order of names.
    expect(detail.members.map((m) => m.institutionName)).toEqual([police.name, mops.name, pcpr.name, pup.name, school.name]);
    const [listed] = unwrap<PartnershipSummary[]>(await dispatch(ctx, 'partnerships.list', {}));
    expect(listed).toMatchObject({ name: 'PZK Będzin', territoryName: 'Będzin', leaderName: mops.name, strategicPartnerName: pcpr.name, currentMemberCount: 5 });
  });

  it('makes founders members of partnerships saved before they were: at the next start, once, and never one who left', async () => {
    const { mops, pcpr, pzk } = await bedzinPzk();
    // As an older version saved it: neither founder a member; a second PZK whose leader has left it.
    await ctx.db('partnership_members').where({ partnership_id: pzk.id }).delete();
    const other = unwrap<PartnershipDetail>(
      await dispatch(ctx, 'partnerships.save', { kind: 'pzk', name: 'PZK Będzin II', terytCode: BEDZIN, leaderInstitutionId: mops.id, formalisedOn: '2025-06-01' }),
    );
    unwrap(await dispatch(ctx, 'partnerships.leave', { memberId: other.members[0]!.id, leftOn: '2026-01-31' }));

    await prepareDatabase(ctx.db);
    const detail = unwrap<PartnershipDetail>(await dispatch(ctx, 'partnerships.get', { id: pzk.id }));
    expect(detail.members.map((m) => [m.institutionId, m.joinedOn, m.current])).toEqual(
      expect.arrayContaining([
        [mops.id, '2025-05-20', true],
        [pcpr.id, '2025-05-20', true],
      ]),
    );
    expect(detail.members).toHaveLength(2);
    const again = await count('partnership_members');
    await prepareDatabase(ctx.db);
    expect(await count('partnership_members')).toBe(again);
    const left = unwrap<PartnershipDetail>(await dispatch(ctx, 'partnerships.get', { id: other.id }));
    expect(left.currentMemberCount).toBe(0);
  });

  it('refuses a strategic partner in a city with county rights, one that is not a PCPR, and one without a gmina', async () => {
    const mopsSosnowiec = await institution('Miejski Ośrodek Pomocy Społecznej w Sosnowcu', 'ops', SOSNOWIEC);
    const pcpr = await institution('Powiatowe Centrum Pomocy Rodzinie w Będzinie', 'pcpr', '2401');
    const sosnowiec = await dispatch(ctx, 'partnerships.save', {
      kind: 'pzk',
      name: 'PZK Sosnowiec',
      terytCode: SOSNOWIEC,
      leaderInstitutionId: mopsSosnowiec.id,
      strategicPartnerInstitutionId: pcpr.id,
    });
    expect(sosnowiec).toMatchObject({
      ok: false,
      error: { code: 'validation', fieldErrors: { strategicPartnerInstitutionId: expect.stringContaining('tylko w gminie powiatu ziemskiego') } },
    });
    expect(!sosnowiec.ok && sosnowiec.error.fieldErrors?.strategicPartnerInstitutionId).toContain('miasto na prawach powiatu');

    const mops = await institution('MOPS w Będzinie', 'ops');
    const pup = await institution('PUP w Będzinie', 'pup');
    const notPcpr = await dispatch(ctx, 'partnerships.save', { kind: 'pzk', name: 'PZK Będzin', terytCode: BEDZIN, leaderInstitutionId: mops.id, strategicPartnerInstitutionId: pup.id });
    expect(notPcpr).toMatchObject({ ok: false, error: { code: 'validation', fieldErrors: { strategicPartnerInstitutionId: expect.stringContaining('PCPR') } } });

    const noGmina = await dispatch(ctx, 'partnerships.save', { kind: 'pzk', name: 'PZK bez gminy', leaderInstitutionId: mops.id, strategicPartnerInstitutionId: pcpr.id });
    expect(noGmina).toMatchObject({ ok: false, error: { code: 'validation', fieldErrors: { strategicPartnerInstitutionId: expect.stringContaining('wybierz gminę') } } });

    // Without a strategic partner Sosnowiec is fine.
    unwrap(await dispatch(ctx, 'partnerships.save', { kind: 'pzk', name: 'PZK Sosnowiec', terytCode: SOSNOWIEC, leaderInstitutionId: mopsSosnowiec.id }));
    expect(await count('partnerships')).toBe(1);
  });

  it('lets only an OPS (or a CUS) lead, and checks the order of dates', async () => {
    const pup = await institution('PUP w Będzinie', 'pup');
    const cus = await institution('Centrum Usług Społecznych w Będzinie', 'cus');
    expect(await dispatch(ctx, 'partnerships.save', { kind: 'pzk', name: 'PZK Będzin', terytCode: BEDZIN, leaderInstitutionId: pup.id })).toMatchObject({
      ok: false,
      error: { code: 'validation', fieldErrors: { leaderInstitutionId: expect.stringContaining('ośrodek pomocy społecznej') } },
    });
    unwrap(await dispatch(ctx, 'partnerships.save', { kind: 'pzk', name: 'PZK Będzin', terytCode: BEDZIN, leaderInstitutionId: cus.id }));

    expect(
      await dispatch(ctx, 'partnerships.save', { kind: 'gpzk', name: 'G-PZK', initiatedOn: '2025-05-01', formalisedOn: '2025-04-01', endedOn: '2025-03-01' }),
    ).toMatchObject({
      ok: false,
      error: {
        code: 'validation',
        fieldErrors: { formalisedOn: expect.stringContaining('nie może być wcześniejsza'), endedOn: expect.stringContaining('formalizacji') },
      },
    });
    expect(await dispatch(ctx, 'partnerships.save', { kind: 'gpzk', name: 'G-PZK', initiatedOn: '2025-02-30' })).toMatchObject({
      ok: false,
      error: { code: 'validation', fieldErrors: { initiatedOn: 'Nieprawidłowa data (RRRR-MM-DD)' } },
    });
    expect(await count('partnerships')).toBe(1);
  });

  it('keeps membership as history: leaving closes the row, rejoining adds a new one', async () => {
    const { pup, pzk, mops } = await bedzinPzk();
    const first = unwrap<PartnershipMember>(await dispatch(ctx, 'partnerships.join', { partnershipId: pzk.id, institutionId: pup.id, joinedOn: '2025-05-20' }));

    const again = await dispatch(ctx, 'partnerships.join', { partnershipId: pzk.id, institutionId: pup.id, joinedOn: '2025-06-01' });
    expect(again).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringContaining('jest już członkiem'), fieldErrors: { institutionId: expect.any(String) } } });

    expect(await dispatch(ctx, 'partnerships.leave', { memberId: first.id, leftOn: '2025-05-01' })).toMatchObject({
      ok: false,
      error: { code: 'validation', fieldErrors: { leftOn: expect.stringContaining('(20.05.2025)') } },
    });
    const left = unwrap<PartnershipMember>(await dispatch(ctx, 'partnerships.leave', { memberId: first.id, leftOn: '2025-09-30' }));
    expect(left).toMatchObject({ id: first.id, leftOn: '2025-09-30', current: false });
    expect(await dispatch(ctx, 'partnerships.leave', { memberId: first.id, leftOn: '2025-10-30' })).toMatchObject({ ok: false, error: { code: 'conflict' } });

    expect(await dispatch(ctx, 'partnerships.join', { partnershipId: pzk.id, institutionId: pup.id, joinedOn: '2025-09-01' })).toMatchObject({
      ok: false,
      error: { code: 'validation', fieldErrors: { joinedOn: expect.stringContaining('2025-09-30') } },
    });
    const second = unwrap<PartnershipMember>(await dispatch(ctx, 'partnerships.join', { partnershipId: pzk.id, institutionId: pup.id, joinedOn: '2026-01-15' }));
    expect(second.id).not.toBe(first.id);

    const rows = await ctx.db('partnership_members').where({ institution_id: pup.id }).orderBy('joined_on');
    expect(rows.map((r) => [r.joined_on, r.left_on])).toEqual([
      ['2025-05-20', '2025-09-30'],
      ['2026-01-15', null],
    ]);
    const detail = unwrap<PartnershipDetail>(await dispatch(ctx, 'partnerships.get', { id: pzk.id }));
    expect(detail.members.filter((m) => m.institutionId === pup.id).map((m) => [m.id, m.current])).toEqual([
      [second.id, true],
      [first.id, false],
    ]);
    // With the leader and the strategic partner, members since the partnership was formed.
    expect(detail.currentMemberCount).toBe(3);
    expect(unwrap<PartnershipSummary[]>(await dispatch(ctx, 'partnerships.list', {}))[0]!.currentMemberCount).toBe(3);

    // Only the current row takes a representative, and only one from the member institution.
    const jan = await person('Jan', 'Kowalczyk', pup.id);
    const anna = await person('Anna', 'Łęcka', mops.id);
    expect(await dispatch(ctx, 'partnerships.updateMember', { memberId: first.id, representativePersonId: jan.id })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(await dispatch(ctx, 'partnerships.updateMember', { memberId: second.id, representativePersonId: anna.id })).toMatchObject({
      ok: false,
      error: { code: 'validation', fieldErrors: { representativePersonId: expect.stringContaining('instytucji członkowskiej') } },
    });
    const updated = unwrap<PartnershipMember>(
      await dispatch(ctx, 'partnerships.updateMember', { memberId: second.id, representativePersonId: jan.id, declarationSignedOn: '2026-01-10' }),
    );
    expect(updated).toMatchObject({ representativeName: 'Jan Kowalczyk', declarationSignedOn: '2026-01-10', joinedOn: '2026-01-15', current: true });
    expect(await dispatch(ctx, 'partnerships.join', { partnershipId: pzk.id, institutionId: mops.id, representativePersonId: jan.id, joinedOn: '2026-01-15' })).toMatchObject({
      ok: false,
      error: { code: 'validation', fieldErrors: { representativePersonId: expect.any(String) } },
    });
  });

  it('joinMany is all or nothing: one bad member and no institution joins', async () => {
    const { mops, pcpr, pup, police, pzk } = await bedzinPzk();
    const strangerAtPup = await person('Ewa', 'Lis', pup.id);
    const result = await dispatch(ctx, 'partnerships.joinMany', {
      partnershipId: pzk.id,
      members: [
        { institutionId: mops.id, joinedOn: '2025-05-20' },
        { institutionId: pcpr.id, joinedOn: '2025-05-20' },
        { institutionId: police.id, representativePersonId: strangerAtPup.id, joinedOn: '2025-05-20' },
      ],
    });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'validation', message: expect.stringContaining('Nie przyjęto żadnej instytucji'), fieldErrors: { 'members.2.representativePersonId': expect.any(String) } },
    });
    // Only the leader and the strategic partner, members since the partnership was formed.
    expect(await count('partnership_members')).toBe(2);

    unwrap(await dispatch(ctx, 'partnerships.join', { partnershipId: pzk.id, institutionId: pup.id, joinedOn: '2025-05-20' }));
    const withMember = await dispatch(ctx, 'partnerships.joinMany', {
      partnershipId: pzk.id,
      members: [
        { institutionId: mops.id, joinedOn: '2025-05-20' },
        { institutionId: pup.id, joinedOn: '2025-05-20' },
      ],
    });
    expect(withMember).toMatchObject({ ok: false, error: { code: 'conflict', fieldErrors: { 'members.1.institutionId': expect.stringContaining('jest już członkiem') } } });
    const twice = await dispatch(ctx, 'partnerships.joinMany', {
      partnershipId: pzk.id,
      members: [
        { institutionId: mops.id, joinedOn: '2025-05-20' },
        { institutionId: mops.id, joinedOn: '2025-05-21' },
      ],
    });
    expect(twice).toMatchObject({ ok: false, error: { code: 'validation', fieldErrors: { 'members.1.institutionId': 'Ta instytucja jest już na liście' } } });
    expect(await count('partnership_members')).toBe(3);
  });

  it('saves a ZZK under the PZK with its case, problems and goals, and reads them back', async () => {
    const { mops, pzk } = await bedzinPzk();
    const zzk = unwrap<PartnershipDetail>(
      await dispatch(ctx, 'partnerships.save', {
        kind: 'zzk',
        name: 'ZZK – osoba starsza, ul. A',
        terytCode: BEDZIN,
        leaderInstitutionId: mops.id,
        parentPartnershipId: pzk.id,
        initiatedOn: '2025-06-02',
        zzkCase: ZZK_CASE,
      }),
    );
    expect(zzk).toMatchObject({ kind: 'zzk', parentPartnershipId: pzk.id, parentName: 'PZK Będzin', caseCode: 'ZZK/BDZ/2025/01' });
    expect(zzk.zzkCase).toMatchObject({
      version: 1,
      caseCode: 'ZZK/BDZ/2025/01',
      problems: ['elderly_alone', 'disability'],
      hasIpw: false,
      openedOn: '2025-06-02',
      closedOn: null,
      goals: [
        { position: 1, description: 'Usługi opiekuńcze w miejscu zamieszkania', status: 'in_progress' },
        { position: 2, description: 'Orzeczenie o stopniu niepełnosprawności', status: 'achieved' },
      ],
    });
    expect(zzk.zzkCase!.id).toMatch(/^zzk-/);
    expect(zzk.zzkCase!.goals[0]!.id).toMatch(/^goal-/);

    const parent = unwrap<PartnershipDetail>(await dispatch(ctx, 'partnerships.get', { id: pzk.id }));
    expect(parent.children.map((c) => c.id)).toEqual([zzk.id]);

    // Goals and problems are replaced as a whole.
    const edited = unwrap<PartnershipDetail>(
      await dispatch(ctx, 'partnerships.save', {
        id: zzk.id,
        version: 1,
        kind: 'zzk',
        name: zzk.name,
        parentPartnershipId: pzk.id,
        zzkCase: { ...ZZK_CASE, problems: ['addiction'], hasIpw: true, closedOn: '2025-12-15', outcome: 'Cele osiągnięte', goals: [{ description: 'Terapia', status: 'achieved' }] },
      }),
    );
    expect(edited.version).toBe(2);
    expect(edited.zzkCase).toMatchObject({ id: zzk.zzkCase!.id, version: 2, problems: ['addiction'], hasIpw: true, closedOn: '2025-12-15', goals: [{ description: 'Terapia', position: 1 }] });
    expect(await count('zzk_goals')).toBe(1);
    expect(await count('zzk_case_problems')).toBe(1);

    // A case as read back can be sent again: its goals keep their ids.
    const roundTrip = unwrap<PartnershipDetail>(
      await dispatch(ctx, 'partnerships.save', { id: zzk.id, version: 2, kind: 'zzk', name: zzk.name, parentPartnershipId: pzk.id, zzkCase: edited.zzkCase }),
    );
    expect(roundTrip.zzkCase).toMatchObject({ version: 3, goals: [{ id: edited.zzkCase!.goals[0]!.id, description: 'Terapia' }] });
    expect(unwrap<PartnershipSummary[]>(await dispatch(ctx, 'partnerships.list', { search: 'bdz/2025' })).map((p) => p.id)).toEqual([zzk.id]);
  });

  it('refuses a ZZK without a parent PZK or without its case, and a case with any field for a client', async () => {
    const { pzk } = await bedzinPzk();
    expect(await dispatch(ctx, 'partnerships.save', { kind: 'zzk', name: 'ZZK' })).toMatchObject({
      ok: false,
      error: { code: 'validation', fieldErrors: { parentPartnershipId: expect.any(String), zzkCase: expect.any(String) } },
    });
    const zzk = unwrap<PartnershipDetail>(await dispatch(ctx, 'partnerships.save', { kind: 'zzk', name: 'ZZK 1', parentPartnershipId: pzk.id, zzkCase: ZZK_CASE }));
    expect(await dispatch(ctx, 'partnerships.save', { kind: 'zzk', name: 'ZZK 2', parentPartnershipId: zzk.id, zzkCase: ZZK_CASE })).toMatchObject({
      ok: false,
      error: { code: 'validation', fieldErrors: { parentPartnershipId: expect.stringContaining('PZK lub G-PZK') } },
    });
    expect(await dispatch(ctx, 'partnerships.save', { kind: 'zzk', name: 'ZZK 2', parentPartnershipId: pzk.id, zzkCase: { ...ZZK_CASE, problems: [] } })).toMatchObject({
      ok: false,
      error: { code: 'validation', fieldErrors: { 'zzkCase.problems': 'Wybierz co najmniej jedną kategorię problemu' } },
    });
    expect(
      await dispatch(ctx, 'partnerships.save', { kind: 'zzk', name: 'ZZK 2', parentPartnershipId: pzk.id, zzkCase: { ...ZZK_CASE, caseCode: 'Jan Kowalski' } }),
    ).toMatchObject({ ok: false, error: { code: 'validation', fieldErrors: { 'zzkCase.caseCode': expect.stringContaining('Kod sprawy') } } });
    expect(
      await dispatch(ctx, 'partnerships.save', { kind: 'zzk', name: 'ZZK 2', parentPartnershipId: pzk.id, zzkCase: { ...ZZK_CASE, clientName: 'Jan Kowalski', pesel: '44051401359' } }),
    ).toMatchObject({ ok: false, error: { code: 'validation', fieldErrors: { zzkCase: expect.stringContaining('clientName, pesel') } } });
    expect(await count('zzk_cases')).toBe(1);
  });

  it('has no column for a client’s name, PESEL or address in the zzk_* tables', async () => {
    const tables = ['zzk_cases', 'zzk_case_problems', 'zzk_goals'];
    for (const table of tables) {
      const columns = Object.keys(await ctx.db(table).columnInfo());
      expect(columns.length).toBeGreaterThan(1);
      expect(columns.filter((column) => /name|imie|nazwisk|pesel|address|adres/i.test(column))).toEqual([]);
    }
    // Nor in the schema of the case the contract accepts.
    const { zzkCaseDraft, zzkGoalDraft } = await import('../../preload/contract');
    const fields = [...Object.keys(zzkCaseDraft.shape), ...Object.keys(zzkGoalDraft.shape)];
    expect(fields.filter((field) => /name|imie|nazwisk|pesel|address|adres/i.test(field))).toEqual([]);
  });

  it('refuses to delete a partnership with members or ZZKs, and deletes one entered by mistake', async () => {
    const { pup, pzk } = await bedzinPzk();
    // The leader's and the strategic partner's rows, made with the partnership and never completed, are no history;
    // another institution joining is.
    unwrap(await dispatch(ctx, 'partnerships.join', { partnershipId: pzk.id, institutionId: pup.id, joinedOn: '2025-05-20' }));
    const zzk = unwrap<PartnershipDetail>(await dispatch(ctx, 'partnerships.save', { kind: 'zzk', name: 'ZZK 1', parentPartnershipId: pzk.id, zzkCase: ZZK_CASE }));
    const refused = await dispatch(ctx, 'partnerships.delete', { id: pzk.id, version: 1 });
    expect(refused).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringContaining('historię członkostwa (wpisów: 1)') } });
    expect(!refused.ok && refused.error.message).toContain('zespoły ZZK (1)');

    // A ZZK with only its case goes, case and all.
    unwrap(await dispatch(ctx, 'partnerships.delete', { id: zzk.id, version: 1 }));
    expect(await count('zzk_cases')).toBe(0);
    expect(await count('zzk_goals')).toBe(0);
    expect(await dispatch(ctx, 'partnerships.delete', { id: pzk.id, version: 1 })).toMatchObject({ ok: false, error: { code: 'conflict' } });

    const mistake = unwrap<PartnershipDetail>(await dispatch(ctx, 'partnerships.save', { kind: 'gpzk', name: 'Pomyłka' }));
    unwrap(await dispatch(ctx, 'partnerships.delete', { id: mistake.id, version: 1 }));
    expect(await dispatch(ctx, 'partnerships.get', { id: mistake.id })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('refuses a stale edit or delete', async () => {
    const { pzk } = await bedzinPzk();
    const draft = { kind: 'pzk', name: 'PZK Będzin', terytCode: BEDZIN, leaderInstitutionId: pzk.leaderInstitutionId, strategicPartnerInstitutionId: pzk.strategicPartnerInstitutionId };
    unwrap(await dispatch(ctx, 'partnerships.save', { ...draft, id: pzk.id, version: 1, notes: 'pierwsza zmiana' }));
    expect(await dispatch(ctx, 'partnerships.save', { ...draft, id: pzk.id, version: 1, notes: 'druga zmiana' })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
    expect(await dispatch(ctx, 'partnerships.delete', { id: pzk.id, version: 1 })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(await dispatch(ctx, 'partnerships.save', { ...draft, id: pzk.id })).toMatchObject({ ok: false, error: { code: 'validation', fieldErrors: { version: expect.any(String) } } });
    expect((await ctx.db('partnerships').where({ id: pzk.id }).first()).notes).toBe('pierwsza zmiana');
  });

  it('searches without diacritics, filters and sorts in Polish order', async () => {
    const { pzk } = await bedzinPzk();
    const mopsSosnowiec = await institution('MOPS w Sosnowcu', 'ops', SOSNOWIEC);
    unwrap(await dispatch(ctx, 'partnerships.save', { kind: 'pzk', name: 'PZK Sosnowiec', terytCode: SOSNOWIEC, leaderInstitutionId: mopsSosnowiec.id }));
    unwrap(await dispatch(ctx, 'partnerships.save', { kind: 'gpzk', name: 'G-PZK Łazy', terytCode: '2416053', initiatedOn: '2019-01-10', endedOn: '2020-12-31' }));
    unwrap(await dispatch(ctx, 'partnerships.save', { kind: 'gpzk', name: 'G-PZK Żarnowiec', terytCode: '2416102' }));

    const names = async (query: object) => unwrap<PartnershipSummary[]>(await dispatch(ctx, 'partnerships.list', query)).map((p) => p.name);
    expect(await names({})).toEqual(['G-PZK Łazy', 'G-PZK Żarnowiec', 'PZK Będzin', 'PZK Sosnowiec']);
    expect(await names({ search: 'bedzin' })).toEqual(['PZK Będzin']);
    expect(await names({ search: 'PZK BĘDZIN' })).toEqual(['PZK Będzin']);
    expect(await names({ search: 'lazy' })).toEqual(['G-PZK Łazy']);
    expect(await names({ kind: 'gpzk' })).toEqual(['G-PZK Łazy', 'G-PZK Żarnowiec']);
    expect(await names({ territoryCode: '2401' })).toEqual(['PZK Będzin']);
    expect(await names({ territoryCode: '24' })).toHaveLength(4);
    expect(await names({ active: true })).toEqual(['G-PZK Żarnowiec', 'PZK Będzin', 'PZK Sosnowiec']);
    expect(await names({ active: false })).toEqual(['G-PZK Łazy']);
    expect(unwrap<PartnershipSummary[]>(await dispatch(ctx, 'partnerships.list', { search: 'bedzin' }))[0]!.id).toBe(pzk.id);
  });

  it('keeps the local basket of services for members, current or past', async () => {
    const { pup, school, pzk } = await bedzinPzk();
    const member = unwrap<PartnershipMember>(await dispatch(ctx, 'partnerships.join', { partnershipId: pzk.id, institutionId: pup.id, joinedOn: '2025-05-20' }));
    const offerDraft = { partnershipId: pzk.id, institutionId: pup.id, service: 'Doradztwo zawodowe', targetGroup: 'osoby bezrobotne', contact: 'tel. 32 267 00 00', terms: 'po skierowaniu' };
    const offer = unwrap<ServiceOffer>(await dispatch(ctx, 'partnerships.saveOffer', offerDraft));
    expect(offer).toMatchObject({ institutionName: pup.name, service: 'Doradztwo zawodowe', version: 1 });
    expect(offer.id).toMatch(/^off-/);

    expect(await dispatch(ctx, 'partnerships.saveOffer', { ...offerDraft, institutionId: school.id })).toMatchObject({
      ok: false,
      error: { code: 'validation', fieldErrors: { institutionId: expect.stringContaining('należy lub należała') } },
    });

    unwrap(await dispatch(ctx, 'partnerships.leave', { memberId: member.id, leftOn: '2025-12-31' }));
    const edited = unwrap<ServiceOffer>(await dispatch(ctx, 'partnerships.saveOffer', { ...offerDraft, id: offer.id, version: 1, terms: 'bez skierowania' }));
    expect(edited).toMatchObject({ version: 2, terms: 'bez skierowania' });
    expect(await dispatch(ctx, 'partnerships.saveOffer', { ...offerDraft, id: offer.id, version: 1 })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(unwrap<PartnershipDetail>(await dispatch(ctx, 'partnerships.get', { id: pzk.id })).offers.map((o) => o.id)).toEqual([offer.id]);

    expect(await dispatch(ctx, 'partnerships.deleteOffer', { id: offer.id, version: 1 })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    unwrap(await dispatch(ctx, 'partnerships.deleteOffer', { id: offer.id, version: 2 }));
    expect(await count('service_offers')).toBe(0);
  });

  it('lists an institution’s partnerships with its role there', async () => {
    const { mops, pcpr, pup, school, pzk } = await bedzinPzk();
    const members = unwrap<PartnershipMember[]>(
      await dispatch(ctx, 'partnerships.joinMany', {
        partnershipId: pzk.id,
        members: [
          { institutionId: mops.id, joinedOn: '2025-05-20' },
          { institutionId: pup.id, joinedOn: '2025-05-20' },
        ],
      }),
    );
    unwrap(await dispatch(ctx, 'partnerships.leave', { memberId: members[1]!.id, leftOn: '2025-10-01' }));
    const zzk = unwrap<PartnershipDetail>(
      await dispatch(ctx, 'partnerships.save', { kind: 'zzk', name: 'ZZK 1', leaderInstitutionId: mops.id, parentPartnershipId: pzk.id, zzkCase: ZZK_CASE }),
    );

    const roles = async (institutionId: string) =>
      unwrap<InstitutionPartnership[]>(await dispatch(ctx, 'partnerships.forInstitution', { institutionId })).map((p) => [p.partnership.name, p.role, p.roles]);
    expect(await roles(mops.id)).toEqual([
      ['PZK Będzin', 'leader', ['leader', 'member']],
      [zzk.name, 'leader', ['leader']],
    ]);
    expect(await roles(pcpr.id)).toEqual([['PZK Będzin', 'strategic_partner', ['strategic_partner', 'member']]]);
    expect(await roles(pup.id)).toEqual([['PZK Będzin', 'former_member', ['former_member']]]);
    expect(await roles(school.id)).toEqual([]);
    expect(await dispatch(ctx, 'partnerships.forInstitution', { institutionId: 'ins-nie-ma' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});

describe('the declaration’s forms of address', () => {
  it('reads „Pani Anna Łęcka” for a representative who is „Pani”, and a delegated person’s name alone where the form is unknown', async () => {
    const { mops, pzk } = await bedzinPzk();
    const anna = await person('Anna', 'Łęcka', mops.id);
    await ctx.db('people').where({ id: anna.id }).update({ form_of_address: 'ms' });
    const jan = await person('Jan', 'Żak', mops.id);
    const piotr = await person('Piotr', 'Bąk', mops.id);
    await ctx.db('people').where({ id: piotr.id }).update({ form_of_address: 'mr' });
    const [member] = unwrap<PartnershipMember[]>(
      await dispatch(ctx, 'partnerships.joinMany', { partnershipId: pzk.id, members: [{ institutionId: mops.id, representativePersonId: anna.id, joinedOn: '2025-05-20' }] }),
    );
    const detail = unwrap<PartnershipDetail>(await dispatch(ctx, 'partnerships.get', { id: pzk.id }));
    const data = await declarationData(ctx.db, detail, member!.id, '2026-01-05');
    expect(data.przedstawiciel.z_forma).toBe('Pani Anna Łęcka');
    expect(data.delegowani.map((d) => d.osoba.z_forma)).toEqual(['Pan Piotr Bąk', 'Jan Żak']);
    expect(jan.formOfAddress).toBeNull();
  });
});
