/**
 * Printed documents from the register's data: an agreement or a membership declaration filled into its
 * editable template, and a partnership's basket of services. The same Markdown becomes an A4 PDF (Chromium's
 * print engine with the bundled fonts) and a DOCX, so both say exactly the same.
 */
import type { Knex } from 'knex';
import type { Agreement, ExportedFile, PartnershipDetail, PrintFormat, TemplateKind } from '../../preload/contract';
import { getAgreement } from './agreements';
import type { ServiceContext } from './context';
import {
  fillTemplate,
  markdownToDocx,
  markdownToHtml,
  printDocumentHtml,
  validateTemplate,
  type AgreementData,
  type DeclarationData,
  type DocumentDataByKind,
  type DocumentKind,
} from './documents';
import { escapeMarkdown } from './documents/template';
import { ServiceError } from './errors';
import { getPartnership } from './partnerships';
import { projectLogoFiles } from './projects';
import { readStoredFile } from './storedFiles';
import { defaultTemplate, getTemplate } from './templates';
import { getTerritorialUnit } from './territory';

interface Printable {
  title: string;
  fileStem: string;
  markdown: string;
  logo: Uint8Array | null;
  footerText: string | null;
}

function dataUrl(bytes: Uint8Array): string {
  const type = bytes[0] === 0x89 ? 'image/png' : bytes[0] === 0xff ? 'image/jpeg' : 'image/svg+xml';
  return `data:${type};base64,${Buffer.from(bytes).toString('base64')}`;
}

/** A file name without characters Windows refuses. */
function safeStem(text: string): string {
  return text.replace(/[\\/:*?"<>|]+/g, '-').replace(/\s+/g, ' ').trim().slice(0, 120);
}

async function output(ctx: ServiceContext, doc: Printable, format: PrintFormat): Promise<ExportedFile> {
  const bytes =
    format === 'pdf'
      ? await ctx.printPdf(printDocumentHtml({ title: doc.title, bodyHtml: markdownToHtml(doc.markdown), logoDataUrl: doc.logo && dataUrl(doc.logo), footerText: doc.footerText }))
      : await markdownToDocx({ title: doc.title, markdown: doc.markdown, logo: doc.logo, footerText: doc.footerText });
  return { fileName: `${safeStem(doc.fileStem)}.${format}`, contentBase64: Buffer.from(bytes).toString('base64') };
}

/** The project's logo strip: the monochrome one for black-and-white prints (ESF rules), else the full-colour one. */
async function projectLogo(ctx: ServiceContext, projectId: string | null, monochrome: boolean): Promise<Uint8Array | null> {
  if (!projectId) return null;
  const logos = await projectLogoFiles(ctx.db, projectId);
  const logo = monochrome ? (logos.mono ?? null) : (logos.color ?? null);
  return logo ? readStoredFile(ctx.filesDir, logo.path, logo.sha256, logo.name) : null;
}

async function templateBody(db: Knex, kind: TemplateKind, templateId: string | null): Promise<string> {
  const template = templateId ? await getTemplate(db, templateId) : await defaultTemplate(db, kind);
  if (!template) throw new ServiceError('not_found', 'Brak szablonu dokumentu: dodaj szablon w Ustawieniach → Szablony dokumentów.');
  return template.body;
}

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
        przedstawiciel: party.representativeName,
        funkcja: party.representativeFunction,
      },
    })),
  };
}

export async function printAgreement(ctx: ServiceContext, input: { id: string; format: PrintFormat; monochrome: boolean }): Promise<ExportedFile> {
  const agreement = await getAgreement(ctx.db, input.id);
  const markdown = fillTemplate('agreement', await templateBody(ctx.db, 'agreement', agreement.templateId), await agreementData(ctx.db, agreement));
  return output(
    ctx,
    {
      title: `Porozumienie o współpracy nr ${agreement.number}`,
      fileStem: `porozumienie ${agreement.number}`,
      markdown,
      logo: await projectLogo(ctx, agreement.projectId, input.monochrome),
      footerText: `Porozumienie nr ${agreement.number}`,
    },
    input.format,
  );
}

