import { z } from 'zod';
import { INSTITUTION_TYPE_KEYS, SECTOR_KEYS } from '../vocabulary';
import * as f from './fields';

const institutionType = z.enum(INSTITUTION_TYPE_KEYS, { error: 'Wybierz typ instytucji z listy' });

/** What a user edits; `id` and `version` are absent for a new institution. */
export const institutionDraft = z.object({
  name: f.requiredText('Nazwa', 300),
  shortName: f.optionalText('Nazwa skrócona', 60),
  type: institutionType,
  terytCode: f.terytCode,
  street: f.optionalText('Ulica i numer', 200),
  postalCode: f.postalCode,
  city: f.optionalText('Miejscowość', 100),
  nip: f.nip,
  regon: f.regon,
  email: f.email,
  phone: f.optionalText('Telefon', 50),
  website: f.website,
  notes: f.optionalText('Uwagi', 4000),
  active: z.boolean().default(true),
});

export const institutionSave = institutionDraft
  .extend({ id: f.id.optional(), version: f.version.optional() })
  // Editing must name the version the user saw: a stale one is a conflict, never a silent overwrite.
  .refine((value) => value.id === undefined || value.version !== undefined, {
    path: ['version'],
    message: 'Brak wersji rekordu: odśwież dane i spróbuj ponownie',
  });

export const institutionListQuery = z
  .object({
    search: z.string().trim().max(200).optional(),
    type: institutionType.optional(),
    sector: z.enum(SECTOR_KEYS).optional(),
    active: z.boolean().optional(),
  })
  .default({});

export type InstitutionDraft = z.input<typeof institutionDraft>;
export type InstitutionSave = z.output<typeof institutionSave>;
export type InstitutionListQuery = z.output<typeof institutionListQuery>;

export interface Institution extends z.output<typeof institutionDraft> {
  id: string;
  version: number;
  sector: (typeof SECTOR_KEYS)[number];
  createdAt: string;
  updatedAt: string;
}
