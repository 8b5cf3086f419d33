/** Importing institutions and people from XLSX/CSV files: what the user maps, and what the preview shows. */
import { z } from 'zod';
import type { Label } from '../vocabulary';
import { fileUpload } from './fields';

export interface ImportField extends Label {
  required?: boolean;
  /** Header texts (folded) that map to this field without asking. */
  aliases: string[];
}

/** The columns each register can be imported from, in the order the mapping screen lists them. */
export const IMPORT_FIELDS = {
  institutions: {
    name: { pl: 'Nazwa', en: 'Name', required: true, aliases: ['nazwa', 'nazwa instytucji', 'instytucja', 'name'] },
    shortName: { pl: 'Nazwa skrócona', en: 'Short name', aliases: ['nazwa skrocona', 'skrot', 'short name'] },
    type: { pl: 'Typ instytucji', en: 'Institution type', required: true, aliases: ['typ', 'typ instytucji', 'rodzaj', 'type'] },
    terytCode: { pl: 'Kod TERYT', en: 'TERYT code', aliases: ['teryt', 'kod teryt', 'terc'] },
    street: { pl: 'Ulica i numer', en: 'Street', aliases: ['ulica', 'adres', 'ulica i numer', 'street'] },
    postalCode: { pl: 'Kod pocztowy', en: 'Postal code', aliases: ['kod pocztowy', 'kod', 'postal code'] },
    city: { pl: 'Miejscowość', en: 'Town', aliases: ['miejscowosc', 'miasto', 'poczta', 'city', 'town'] },
    nip: { pl: 'NIP', en: 'NIP', aliases: ['nip'] },
    regon: { pl: 'REGON', en: 'REGON', aliases: ['regon'] },
    email: { pl: 'E-mail', en: 'E-mail', aliases: ['email', 'e-mail', 'adres e-mail', 'mail'] },
    phone: { pl: 'Telefon', en: 'Phone', aliases: ['telefon', 'tel', 'tel.', 'phone'] },
    website: { pl: 'Strona www', en: 'Website', aliases: ['www', 'strona www', 'strona', 'website'] },
    notes: { pl: 'Uwagi', en: 'Notes', aliases: ['uwagi', 'notatki', 'notes'] },
    active: { pl: 'Aktywna (tak/nie)', en: 'Active (yes/no)', aliases: ['aktywna', 'aktywny', 'active'] },
  },
  people: {
    firstName: { pl: 'Imię', en: 'First name', required: true, aliases: ['imie', 'first name'] },
    lastName: { pl: 'Nazwisko', en: 'Last name', required: true, aliases: ['nazwisko', 'last name'] },
    formOfAddress: {
      pl: 'Forma grzecznościowa (Pani, Pan)',
      en: 'Form of address (Pani, Pan)',
      aliases: ['forma', 'forma grzecznosciowa', 'zwrot', 'pani/pan', 'pan/pani', 'form of address', 'title'],
    },
    institution: { pl: 'Instytucja (nazwa, skrót lub NIP)', en: 'Institution (name, short name or NIP)', aliases: ['instytucja', 'nazwa instytucji', 'institution'] },
    roles: { pl: 'Role (oddzielone przecinkami)', en: 'Roles (comma-separated)', aliases: ['rola', 'role', 'roles'] },
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
  mapping: z.record(z.string(), z.number().int().min(0).nullable()).optional(),
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
}

export interface ImportResult {
  imported: number;
}