function memberOf(partnership: PartnershipDetail, memberId: string) {
  const member = partnership.members.find((m) => m.id === memberId);
  if (!member) throw new ServiceError('not_found', 'Nie znaleziono członkostwa w tym partnerstwie.');
  return member;
}

/** What the declaration's placeholders read: the institution, its representative and its offer to the basket. */
export async function declarationData(db: Knex, partnership: PartnershipDetail, memberId: string, today: string): Promise<DeclarationData> {
  const member = memberOf(partnership, memberId);
  const institution = await db('institutions').where({ id: member.institutionId }).first('name', 'street', 'postal_code', 'city', 'nip');
  const representative = member.representativePersonId ? await db('people').where({ id: member.representativePersonId }).first('position') : null;
  const delegated = await db('people').where({ institution_id: member.institutionId }).whereNot('id', member.representativePersonId ?? '').orderBy('last_name');
  const address = [institution?.street, [institution?.postal_code, institution?.city].filter(Boolean).join(' ')].filter(Boolean).join(', ');
  return {
    partnerstwo: { nazwa: partnership.name },
    gmina: { nazwa: partnership.territoryName },
    instytucja: { nazwa: member.institutionName, adres: address || null, nip: institution?.nip ?? null },
    przedstawiciel: { imie_nazwisko: member.representativeName, funkcja: representative?.position ?? null },
    delegowani: delegated.map((person: { first_name: string; last_name: string; position: string | null }) => ({
      osoba: { imie_nazwisko: `${person.first_name} ${person.last_name}`, stanowisko: person.position ?? '—' },
    })),
    uslugi: partnership.offers
      .filter((offer) => offer.institutionId === member.institutionId)
      .map((offer) => ({ usluga: { nazwa: offer.service, grupa_docelowa: offer.targetGroup ?? '—', kontakt: offer.contact ?? '—', warunki: offer.terms ?? '—' } })),
    data: member.declarationSignedOn ?? today,
  };
}

export async function printDeclaration(ctx: ServiceContext, input: { partnershipId: string; memberId: string; format: PrintFormat }, today = new Date().toISOString().slice(0, 10)): Promise<ExportedFile> {
  const partnership = await getPartnership(ctx.db, input.partnershipId);
  const data = await declarationData(ctx.db, partnership, input.memberId, today);
  const markdown = fillTemplate('declaration', await templateBody(ctx.db, 'declaration', null), data);
  return output(
    ctx,
    { title: 'Deklaracja przystąpienia do PZK', fileStem: `deklaracja ${memberOf(partnership, input.memberId).institutionName}`, markdown, logo: await projectLogo(ctx, partnership.projectId, false), footerText: partnership.name },
    input.format,
  );
}

/** The partnership's local basket of services, as a table by institution. */
export async function printBasket(ctx: ServiceContext, input: { partnershipId: string; format: PrintFormat }): Promise<ExportedFile> {
  const partnership = await getPartnership(ctx.db, input.partnershipId);
  const cell = (text: string | null) => escapeMarkdown(text ?? '—').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
  const rows = partnership.offers.map((offer, i) => `| ${i + 1} | ${cell(offer.institutionName)} | ${cell(offer.service)} | ${cell(offer.targetGroup)} | ${cell(offer.contact)} | ${cell(offer.terms)} |`);
  const markdown = [
    `# Lokalny koszyk usług`,
    `**${escapeMarkdown(partnership.name)}**${partnership.territoryName ? ` – ${escapeMarkdown(partnership.territoryName)}` : ''}`,
    partnership.offers.length === 0
      ? 'Członkowie partnerstwa nie zgłosili jeszcze usług do koszyka.'
      : ['| Lp. | Instytucja | Usługa | Grupa docelowa | Kontakt | Warunki |', '|---|---|---|---|---|---|', ...rows].join('\n'),
  ].join('\n\n');
  return output(ctx, { title: 'Lokalny koszyk usług', fileStem: `koszyk usług ${partnership.name}`, markdown, logo: await projectLogo(ctx, partnership.projectId, false), footerText: partnership.name }, input.format);
}

