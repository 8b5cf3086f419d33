import { z } from 'zod';
import { INSTITUTION_TYPE_KEYS, SECTOR_KEYS, type DuplicateReason } from '../vocabulary';
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

export const institutionSave = f.withIdentity(institutionDraft);

export const institutionListQuery = z
  .object({
    search: f.text().trim().max(200).optional(),
    type: institutionType.optional(),
    sector: z.enum(SECTOR_KEYS).optional(),
    active: z.boolean().optional(),
    /** A voivodeship (2 digits), powiat (4) or gmina (7): institutions located in it. */
    territoryCode: f.text().regex(/^\d{2}(\d{2}(\d{3})?)?$/, 'Nieprawidłowy kod terytorium').optional(),
    /** Only these types (a picker for a partnership's leader offers OPS and PCPR). */
    types: z.array(institutionType).max(INSTITUTION_TYPE_KEYS.length).optional(),
    /** At most this many, the first in Polish order of names (a picker shows 50 and narrows as one types). */
    limit: f.rowLimit.optional(),
  })
  .default({});

export interface InstitutionDuplicate {
  institution: Institution;
  reason: DuplicateReason;
}

export type InstitutionDraft = z.input<typeof institutionDraft>;
export type InstitutionSave = z.output<typeof institutionSave>;
export type InstitutionListQuery = z.output<typeof institutionListQuery>;

export interface Institution extends z.output<typeof institutionDraft> {
  id: string;
  version: number;
  sector: (typeof SECTOR_KEYS)[number];
  /** Name of the gmina or powiat of `terytCode`, for lists. */
  territoryName: string | null;
  /** People assigned to the institution. */
  peopleCount: number;
  createdAt: string;
  updatedAt: string;
}
