import type { Knex } from 'knex';
import type { AgreementRepresentative, ExchangeRecord } from '../../../../preload/contract';
import { storedRepresentatives } from '../../agreements/representatives';
import { snapshotOf } from '../../audit';
import { DEFAULT_TEMPLATES } from '../../documents/template';
import { newId } from '../../ids';
import { agreementSearchText } from '../../searchText';
import { isBuiltInTemplate } from '../export/tables';
import { groupBy, rowsWhereIn, sameRows, type AgreementRow, type InstitutionRow, type PartyRow, type Row, type TemplateRow } from '../rows';
import type { CheckedFile } from '../validate';
import { chunksOf, upsert, type Writing } from './writing';

type Agreement = ExchangeRecord<'agreements'>;
type Unit = { code: string; name: string; level: string };
type InstitutionDetails = Parameters<typeof institutionParty>[1];

/** What the register holds for a chunk of agreements, and what parties made up from `teryt` and `parties` take. */
interface Stored {
  agreements: Map<string, AgreementRow>;
  parties: Map<string, PartyRow[]>;
  units: Map<string, Unit>;
  institutions: Map<string, NonNullable<InstitutionDetails>>;
}

const TABLES = ['agreements', 'agreement_parties'];

/** Agreements with their parties. */
export async function writeAgreements(w: Writing, doc: CheckedFile): Promise<void> {
  const builtInTemplate = builtInAgreementTemplate(w);
  for (const chunk of chunksOf(doc, 'agreements')) {
    const stored = await readStored(w.db, doc, chunk);
    for (const value of chunk) {
      await writeAgreement(w, value, stored, builtInTemplate);
      await w.inserts.flushIfFull(TABLES);
    }
  }
  await w.inserts.flush(TABLES);
}

/** The app's own agreement template, found (the default one first) or added once when first needed. */
function builtInAgreementTemplate(w: Writing): () => Promise<string> {
  let builtInTemplateId: string | null = null;
  return async () => {
    if (builtInTemplateId) return builtInTemplateId;
    const candidates = ((await w.db('document_templates').where({ kind: 'agreement' }).orderBy('id').select('*')) as TemplateRow[]).filter(isBuiltInTemplate);
    const chosen = candidates.find((row) => row.is_default) ?? candidates[0];
    if (chosen) return (builtInTemplateId = chosen.id);
    builtInTemplateId = newId('szb');
    await w.db('document_templates').insert({ id: builtInTemplateId, version: 1, kind: 'agreement', ...DEFAULT_TEMPLATES.agreement, is_default: false, created_at: w.now, updated_at: w.now });
    return builtInTemplateId;
  };
}

async function readStored(db: Knex, doc: CheckedFile, chunk: Agreement[]): Promise<Stored> {
  const ids = chunk.map((value) => value.id);
  const agreements = new Map((await rowsWhereIn<AgreementRow>(db, 'agreements', 'id', ids)).map((row) => [row.id, row]));
  const parties = groupBy((await rowsWhereIn<PartyRow>(db, 'agreement_parties', 'agreement_id', ids)).sort((a, b) => a.position - b.position), (row) => row.agreement_id);
  const makeParties = chunk.filter((value) => !value.partyDetails);
  const units = new Map((await rowsWhereIn<Unit>(db, 'territorial_units', 'code', makeParties.map((value) => value.teryt ?? ''))).map((row) => [row.code, row]));
  // A party made from an institution of the file takes its details; they are in the register by now, as the file gave them.
  const institutions = new Map(
    (
      await rowsWhereIn<InstitutionRow>(
        db,
        'institutions',
        'id',
        makeParties.flatMap((value) => value.parties).filter((id) => doc.institutionIds.has(id)),
      )
    ).map((row) => [row.id, { name: row.name, nip: row.nip, regon: row.regon, address: { street: row.street, postalCode: row.postal_code, city: row.city } }]),
  );
  return { agreements, parties, units, institutions };
}

