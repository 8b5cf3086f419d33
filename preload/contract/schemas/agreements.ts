/**
 * Cooperation agreements (porozumienia o współpracy): multi-party, with their status and dates,
 * the parties as printed (a JST by its TERYT code, or an institution of the register) and the signed scan.
 */
import { z } from 'zod';
import { AGREEMENT_STATUSES, AGREEMENT_STATUS_KEYS, PARTY_KIND_KEYS, type AgreementStatus, type PartyKind } from '../vocabulary';
import * as f from './fields';
import type { StoredFileInfo } from './projects';





/** The order of an agreement's life: projekt → wysłane do podpisu → podpisane → rozwiązane. */
export const AGREEMENT_STATUS_ORDER: Record<AgreementStatus, number> = { draft: 0, sent: 1, signed: 2, terminated: 3 };

/** How many digits a party's TERYT code has, by the kind of party. */
export const PARTY_TERYT_DIGITS = { voivodeship: 2, powiat: 4, gmina: 7 } as const satisfies Partial<Record<PartyKind, number>>;

const PARTY_TERYT_WHAT: Record<keyof typeof PARTY_TERYT_DIGITS, string> = { voivodeship: 'województwa', powiat: 'powiatu', gmina: 'gminy' };

/** At most this many people sign for one party. */
export const MAX_PARTY_REPRESENTATIVES = 10;

/** A person who signs for a party, with a signature line of their own: "Jan Kowalski", "Starosta". */
export const agreementRepresentative = z.object({
  name: f.requiredText('Imię i nazwisko reprezentanta', 200),
  function: f.optionalText('Funkcja reprezentanta', 200),
});

const partyFields = z.object({
  /** Present for a party that already exists: it keeps its id. */
  id: f.id.optional(),
  kind: z.enum(PARTY_KIND_KEYS, { error: 'Wybierz rodzaj strony z listy' }),
  /** A voivodeship (2 digits), powiat (4) or gmina (7): required for these kinds, absent for an institution. */
  terytCode: f.terytCode,
  /** The institution of the register that is the party (kind `institution`). */
  institutionId: f.optionalId,
  /** Acting through (e.g. the voivodeship through its ROPS): an institution of the register, optional. */
  actingThroughInstitutionId: f.optionalId,
  /** As printed: "Województwo Śląskie", "Gmina Miasto Sosnowiec". */
  name: f.requiredText('Nazwa strony', 300),
  address: f.optionalText('Adres', 300),
  nip: f.nip,
  regon: f.regon,
  /** Who signs for the party, in their order (none yet: the print leaves a line to fill by hand). */
  representatives: z
    .array(agreementRepresentative, { error: 'Podaj reprezentantów strony jako listę' })
    .max(MAX_PARTY_REPRESENTATIVES, `Stronę może reprezentować najwyżej ${MAX_PARTY_REPRESENTATIVES} osób`)
    .default([]),
});

type PartyOut = z.output<typeof partyFields>;

function checkParty(party: PartyOut, ctx: z.RefinementCtx, at: (string | number)[] = []): void {
  if (!party || typeof party !== 'object') return;
  if (party.kind === 'institution') {
    if (!party.institutionId) ctx.addIssue({ code: 'custom', path: [...at, 'institutionId'], message: 'Wybierz instytucję z rejestru' });
    if (party.terytCode) ctx.addIssue({ code: 'custom', path: [...at, 'terytCode'], message: 'Dla strony będącej instytucją nie podaje się kodu TERYT' });
  } else if (party.kind in PARTY_TERYT_DIGITS) {
    const kind = party.kind as keyof typeof PARTY_TERYT_DIGITS;
    const digits = PARTY_TERYT_DIGITS[kind];
    if (!party.terytCode) {
      ctx.addIssue({ code: 'custom', path: [...at, 'terytCode'], message: `Wybierz ${PARTY_TERYT_WHAT[kind]} z rejestru TERYT` });
    } else if (typeof party.terytCode === 'string' && !new RegExp(`^\\d{${digits}}$`).test(party.terytCode)) {
      ctx.addIssue({ code: 'custom', path: [...at, 'terytCode'], message: `Kod TERYT ${PARTY_TERYT_WHAT[kind]} musi mieć ${digits} cyfr${digits === 2 || digits === 4 ? 'y' : ''}` });
    }
    if (party.institutionId) ctx.addIssue({ code: 'custom', path: [...at, 'institutionId'], message: 'Jednostka samorządu jest stroną sama: instytucję wskaż jako „działającą w imieniu”' });
  }
}

