/** Importing institutions and people from XLSX/CSV files: what the user maps, and what the preview shows. */
import { z } from 'zod';
import type { Label } from '../vocabulary';
import * as f from './fields';
import { fileUpload } from './fields';

export interface ImportField extends Label {
  required?: boolean;
  /** Header texts (folded) that map to this field without asking. */
  aliases: string[];
  /** What to write in the column, shown before a file is chosen and in the template's explanations. */
  hint?: Label;
}

/** The columns each register can be imported from, in the order the mapping screen lists them. */
export const IMPORT_FIELDS = {
  institutions: {
    name: { pl: 'Nazwa', en: 'Name', required: true, aliases: ['nazwa', 'nazwa instytucji', 'instytucja', 'name'] },
    shortName: { pl: 'Nazwa skrócona', en: 'Short name', aliases: ['nazwa skrocona', 'skrot', 'short name'] },
    type: {
      pl: 'Typ instytucji',
      en: 'Institution type',
      required: true,
      aliases: ['typ', 'typ instytucji', 'rodzaj', 'type'],
      hint: { pl: 'typ z listy programu (np. „Ośrodek pomocy społecznej”) albo skrót: MOPS, GOPS, PCPR, PUP, DPS, ŚDS, WTZ, NGO', en: 'a type from the app’s list (e.g. “Social assistance centre”) or an abbreviation: MOPS, GOPS, PCPR, PUP, DPS, NGO' },
    },
    terytCode: { pl: 'Kod TERYT', en: 'TERYT code', aliases: ['teryt', 'kod teryt', 'terc'], hint: { pl: '7 cyfr gminy (np. 2469011) albo 4 cyfry powiatu', en: '7 digits of a gmina (e.g. 2469011) or 4 of a powiat' } },
    street: { pl: 'Ulica i numer', en: 'Street', aliases: ['ulica', 'adres', 'ulica i numer', 'street'] },
    postalCode: { pl: 'Kod pocztowy', en: 'Postal code', aliases: ['kod pocztowy', 'kod', 'postal code'] },
    city: { pl: 'Miejscowość', en: 'Town', aliases: ['miejscowosc', 'miasto', 'poczta', 'city', 'town'] },
    nip: { pl: 'NIP', en: 'NIP', aliases: ['nip'], hint: { pl: '10 cyfr, z kreskami lub bez; po nim rozpoznawana jest instytucja już obecna w rejestrze', en: '10 digits; an institution already in the register is recognised by it' } },
    regon: { pl: 'REGON', en: 'REGON', aliases: ['regon'] },
    email: { pl: 'E-mail', en: 'E-mail', aliases: ['email', 'e-mail', 'adres e-mail', 'mail'] },
    phone: { pl: 'Telefon', en: 'Phone', aliases: ['telefon', 'tel', 'tel.', 'phone'] },
    website: { pl: 'Strona www', en: 'Website', aliases: ['www', 'strona www', 'strona', 'website'] },
    notes: { pl: 'Uwagi', en: 'Notes', aliases: ['uwagi', 'notatki', 'notes'] },
    active: { pl: 'Aktywna (tak/nie)', en: 'Active (yes/no)', aliases: ['aktywna', 'aktywny', 'active'], hint: { pl: '„tak” albo „nie”; puste pole to „tak”', en: '“tak” or “nie”; empty means yes' } },
  },
  people: {
    firstName: { pl: 'Imię', en: 'First name', required: true, aliases: ['imie', 'first name'] },
    lastName: { pl: 'Nazwisko', en: 'Last name', required: true, aliases: ['nazwisko', 'last name'] },
    formOfAddress: {
      pl: 'Forma grzecznościowa (Pani, Pan)',
      en: 'Form of address (Pani, Pan)',
      aliases: ['forma', 'forma grzecznosciowa', 'zwrot', 'pani/pan', 'pan/pani', 'form of address', 'title'],
      hint: { pl: '„Pani” albo „Pan”; puste pole: forma nieznana (dokumenty piszą wtedy bezosobowo)', en: '“Pani” or “Pan”; empty: unknown (documents then use a neutral wording)' },
    },
    institution: {
      pl: 'Instytucja (nazwa, skrót lub NIP)',
      en: 'Institution (name, short name or NIP)',
      aliases: ['instytucja', 'nazwa instytucji', 'institution'],
      hint: { pl: 'instytucja z rejestru: pełna nazwa, nazwa skrócona albo NIP', en: 'an institution of the register: its name, short name or NIP' },
    },
    roles: {
      pl: 'Role (oddzielone przecinkami)',
      en: 'Roles (comma-separated)',
      aliases: ['rola', 'role', 'roles'],
      hint: { pl: 'role z listy programu, np. „Pracownik socjalny, Animator-moderator”', en: 'roles from the app’s list, e.g. “Social worker, Animator-moderator”' },
    },
    position: { pl: 'Stanowisko', en: 'Position', aliases: ['stanowisko', 'funkcja', 'position'] },
    email: { pl: 'E-mail', en: 'E-mail', aliases: ['email', 'e-mail', 'adres e-mail', 'mail'] },
    phone: { pl: 'Telefon', en: 'Phone', aliases: ['telefon', 'tel', 'tel.', 'phone'] },
    notes: { pl: 'Uwagi', en: 'Notes', aliases: ['uwagi', 'notes'] },
  },
} as const satisfies Record<string, Record<string, ImportField>>;

export type ImportEntity = keyof typeof IMPORT_FIELDS;
export const IMPORT_ENTITIES = Object.keys(IMPORT_FIELDS) as [ImportEntity, ...ImportEntity[]];

export const importRequest = fileUpload.extend({
  entity: z.enum(IMPORT_ENTITIES, { error: 'Nieznany rodzaj importu' }),
  /** Field → column index in the file; absent: guessed from the headers. */
  mapping: z.record(f.text(), z.number().int().min(0).nullable()).optional(),
});

export type ImportRequest = z.output<typeof importRequest>;

export interface ImportProblem {
  rowNumber: number;
  /** The column's header as in the file (or the field's label when the column is not mapped). */
  column: string;
  message: string;
}

export interface ImportPreview {
  entity: ImportEntity;
  fileName: string;
  encoding: string | null;
  headers: string[];
  mapping: Record<string, number | null>;
  rowCount: number;
  /** The first rows as they will be read, field → text. */
  sample: { rowNumber: number; values: Record<string, string> }[];
  problems: ImportProblem[];
  /**
   * Rows that are already in the register (or repeat an earlier row of the file): the import skips them, so the
   * same file imported twice adds nothing. Institutions are matched by NIP, REGON, or name and gmina (town without a
   * TERYT code); people by name and institution.
   */
  existing: ImportExistingRow[];
}

export interface ImportExistingRow {
  rowNumber: number;
  /** The record the row matches, as the register names it ("Anna Nowak", "MOPS w Sosnowcu"). */
  name: string;
  /** Why it is taken for that record: "ten sam NIP", "ta sama nazwa i gmina", "wiersz 3 pliku"… */
  reason: string;
}

export interface ImportResult {
  imported: number;
  /** Rows skipped because they are already in the register (see ImportPreview.existing). */
  skipped: number;
}

export const importTemplateRequest = z.object({ entity: z.enum(IMPORT_ENTITIES, { error: 'Nieznany rodzaj importu' }) }).strict();