async function writeAgreement(w: Writing, value: Agreement, stored: Stored, builtInTemplate: () => Promise<string>): Promise<void> {
  const storedRow = stored.agreements.get(value.id);
  let templateId = value.templateId;
  if (value.builtInTemplate) {
    const current = storedRow?.template_id ? ((await w.db('document_templates').where({ id: storedRow.template_id }).first()) as TemplateRow | undefined) : undefined;
    templateId = current && current.kind === 'agreement' && isBuiltInTemplate(current) ? current.id : await builtInTemplate();
  }
  const partiesBefore = stored.parties.get(value.id) ?? [];
  const parties = await partyRows(w.db, value, partyDrafts(value, stored), partiesBefore);
  const number = value.number ?? value.id;
  const wanted = {
    number,
    project_id: value.projectId,
    partnership_id: value.partnershipId,
    template_id: templateId,
    subject: value.subject,
    status: value.status,
    drafted_on: value.draftedOn,
    signed_on: value.signedOn,
    valid_until: value.validUntil,
    terminated_on: value.terminatedOn,
    notes: value.notes,
  };
  const search = { search_text: agreementSearchText(number, parties.map((party) => party.name)) };
  const partsChanged = storedRow !== undefined && !sameRows(partiesBefore, parties);
  if (storedRow && partsChanged) await w.db('agreement_parties').where({ agreement_id: value.id }).delete();
  const partyValues = (rows: Row[]) => rows.map((party) => snapshotOf({ ...party, agreement_id: undefined }));
  const partiesValues = { before: { parties: partyValues(partiesBefore as unknown as Row[]) }, after: { parties: partyValues(parties) } };
  w.count('agreements', await upsert(w, 'agreements', value.id, wanted, search, storedRow as never, partsChanged, partiesValues));
  if (!storedRow || partsChanged) for (const party of parties) w.inserts.add('agreement_parties', party);
}

/** The parties the file gives, or (without partyDetails) made up from its JST and its institutions. */
function partyDrafts(value: Agreement, stored: Stored): PartyDraft[] {
  if (value.partyDetails) return value.partyDetails;
  const unit = value.teryt ? stored.units.get(value.teryt) : undefined;
  return [...(unit ? [unitParty(unit)] : []), ...value.parties.map((institutionId) => institutionParty(institutionId, stored.institutions.get(institutionId)))];
}

/** The parties as rows; one without an id keeps the id of the stored party at its position. */
function partyRows(db: Knex, value: Agreement, drafts: PartyDraft[], before: PartyRow[]) {
  return Promise.all(
    drafts.map(async (party, i) => {
      const named = party.name ?? (await storedInstitutionName(db, party.institutionId));
      return {
        id: party.id ?? before[i]?.id ?? newId('str'),
        agreement_id: value.id,
        position: i,
        kind: party.kind,
        teryt_code: party.kind === 'institution' ? null : party.teryt,
        institution_id: party.institutionId,
        acting_through_institution_id: party.actingThroughInstitutionId,
        name: named,
        address: party.address,
        nip: party.nip,
        regon: party.regon,
        representatives: storedRepresentatives(party.representatives ?? (party.representativeName ? [{ name: party.representativeName, function: party.representativeFunction ?? null }] : [])),
      };
    }),
  );
}

interface PartyDraft {
  id?: string;
  kind: string;
  teryt: string | null;
  institutionId: string | null;
  actingThroughInstitutionId: string | null;
  name: string | null;
  address: string | null;
  nip: string | null;
  regon: string | null;
  /** Version 2 of the file. */
  representatives?: AgreementRepresentative[];
  /** Version 1 of the file: its one representative. */
  representativeName?: string | null;
  representativeFunction?: string | null;
}

/** "śląskie" → "Śląskie", "bielsko-bialski" → "Bielsko-Bialski". */
function capitalised(name: string): string {
  return name
    .split('-')
    .map((part) => part.charAt(0).toLocaleUpperCase('pl') + part.slice(1))
    .join('-');
}

/** The JST an agreement is with, as a party (when the file gives no party details). */
function unitParty(unit: { code: string; name: string; level: string }): PartyDraft {
  const kind = unit.level === 'voivodeship' ? 'voivodeship' : unit.level === 'powiat' ? 'powiat' : 'gmina';
  const name = kind === 'voivodeship' ? `Województwo ${capitalised(unit.name)}` : kind === 'powiat' ? `Powiat ${capitalised(unit.name)}` : `Gmina ${unit.name}`;
  return { kind, teryt: unit.code, institutionId: null, actingThroughInstitutionId: null, name, address: null, nip: null, regon: null, representatives: [] };
}

function institutionParty(
  institutionId: string,
  inFile: { name: string; nip: string | null; regon: string | null; address: { street: string | null; postalCode: string | null; city: string | null } | null } | undefined,
): PartyDraft {
  const address = inFile?.address ? [inFile.address.street, [inFile.address.postalCode, inFile.address.city].filter(Boolean).join(' ')].filter(Boolean).join(', ') : '';
  return {
    kind: 'institution',
    teryt: null,
    institutionId,
    actingThroughInstitutionId: null,
    name: inFile?.name ?? null,
    address: address || null,
    nip: inFile?.nip ?? null,
    regon: inFile?.regon ?? null,
    representatives: [],
  };
}

async function storedInstitutionName(db: Knex, id: string | null): Promise<string> {
  const row = id ? ((await db('institutions').where({ id }).first('name')) as { name: string } | undefined) : undefined;
  return row?.name ?? id ?? '';
}