/** Example data for the template editor's live preview: a three-party agreement, a declaration with two services. */
const SAMPLE: DocumentDataByKind = {
  agreement: {
    numer: 'ROPS/K3D/12/2019',
    przedmiot: 'współpraca przy wdrażaniu Modelu kooperacji w gminie Będzin',
    data_sporzadzenia: '2019-03-15',
    data_podpisania: '2019-04-01',
    obowiazuje_do: '2020-12-31',
    projekt: { nazwa: 'Kooperacje 3D – model wielosektorowej współpracy na rzecz wsparcia osób i rodzin', klauzula: 'Projekt współfinansowany ze środków Unii Europejskiej w ramach Europejskiego Funduszu Społecznego.' },
    gmina: { nazwa: 'Będzin', kod_teryt: '2401011' },
    powiat: { nazwa: 'będziński' },
    wojewodztwo: { nazwa: 'śląskie' },
    partnerstwo: { nazwa: 'PZK Będzin' },
    strony: [
      { strona: { nazwa: 'Województwo Śląskie', adres: 'ul. Ligonia 46, 40-037 Katowice', nip: '9542396178', regon: '276257110', przedstawiciel: 'Jan Kowalski', funkcja: 'Członek Zarządu Województwa' } },
      { strona: { nazwa: 'Gmina Będzin', adres: 'ul. 11 Listopada 20, 42-500 Będzin', nip: '6250006780', regon: '276258539', przedstawiciel: 'Anna Nowak', funkcja: 'Burmistrz Miasta' } },
      { strona: { nazwa: 'Powiat Będziński', adres: 'ul. Jana Ślusarczyka 1, 42-500 Będzin', nip: '6252054578', regon: '276255168', przedstawiciel: 'Łukasz Żółkiewski', funkcja: 'Starosta' } },
    ],
  },
  declaration: {
    partnerstwo: { nazwa: 'PZK Będzin' },
    gmina: { nazwa: 'Będzin' },
    instytucja: { nazwa: 'Powiatowy Urząd Pracy w Będzinie', adres: 'ul. Kościuszki 57, 42-500 Będzin', nip: '6251005930' },
    przedstawiciel: { imie_nazwisko: 'Ewa Ślązak', funkcja: 'Dyrektor' },
    delegowani: [{ osoba: { imie_nazwisko: 'Piotr Gęsiński', stanowisko: 'doradca zawodowy' } }],
    uslugi: [
      { usluga: { nazwa: 'Poradnictwo zawodowe', grupa_docelowa: 'osoby bezrobotne', kontakt: 'tel. 32 267 00 00', warunki: 'po rejestracji w urzędzie' } },
      { usluga: { nazwa: 'Klub pracy', grupa_docelowa: 'osoby długotrwale bezrobotne', kontakt: 'pokój 12', warunki: 'nabór co kwartał' } },
    ],
    data: '2019-05-20',
  },
};

/** The template editor's live preview: the template's problems, or the document it makes with example data. */
export function previewTemplate(kind: DocumentKind, body: string): { html: string | null; problems: string[] } {
  const checked = validateTemplate(kind, body);
  if (!checked.ok) return { html: null, problems: checked.problems };
  try {
    const markdown = fillTemplate(kind, body, SAMPLE[kind] as never);
    return { html: printDocumentHtml({ title: 'Podgląd', bodyHtml: markdownToHtml(markdown) }), problems: [] };
  } catch (error) {
    if (error instanceof ServiceError) return { html: null, problems: [error.message, ...Object.values(error.fieldErrors ?? {})] };
    throw error;
  }
}
