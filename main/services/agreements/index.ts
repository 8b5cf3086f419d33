/**
 * Cooperation agreements (porozumienia o współpracy) with their parties, the parties a project agreement
 * usually has, and the signed scan kept in the data folder.
 */
import type { Knex } from 'knex';
import {
  AGREEMENT_STATUSES,
  AGREEMENT_STATUS_ORDER,
  comparePolish,
  isCityCountyCode,
  PARTY_TERYT_DIGITS,
  type Agreement,
  type AgreementListItem,
  type AgreementListQuery,
  type AgreementParty,
  type AgreementPartyFields,
  type AgreementPartySuggestionQuery,
  type AgreementSave,
  type AgreementScanRef,
  type AgreementScanUpload,
  type AgreementStatus,
  type ExportedFile,
  type PartyKind,
} from '../../../preload/contract';
import { notFound, ServiceError, staleVersion } from '../errors';
import { newId, nowIso } from '../ids';
import { exportStoredFile, storeFile, type StoredFile } from '../storedFiles';
import { deleteAudited, deleteVersioned, insertAudited, updateAudited, updateVersioned, type RecordKind } from '../versioned';
import type { AgreementRow as StoredAgreement, PartyRow as StoredParty } from '../../../db/rows';
import { agreementSearchText, SEARCH_PLACES, whereSearchMatches } from '../searchText';
import { agreementRelated } from './auditSnapshot';
import { parseRepresentatives, storedRepresentatives } from './representatives';

const KIND: RecordKind = { table: 'agreements', what: 'porozumienie', related: agreementRelated };
const PARTY: RecordKind = { table: 'agreement_parties', what: 'strona porozumienia' };

interface AgreementRow extends StoredAgreement {
  project_name: string | null;
  partnership_name: string | null;
  template_name: string | null;
}

interface PartyRow extends StoredParty {
  institution_name: string | null;
  acting_through_name: string | null;
}

type Fields = Omit<AgreementSave, 'id' | 'version' | 'parties'>;

/** Today's date on this computer (the office's), YYYY-MM-DD. */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** An ISO day plus `days` calendar days. */
export function addDays(day: string, days: number): string {
  const [year, month, date] = day.split('-').map(Number);
  return new Date(Date.UTC(year!, month! - 1, date! + days)).toISOString().slice(0, 10);
}

function toRow(fields: Fields, partyNames: string[]) {
  return {
    number: fields.number,
    project_id: fields.projectId,
    partnership_id: fields.partnershipId,
    template_id: fields.templateId,
    subject: fields.subject,
    status: fields.status,
    drafted_on: fields.draftedOn,
    signed_on: fields.signedOn,
    valid_until: fields.validUntil,
    terminated_on: fields.terminatedOn,
    notes: fields.notes,
    search_text: agreementSearchText(fields.number, partyNames),
  };
}

function baseQuery(db: Knex) {
  return db<AgreementRow>('agreements as a')
    .leftJoin('projects as p', 'p.id', 'a.project_id')
    .leftJoin('partnerships as ps', 'ps.id', 'a.partnership_id')
    .leftJoin('document_templates as t', 't.id', 'a.template_id')
    .select('a.*', { project_name: 'p.name', partnership_name: 'ps.name', template_name: 't.name' });
}

function partyQuery(db: Knex) {
  return db<PartyRow>('agreement_parties as ap')
    .leftJoin('institutions as i', 'i.id', 'ap.institution_id')
    .leftJoin('institutions as at', 'at.id', 'ap.acting_through_institution_id')
    .select('ap.*', { institution_name: 'i.name', acting_through_name: 'at.name' })
    .orderBy('ap.agreement_id')
    .orderBy('ap.position');
}

function storedScan(row: AgreementRow): StoredFile | null {
  return row.scan_path && row.scan_name && row.scan_sha256 ? { path: row.scan_path, name: row.scan_name, sha256: row.scan_sha256 } : null;
}

function partyFromRow(row: PartyRow): AgreementParty {
  return {
    id: row.id,
    kind: row.kind,
    terytCode: row.teryt_code,
    institutionId: row.institution_id,
    institutionName: row.institution_name,
    actingThroughInstitutionId: row.acting_through_institution_id,
    actingThroughName: row.acting_through_name,
    name: row.name,
    address: row.address,
    nip: row.nip,
    regon: row.regon,
    representatives: parseRepresentatives(row.representatives),
  };
}

