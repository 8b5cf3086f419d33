/**
 * The exchange file on real SQLite files: a rich register built through the app's channels survives export →
 * import into an empty database → export unchanged; exports satisfy the JSON Schema in docs/; a bad file is
 * refused whole with every problem at its JSON path and the database file stays byte-identical; re-import
 * changes nothing; two offices' files merge; the demo fills a realistic register.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  type AuditEntry,
  EVENT_TYPE_KEYS,
  EXCHANGE_VERSION,
  foldForSearch,
  INSTITUTION_TYPE_KEYS,
  PERSON_ROLE_KEYS,
  PROBLEM_CATEGORY_KEYS,
  type Agreement,
  type DocumentTemplate,
  type EventDetail,
  type ExchangeDocument,
  type ExchangeImportResult,
  type ExportedFile,
  type Institution,
  type PartnershipDetail,
  type PartnershipMember,
  type Person,
  type Project,
  type Result,
} from '../../preload/contract';
import { dispatch } from '../../main/ipc/dispatch';
import { openRuntime, type Runtime } from '../../main/runtime';
import { checkExchangeFile, exportExchange, importExchange, importExchangeDocument, importExchangeFile, serializeExchange } from '../../main/services/exchange';
import { buildDemoDocument } from '../../main/services/exchange/demo';
import { DEFAULT_TEMPLATES } from '../../main/services/documents/template';
import { setAuditUser } from '../../main/services/audit';
import { listBackups } from '../../main/services/backups/backup';
import { backupFolderOf } from '../../main/services/backups';
import { NO_FILTER, withoutExportedAt } from '../support/exchange';
import { unwrap } from '../support/results';
import { makeTempDir } from '../support/tempDatabase';

const SCHEMA = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../docs/exchange-format.schema.json'), 'utf8')) as Record<string, unknown>;

let dir: string;
const opened: Runtime[] = [];
beforeEach(() => {
  dir = makeTempDir('Kooperator wymiana ');
});
afterEach(async () => {
  for (const runtime of opened.splice(0)) await runtime.close().catch(() => undefined);
  fs.rmSync(dir, { recursive: true, force: true });
});

async function database(name: string, options: Parameters<typeof openRuntime>[1] = {}): Promise<Runtime> {
  const runtime = await openRuntime(path.join(dir, 'dane biura', `${name}.sqlite`), options);
  opened.push(runtime);
  return runtime;
}

function bytesOf(document: unknown): Uint8Array {
  return Buffer.from(typeof document === 'string' ? document : JSON.stringify(document), 'utf8');
}

/** Rows of the register's tables without what is per database (version, timestamps, participants' own ids). */
async function tables(db: Runtime['db']): Promise<Record<string, unknown[]>> {
  const strip = (rows: Record<string, unknown>[], ...drop: string[]) =>
    rows
      .map((row) => Object.fromEntries(Object.entries(row).filter(([key]) => !['version', 'created_at', 'updated_at', ...drop].includes(key))))
      .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  const builtIn = (row: { kind: string; name: string; body: string }) =>
    (DEFAULT_TEMPLATES as Record<string, { name: string; body: string }>)[row.kind]?.body === row.body && (DEFAULT_TEMPLATES as Record<string, { name: string }>)[row.kind]?.name === row.name;
  const result: Record<string, unknown[]> = {};
  for (const table of [
    'institutions', 'people', 'person_roles', 'project_phases', 'project_indicators', 'indicator_phase_targets', 'partnerships', 'partnership_members',
    'service_offers', 'zzk_cases', 'zzk_case_problems', 'zzk_goals', 'agreement_parties', 'event_series', 'events', 'event_leaders', 'event_day_headcounts', 'certificates',
  ]) {
    const rows = (await db(table).select('*')) as Record<string, unknown>[];
    result[table] = strip(rows);
  }
  result.projects = strip(await db('projects').select('*'), 'logo_color_path', 'logo_color_name', 'logo_color_sha256', 'logo_mono_path', 'logo_mono_name', 'logo_mono_sha256');
  result.agreements = strip(await db('agreements').select('*'), 'template_id', 'scan_path', 'scan_name', 'scan_sha256');
  result.indicator_values = strip(await db('indicator_values').select('*'), 'id');
  result.templates = strip((await db('document_templates').select('*')).filter((row: { kind: string; name: string; body: string }) => !builtIn(row)));
  result.participants = (
    await db('event_participants as ep').select('ep.event_id', 'ep.person_id', 'ep.institution_id', 'ep.walk_in', 'ep.hours').orderBy(['ep.event_id', 'ep.person_id'])
  ) as unknown[];
  result.attendance = (
    await db('attendance as a').join('event_participants as ep', 'ep.id', 'a.participant_id').select('ep.event_id', 'ep.person_id', 'a.day', 'a.status').orderBy(['ep.event_id', 'ep.person_id', 'a.day'])
  ) as unknown[];
  return result;
}

/** Every record's version and timestamps, to see that nothing was rewritten. */
async function versions(db: Runtime['db']): Promise<string> {
  const parts: unknown[] = [];
  for (const table of ['institutions', 'people', 'projects', 'partnerships', 'service_offers', 'zzk_cases', 'agreements', 'document_templates', 'event_series', 'events']) {
    parts.push(await db(table).select('id', 'version', 'updated_at').orderBy('id'));
  }
  for (const table of ['person_roles', 'project_phases', 'partnership_members', 'agreement_parties', 'event_participants', 'attendance', 'certificates', 'zzk_goals']) {
    parts.push(await db(table).select('*').orderBy(Object.keys((await db(table).first()) ?? { rowid: 1 })[0]!));
  }
  return JSON.stringify(parts);
}

// ---------------------------------------------------------------------------------------------------------------
// A rich register, built the way users build it: through the app's channels (events straight into their tables).

interface Rich {
  institutions: Institution[];
  people: Person[];
  project: Project;
  pzk: PartnershipDetail;
}