/** One party, as a form edits it (the same rules apply again inside an agreement). */
export const agreementPartyDraft = partyFields.superRefine((party, ctx) => checkParty(party, ctx));

const agreementFields = z.object({
  number: f.requiredText('Numer porozumienia', 100),
  projectId: f.optionalId,
  /** Set when a partnership signs an agreement among its members. */
  partnershipId: f.optionalId,
  templateId: f.optionalId,
  subject: f.optionalText('Przedmiot porozumienia', 4000),
  status: z.enum(AGREEMENT_STATUS_KEYS, { error: 'Wybierz status porozumienia z listy' }).default('draft'),
  draftedOn: f.optionalCalendarDate,
  signedOn: f.optionalCalendarDate,
  validUntil: f.optionalCalendarDate,
  terminatedOn: f.optionalCalendarDate,
  notes: f.optionalText('Uwagi', 4000),
  parties: z
    .array(partyFields, { error: 'Podaj strony porozumienia' })
    .min(2, 'Porozumienie musi mieć co najmniej dwie strony')
    .max(100, 'Porozumienie może mieć najwyżej 100 stron'),
});

type AgreementOut = z.output<typeof agreementFields>;

function str(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}

/** Status and dates agree, every party is complete for its kind and appears once. All as field errors. */
function checkAgreement(value: AgreementOut, ctx: z.RefinementCtx): void {
  const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
  const status = value.status;
  const label = status in AGREEMENT_STATUSES ? AGREEMENT_STATUSES[status].pl : String(status);
  const drafted = str(value.draftedOn);
  const signed = str(value.signedOn);
  const validUntil = str(value.validUntil);
  const terminated = str(value.terminatedOn);

  if ((status === 'signed' || status === 'terminated') && !signed) issue(['signedOn'], `Podaj datę podpisania: porozumienie ma status „${label}”`);
  if ((status === 'draft' || status === 'sent') && signed) {
    issue(['signedOn'], `Porozumienie ze statusem „${label}” nie ma jeszcze daty podpisania: zmień status na „${AGREEMENT_STATUSES.signed.pl}” albo usuń datę`);
  }
  if (status === 'terminated' && !terminated) issue(['terminatedOn'], `Podaj datę rozwiązania: porozumienie ma status „${label}”`);
  if (status !== 'terminated' && terminated) {
    issue(['terminatedOn'], `Datę rozwiązania podaje się tylko dla porozumienia rozwiązanego: zmień status na „${AGREEMENT_STATUSES.terminated.pl}” albo usuń datę`);
  }
  if (drafted && signed && signed < drafted) issue(['signedOn'], `Data podpisania nie może być wcześniejsza niż data sporządzenia (${drafted})`);
  if (signed && validUntil && validUntil < signed) issue(['validUntil'], `Porozumienie nie może obowiązywać krócej niż do dnia podpisania (${signed})`);
  if (!signed && drafted && validUntil && validUntil < drafted) issue(['validUntil'], `Data obowiązywania nie może być wcześniejsza niż data sporządzenia (${drafted})`);
  if (signed && terminated && terminated < signed) issue(['terminatedOn'], `Data rozwiązania nie może być wcześniejsza niż data podpisania (${signed})`);

  const parties = Array.isArray(value.parties) ? value.parties : [];
  const seenUnits = new Map<string, number>();
  const seenIds = new Set<string>();
  parties.forEach((party, i) => {
    checkParty(party, ctx, ['parties', i]);
    if (!party || typeof party !== 'object') return;
    const key = party.kind === 'institution' ? (party.institutionId ? `ins:${party.institutionId}` : null) : party.terytCode ? `${party.kind}:${party.terytCode}` : null;
    if (key) {
      const first = seenUnits.get(key);
      if (first !== undefined) issue(['parties', i, party.kind === 'institution' ? 'institutionId' : 'terytCode'], `Ta strona jest już na liście (strona ${first + 1})`);
      else seenUnits.set(key, i);
    }
    if (party.id) {
      if (seenIds.has(party.id)) issue(['parties', i, 'id'], 'Ta strona występuje na liście dwa razy');
      seenIds.add(party.id);
    }
  });
}

