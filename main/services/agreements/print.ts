/** The agreement filled into its editable template, as an A4 PDF or a DOCX. */
import type { Knex } from 'knex';
import type { Agreement, ExportedFile, PrintFormat } from '../../../preload/contract';
import type { ServiceContext } from '../context';
import { markdownFile, markdownHtml, type AgreementData, type MarkdownDocument, type PrintedDocument } from '../documents';
import { agreementDocument } from '../documents/kinds';
import { projectLogo } from '../projects';
import { templateBody } from '../templates';
import { getTerritorialUnit } from '../territory';
import { getAgreement } from '.';

async function unitName(db: Knex, code: string | null | undefined): Promise<string | null> {
  return code ? (await getTerritorialUnit(db, code)).name : null;
}

/** What the agreement's placeholders read, from the agreement, its parties and its project. */
export async function agreementData(db: Knex, agreement: Agreement): Promise<AgreementData> {
  const gminaParty = agreement.parties.find((party) => party.kind === 'gmina');
  const gmina = gminaParty?.terytCode ? await getTerritorialUnit(db, gminaParty.terytCode) : null;
  const powiatParty = agreement.parties.find((party) => party.kind === 'powiat');
  const project = agreement.projectId ? await db('projects').where({ id: agreement.projectId }).first('name', 'cofinancing_clause') : null;
  return {
    numer: agreement.number,
    przedmiot: agreement.subject,
    data_sporzadzenia: agreement.draftedOn,
    data_podpisania: agreement.signedOn,
    obowiazuje_do: agreement.validUntil,
    projekt: { nazwa: project?.name ?? null, klauzula: project?.cofinancing_clause ?? null },
    gmina: { nazwa: gmina?.name ?? null, kod_teryt: gmina?.code ?? null },
    powiat: powiatParty ? { nazwa: await unitName(db, powiatParty.terytCode) } : null,
    wojewodztwo: { nazwa: gmina?.voivodeshipName ?? (await unitName(db, agreement.parties.find((p) => p.kind === 'voivodeship')?.terytCode)) },
    partnerstwo: agreement.partnershipName ? { nazwa: agreement.partnershipName } : null,
    strony: agreement.parties.map((party) => ({
      strona: {
        nazwa: party.name,
        adres: party.address,
        nip: party.nip,
        regon: party.regon,
        reprezentanci: party.representatives.map((person) => ({ reprezentant: { imie_nazwisko: person.name, funkcja: person.function } })),
        przedstawiciel: party.representatives[0]?.name ?? null,
        funkcja: party.representatives[0]?.function ?? null,
      },
    })),
  };
}

async function loadAgreementDocument(ctx: ServiceContext, input: { id: string; monochrome: boolean }): Promise<MarkdownDocument> {
  const agreement = await getAgreement(ctx.db, input.id);
  return agreementDocument({
    number: agreement.number,
    template: await templateBody(ctx.db, 'agreement', agreement.templateId),
    data: await agreementData(ctx.db, agreement),
    logo: await projectLogo(ctx, agreement.projectId, input.monochrome),
  });
}

/** The agreement's one HTML, for the PDF and for paper. */
export async function agreementHtml(ctx: ServiceContext, input: { id: string; monochrome: boolean }): Promise<PrintedDocument> {
  return markdownHtml(await loadAgreementDocument(ctx, input));
}

export async function printAgreement(ctx: ServiceContext, input: { id: string; format: PrintFormat; monochrome: boolean }): Promise<ExportedFile> {
  return markdownFile(ctx, await loadAgreementDocument(ctx, input), input.format);
}