function common(row: AgreementRow) {
  return {
    id: row.id,
    version: row.version,
    number: row.number,
    projectId: row.project_id,
    projectName: row.project_name,
    partnershipId: row.partnership_id,
    partnershipName: row.partnership_name,
    subject: row.subject,
    status: row.status,
    draftedOn: row.drafted_on,
    signedOn: row.signed_on,
    validUntil: row.valid_until,
    terminatedOn: row.terminated_on,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

async function agreementRow(db: Knex, id: string): Promise<AgreementRow> {
  const row = (await baseQuery(db).where('a.id', id).first()) as AgreementRow | undefined;
  if (!row) throw notFound('porozumienie');
  return row;
}

/**
 * Agreements, filtered. `expiringWithinDays`: signed agreements whose validity ends between `today` and
 * `today` + N days (inclusive), soonest first; otherwise in the order of their numbers.
 */
export async function listAgreements(db: Knex, query: AgreementListQuery, today: string = localToday()): Promise<AgreementListItem[]> {
  const q = baseQuery(db);
  if (query.status) q.where('a.status', query.status);
  if (query.projectId) q.where('a.project_id', query.projectId);
  if (query.partnershipId) q.where('a.partnership_id', query.partnershipId);
  if (query.institutionId) {
    const territory = db('institutions').where('id', query.institutionId).select('teryt_code');
    q.whereExists(
      db('agreement_parties as ap')
        .whereRaw('ap.agreement_id = a.id')
        .andWhere((party) =>
          party.where('ap.institution_id', query.institutionId!).orWhere('ap.acting_through_institution_id', query.institutionId!).orWhereIn('ap.teryt_code', territory),
        ),
    );
  }
  if (query.expiringWithinDays !== undefined) {
    q.where('a.status', 'signed').whereBetween('a.valid_until', [today, addDays(today, query.expiringWithinDays)]);
  }
  whereSearchMatches(q, 'a.search_text', query.search, SEARCH_PLACES.agreement('a'));
  const rows = (await q) as AgreementRow[];

  const names = new Map<string, string[]>();
  const ids = rows.map((row) => row.id);
  for (let i = 0; i < ids.length; i += 500) {
    const parties = (await db('agreement_parties').whereIn('agreement_id', ids.slice(i, i + 500)).orderBy('agreement_id').orderBy('position').select('agreement_id', 'name')) as {
      agreement_id: string;
      name: string;
    }[];
    for (const party of parties) names.set(party.agreement_id, [...(names.get(party.agreement_id) ?? []), party.name]);
  }

  const byNumber = (a: AgreementRow, b: AgreementRow) => comparePolish(a.number, b.number) || (a.id < b.id ? -1 : 1);
  rows.sort(query.expiringWithinDays !== undefined ? (a, b) => (a.valid_until ?? '').localeCompare(b.valid_until ?? '') || byNumber(a, b) : byNumber);
  return rows.map((row) => ({ ...common(row), partyNames: names.get(row.id) ?? [], hasScan: storedScan(row) !== null }));
}

export async function getAgreement(db: Knex, id: string): Promise<Agreement> {
  const row = await agreementRow(db, id);
  const parties = ((await partyQuery(db).where('ap.agreement_id', id)) as PartyRow[]).map(partyFromRow);
  const scan = storedScan(row);
  return {
    ...common(row),
    templateId: row.template_id,
    templateName: row.template_name,
    notes: row.notes,
    parties,
    scan: scan ? { name: scan.name, sha256: scan.sha256 } : null,
  };
}

function invalid(fieldErrors: Record<string, string>): ServiceError {
  const count = Object.keys(fieldErrors).length;
  return new ServiceError('validation', count === 1 ? 'Popraw zaznaczone pole.' : `Popraw zaznaczone pola (${count}).`, fieldErrors);
}

const PARTY_LEVEL: Record<keyof typeof PARTY_TERYT_DIGITS, string> = { voivodeship: 'voivodeship', powiat: 'powiat', gmina: 'gmina' };

/**
 * What the schema cannot know, as field errors: the number is free, referenced records exist, TERYT codes
 * are in the register at the party's level, kept party ids belong to this agreement, the status only moves on.
 */
async function checkAgreement(trx: Knex, input: AgreementSave, before: { status: AgreementStatus } | null, existingPartyIds: Set<string>): Promise<void> {
  const errors: Record<string, string> = {};
  const exists = async (table: string, id: string) => (await trx(table).where({ id }).first('id')) !== undefined;

  const sameNumber = await trx('agreements')
    .whereRaw('lower(number) = lower(?)', [input.number])
    .modify((q) => {
      if (input.id !== undefined) q.whereNot('id', input.id);
    })
    .first('number');
  if (sameNumber) errors.number = `Porozumienie o numerze „${sameNumber.number}” już jest w rejestrze: nadaj inny numer`;

  if (input.projectId && !(await exists('projects', input.projectId))) errors.projectId = 'Wybrany projekt nie istnieje (mógł zostać usunięty).';
  if (input.partnershipId && !(await exists('partnerships', input.partnershipId))) errors.partnershipId = 'Wybrane partnerstwo nie istnieje (mogło zostać usunięte).';
  if (input.templateId) {
    const template = await trx('document_templates').where({ id: input.templateId }).first('kind');
    if (!template) errors.templateId = 'Wybrany szablon nie istnieje (mógł zostać usunięty).';
    else if (template.kind !== 'agreement') errors.templateId = 'Wybrany szablon nie jest szablonem porozumienia.';
  }

  if (before && AGREEMENT_STATUS_ORDER[input.status] < AGREEMENT_STATUS_ORDER[before.status] && !(before.status === 'sent' && input.status === 'draft')) {
    errors.status = `Status porozumienia zmienia się tylko naprzód (projekt → wysłane do podpisu → podpisane → rozwiązane): z „${AGREEMENT_STATUSES[before.status].pl}” nie można wrócić do „${AGREEMENT_STATUSES[input.status].pl}”.`;
  }

  for (const [i, party] of input.parties.entries()) {
    if (party.id !== undefined && !existingPartyIds.has(party.id)) errors[`parties.${i}.id`] = 'Ta strona nie należy do tego porozumienia (mogła zostać usunięta): odśwież dane';
    if (party.kind !== 'institution' && party.terytCode) {
      const unit = await trx('territorial_units').where({ code: party.terytCode }).first('level');
      if (!unit || unit.level !== PARTY_LEVEL[party.kind]) errors[`parties.${i}.terytCode`] = `Nieznany kod TERYT „${party.terytCode}”: wybierz jednostkę z listy`;
    }
    if (party.institutionId && !(await exists('institutions', party.institutionId))) {
      errors[`parties.${i}.institutionId`] = 'Wybrana instytucja nie istnieje (mogła zostać usunięta).';
    }
    if (party.actingThroughInstitutionId && !(await exists('institutions', party.actingThroughInstitutionId))) {
      errors[`parties.${i}.actingThroughInstitutionId`] = 'Wybrana instytucja nie istnieje (mogła zostać usunięta).';
    }
  }
  if (Object.keys(errors).length) throw invalid(errors);
}

async function replaceParties(trx: Knex, agreementId: string, parties: AgreementSave['parties']): Promise<void> {
  const ids = parties.map((party) => party.id ?? newId('str'));
  await deleteAudited(trx, PARTY, (q) => q.where({ agreement_id: agreementId }).whereNotIn('id', ids));
  for (const [i, party] of parties.entries()) {
    const row = {
      position: i,
      kind: party.kind,
      teryt_code: party.kind === 'institution' ? null : party.terytCode,
      institution_id: party.institutionId,
      acting_through_institution_id: party.actingThroughInstitutionId,
      name: party.name,
      address: party.address,
      nip: party.nip,
      regon: party.regon,
      representatives: storedRepresentatives(party.representatives),
    };
    if (party.id !== undefined) await updateAudited(trx, PARTY, party.id, row);
    else await insertAudited(trx, PARTY, { id: ids[i], agreement_id: agreementId, ...row });
  }
}

/** Creates or updates an agreement with its parties (in their order), all or nothing. */
export async function saveAgreement(db: Knex, input: AgreementSave): Promise<Agreement> {
  const { id, version, parties, ...fields } = input;
  const agreementId = await db.transaction(async (trx) => {
    let before: { status: AgreementStatus; version: number } | null = null;
    let existingPartyIds = new Set<string>();
    if (id !== undefined) {
      const current = (await trx('agreements').where({ id }).first('status', 'version')) as { status: AgreementStatus; version: number } | undefined;
      if (!current) throw notFound(KIND.what);
      if (current.version !== version) throw staleVersion(KIND.what);
      before = current;
      existingPartyIds = new Set((await trx('agreement_parties').where({ agreement_id: id }).pluck('id')) as string[]);
    }
    await checkAgreement(trx, input, before, existingPartyIds);
    const row = toRow(fields, parties.map((party) => party.name));
    if (id === undefined) {
      const created = newId('por');
      const now = nowIso();
      await insertAudited(trx, KIND, { id: created, version: 1, ...row, created_at: now, updated_at: now });
      await replaceParties(trx, created, parties);
      return created;
    }
    await updateVersioned(trx, KIND, id, version!, row);
    await replaceParties(trx, id, parties);
    return id;
  });
  return getAgreement(db, agreementId);
}

/**
 * Deletes an agreement and its parties. The scan file stays in the data folder: files are content-addressed,
 * so the same scan may belong to another agreement, and a file removed before the deletion is committed could
 * not be brought back if the transaction failed. Unreferenced files can be swept separately.
 */
export async function deleteAgreement(db: Knex, id: string, version: number): Promise<{ id: string }> {
  await deleteVersioned(db, KIND, id, version);
  return { id };
}

/** "śląskie" → "Śląskie", "kujawsko-pomorskie" → "Kujawsko-Pomorskie": official names capitalise each part. */
function capitalised(name: string): string {
  return name
    .split('-')
    .map((part) => part.charAt(0).toLocaleUpperCase('pl') + part.slice(1))
    .join('-');
}

interface UnitRow {
  code: string;
  level: string;
  name: string;
  kind: string | null;
  voivodeship_code: string;
  powiat_code: string | null;
}

/**
 * The usual parties of a project agreement for a gmina, prefilled from the TERYT register: the voivodeship
 * ("Województwo Śląskie"), the gmina ("Gmina Będzin"; "Gmina Miasto Sosnowiec" for a city with county rights)
 * and, when the gmina lies in a land county, the powiat ("Powiat Będziński"). Address, NIP, REGON and the
 * acting-through institution are copied from the latest agreement where the same unit was a party (of the
 * given project first); representatives are left for the user to fill in.
 */
export async function suggestAgreementParties(db: Knex, query: AgreementPartySuggestionQuery): Promise<AgreementPartyFields[]> {
  if (query.projectId && !(await db('projects').where({ id: query.projectId }).first('id'))) throw notFound('projekt');
  const gmina = (await db<UnitRow>('territorial_units').where({ code: query.gminaCode }).first()) as UnitRow | undefined;
  if (!gmina || gmina.level !== 'gmina') throw new ServiceError('not_found', `Nie znaleziono gminy o kodzie TERYT ${query.gminaCode}.`);
  const voivodeship = (await db<UnitRow>('territorial_units').where({ code: gmina.voivodeship_code }).first()) as UnitRow | undefined;
  const powiat = gmina.powiat_code ? ((await db<UnitRow>('territorial_units').where({ code: gmina.powiat_code }).first()) as UnitRow | undefined) : undefined;
  const landCounty = powiat !== undefined && !isCityCountyCode(powiat.code);

  const units: { kind: PartyKind; code: string; name: string }[] = [];
  if (voivodeship) units.push({ kind: 'voivodeship', code: voivodeship.code, name: `Województwo ${capitalised(voivodeship.name)}` });
  units.push({ kind: 'gmina', code: gmina.code, name: powiat && !landCounty ? `Gmina Miasto ${gmina.name}` : `Gmina ${gmina.name}` });
  if (powiat && landCounty) units.push({ kind: 'powiat', code: powiat.code, name: `Powiat ${capitalised(powiat.name)}` });

  const suggestions: AgreementPartyFields[] = [];
  for (const unit of units) {
    const earlier = (await db('agreement_parties as ap')
      .join('agreements as a', 'a.id', 'ap.agreement_id')
      .where({ 'ap.kind': unit.kind, 'ap.teryt_code': unit.code })
      .orderByRaw('CASE WHEN a.project_id = ? THEN 0 ELSE 1 END', [query.projectId ?? ''])
      .orderBy('a.updated_at', 'desc')
      .first('ap.address', 'ap.nip', 'ap.regon', 'ap.acting_through_institution_id')) as
      | { address: string | null; nip: string | null; regon: string | null; acting_through_institution_id: string | null }
      | undefined;
    suggestions.push({
      kind: unit.kind,
      terytCode: unit.code,
      institutionId: null,
      actingThroughInstitutionId: earlier?.acting_through_institution_id ?? null,
      name: unit.name,
      address: earlier?.address ?? null,
      nip: earlier?.nip ?? null,
      regon: earlier?.regon ?? null,
      representatives: [],
    });
  }
  return suggestions;
}

/** Stores the signed scan (PDF, JPG or PNG, checked by content) and attaches it: a new version of the agreement. */
export async function attachAgreementScan(db: Knex, filesDir: string, input: AgreementScanUpload): Promise<Agreement> {
  const row = await agreementRow(db, input.agreementId);
  if (row.version !== input.version) throw staleVersion(KIND.what);
  const stored = await storeFile(filesDir, 'skany', input.file);
  // An earlier scan's file stays: it may be another agreement's too (see deleteAgreement).
  await updateVersioned(db, KIND, input.agreementId, input.version, { scan_path: stored.path, scan_name: stored.name, scan_sha256: stored.sha256 });
  return getAgreement(db, input.agreementId);
}

/** The signed scan with its original file name, checksum verified. */
export async function getAgreementScan(db: Knex, filesDir: string, input: AgreementScanRef): Promise<ExportedFile> {
  const row = await agreementRow(db, input.agreementId);
  const stored = storedScan(row);
  if (!stored) throw new ServiceError('not_found', `Do porozumienia nr ${row.number} nie dołączono skanu.`);
  return exportStoredFile(filesDir, stored);
}