async function buildRichRegister(ctx: Runtime): Promise<Rich> {
  const ok = async <T>(channel: string, input: unknown): Promise<T> => unwrap<T>((await dispatch(ctx, channel, input)) as Result<unknown>);
  await ctx.db('settings').insert([
    { key: 'office.name', value: 'Regionalny Ośrodek Polityki Społecznej w Katowicach' },
    { key: 'office.voivodeshipTeryt', value: '24' },
  ]);
  const rops = await ok<Institution>('institutions.save', {
    name: 'Regionalny Ośrodek Polityki Społecznej w Katowicach',
    shortName: 'ROPS Katowice',
    type: 'other',
    terytCode: '2469011',
    street: 'ul. Modelarska 10',
    postalCode: '40-142',
    city: 'Katowice',
    nip: '954-277-13-94',
    regon: '276255217',
    email: 'rops@example.pl',
    phone: '32 730 68 00',
    website: 'https://rops.example.pl',
    notes: 'Lider makroregionu III „Kooperacje 3D”',
  });
  const mops = await ok<Institution>('institutions.save', { name: 'Miejski Ośrodek Pomocy Społecznej w Będzinie', shortName: 'MOPS Będzin', type: 'ops', terytCode: '2401011', city: 'Będzin' });
  const pcpr = await ok<Institution>('institutions.save', { name: 'Powiatowe Centrum Pomocy Rodzinie w Będzinie', type: 'pcpr', terytCode: '2401' });
  const pup = await ok<Institution>('institutions.save', { name: 'Powiatowy Urząd Pracy w Będzinie', type: 'pup', terytCode: '2401011', postalCode: '42-500' });
  const ngo = await ok<Institution>('institutions.save', { name: 'Stowarzyszenie „Przystań” – Żółta Łąka', type: 'ngo', terytCode: '2401011', active: false });
  const school = await ok<Institution>('institutions.save', { name: 'Szkoła Podstawowa nr 3 w Sosnowcu', type: 'school', terytCode: '2475011' });

  const anna = await ok<Person>('people.save', { firstName: 'Anna', lastName: 'Łęcka', formOfAddress: 'ms', institutionId: mops.id, roles: ['representative', 'social_worker'], position: 'Dyrektor', email: 'a.lecka@example.pl' });
  const pawel = await ok<Person>('people.save', { firstName: 'Paweł', lastName: 'Żądło', formOfAddress: 'mr', institutionId: mops.id, roles: ['animator', 'social_worker'], phone: '600 100 200', notes: 'Animator PZK' });
  const grazyna = await ok<Person>('people.save', { firstName: 'Grażyna', lastName: 'Wójcik', institutionId: pcpr.id, roles: ['representative'] });
  const trainer = await ok<Person>('people.save', { firstName: 'Józef', lastName: 'Ślęzak', roles: ['trainer', 'coach', 'supervisor'] });
  const zofia = await ok<Person>('people.save', { firstName: 'Zofia', lastName: 'Kubiś', institutionId: pup.id, roles: [] });

  const project = await ok<Project>('projects.save', {
    name: 'Kooperacje 3D – model wielosektorowej współpracy',
    macroregion: 'III',
    gminaKind: 'urban',
    startDate: '2018-01-01',
    endDate: '2021-12-31',
    cofinancingClause: 'Projekt współfinansowany ze środków Unii Europejskiej w ramach Europejskiego Funduszu Społecznego.',
    notes: 'Pilotaż 1.04.2019 – 31.12.2020',
    phases: [
      { name: 'I Faza – budowa modelu', startDate: '2018-01-01', endDate: '2019-03-31' },
      { name: 'II Faza – pilotaż', startDate: '2019-04-01', endDate: '2020-12-31' },
      { name: 'Ewaluacja', startDate: null, endDate: null },
    ],
    indicators: [
      { code: 'W1', name: 'Liczba PZK', unit: 'szt.', target: 15, phaseTargets: [{ phaseIndex: 1, target: 15 }] },
      { code: 'W2', name: 'Godziny coachingu', unit: 'godz.', target: 1200.5, phaseTargets: [{ phaseIndex: 0, target: 200 }, { phaseIndex: 1, target: 1000.5 }] },
      // Values entered by hand, per period with a note (and one without), in the order entered.
      {
        code: 'W3',
        name: 'Osoby objęte wsparciem w ramach ZZK',
        unit: 'os.',
        target: 120,
        measure: { kind: 'manual' },
        values: [
          { from: '2019-07-01', to: '2019-12-31', value: 47, note: 'sprawozdania ZZK za II półrocze 2019' },
          { from: '2019-01-01', to: '2019-06-30', value: 12.5, note: null },
        ],
      },
    ],
  });

  // A template of the office's own, made the default for declarations.
  const template = await ok<DocumentTemplate>('templates.save', { kind: 'declaration', name: 'Deklaracja – wzór ROPS', body: `${DEFAULT_TEMPLATES.declaration.body}\n\nWzór ROPS.\n` });
  await ok('templates.setDefault', { id: template.id });
  const agreementTemplate = await ok<DocumentTemplate>('templates.save', { kind: 'agreement', name: 'Porozumienie – wzór 2019', body: `${DEFAULT_TEMPLATES.agreement.body}\n` });

  const pzk = await ok<PartnershipDetail>('partnerships.save', {
    kind: 'pzk',
    name: 'PZK Będzin',
    projectId: project.id,
    terytCode: '2401011',
    leaderInstitutionId: mops.id,
    strategicPartnerInstitutionId: pcpr.id,
    animatorPersonId: pawel.id,
    initiatedOn: '2019-03-04',
    formalisedOn: '2019-05-20',
    notes: 'Spotkania co dwa tygodnie',
  });
  const joined = await ok<PartnershipMember[]>('partnerships.joinMany', {
    partnershipId: pzk.id,
    members: [
      { institutionId: mops.id, representativePersonId: anna.id, joinedOn: '2019-05-20', declarationSignedOn: '2019-05-20' },
      { institutionId: pcpr.id, representativePersonId: grazyna.id, joinedOn: '2019-05-20' },
      { institutionId: pup.id, joinedOn: '2019-05-20' },
      { institutionId: ngo.id, joinedOn: '2019-06-01' },
    ],
  });
  // Membership history: the PUP leaves and comes back.
  await ok('partnerships.leave', { memberId: joined[2]!.id, leftOn: '2019-12-31' });
  await ok('partnerships.join', { partnershipId: pzk.id, institutionId: pup.id, representativePersonId: zofia.id, joinedOn: '2020-02-01' });
  await ok('partnerships.saveOffer', { partnershipId: pzk.id, institutionId: pup.id, service: 'Staże i poradnictwo zawodowe', targetGroup: 'osoby bezrobotne', contact: 'tel. 32 267 00 00', terms: 'po skierowaniu' });
  await ok('partnerships.saveOffer', { partnershipId: pzk.id, institutionId: mops.id, service: 'Praca socjalna' });
  const zzk = await ok<PartnershipDetail>('partnerships.save', {
    kind: 'zzk',
    name: 'ZZK – rodzina K.',
    projectId: project.id,
    terytCode: '2401011',
    parentPartnershipId: pzk.id,
    initiatedOn: '2019-09-02',
    zzkCase: {
      caseCode: 'ZZK/BDZ/2019/01',
      problems: ['elderly_alone', 'disability'],
      hasIpw: true,
      openedOn: '2019-09-02',
      closedOn: '2020-06-30',
      outcome: 'Usługi opiekuńcze przyznane',
      goals: [
        { description: 'Usługi opiekuńcze w miejscu zamieszkania', status: 'achieved' },
        { description: 'Orzeczenie o stopniu niepełnosprawności', status: 'not_achieved' },
      ],
    },
  });
  await ok('partnerships.join', { partnershipId: zzk.id, institutionId: mops.id, joinedOn: '2019-09-02' });

  const defaultAgreementTemplate = (await ctx.db('document_templates').where({ kind: 'agreement', is_default: true }).first('id')) as { id: string };
  await ok<Agreement>('agreements.save', {
    number: 'ROPS-KP/1/2019',
    projectId: project.id,
    subject: 'współpraca przy pilotażowym wdrażaniu modelu kooperacji',
    status: 'signed',
    draftedOn: '2019-02-15',
    signedOn: '2019-03-20',
    validUntil: '2020-12-31',
    templateId: defaultAgreementTemplate.id,
    notes: 'Skan w archiwum',
    parties: [
      { kind: 'voivodeship', terytCode: '24', actingThroughInstitutionId: rops.id, name: 'Województwo Śląskie', address: 'ul. Ligonia 46, 40-037 Katowice', nip: '9542771394', regon: '276255217', representatives: [{ name: 'Jan Kowalski', function: 'Członek Zarządu Województwa' }] },
      { kind: 'gmina', terytCode: '2401011', name: 'Gmina Będzin', representatives: [{ name: 'Łukasz Komoniewski', function: 'Prezydent Miasta' }] },
      { kind: 'powiat', terytCode: '2401', name: 'Powiat Będziński', nip: '6251002206' },
    ],
  });
  await ok<Agreement>('agreements.save', {
    number: 'PZK/BDZ/2019',
    partnershipId: pzk.id,
    templateId: agreementTemplate.id,
    status: 'terminated',
    signedOn: '2019-05-20',
    terminatedOn: '2020-12-31',
    parties: [
      { kind: 'institution', institutionId: mops.id, name: mops.name },
      { kind: 'institution', institutionId: pcpr.id, name: pcpr.name, representatives: [{ name: 'Grażyna Wójcik' }] },
    ],
  });

  // Events straight into their tables (the events service is another module): a 2-day workshop with attendance per
  // day, a coaching session with per-person hours, a series of PZK meetings, a planned and a cancelled event.
  const now = new Date().toISOString();
  const search = (title: string, place: string | null) => foldForSearch([title, place].filter(Boolean).join(' '));
  await ctx.db('event_series').insert({ id: 'ser-pzk-bedzin', version: 1, rule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;COUNT=10', created_at: now, updated_at: now });
  const event = (id: string, fields: Record<string, unknown>) => ({
    id,
    version: 1,
    project_id: project.id,
    hour_unit: 'didactic',
    detached_from_series: false,
    created_at: now,
    updated_at: now,
    search_text: search(String(fields.title), (fields.place as string) ?? null),
    ...fields,
  });
  await ctx.db('events').insert([
    event('evt-warsztat', { title: 'Warsztat kooperacyjny (wyjazdowy)', type: 'workshop', status: 'held', partnership_id: pzk.id, teryt_code: '2402011', place: 'Szczyrk, ośrodek „Orlik”', organiser_institution_id: rops.id, starts_at: '2019-10-24T07:00:00.000Z', ends_at: '2019-10-25T13:00:00.000Z', hours: 16, certificate_rule: 'share', certificate_min_share: 50, notes: 'Nocleg zapewniony' }),
    event('evt-coaching', { title: 'Coaching indywidualny', type: 'coaching', status: 'held', teryt_code: '2401011', starts_at: '2019-11-05T08:00:00.000Z', ends_at: '2019-11-05T10:00:00.000Z', hours: 2, hour_unit: 'clock', mode: 'individual' }),
    event('evt-pzk-1', { title: 'Spotkanie PZK', type: 'pzk_meeting', status: 'held', partnership_id: pzk.id, series_id: 'ser-pzk-bedzin', starts_at: '2019-06-04T08:00:00.000Z', ends_at: '2019-06-04T10:00:00.000Z', hours: 2, hour_unit: 'clock' }),
    event('evt-pzk-2', { title: 'Spotkanie PZK (przeniesione)', type: 'pzk_meeting', status: 'cancelled', partnership_id: pzk.id, series_id: 'ser-pzk-bedzin', detached_from_series: true, starts_at: '2020-03-17T09:00:00.000Z', ends_at: '2020-03-17T11:00:00.000Z', hours: null }),
    event('evt-konferencja', { title: 'Konferencja regionalna', type: 'conference', status: 'planned', project_id: null, place: 'Katowice', teryt_code: '2469011', starts_at: '2021-06-10T08:00:00.000Z', ends_at: '2021-06-10T14:30:00.000Z', hours: 6.5 }),
  ]);
  // People counted at the door but not named, day by day (the second day fewer came).
  await ctx.db('event_day_headcounts').insert([
    { event_id: 'evt-warsztat', day: '2019-10-24', count: 40 },
    { event_id: 'evt-warsztat', day: '2019-10-25', count: 31 },
  ]);
  await ctx.db('event_leaders').insert([
    { event_id: 'evt-warsztat', person_id: trainer.id, role: 'trainer' },
    { event_id: 'evt-warsztat', person_id: pawel.id, role: 'moderator' },
    { event_id: 'evt-coaching', person_id: trainer.id, role: 'coach' },
  ]);
  await ctx.db('event_participants').insert([
    { id: 'ep-1', event_id: 'evt-warsztat', person_id: anna.id, institution_id: mops.id, walk_in: false, hours: null, created_at: now },
    { id: 'ep-2', event_id: 'evt-warsztat', person_id: grazyna.id, institution_id: pcpr.id, walk_in: false, hours: null, created_at: now },
    { id: 'ep-3', event_id: 'evt-warsztat', person_id: zofia.id, institution_id: null, walk_in: true, hours: null, created_at: now },
    { id: 'ep-4', event_id: 'evt-coaching', person_id: pawel.id, institution_id: mops.id, walk_in: false, hours: 2, created_at: now },
    { id: 'ep-5', event_id: 'evt-pzk-1', person_id: anna.id, institution_id: mops.id, walk_in: false, hours: null, created_at: now },
    { id: 'ep-6', event_id: 'evt-pzk-1', person_id: grazyna.id, institution_id: pcpr.id, walk_in: false, hours: null, created_at: now },
    { id: 'ep-7', event_id: 'evt-konferencja', person_id: grazyna.id, institution_id: pcpr.id, walk_in: false, hours: null, created_at: now },
  ]);
  await ctx.db('attendance').insert([
    { participant_id: 'ep-1', day: '2019-10-24', status: 'present' },
    { participant_id: 'ep-1', day: '2019-10-25', status: 'present' },
    { participant_id: 'ep-2', day: '2019-10-24', status: 'absent' },
    { participant_id: 'ep-2', day: '2019-10-25', status: 'excused' },
    { participant_id: 'ep-3', day: '2019-10-25', status: 'present' },
    { participant_id: 'ep-4', day: '2019-11-05', status: 'present' },
    { participant_id: 'ep-5', day: '2019-06-04', status: 'present' },
    { participant_id: 'ep-6', day: '2019-06-04', status: 'excused' },
  ]);
  await ctx.db('certificates').insert([
    { id: 'zas-1', number: '1/2019', year: 2019, sequence: 1, issued_on: '2019-10-25', event_id: 'evt-warsztat', person_id: anna.id, created_at: now },
    { id: 'zas-2', number: '2/2019', year: 2019, sequence: 2, issued_on: '2019-10-28', event_id: 'evt-warsztat', person_id: zofia.id, created_at: now },
  ]);
  return { institutions: [rops, mops, pcpr, pup, ngo, school], people: [anna, pawel, grazyna, trainer, zofia], project, pzk };
}

describe('the exchange file', () => {
  it('round-trips every entity losslessly: export → import into an empty database → export gives the same document', async () => {
    const a = await database('biuro A');
    await buildRichRegister(a);
    const first = await exportExchange(a.db, NO_FILTER);
    // Everything the register holds is in the file.
    for (const list of ['projects', 'institutions', 'people', 'templates', 'agreements', 'partnerships', 'eventSeries', 'events', 'certificates'] as const) {
      expect(first[list]!.length, list).toBeGreaterThan(0);
    }
    expect(first.office).toEqual({ name: 'Regionalny Ośrodek Polityki Społecznej w Katowicach', voivodeshipTeryt: '24' });
    expect(first.projects[0]).toMatchObject({ macroregion: 3, phases: [{ name: 'I Faza – budowa modelu' }, {}, { startDate: null }] });
    expect(first.templates!.map((t) => [t.kind, t.isDefault ?? false])).toEqual(expect.arrayContaining([['declaration', true], ['agreement', false]]));
    const agreement = first.agreements.find((x) => x.number === 'ROPS-KP/1/2019')!;
    expect(agreement).toMatchObject({ teryt: '2401011', builtInTemplate: true, parties: [first.institutions.find((i) => i.shortName === 'ROPS Katowice')!.id] });
    expect(agreement.partyDetails).toHaveLength(3);
    const pzk = first.partnerships.find((p) => p.kind === 'PZK')!;
    expect(pzk.members.filter((m) => m.to)).toHaveLength(1);
    expect(pzk.serviceOffers).toHaveLength(2);
    expect(first.partnerships.find((p) => p.kind === 'ZZK')!.zzkCase).toMatchObject({ code: 'ZZK/BDZ/2019/01', hasIpw: true, problems: ['elderly_alone', 'disability'] });
    const workshop = first.events.find((e) => e.id === 'evt-warsztat')!;
    expect(workshop).toMatchObject({ start: '2019-10-24T09:00:00+02:00', end: '2019-10-25T15:00:00+02:00', hours: 16, hourUnit: 'didactic', certificateRule: 'share', certificateMinShare: 50 });
    // Version 3 carries the people counted but not named day by day, and the values of indicators entered by hand.
    expect(first.version).toBe(3);
    expect(workshop.unnamedByDay).toEqual({ '2019-10-24': 40, '2019-10-25': 31 });
    expect(workshop).not.toHaveProperty('unnamedParticipants');
    expect(first.events.find((e) => e.id === 'evt-coaching')).not.toHaveProperty('unnamedByDay');
    expect(first.projects[0]!.indicators.find((i) => i.code === 'W3')!.values).toEqual([
      { from: '2019-07-01', to: '2019-12-31', value: 47, note: 'sprawozdania ZZK za II półrocze 2019' },
      { from: '2019-01-01', to: '2019-06-30', value: 12.5 },
    ]);
    expect(first.projects[0]!.indicators.find((i) => i.code === 'W1')).not.toHaveProperty('values');
    // Version 2 carries forms of address and certificate rules; the project's rule is the default, so it is left out.
    expect(first.people.find((p) => p.firstName === 'Anna')).toMatchObject({ formOfAddress: 'ms' });
    expect(first.people.find((p) => p.firstName === 'Grażyna')!.formOfAddress).toBeUndefined();
    expect(first.projects[0]!.certificateRule).toBeUndefined();
    expect(workshop.participants.find((p) => p.walkIn)).toMatchObject({ attendance: 'present', attendanceByDay: { '2019-10-25': 'present' } });
    expect(workshop.participants.map((p) => p.attendance).sort()).toEqual(['excused', 'present', 'present']);
    expect(first.events.find((e) => e.id === 'evt-konferencja')).toMatchObject({ status: 'planned', projectId: null, start: '2021-06-10T10:00:00+02:00' });
    expect(first.events.find((e) => e.id === 'evt-pzk-2')).toMatchObject({ start: '2020-03-17T10:00:00+01:00', seriesId: 'ser-pzk-bedzin', detachedFromSeries: true });

    const b = await database('biuro B');
    const result = await importExchange(b, bytesOf(serializeExchange(first)));
    expect(result.backup).toMatch(/^kopia-.*-import$/);
    expect(result.counts.events).toEqual({ added: 5, updated: 0, unchanged: 0 });
    const second = await exportExchange(b.db, NO_FILTER);
    expect(withoutExportedAt(second)).toEqual(withoutExportedAt(first));
    // Not only the document: the tables hold the same rows (search texts included), apart from per-database ids and versions.
    expect(await tables(b.db)).toEqual(await tables(a.db));
  });

  it('writes exports that satisfy docs/exchange-format.schema.json, whose lists of values are the vocabulary', async () => {
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    addFormats(ajv);
    const validate = ajv.compile(SCHEMA);
    const a = await database('biuro A');
    await buildRichRegister(a);
    for (const document of [await exportExchange(a.db, NO_FILTER), buildDemoDocument()]) {
      const valid = validate(JSON.parse(serializeExchange(document)));
      expect(validate.errors ?? []).toEqual([]);
      expect(valid).toBe(true);
    }
    expect(validate({ format: 'kooperator-exchange', version: 2 })).toBe(false);
    const defs = SCHEMA.$defs as Record<string, { properties: Record<string, { enum?: string[]; items?: { enum: string[] } }> }>;
    expect(defs.institution!.properties.type!.enum).toEqual(INSTITUTION_TYPE_KEYS);
    expect(defs.person!.properties.roles!.items!.enum).toEqual(PERSON_ROLE_KEYS);
    expect(defs.event!.properties.type!.enum).toEqual(EVENT_TYPE_KEYS);
    expect(defs.zzkCase!.properties.problems!.items!.enum).toEqual(PROBLEM_CATEGORY_KEYS);
  });

  it('refuses a file with five different errors, naming each at its JSON path, and leaves the database file byte-identical', async () => {
    const seed = await database('biuro');
    await importExchangeDocument(seed, buildDemoDocument(), { backup: false });
    const document = JSON.parse(serializeExchange(await exportExchange(seed.db, NO_FILTER))) as ExchangeDocument;
    const file = seed.databaseLocation;
    await seed.close();
    opened.splice(opened.indexOf(seed), 1);

    const eventIndex = document.events.findIndex((e) => e.participants.length > 3);
    document.events[eventIndex]!.participants[3]!.personId = 'p-77';
    (document.institutions[2] as { type: string }).type = 'bank';
    document.partnerships[4]!.teryt = '2499999';
    document.events[7]!.end = '2026-01-01T00:00:00+01:00';
    document.people.push({ ...document.people[0]!, firstName: 'Druga' });
    const expected = {
      [`events[${eventIndex}].participants[3].personId`]: 'nieznana osoba "p-77"',
      'institutions[2].type': expect.stringContaining('nieznany typ instytucji „bank”'),
      'partnerships[4].teryt': 'nieznany kod TERYT "2499999"',
      'events[7].end': expect.stringContaining('nie jest późniejszy niż jego początek'),
      [`people[${document.people.length - 1}].id`]: expect.stringContaining('występuje w pliku więcej niż raz (także people[0])'),
    };

    const hash = () => createHash('sha256').update(fs.readFileSync(file)).digest('hex');
    const before = hash();
    const runtime = await openRuntime(file, { migrate: false, dailyBackup: false });
    opened.push(runtime);
    const backupsBefore = listBackups(await backupFolderOf(runtime)).length;
    const result = await dispatch(runtime, 'exchange.import', { fileName: 'błędny plik.json', contentBase64: Buffer.from(JSON.stringify(document)).toString('base64') });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatchObject({ code: 'validation', message: expect.stringContaining('(5)') });
    expect(result.error.fieldErrors).toEqual(expected);
    expect(listBackups(await backupFolderOf(runtime))).toHaveLength(backupsBefore);
    await runtime.close();
    opened.pop();
    expect(fs.existsSync(`${file}-wal`) ? fs.statSync(`${file}-wal`).size : 0).toBe(0);
    expect(hash()).toBe(before);
  });

  it('refuses "__proto__", "constructor" and "prototype" keys anywhere, at their paths, and keeps every attendance mark', async () => {
    const ctx = await database('biuro');
    await importExchangeDocument(ctx, buildDemoDocument(), { backup: false });
    const text = serializeExchange(await exportExchange(ctx.db, NO_FILTER));
    const marks = async () => (await ctx.db('attendance').count({ n: '*' }))[0]!.n;
    const before = await marks();
    const hostile = text
      .replace(/^\{/, '{"__proto__": {"format": "kooperator-exchange"},')
      .replace(/"attendanceByDay": \{/, '"attendanceByDay": {"__proto__": "present", ')
      .replace(/"institutions": \[\s*\{/, '"institutions": [{"constructor": {"prototype": 1}, ');
    expect(hostile).not.toBe(text);
    const result = await dispatch(ctx, 'exchange.import', { fileName: 'wrogi.json', contentBase64: Buffer.from(hostile).toString('base64') });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const paths = Object.keys(result.error.fieldErrors ?? {});
    expect(paths).toEqual(expect.arrayContaining(['__proto__', 'institutions[0].constructor', expect.stringMatching(/^events\[\d+\]\.participants\[\d+\]\.attendanceByDay\.__proto__$/)]));
    expect(result.error.fieldErrors?.['__proto__']).toContain('niedozwolony klucz „__proto__”: format wymiany nie ma takiego klucza');
    expect(await marks()).toBe(before);
  });

  it('re-importing the same file changes nothing; a changed record gets version + 1 and nothing else moves', async () => {
    const ctx = await database('biuro');
    const demo = buildDemoDocument();
    const first = await importExchangeDocument(ctx, demo, { backup: false });
    expect(first.counts.events.added).toBe(demo.events.length);
    const snapshot = await versions(ctx.db);

    const again = await importExchangeDocument(ctx, demo, { backup: false });
    for (const [entity, count] of Object.entries(again.counts)) {
      expect(count, entity).toEqual({ added: 0, updated: 0, unchanged: first.counts[entity as keyof ExchangeImportResult['counts']].added });
    }
    expect(await versions(ctx.db)).toBe(snapshot);

    // One institution renamed, one event's attendance changed: exactly those two records move on.
    const changed = JSON.parse(serializeExchange(demo)) as ExchangeDocument;
    changed.institutions[5]!.name = `${changed.institutions[5]!.name} (nowa nazwa)`;
    const held = changed.events.find((e) => e.status === 'held' && e.participants.length > 1 && !e.participants[0]!.attendanceByDay)!;
    held.participants[0]!.attendance = held.participants[0]!.attendance === 'present' ? 'absent' : 'present';
    const third = await importExchangeDocument(ctx, changed, { backup: false });
    expect(third.counts.institutions).toEqual({ added: 0, updated: 1, unchanged: demo.institutions.length - 1 });
    expect(third.counts.events).toEqual({ added: 0, updated: 1, unchanged: demo.events.length - 1 });
    expect(third.counts.people.updated + third.counts.partnerships.updated + third.counts.agreements.updated).toBe(0);
    expect(await ctx.db('institutions').where({ id: changed.institutions[5]!.id }).first('version', 'name')).toEqual({ version: 2, name: changed.institutions[5]!.name });
    expect((await ctx.db('events').where({ id: held.id }).first('version')).version).toBe(2);
    expect(withoutExportedAt(await exportExchange(ctx.db, NO_FILTER))).toEqual(withoutExportedAt(JSON.parse(serializeExchange(changed))));
  });

  it("merges a second office's file (disjoint ids) into the first, and keeps the first office's settings", async () => {
    const a = await database('biuro A');
    await buildRichRegister(a);
    const officeA = await exportExchange(a.db, NO_FILTER);
    const officeB = buildDemoDocument({ seed: 7, year: 2027 });
    officeB.office = { name: 'Regionalne Centrum Polityki Społecznej w Łodzi', voivodeshipTeryt: '10' };

    const merged = await database('wspólna');
    await importExchange(merged, bytesOf(serializeExchange(officeA)), { backup: false });
    const second = await importExchangeDocument(merged, officeB, { backup: false });
    expect(second.counts.institutions).toEqual({ added: officeB.institutions.length, updated: 0, unchanged: 0 });
    const all = await exportExchange(merged.db, NO_FILTER);
    expect(all.office).toEqual(officeA.office);
    for (const list of ['projects', 'institutions', 'people', 'agreements', 'partnerships', 'eventSeries', 'events', 'certificates'] as const) {
      const byId = new Map(all[list]!.map((record) => [record.id, record]));
      expect(byId.size, list).toBe(officeA[list]!.length + officeB[list]!.length);
      for (const record of officeA[list]!) expect(byId.get(record.id), `${list} ${record.id}`).toEqual(record);
    }
    // The demo's records come back as they were sent (after the defaults and trimming of the import).
    const again = JSON.parse(serializeExchange(officeB)) as ExchangeDocument;
    const events = new Map(all.events.map((e) => [e.id, e]));
    for (const event of again.events) expect(events.get(event.id)).toEqual(event);
  });

  it('fills a realistic, repeatable demo: 15 PZK in real śląskie gminas, ZZKs, agreements and a year of events with attendance', async () => {
    expect(JSON.stringify(buildDemoDocument())).toBe(JSON.stringify(buildDemoDocument()));
    expect(JSON.stringify(buildDemoDocument({ seed: 1 }))).not.toBe(JSON.stringify(buildDemoDocument()));
    const ctx = await database('demo');
    const result = await importExchangeDocument(ctx, buildDemoDocument());
    expect(result.counts.partnerships.added).toBe(30);
    const count = async (table: string, where: Record<string, unknown> = {}) => Number(((await ctx.db(table).where(where).count({ n: '*' })) as { n: number }[])[0]!.n);
    expect(await count('partnerships', { kind: 'pzk' })).toBe(15);
    expect(await count('partnerships', { kind: 'zzk' })).toBe(15);
    expect(await count('settings', { key: 'office.voivodeshipTeryt', value: '24' })).toBe(1);
    // Every PZK in a real gmina of śląskie, led by its OPS; the 7 land counties' PCPR are strategic partners.
    const pzks = (await ctx.db('partnerships as p')
      .join('territorial_units as u', 'u.code', 'p.teryt_code')
      .join('institutions as l', 'l.id', 'p.leader_institution_id')
      .leftJoin('institutions as s', 's.id', 'p.strategic_partner_institution_id')
      .where('p.kind', 'pzk')
      .select('u.level', 'u.voivodeship_code', 'l.type as leader', 's.type as partner')) as { level: string; voivodeship_code: string; leader: string; partner: string | null }[];
    expect(pzks.every((p) => p.level === 'gmina' && p.voivodeship_code === '24' && p.leader === 'ops')).toBe(true);
    expect(pzks.filter((p) => p.partner === 'pcpr')).toHaveLength(7);
    const members = (await ctx.db('partnership_members as m').join('partnerships as p', 'p.id', 'm.partnership_id').where('p.kind', 'pzk').whereNull('m.left_on').groupBy('m.partnership_id').select({ n: ctx.db.raw('count(distinct m.institution_id)') })) as { n: number }[];
    expect(members.every((m) => Number(m.n) >= 4 && Number(m.n) <= 8)).toBe(true);
    expect(await count('agreements')).toBe(15);
    expect(await count('agreement_parties', { kind: 'powiat' })).toBe(7);
    expect(await count('project_phases')).toBe(3);
    // A year of events of every kind the offices run, most held, some planned or cancelled, with attendance.
    const byType = (await ctx.db('events').groupBy('type', 'status').select('type', 'status', { n: ctx.db.raw('count(*)') })) as { type: string; status: string; n: number }[];
    const types = new Set(byType.map((row) => row.type));
    for (const type of ['workshop', 'training', 'coaching', 'supervision', 'pzk_meeting', 'pzk_initiating_meeting', 'conference']) expect(types.has(type), type).toBe(true);
    expect(byType.some((row) => row.status === 'planned')).toBe(true);
    expect(byType.some((row) => row.status === 'cancelled')).toBe(true);
    expect(await count('events')).toBeGreaterThan(300);
    expect(await count('attendance')).toBeGreaterThan(1000);
    const multiDay = (await ctx.db('attendance').join('event_participants as ep', 'ep.id', 'attendance.participant_id').groupBy('ep.id').havingRaw('count(*) > 1').select('ep.id')) as unknown[];
    expect(multiDay.length).toBeGreaterThan(10);
    const names = (await ctx.db('people').pluck('last_name')) as string[];
    expect(names.some((name) => /[ąćęłńóśźż]/i.test(name))).toBe(true);
  });

  it('exports a part of the register that stays self-consistent: a territory, a range of dates', async () => {
    const ctx = await database('demo');
    await importExchangeDocument(ctx, buildDemoDocument(), { backup: false });
    const bedzin = await exportExchange(ctx.db, { from: null, to: null, teryt: '2401' });
    expect(bedzin.partnerships.map((p) => p.id).sort()).toEqual(['demo-pzk-bedzin', 'demo-zzk-bedzin']);
    expect(bedzin.institutions.some((i) => i.id === 'demo-ins-rops-katowice')).toBe(true); // what its records refer to
    expect(bedzin.events.every((e) => (e.teryt ?? '').startsWith('2401') || e.partnershipId?.endsWith('-bedzin'))).toBe(true);
    const autumn = await exportExchange(ctx.db, { from: '2026-10-01', to: '2026-10-31', teryt: null });
    expect(autumn.events.length).toBeGreaterThan(5);
    expect(autumn.events.every((e) => e.end >= '2026-10-01' && e.start.slice(0, 10) <= '2026-10-31')).toBe(true);
    expect(autumn.certificates!.every((c) => autumn.events.some((e) => e.id === c.eventId))).toBe(true);
    for (const part of [bedzin, autumn]) {
      const empty = await database(`część ${part.events.length}`);
      await importExchange(empty, bytesOf(serializeExchange(part)), { backup: false });
      expect(withoutExportedAt(await exportExchange(empty.db, NO_FILTER))).toEqual(withoutExportedAt(part));
    }
    // Through the channel: a JSON file named by the date, in UTF-8.
    const file = unwrap<ExportedFile>(await dispatch(ctx, 'exchange.export', { teryt: '2401011' }));
    expect(file.fileName).toMatch(/^kooperator-\d{4}-\d{2}-\d{2}\.json$/);
    expect(JSON.parse(Buffer.from(file.contentBase64, 'base64').toString('utf8'))).toMatchObject({ format: 'kooperator-exchange', version: 3 });
    expect(await dispatch(ctx, 'exchange.export', { from: '2026-12-01', to: '2026-01-01' })).toMatchObject({ ok: false, error: { code: 'validation', fieldErrors: { to: expect.any(String) } } });
    expect(await dispatch(ctx, 'exchange.export', { teryt: '2499' })).toMatchObject({ ok: false, error: { code: 'validation', fieldErrors: { teryt: 'nieznany kod TERYT "2499"' } } });
  });

  it('reads a minimal file from another system: defaults, parties made from the territory, attendance on every day', async () => {
    const ctx = await database('minimal');
    const minimal = {
      format: 'kooperator-exchange',
      version: 1,
      exportedAt: '2026-05-04T12:00:00+02:00',
      office: { name: 'RCPS Łódź', voivodeshipTeryt: '10' },
      projects: [{ id: 'p1', name: 'Kooperacje 3D', macroregion: 3, startDate: '2026-01-01', endDate: '2026-12-31', phases: [{ name: 'Pilotaż', startDate: null, endDate: null }], indicators: [{ code: 'W1', name: 'PZK', unit: 'szt.', target: 8 }] }],
      institutions: [{ id: 'i1', name: 'MOPS w Zgierzu', type: 'ops', teryt: '1020031', address: { street: 'ul. Długa 1', postalCode: '95-100', city: 'Zgierz' } }],
      people: [{ id: 'o1', firstName: 'Łucja', lastName: 'Świętek', institutionId: 'i1', roles: ['social_worker'] }],
      agreements: [{ id: 'a1', projectId: 'p1', teryt: '1020031', status: 'signed', signedOn: '2026-02-01', parties: ['i1'] }],
      partnerships: [{ id: 'z1', projectId: 'p1', kind: 'PZK', name: 'PZK Zgierz', teryt: '1020031', leaderInstitutionId: 'i1', formedOn: '2026-03-01', members: [{ institutionId: 'i1', personId: 'o1' }] }],
      events: [{ id: 'e1', projectId: 'p1', type: 'workshop', title: 'Warsztat', start: '2026-03-30T09:00:00+02:00', end: '2026-03-31T15:00:00+02:00', hours: 12, hourUnit: 'didactic', participants: [{ personId: 'o1', attendance: 'present' }] }],
    };
    const first = await importExchange(ctx, bytesOf(minimal), { backup: false });
    expect(first.counts.events.added).toBe(1);
    const exported = await exportExchange(ctx.db, NO_FILTER);
    expect(exported.agreements[0]).toMatchObject({ number: 'a1', teryt: '1020031', parties: ['i1'], partyDetails: [{ kind: 'gmina', name: 'Gmina Zgierz', teryt: '1020031' }, { kind: 'institution', institutionId: 'i1', name: 'MOPS w Zgierzu', address: 'ul. Długa 1, 95-100 Zgierz' }] });
    expect(exported.partnerships[0]!.members).toEqual([{ id: expect.any(String), institutionId: 'i1', personId: 'o1', from: '2026-03-01' }]);
    expect(exported.events[0]).toMatchObject({ status: 'held', participants: [{ personId: 'o1', attendance: 'present', attendanceByDay: { '2026-03-30': 'present', '2026-03-31': 'present' } }] });
    const again = await importExchange(ctx, bytesOf(minimal), { backup: false });
    expect(Object.values(again.counts).every((c) => c.added === 0 && c.updated === 0)).toBe(true);
    // Not JSON, another format, a newer version: one clear problem each.
    for (const [bytes, message] of [
      [Buffer.from('{"format": '), 'nie jest poprawnym dokumentem JSON'],
      [bytesOf({ format: 'inny', version: 1 }), 'to nie jest plik wymiany Kooperatora'],
      [bytesOf({ ...minimal, version: 4 }), 'nieobsługiwana wersja formatu „4” (ta wersja programu czyta wersje 1, 2 i 3)'],
    ] as const) {
      const refused = await dispatch(ctx, 'exchange.import', { fileName: 'x.json', contentBase64: Buffer.from(bytes).toString('base64') });
      expect(refused).toMatchObject({ ok: false, error: { code: 'validation' } });
      if (!refused.ok) expect(Object.values(refused.error.fieldErrors ?? {}).join(' ')).toContain(message);
    }
  });
});

describe('representatives of agreement parties in the file', () => {
  const file = (version: number, party: object) => ({
    format: 'kooperator-exchange',
    version,
    exportedAt: '2026-05-04T12:00:00+02:00',
    office: { name: 'ROPS Katowice', voivodeshipTeryt: '24' },
    projects: [{ id: 'p1', name: 'Kooperacje 3D', macroregion: 1, startDate: '2026-01-01', endDate: '2026-12-31', phases: [], indicators: [] }],
    institutions: [],
    people: [],
    agreements: [
      {
        id: 'KP3D/16',
        projectId: 'p1',
        teryt: '2401',
        status: 'draft',
        parties: [],
        partyDetails: [{ kind: 'voivodeship', teryt: '24', name: 'Województwo Śląskie' }, { kind: 'powiat', teryt: '2401', name: 'Powiat Będziński', ...party }],
      },
    ],
    partnerships: [],
    events: [],
  });

  it('a version-1 file’s one representative is read as a list of one; version 2 carries several, in order, both ways', async () => {
    const v1 = await database('wersja 1');
    await importExchange(v1, bytesOf(file(1, { representativeName: 'Jerzy Ślęzak', representativeFunction: 'Starosta' })), { backup: false });
    const read = unwrap<Agreement[]>(await dispatch(v1, 'agreements.list', {}));
    const one = unwrap<Agreement>(await dispatch(v1, 'agreements.get', { id: read[0]!.id }));
    expect(one.parties[1]!.representatives).toEqual([{ name: 'Jerzy Ślęzak', function: 'Starosta' }]);

    const board = [
      { name: 'Jerzy Ślęzak', function: 'Starosta' },
      { name: 'Łucja Pięta', function: 'Członek Zarządu Powiatu' },
    ];
    const v2 = await database('wersja 2');
    await importExchange(v2, bytesOf(file(2, { representatives: board })), { backup: false });
    const exported = await exportExchange(v2.db, NO_FILTER);
    // Exports write the current version (3: headcounts by day, values by hand, milestones and studies added; representatives as in 2).
    expect(exported.version).toBe(EXCHANGE_VERSION);
    expect(exported.agreements[0]!.partyDetails![1]).toMatchObject({ name: 'Powiat Będziński', representatives: board });
    expect(exported.agreements[0]!.partyDetails![0]).not.toHaveProperty('representatives');
    expect(exported.agreements[0]!.partyDetails![1]).not.toHaveProperty('representativeName');

    // Both ways at once is refused, with the party's path.
    const both = await dispatch(v2, 'exchange.import', {
      fileName: 'x.json',
      contentBase64: Buffer.from(bytesOf(file(2, { representatives: board, representativeName: 'Jerzy Ślęzak' }))).toString('base64'),
    });
    expect(both).toMatchObject({ ok: false, error: { code: 'validation', fieldErrors: { 'agreements[0].partyDetails[1].representativeName': expect.stringContaining('albo') } } });
  });
});

describe('people counted, not named, in the file', () => {
  const file = (version: number, event: object) => ({
    format: 'kooperator-exchange',
    version,
    exportedAt: '2026-05-04T12:00:00+02:00',
    office: { name: 'RCPS Łódź', voivodeshipTeryt: '10' },
    projects: [],
    institutions: [],
    people: [],
    agreements: [],
    partnerships: [],
    events: [
      { id: 'konf', projectId: null, type: 'conference', title: 'Konferencja regionalna', start: '2026-06-02T09:00:00+02:00', end: '2026-06-03T15:00:00+02:00', hours: 12, hourUnit: 'clock', participants: [], ...event },
    ],
  });
  const importing = (ctx: Runtime, document: object) => dispatch(ctx, 'exchange.import', { fileName: 'x.json', contentBase64: Buffer.from(bytesOf(document)).toString('base64') });

  it('a version-2 file’s one number is read as the first day’s; version 3 carries a number per day, both ways', async () => {
    const v2 = await database('liczeni wersja 2');
    await importExchange(v2, bytesOf(file(2, { unnamedParticipants: 127 })), { backup: false });
    expect(await v2.db('event_day_headcounts').select('event_id', 'day', 'count')).toEqual([{ event_id: 'konf', day: '2026-06-02', count: 127 }]);
    expect((await exportExchange(v2.db, NO_FILTER)).events[0]).toMatchObject({ unnamedByDay: { '2026-06-02': 127 } });

    const v3 = await database('liczeni wersja 3');
    await importExchange(v3, bytesOf(file(3, { unnamedByDay: { '2026-06-03': 120, '2026-06-02': 150 } })), { backup: false });
    const event = unwrap<EventDetail>(await dispatch(v3, 'events.get', { id: 'konf' }));
    expect(event.unnamedByDay).toEqual([{ day: '2026-06-02', count: 150 }, { day: '2026-06-03', count: 120 }]);
    expect(event.unnamedParticipants).toBe(150);
    expect((await exportExchange(v3.db, NO_FILTER)).events[0]!.unnamedByDay).toEqual({ '2026-06-02': 150, '2026-06-03': 120 });
    // A changed headcount is an update of the event; the same file again changes nothing.
    const changed = await importExchange(v3, bytesOf(file(3, { unnamedByDay: { '2026-06-02': 150 } })), { backup: false });
    expect(changed.counts.events).toEqual({ added: 0, updated: 1, unchanged: 0 });
    expect(await v3.db('event_day_headcounts').select('day', 'count')).toEqual([{ day: '2026-06-02', count: 150 }]);
    const again = await importExchange(v3, bytesOf(file(3, { unnamedByDay: { '2026-06-02': 150 } })), { backup: false });
    expect(again.counts.events).toEqual({ added: 0, updated: 0, unchanged: 1 });
  });

  it('refuses a day outside the event, a negative or fractional number, and both ways at once, at their paths, writing nothing', async () => {
    const ctx = await database('liczeni błędy');
    const outside = await importing(ctx, file(3, { unnamedByDay: { '2026-06-04': 10 } }));
    expect(outside).toMatchObject({ ok: false, error: { code: 'validation', fieldErrors: { 'events[0].unnamedByDay["2026-06-04"]': expect.stringContaining('dzień poza terminem wydarzenia') } } });
    const bad = await importing(ctx, file(3, { unnamedByDay: { '2026-06-02': -1, '2026-06-03': 2.5 } }));
    expect(bad).toMatchObject({ ok: false, error: { code: 'validation' } });
    if (!bad.ok) expect(Object.values(bad.error.fieldErrors ?? {})).toEqual(['liczba osób spoza listy musi być liczbą całkowitą nie mniejszą niż 0', 'liczba osób spoza listy musi być liczbą całkowitą nie mniejszą niż 0']);
    const both = await importing(ctx, file(3, { unnamedParticipants: 5, unnamedByDay: { '2026-06-02': 150 } }));
    expect(both).toMatchObject({ ok: false, error: { code: 'validation', fieldErrors: { 'events[0].unnamedParticipants': expect.stringContaining('albo') } } });
    expect(await ctx.db('events').count({ n: '*' })).toEqual([{ n: 0 }]);
    expect(await ctx.db('event_day_headcounts').count({ n: '*' })).toEqual([{ n: 0 }]);
  });
});

describe('values of indicators entered by hand in the file', () => {
  it('are written and read in order, a changed value updates the project, and a version-2 file (without them) reads as none', async () => {
    const indicator = (values?: object[]) => ({ code: 'W9', name: 'Osoby objęte wsparciem', unit: 'os.', target: 100, measure: { kind: 'manual' }, ...(values ? { values } : {}) });
    const file = (version: number, values?: object[]) => ({
      format: 'kooperator-exchange',
      version,
      exportedAt: '2026-05-04T12:00:00+02:00',
      office: { name: 'RCPS Łódź', voivodeshipTeryt: '10' },
      projects: [{ id: 'p1', name: 'Kooperacje 3D', macroregion: 3, startDate: '2026-01-01', endDate: '2026-12-31', phases: [], indicators: [indicator(values)] }],
      institutions: [],
      people: [],
      agreements: [],
      partnerships: [],
      events: [],
    });
    const values = [
      { from: '2026-07-01', to: '2026-12-31', value: 61, note: 'sprawozdanie za II półrocze' },
      { from: '2026-01-01', to: '2026-06-30', value: 38 },
    ];
    const ctx = await database('wartości');
    await importExchange(ctx, bytesOf(file(3, values)), { backup: false });
    const project = unwrap<Project>(await dispatch(ctx, 'projects.get', { id: 'p1' }));
    expect(project.indicators[0]!.values).toEqual([
      { from: '2026-07-01', to: '2026-12-31', value: 61, note: 'sprawozdanie za II półrocze' },
      { from: '2026-01-01', to: '2026-06-30', value: 38, note: null },
    ]);
    expect((await exportExchange(ctx.db, NO_FILTER)).projects[0]!.indicators[0]!.values).toEqual(values);
    const again = await importExchange(ctx, bytesOf(file(3, values)), { backup: false });
    expect(again.counts.projects).toEqual({ added: 0, updated: 0, unchanged: 1 });
    const changed = await importExchange(ctx, bytesOf(file(3, [{ ...values[0], value: 64 }, values[1]!])), { backup: false });
    expect(changed.counts.projects).toEqual({ added: 0, updated: 1, unchanged: 0 });
    expect(unwrap<Project>(await dispatch(ctx, 'projects.get', { id: 'p1' })).indicators[0]!.values.map((v) => v.value)).toEqual([64, 38]);
    const bad = await dispatch(ctx, 'exchange.import', { fileName: 'x.json', contentBase64: Buffer.from(bytesOf(file(3, [{ from: '2026-07-01', to: '2026-06-30', value: -1 }]))).toString('base64') });
    expect(bad).toMatchObject({ ok: false, error: { code: 'validation' } });
    if (!bad.ok) expect(Object.keys(bad.error.fieldErrors ?? {}).sort()).toEqual(['projects[0].indicators[0].values[0].to', 'projects[0].indicators[0].values[0].value']);

    const older = await database('wartości wersja 2');
    await importExchange(older, bytesOf(file(2)), { backup: false });
    expect(unwrap<Project>(await dispatch(older, 'projects.get', { id: 'p1' })).indicators[0]!.values).toEqual([]);
  });
});

describe('the audit log of an import', () => {
  const IMPORTER = 'Józefa Importująca-Łęcka';
  afterEach(() => setAuditUser(null));

  async function entries(db: Runtime['db'], where: Record<string, unknown> = {}): Promise<{ table_name: string; record_id: string; action: string; user_name: string; before_json: string | null; after_json: string | null }[]> {
    return db('audit_log').where(where).orderBy('id').select('*');
  }

  it('leaves an "import" entry naming the user for every record added or changed, in the same transaction; a refused file leaves none', async () => {
    setAuditUser(IMPORTER);
    const ctx = await database('biuro');
    const demo = buildDemoDocument();
    await importExchangeDocument(ctx, demo, { backup: false });

    const imported = await entries(ctx.db, { action: 'import' });
    expect(new Set(imported.map((entry) => entry.user_name))).toEqual(new Set([IMPORTER]));
    const ids = (table: string) => imported.filter((entry) => entry.table_name === table).map((entry) => entry.record_id).sort();
    const sorted = (list: { id: string }[]) => list.map((record) => record.id).sort();
    expect(ids('institutions')).toEqual(sorted(demo.institutions));
    expect(ids('people')).toEqual(sorted(demo.people));
    expect(ids('projects')).toEqual(sorted(demo.projects));
    expect(ids('partnerships')).toEqual(sorted(demo.partnerships));
    expect(ids('agreements')).toEqual(sorted(demo.agreements));
    expect(ids('events')).toEqual(sorted(demo.events));
    expect(ids('partnership_members')).toHaveLength(demo.partnerships.reduce((n, p) => n + p.members.length, 0));

    // The record's own page shows it: every value after, nothing before; an event's entry holds its participants and marks.
    const event = demo.events.find((e) => e.status === 'held' && e.participants.length > 2 && e.participants.some((p) => p.attendance))!;
    const [made] = unwrap<AuditEntry[]>(await dispatch(ctx, 'audit.forRecord', { table: 'events', id: event.id }));
    expect(made).toMatchObject({ action: 'import', userName: IMPORTER, before: null, after: { title: event.title, type: event.type } });
    const participants = made!.after!.participants as { person_id: string; attendance?: Record<string, string> }[];
    expect(participants.map((p) => p.person_id)).toEqual(event.participants.map((p) => p.personId).sort());
    const marked = event.participants.find((p) => p.attendance)!;
    expect(Object.values(participants.find((p) => p.person_id === marked.personId)!.attendance!)).toContain(marked.attendance);
    const person = demo.people[0]!;
    expect(unwrap<AuditEntry[]>(await dispatch(ctx, 'audit.forRecord', { table: 'people', id: person.id }))).toEqual([
      expect.objectContaining({ action: 'import', before: null, after: expect.objectContaining({ first_name: person.firstName, last_name: person.lastName, roles: person.roles }) }),
    ]);

    // Re-importing the same file adds nothing; a change adds one entry with the values before and after.
    const count = async () => (await entries(ctx.db)).length;
    const afterFirst = await count();
    await importExchangeDocument(ctx, demo, { backup: false });
    expect(await count()).toBe(afterFirst);
    const changed = JSON.parse(serializeExchange(demo)) as ExchangeDocument;
    const renamed = changed.institutions[3]!;
    const oldName = renamed.name;
    renamed.name = `${oldName} (nowa nazwa)`;
    const held = changed.events.find((e) => e.id === event.id)!;
    const dropped = held.participants.pop()!;
    await importExchangeDocument(ctx, changed, { backup: false });
    const added = (await entries(ctx.db)).slice(afterFirst);
    expect(added.map((entry) => `${entry.action} ${entry.table_name} ${entry.record_id}`).sort()).toEqual([`import events ${event.id}`, `import institutions ${renamed.id}`].sort());
    const rename = added.find((entry) => entry.table_name === 'institutions')!;
    expect(JSON.parse(rename.before_json!)).toEqual({ name: oldName });
    expect(JSON.parse(rename.after_json!)).toEqual({ name: renamed.name });
    const eventChange = added.find((entry) => entry.table_name === 'events')!;
    const personIds = (json: string | null) => (JSON.parse(json!) as { participants: { person_id: string }[] }).participants.map((p) => p.person_id);
    expect(personIds(eventChange.before_json)).toContain(dropped.personId);
    expect(personIds(eventChange.after_json)).not.toContain(dropped.personId);

    // A part the file no longer lists (a membership) leaves a "delete" entry with what was removed.
    const afterSecond = await count();
    const partnership = changed.partnerships.find((p) => p.members.length > 1 && p.members.every((m) => m.id))!;
    const leaving = partnership.members.pop()!;
    await importExchangeDocument(ctx, changed, { backup: false });
    const removals = (await entries(ctx.db)).slice(afterSecond).filter((entry) => entry.action === 'delete');
    // The member takes the people it named in the team with it (version 3), each with its own entry.
    const teamRemovals = (leaving.team ?? []).map((person) => `partnership_team_people ${person.id}`);
    expect(removals.map((entry) => `${entry.table_name} ${entry.record_id}`).sort()).toEqual([`partnership_members ${leaving.id}`, ...teamRemovals].sort());
    const membership = removals.find((entry) => entry.table_name === 'partnership_members')!;
    expect(membership).toMatchObject({ user_name: IMPORTER, after_json: null });
    expect(JSON.parse(membership.before_json!)).toMatchObject({ institution_id: leaving.institutionId });

    // A refused file (an unknown person) writes nothing, and so no entry either.
    const total = await count();
    const bad = JSON.parse(serializeExchange(changed)) as ExchangeDocument;
    bad.institutions[0]!.name = 'Zmiana, która nie może się zapisać';
    bad.events[0]!.participants.push({ personId: 'p-nieznana' });
    await expect(importExchangeDocument(ctx, bad, { backup: false })).rejects.toThrow('nic nie zaimportowano');
    expect(await count()).toBe(total);
  });

  it('leaves no entry when the write itself fails half-way: the entries roll back with the rows', async () => {
    setAuditUser(IMPORTER);
    const ctx = await database('biuro');
    const demo = buildDemoDocument();
    // A trigger makes the last step (certificates) fail after every other record has been written.
    if (ctx.engine === 'sqlite') await ctx.db.raw(`CREATE TRIGGER refuse_certificates BEFORE INSERT ON certificates BEGIN SELECT RAISE(ABORT, 'odmowa'); END`);
    else {
      await ctx.db.raw(`CREATE FUNCTION refuse_certificates() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'odmowa'; END $$ LANGUAGE plpgsql`);
      await ctx.db.raw(`CREATE TRIGGER refuse_certificates BEFORE INSERT ON certificates FOR EACH ROW EXECUTE FUNCTION refuse_certificates()`);
    }
    expect(demo.certificates?.length).toBeGreaterThan(0);
    await expect(importExchangeDocument(ctx, demo, { backup: false })).rejects.toThrow('odmowa');
    expect(await entries(ctx.db)).toEqual([]);
    expect(Number(((await ctx.db('events').count({ n: '*' })) as { n: number }[])[0]!.n)).toBe(0);
  });
});

describe('reading a file record by record', () => {
  it('takes the lists in any order and a byte-order mark, and reports a broken record with JSON.parse’s own message', async () => {
    const ctx = await database('kolejność');
    const demo = JSON.parse(serializeExchange(buildDemoDocument())) as Record<string, unknown>;
    // Events and certificates first, the lists they refer to after them; compact JSON, a BOM in front.
    const reordered = Object.fromEntries(['certificates', 'events', 'format', 'version', 'exportedAt', 'office', 'people', 'institutions', 'projects', 'templates', 'eventSeries', 'partnerships', 'agreements'].map((key) => [key, demo[key]]));
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(JSON.stringify(reordered), 'utf8')]);
    const result = await importExchange(ctx, bytes, { backup: false });
    expect(result.counts.events.added).toBe((demo.events as unknown[]).length);
    expect(result.counts.certificates.added).toBe((demo.certificates as unknown[]).length);

    // A literal misspelt inside one event: the scan passes it, the record does not parse; the file is refused whole.
    const whole = serializeExchange(buildDemoDocument({ seed: 3 }));
    const text = whole.replace('"walkIn": true', '"walkIn": tru');
    expect(text).not.toBe(whole);
    let expected = '';
    try {
      JSON.parse(text);
    } catch (error) {
      expected = (error as Error).message;
    }
    const refused = await dispatch(ctx, 'exchange.import', { fileName: 'zepsuty.json', contentBase64: Buffer.from(text).toString('base64') });
    expect(refused).toMatchObject({ ok: false, error: { code: 'validation', fieldErrors: { $: `plik nie jest poprawnym dokumentem JSON (${expected})` } } });
    // A key given twice is read as JSON.parse reads it (the later one counts).
    const twice = `{"people": [], ${JSON.stringify(reordered).slice(1)}`;
    expect((await importExchange(ctx, Buffer.from(twice), { backup: false })).counts.people.unchanged).toBe((demo.people as unknown[]).length);
  });

  it('imports a file from disk as it imports its bytes, and nothing when the file changes between the check and the write', async () => {
    const text = serializeExchange(buildDemoDocument());
    const folder = path.join(dir, 'Pliki z Łodzi – wymiana');
    fs.mkdirSync(folder);
    const file = path.join(folder, 'kooperator 2026 żółty.json');
    fs.writeFileSync(file, text);

    const fromBytes = await database('z bajtów');
    const fromDisk = await database('z dysku');
    const expected = await importExchange(fromBytes, bytesOf(text), { backup: false });
    expect(await importExchangeFile(fromDisk, file, { backup: false })).toEqual(expected);
    expect(await tables(fromDisk.db)).toEqual(await tables(fromBytes.db));
    expect(await checkExchangeFile(fromDisk.db, file)).toEqual({ problems: [] });

    // Someone saves the file again while it is being imported: the write is rolled back.
    const changed = await database('plik zmieniony');
    const before = await tables(changed.db);
    const during = importExchangeFile(changed, file, { backup: false, onWriting: () => fs.appendFileSync(file, '\n') });
    await expect(during).rejects.toMatchObject({ code: 'conflict', message: expect.stringContaining('Plik wymiany zmienił się w trakcie importu; nic nie zaimportowano') });
    expect(await tables(changed.db)).toEqual(before);
    expect(await changed.db('audit_log').where({ action: 'import' }).count({ n: '*' })).toEqual([{ n: 0 }]);

    // A path that is not a readable file: a message in Polish, and nothing written.
    await expect(importExchangeFile(changed, path.join(folder, 'brak.json'))).rejects.toMatchObject({ code: 'validation', message: `Nie można otworzyć pliku wymiany ${path.join(folder, 'brak.json')}: nie ma takiego pliku.` });
    await expect(importExchangeFile(changed, folder)).rejects.toMatchObject({ code: 'validation', message: expect.stringContaining('to folder, nie plik') });
    expect(await tables(changed.db)).toEqual(before);
  });
});

describe('the database file after a large import', () => {
  /** The share of pages not followed in the file by the next page of the same table or index. */
  async function scatteredShare(db: Runtime['db']): Promise<number> {
    const [row] = (await db.raw(
      `SELECT SUM(gap <> 1) * 1.0 / COUNT(*) AS share FROM (SELECT pageno - LAG(pageno) OVER (PARTITION BY name ORDER BY pageno) AS gap FROM dbstat) WHERE gap IS NOT NULL`,
    )) as { share: number }[];
    return Number(row!.share);
  }

  it('is rewritten in order once a register-sized import has committed, so the check at every start reads it in sequence', async () => {
    const ctx = await database('duży import');
    const people = Array.from({ length: 10_000 }, (_, i) => ({ id: `o${i}`, firstName: 'Łucja', lastName: `Świętek ${i}`, institutionId: 'i1', roles: ['social_worker'] }));
    const document = {
      format: 'kooperator-exchange',
      version: 1,
      exportedAt: '2026-05-04T12:00:00+02:00',
      office: { name: 'RCPS Łódź', voivodeshipTeryt: '10' },
      projects: [],
      institutions: [{ id: 'i1', name: 'MOPS w Zgierzu', type: 'ops', teryt: '1020031' }],
      people,
      agreements: [],
      partnerships: [],
      events: [],
    };
    const result = await importExchange(ctx, bytesOf(document), { backup: false });
    expect(result.counts.people.added).toBe(10_000);
    // As the import writes them, people, their roles and the audit entries take turns page by page (70 % scattered).
    expect(await scatteredShare(ctx.db)).toBeLessThan(0.02);
    expect(await ctx.db('people').count({ n: '*' })).toEqual([{ n: 10_000 }]);
  });
});