/** What a user edits about an agreement; its parties are saved with it, in their order, replaced as a whole. */
export const agreementDraft = agreementFields.superRefine(checkAgreement);
export const agreementSave = f.withIdentity(agreementFields).superRefine(checkAgreement);

export const agreementListQuery = z
  .object({
    /** Number or a party's name, without diacritics or with. */
    search: f.text().trim().max(200).optional(),
    status: z.enum(AGREEMENT_STATUS_KEYS, { error: 'Wybierz status porozumienia z listy' }).optional(),
    projectId: f.id.optional(),
    partnershipId: f.id.optional(),
    /** Agreements an institution takes part in: as a party, acting for a party, or through its gmina/powiat being one. */
    institutionId: f.id.optional(),
    /** Signed agreements whose validity ends between today and today + N days. */
    expiringWithinDays: z
      .number({ error: 'Liczba dni musi być liczbą' })
      .int('Liczba dni musi być liczbą całkowitą')
      .min(0, 'Liczba dni nie może być ujemna')
      .max(3660, 'Liczba dni może wynosić najwyżej 3660')
      .optional(),
  })
  .default({});

export const agreementPartySuggestionQuery = z.object({
  gminaCode: f.text({ error: 'Wybierz gminę' }).trim().regex(/^\d{7}$/, 'Kod TERYT gminy musi mieć 7 cyfr'),
  projectId: f.id.optional(),
});

export const agreementScanUpload = z.object({ agreementId: f.id, version: f.version, file: f.fileUpload });
export const agreementScanRef = z.object({ agreementId: f.id });

export type AgreementRepresentative = z.output<typeof agreementRepresentative>;
export type AgreementPartyDraft = z.input<typeof agreementPartyDraft>;
export type AgreementPartyFields = z.output<typeof agreementPartyDraft>;
export type AgreementDraft = z.input<typeof agreementDraft>;
export type AgreementSave = z.output<typeof agreementSave>;
export type AgreementListQuery = z.output<typeof agreementListQuery>;
export type AgreementPartySuggestionQuery = z.output<typeof agreementPartySuggestionQuery>;
export type AgreementScanUpload = z.output<typeof agreementScanUpload>;
export type AgreementScanRef = z.output<typeof agreementScanRef>;

export interface AgreementParty extends Omit<AgreementPartyFields, 'id'> {
  id: string;
  /** Names of the register's institutions, for forms and lists. */
  institutionName: string | null;
  actingThroughName: string | null;
}

export interface Agreement {
  id: string;
  version: number;
  number: string;
  projectId: string | null;
  projectName: string | null;
  partnershipId: string | null;
  partnershipName: string | null;
  templateId: string | null;
  templateName: string | null;
  subject: string | null;
  status: AgreementStatus;
  draftedOn: string | null;
  signedOn: string | null;
  validUntil: string | null;
  terminatedOn: string | null;
  notes: string | null;
  /** In their order on the document. */
  parties: AgreementParty[];
  /** The signed scan, when attached. */
  scan: StoredFileInfo | null;
  createdAt: string;
  updatedAt: string;
}

/** A row of the agreements list: the agreement without its parties' details, with their names in order. */
export interface AgreementListItem extends Omit<Agreement, 'parties' | 'scan' | 'notes' | 'templateId' | 'templateName'> {
  partyNames: string[];
  hasScan: boolean;
}

/** "Drukuj porozumienie": the agreement filled into its template, as PDF or DOCX. */
export const agreementPrint = z.object({
  id: f.id,
  format: f.printFormat,
  /** Black-and-white print: the monochrome logo strip, without the national colours (ESF rules). */
  monochrome: z.boolean().default(false),
});
