/** Agreements with their parties, the suggested parties, the signed scan and the templates, on a real SQLite file. */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type {
  Agreement,
  AgreementListItem,
  AgreementPartyFields,
  AuditEntry,
  DocumentTemplate,
  DocumentTemplateSummary,
  ExportedFile,
  Institution,
  Project,
} from '../../preload/contract';
import { dispatch } from '../../main/ipc/dispatch';
import { addDays, listAgreements } from '../../main/services/agreements';
import { unwrap } from '../support/results';
import { openTempDatabase, type TempDatabase } from '../support/tempDatabase';

let temp: TempDatabase;
let rops: Institution;
let project: Project;
beforeEach(async () => {
  temp = await openTempDatabase();
  rops = unwrap(
    await dispatch(temp.runtime, 'institutions.save', {
      name: 'Regionalny Ośrodek Polityki Społecznej w Katowicach',
      shortName: 'ROPS Katowice',
      type: 'other',
      terytCode: '2469011',
    }),
  );
  project = unwrap(
    await dispatch(temp.runtime, 'projects.save', { name: 'Kooperacje 3D', macroregion: 'III', gminaKind: 'urban', startDate: '2018-01-01', endDate: '2021-12-31' }),
  );
});
afterEach(async () => {
  await temp.cleanup();
});

function parties() {
  return [
    {
      kind: 'voivodeship',
      terytCode: '24',
      actingThroughInstitutionId: rops.id,
      name: 'Województwo Śląskie',
      address: 'ul. Ligonia 46, 40-037 Katowice',
      nip: '954-277-13-94',
      regon: '276255217',
      representatives: [{ name: 'Jan Kowalski', function: 'Członek Zarządu Województwa' }],
    },
    { kind: 'gmina', terytCode: '2401011', name: 'Gmina Będzin', address: 'ul. 11 Listopada 20, 42-500 Będzin', nip: '6252446230', representatives: [{ name: 'Łukasz Komoniewski', function: 'Prezydent Miasta' }] },
    { kind: 'powiat', terytCode: '2401', name: 'Powiat Będziński', nip: '625 100 22 06', regon: '276255810', representatives: [{ name: 'Sebastian Szaleniec', function: 'Starosta' }] },
  ];
}

function agreement(overrides: object = {}) {
  return {
    number: 'ROPS-KP/1/2019',
    projectId: project.id,
    subject: 'współpraca przy pilotażowym wdrażaniu modelu kooperacji',
    status: 'signed',
    draftedOn: '2019-02-15',
    signedOn: '2019-03-20',
    validUntil: '2020-12-31',
    parties: parties(),
    ...overrides,
  };
}

async function dump() {
  const db = temp.runtime.db;
  return {
    agreements: await db('agreements').orderBy('id'),
    parties: await db('agreement_parties').orderBy('id'),
  };
}

const upload = (fileName: string, bytes: Uint8Array) => ({ fileName, contentBase64: Buffer.from(bytes).toString('base64') });

describe('agreements through the contract', () => {
  it('lists the agreements of an institution: acting for a party, or in a gmina that is one', async () => {
    const ctx = temp.runtime;
    const signed = unwrap<Agreement>(await dispatch(ctx, 'agreements.save', agreement()));
    const mops = unwrap<Institution>(await dispatch(ctx, 'institutions.save', { name: 'MOPS w Będzinie', type: 'ops', terytCode: '2401011' }));
    const elsewhere = unwrap<Institution>(await dispatch(ctx, 'institutions.save', { name: 'MOPS w Żorach', type: 'ops', terytCode: '2479011' }));
    const ids = async (institutionId: string) => unwrap<AgreementListItem[]>(await dispatch(ctx, 'agreements.list', { institutionId })).map((a) => a.id);
    expect(await ids(rops.id)).toEqual([signed.id]);
    expect(await ids(mops.id)).toEqual([signed.id]);
    expect(await ids(elsewhere.id)).toEqual([]);
  });

  it('saves three parties (the voivodeship through its ROPS, the gmina, the powiat) and reads them back in order', async () => {
    const ctx = temp.runtime;
    const saved = unwrap<Agreement>(await dispatch(ctx, 'agreements.save', agreement()));
    expect(saved).toMatchObject({ number: 'ROPS-KP/1/2019', projectId: project.id, projectName: 'Kooperacje 3D', status: 'signed', version: 1, scan: null });
    expect(saved.id).toMatch(/^por-/);
    expect(saved.parties.map((p) => [p.kind, p.terytCode, p.name])).toEqual([
      ['voivodeship', '24', 'Województwo Śląskie'],
      ['gmina', '2401011', 'Gmina Będzin'],
      ['powiat', '2401', 'Powiat Będziński'],
    ]);
    expect(saved.parties[0]).toMatchObject({
      actingThroughInstitutionId: rops.id,
      actingThroughName: 'Regionalny Ośrodek Polityki Społecznej w Katowicach',
      institutionId: null,
      nip: '9542771394',
      regon: '276255217',
      representatives: [{ name: 'Jan Kowalski', function: 'Członek Zarządu Województwa' }],
    });
    expect(saved.parties[2]).toMatchObject({ nip: '6251002206', address: null });
    expect(unwrap<Agreement>(await dispatch(ctx, 'agreements.get', { id: saved.id }))).toEqual(saved);

    // Reordered and one removed: the kept parties keep their ids.
    const [voivodeship, gmina] = saved.parties;
    const edited = unwrap<Agreement>(await dispatch(ctx, 'agreements.save', { ...saved, parties: [gmina, voivodeship] }));
    expect(edited.parties.map((p) => p.id)).toEqual([gmina!.id, voivodeship!.id]);
    expect(edited.version).toBe(2);
    expect(await ctx.db('agreement_parties').count({ n: '*' })).toEqual([{ n: 2 }]);

    unwrap(await dispatch(ctx, 'agreements.delete', { id: saved.id, version: 2 }));
    expect(await dump()).toEqual({ agreements: [], parties: [] });
  });

  it('keeps several representatives per party in their order; a person without a name is refused at its field, nothing saved', async () => {
    const ctx = temp.runtime;
    const board = [
      { name: 'Sebastian Szaleniec', function: 'Starosta' },
      { name: 'Łucja Pięta', function: 'Członek Zarządu Powiatu' },
    ];
    const withBoard = parties().map((party, i) => (i === 2 ? { ...party, representatives: board } : party));
    const saved = unwrap<Agreement>(await dispatch(ctx, 'agreements.save', agreement({ parties: withBoard })));
    expect(saved.parties[2]!.representatives).toEqual(board);
    expect(saved.parties[0]!.representatives).toEqual([{ name: 'Jan Kowalski', function: 'Członek Zarządu Województwa' }]);

    // The audit log names the people, one line each.
    const entries = unwrap<AuditEntry[]>(await dispatch(ctx, 'audit.forRecord', { table: 'agreements', id: saved.id }));
    expect(JSON.stringify(entries)).toContain('Łucja Pięta – Członek Zarządu Powiatu');

    const before = await dump();
    const nameless = withBoard.map((party, i) => (i === 1 ? { ...party, representatives: [{ name: 'Łukasz Komoniewski', function: 'Prezydent Miasta' }, { name: '  ', function: 'Skarbnik Miasta' }] } : party));
    const refused = await dispatch(ctx, 'agreements.save', { ...agreement({ parties: nameless }), id: saved.id, version: saved.version });
    expect(refused).toMatchObject({ ok: false, error: { code: 'validation', fieldErrors: { 'parties.1.representatives.1.name': 'Pole „Imię i nazwisko reprezentanta” jest wymagane' } } });
    expect(await dump()).toEqual(before);
  });

  it('checks each party for its kind: TERYT level, institution, NIP and REGON', async () => {
    const ctx = temp.runtime;
    const [voivodeship, gmina, powiat] = parties();
    const result = await dispatch(
      ctx,
      'agreements.save',
      agreement({
        parties: [
          { ...voivodeship, terytCode: '2401' },
          { ...gmina, nip: '1234567890' },
          { ...powiat, regon: '123' },
          { kind: 'institution', name: 'MOPS' },
          { ...gmina, name: 'Gmina Będzin (drugi raz)', nip: null },
        ],
      }),
    );
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'validation',
        fieldErrors: {
          'parties.0.terytCode': 'Kod TERYT województwa musi mieć 2 cyfry',
          'parties.1.nip': expect.stringContaining('Nieprawidłowy NIP'),
          'parties.2.regon': expect.stringContaining('Nieprawidłowy REGON'),
          'parties.3.institutionId': 'Wybierz instytucję z rejestru',
          'parties.4.terytCode': 'Ta strona jest już na liście (strona 2)',
        },
      },
    });
    const oneParty = await dispatch(ctx, 'agreements.save', agreement({ parties: [gmina] }));
    expect(oneParty).toMatchObject({ ok: false, error: { fieldErrors: { parties: 'Porozumienie musi mieć co najmniej dwie strony' } } });

    const unknown = await dispatch(ctx, 'agreements.save', agreement({ parties: [voivodeship, { ...gmina, terytCode: '2401991' }, { kind: 'institution', institutionId: 'ins-nie-ma', name: 'X' }] }));
    expect(unknown).toMatchObject({
      ok: false,
      error: {
        code: 'validation',
        fieldErrors: { 'parties.1.terytCode': 'Nieznany kod TERYT „2401991”: wybierz jednostkę z listy', 'parties.2.institutionId': expect.stringContaining('nie istnieje') },
      },
    });
    expect(await dump()).toEqual({ agreements: [], parties: [] });
  });

  it('suggests the voivodeship, the gmina and, for a land county, the powiat', async () => {
    const ctx = temp.runtime;
    const bedzin = unwrap<AgreementPartyFields[]>(await dispatch(ctx, 'agreements.suggestParties', { gminaCode: '2401011' }));
    expect(bedzin).toEqual([
      { kind: 'voivodeship', terytCode: '24', institutionId: null, actingThroughInstitutionId: null, name: 'Województwo Śląskie', address: null, nip: null, regon: null, representatives: [] },
      { kind: 'gmina', terytCode: '2401011', institutionId: null, actingThroughInstitutionId: null, name: 'Gmina Będzin', address: null, nip: null, regon: null, representatives: [] },
      { kind: 'powiat', terytCode: '2401', institutionId: null, actingThroughInstitutionId: null, name: 'Powiat Będziński', address: null, nip: null, regon: null, representatives: [] },
    ]);
    const sosnowiec = unwrap<AgreementPartyFields[]>(await dispatch(ctx, 'agreements.suggestParties', { gminaCode: '2475011', projectId: project.id }));
    expect(sosnowiec.map((p) => [p.kind, p.terytCode, p.name])).toEqual([
      ['voivodeship', '24', 'Województwo Śląskie'],
      ['gmina', '2475011', 'Gmina Miasto Sosnowiec'],
    ]);

    // Once an agreement names them, the next suggestion reuses addresses, NIP, REGON and the ROPS, never the representatives.
    unwrap(await dispatch(ctx, 'agreements.save', agreement()));
    const again = unwrap<AgreementPartyFields[]>(await dispatch(ctx, 'agreements.suggestParties', { gminaCode: '2401011', projectId: project.id }));
    expect(again[0]).toMatchObject({ actingThroughInstitutionId: rops.id, nip: '9542771394', regon: '276255217', representatives: [] });
    // A suggestion is a valid set of parties as it is.
    const fromSuggestion = unwrap<Agreement>(await dispatch(ctx, 'agreements.save', agreement({ number: 'ROPS-KP/2/2019', parties: again })));
    expect(fromSuggestion.parties).toHaveLength(3);

    expect(await dispatch(ctx, 'agreements.suggestParties', { gminaCode: '2401' })).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(await dispatch(ctx, 'agreements.suggestParties', { gminaCode: '2401991' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('reports the status rules as field errors', async () => {
    const ctx = temp.runtime;
    const errorsOf = async (overrides: object) => {
      const result = await dispatch(ctx, 'agreements.save', agreement(overrides));
      if (result.ok) throw new Error('expected a refusal');
      return result.error.fieldErrors;
    };
    expect(await errorsOf({ signedOn: null })).toEqual({ signedOn: 'Podaj datę podpisania: porozumienie ma status „podpisane”' });
    expect(await errorsOf({ status: 'terminated' })).toEqual({ terminatedOn: 'Podaj datę rozwiązania: porozumienie ma status „rozwiązane”' });
    expect(await errorsOf({ status: 'draft' })).toEqual({ signedOn: expect.stringContaining('nie ma jeszcze daty podpisania') });
    expect(await errorsOf({ terminatedOn: '2020-01-01' })).toEqual({ terminatedOn: expect.stringContaining('tylko dla porozumienia rozwiązanego') });
    expect(await errorsOf({ signedOn: '2019-02-01' })).toEqual({ signedOn: 'Data podpisania nie może być wcześniejsza niż data sporządzenia (2019-02-15)' });
    expect(await errorsOf({ validUntil: '2019-03-19' })).toEqual({ validUntil: 'Porozumienie nie może obowiązywać krócej niż do dnia podpisania (2019-03-20)' });
    expect(await errorsOf({ status: 'terminated', terminatedOn: '2019-03-01' })).toEqual({ terminatedOn: 'Data rozwiązania nie może być wcześniejsza niż data podpisania (2019-03-20)' });
    expect(await errorsOf({ signedOn: '2019-02-30' })).toEqual({ signedOn: 'Nieprawidłowa data (RRRR-MM-DD)' });

    // The status moves on: projekt → wysłane do podpisu → podpisane → rozwiązane (sent may go back to draft).
    const draft = unwrap<Agreement>(await dispatch(ctx, 'agreements.save', agreement({ status: 'draft', signedOn: null })));
    const sent = unwrap<Agreement>(await dispatch(ctx, 'agreements.save', { ...draft, status: 'sent' }));
    const backToDraft = unwrap<Agreement>(await dispatch(ctx, 'agreements.save', { ...sent, status: 'draft' }));
    const signed = unwrap<Agreement>(await dispatch(ctx, 'agreements.save', { ...backToDraft, status: 'signed', signedOn: '2019-03-20' }));
    const back = await dispatch(ctx, 'agreements.save', { ...signed, status: 'sent', signedOn: null });
    expect(back).toMatchObject({ ok: false, error: { code: 'validation', fieldErrors: { status: expect.stringContaining('z „podpisane” nie można wrócić do „wysłane do podpisu”') } } });
    const terminated = unwrap<Agreement>(await dispatch(ctx, 'agreements.save', { ...signed, status: 'terminated', terminatedOn: '2020-06-30' }));
    expect(terminated).toMatchObject({ status: 'terminated', terminatedOn: '2020-06-30', version: 5 });
  });

  it('refuses a number another agreement has', async () => {
    const ctx = temp.runtime;
    const first = unwrap<Agreement>(await dispatch(ctx, 'agreements.save', agreement()));
    const duplicate = await dispatch(ctx, 'agreements.save', agreement({ number: 'rops-kp/1/2019' }));
    expect(duplicate).toMatchObject({ ok: false, error: { code: 'validation', fieldErrors: { number: 'Porozumienie o numerze „ROPS-KP/1/2019” już jest w rejestrze: nadaj inny numer' } } });
    const second = unwrap<Agreement>(await dispatch(ctx, 'agreements.save', agreement({ number: 'ROPS-KP/2/2019' })));
    expect(await dispatch(ctx, 'agreements.save', { ...second, number: first.number })).toMatchObject({ ok: false, error: { fieldErrors: { number: expect.any(String) } } });
    // Saving an agreement under its own number is fine.
    unwrap(await dispatch(ctx, 'agreements.save', { ...first, subject: 'inny przedmiot' }));
  });

  it('lists by status, project and expiry, and searches numbers and parties without diacritics', async () => {
    const ctx = temp.runtime;
    const [voivodeship, gmina] = parties();
    const other = unwrap<Project>(await dispatch(ctx, 'projects.save', { name: 'Inny projekt' }));
    const a = unwrap<Agreement>(await dispatch(ctx, 'agreements.save', agreement({ number: 'P/10', validUntil: '2020-12-31' })));
    const b = unwrap<Agreement>(
      await dispatch(ctx, 'agreements.save', agreement({ number: 'P/9', validUntil: '2020-12-10', parties: [voivodeship, { ...gmina, terytCode: '2475011', name: 'Gmina Miasto Sosnowiec' }] })),
    );
    const c = unwrap<Agreement>(await dispatch(ctx, 'agreements.save', agreement({ number: 'P/11', status: 'draft', signedOn: null, validUntil: '2020-12-15', projectId: other.id })));
    unwrap(await dispatch(ctx, 'agreements.save', agreement({ number: 'P/12', validUntil: '2021-02-01' })));

    const numbers = async (query: object) => unwrap<AgreementListItem[]>(await dispatch(ctx, 'agreements.list', query)).map((row) => row.number);
    expect(await numbers({})).toEqual(['P/9', 'P/10', 'P/11', 'P/12']);
    expect(await numbers({ status: 'draft' })).toEqual(['P/11']);
    expect(await numbers({ projectId: other.id })).toEqual(['P/11']);
    expect(await numbers({ search: 'bedzinski' })).toEqual(['P/10', 'P/11', 'P/12']);
    expect(await numbers({ search: 'SOSNOWIEC slaskie' })).toEqual(['P/9']);
    expect(await numbers({ search: 'p/1' })).toEqual(['P/10', 'P/11', 'P/12']);

    const rows = unwrap<AgreementListItem[]>(await dispatch(ctx, 'agreements.list', { search: 'P/9' }));
    expect(rows[0]).toMatchObject({ id: b.id, partyNames: ['Województwo Śląskie', 'Gmina Miasto Sosnowiec'], hasScan: false, projectName: 'Kooperacje 3D' });

    // Signed and ending between today and today + 30 days, soonest first; the draft (c) is not signed.
    const expiring = await listAgreements(ctx.db, { expiringWithinDays: 30 }, '2020-12-01');
    expect(expiring.map((row) => row.id)).toEqual([b.id, a.id]);
    expect((await listAgreements(ctx.db, { expiringWithinDays: 9 }, '2020-12-01')).map((row) => row.id)).toEqual([b.id]);
    expect((await listAgreements(ctx.db, { expiringWithinDays: 30 }, '2021-01-05')).map((row) => row.number)).toEqual(['P/12']);
    expect(await listAgreements(ctx.db, { expiringWithinDays: 30, status: 'draft' }, '2020-12-01')).toEqual([]);
    expect(c.status).toBe('draft');
    expect(addDays('2020-12-01', 31)).toBe('2021-01-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
  });

  it('attaches a signed scan and gives it back with its Polish name and checksum', async () => {
    const ctx = temp.runtime;
    const saved = unwrap<Agreement>(await dispatch(ctx, 'agreements.save', agreement()));
    const pdf = Buffer.from('%PDF-1.4\n%âãÏÓ\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n', 'latin1');
    const sha256 = createHash('sha256').update(pdf).digest('hex');
    const name = 'skan porozumienia – Będzin.pdf';

    const withScan = unwrap<Agreement>(await dispatch(ctx, 'agreements.attachScan', { agreementId: saved.id, version: saved.version, file: upload(name, pdf) }));
    expect(withScan).toMatchObject({ version: 2, scan: { name, sha256 } });
    expect(fs.readFileSync(path.join(ctx.filesDir, 'skany', `${sha256}.pdf`)).equals(pdf)).toBe(true);
    expect(await ctx.db('agreements').where({ id: saved.id }).first('scan_path', 'scan_name', 'scan_sha256')).toEqual({ scan_path: `skany/${sha256}.pdf`, scan_name: name, scan_sha256: sha256 });

    const back = unwrap<ExportedFile>(await dispatch(ctx, 'agreements.getScan', { agreementId: saved.id }));
    expect(back.fileName).toBe(name);
    const bytes = Buffer.from(back.contentBase64, 'base64');
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(sha256);
    expect(bytes.equals(pdf)).toBe(true);
    expect(unwrap<AgreementListItem[]>(await dispatch(ctx, 'agreements.list', {}))[0]!.hasScan).toBe(true);

    // A stale version, a text file named .pdf, an agreement without a scan.
    expect(await dispatch(ctx, 'agreements.attachScan', { agreementId: saved.id, version: 1, file: upload(name, pdf) })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    const text = await dispatch(ctx, 'agreements.attachScan', { agreementId: saved.id, version: 2, file: upload('skan.pdf', Buffer.from('zwykły tekst')) });
    expect(text).toMatchObject({ ok: false, error: { code: 'validation', fieldErrors: { file: expect.stringContaining('nie jest prawidłowym plikiem PDF') } } });
    const other = unwrap<Agreement>(await dispatch(ctx, 'agreements.save', agreement({ number: 'ROPS-KP/2/2019' })));
    expect(await dispatch(ctx, 'agreements.getScan', { agreementId: other.id })).toMatchObject({ ok: false, error: { code: 'not_found', message: 'Do porozumienia nr ROPS-KP/2/2019 nie dołączono skanu.' } });

    // The form saved after the scan was attached (with the new version) keeps it.
    const edited = unwrap<Agreement>(await dispatch(ctx, 'agreements.save', { ...withScan, notes: 'oryginał w segregatorze 3' }));
    expect(edited.scan).toEqual({ name, sha256 });
    fs.writeFileSync(path.join(ctx.filesDir, 'skany', `${sha256}.pdf`), Buffer.concat([pdf, Buffer.from(' ')]));
    expect(await dispatch(ctx, 'agreements.getScan', { agreementId: saved.id })).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });

  it('refuses a stale edit or deletion, and an invalid payload leaves the database unchanged', async () => {
    const ctx = temp.runtime;
    const saved = unwrap<Agreement>(await dispatch(ctx, 'agreements.save', agreement()));
    unwrap(await dispatch(ctx, 'agreements.save', { ...saved, subject: 'pierwsza zmiana' }));
    const before = await dump();

    expect(await dispatch(ctx, 'agreements.save', { ...saved, subject: 'druga zmiana' })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(await dispatch(ctx, 'agreements.delete', { id: saved.id, version: 1 })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    // Invalid at the contract.
    expect(await dispatch(ctx, 'agreements.save', { ...saved, version: 2, number: '', status: 'zawarte' })).toMatchObject({ ok: false, error: { code: 'validation' } });
    // Invalid only in the database's eyes: the third party's institution does not exist (the first two parties would be fine).
    const current = unwrap<Agreement>(await dispatch(ctx, 'agreements.get', { id: saved.id }));
    const late = await dispatch(ctx, 'agreements.save', {
      ...current,
      subject: 'zmiana, która nie może się zapisać',
      parties: [current.parties[1], current.parties[0], { kind: 'institution', institutionId: 'ins-nie-ma', name: 'Nieistniejąca' }],
    });
    expect(late).toMatchObject({ ok: false, error: { code: 'validation', fieldErrors: { 'parties.2.institutionId': expect.any(String) } } });
    const foreignParty = await dispatch(ctx, 'agreements.save', { ...current, parties: [...current.parties, { ...current.parties[0], id: 'str-obca', terytCode: '12' }] });
    expect(foreignParty).toMatchObject({ ok: false, error: { fieldErrors: { 'parties.3.id': expect.stringContaining('nie należy do tego porozumienia') } } });
    expect(await dump()).toEqual(before);
  });
});

describe('document templates', () => {
  const BODY = '# Porozumienie nr {{numer}}\n\n{{#strony}}{{strona.lp}}. {{strona.nazwa}}\n{{/strony}}';

  it('saves, lists by kind, keeps one default that cannot be deleted, and refuses unknown placeholders', async () => {
    const ctx = temp.runtime;
    // Every database starts with the built-in default of each kind.
    const builtIn = unwrap<DocumentTemplateSummary[]>(await dispatch(ctx, 'templates.list', { kind: 'agreement' }));
    expect(builtIn.map((t) => [t.name, t.isDefault])).toEqual([['Porozumienie o współpracy (wzór domyślny)', true]]);
    const first = unwrap<DocumentTemplate>(await dispatch(ctx, 'templates.save', { kind: 'agreement', name: 'Porozumienie ROPS', body: BODY }));
    expect(first).toMatchObject({ kind: 'agreement', isDefault: false, version: 1, body: BODY });
    const second = unwrap<DocumentTemplate>(await dispatch(ctx, 'templates.save', { kind: 'agreement', name: 'Aneks', body: 'Aneks do porozumienia {{numer}}' }));
    expect(second.isDefault).toBe(false);

    const unknown = await dispatch(ctx, 'templates.save', { kind: 'agreement', name: 'Zły', body: 'Porozumienie {{numer_porozumienia}}' });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'validation', fieldErrors: { body: expect.stringContaining('numer_porozumienia') } } });
    expect(await dispatch(ctx, 'templates.save', { ...first, kind: 'declaration' })).toMatchObject({ ok: false, error: { fieldErrors: { kind: expect.any(String) } } });

    const list = unwrap<DocumentTemplateSummary[]>(await dispatch(ctx, 'templates.list', { kind: 'agreement' }));
    expect(new Map(list.map((t) => [t.name, t.isDefault]))).toEqual(
      new Map([
        ['Porozumienie o współpracy (wzór domyślny)', true],
        ['Porozumienie ROPS', false],
        ['Aneks', false],
      ]),
    );
    expect(unwrap<DocumentTemplateSummary[]>(await dispatch(ctx, 'templates.list', { kind: 'declaration' })).map((t) => t.kind)).toEqual(['declaration']);

    expect(await dispatch(ctx, 'templates.delete', { id: builtIn[0]!.id, version: builtIn[0]!.version })).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: expect.stringContaining('domyślnego') },
    });
    const made = unwrap<DocumentTemplate>(await dispatch(ctx, 'templates.setDefault', { id: second.id }));
    expect(made).toMatchObject({ isDefault: true, version: 1 });
    expect(unwrap<DocumentTemplate>(await dispatch(ctx, 'templates.get', { id: builtIn[0]!.id })).isDefault).toBe(false);

    // An agreement may name a template of its kind only.
    const used = unwrap<Agreement>(await dispatch(ctx, 'agreements.save', agreement({ templateId: first.id })));
    expect(used).toMatchObject({ templateId: first.id, templateName: 'Porozumienie ROPS' });
    unwrap(await dispatch(ctx, 'templates.delete', { id: first.id, version: 1 }));
    expect(unwrap<Agreement>(await dispatch(ctx, 'agreements.get', { id: used.id })).templateId).toBeNull();

    const edited = unwrap<DocumentTemplate>(await dispatch(ctx, 'templates.save', { ...made, name: 'Aneks (2025)' }));
    expect(edited.version).toBe(2);
    expect(await dispatch(ctx, 'templates.save', { ...made, name: 'nieaktualny' })).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });
});
