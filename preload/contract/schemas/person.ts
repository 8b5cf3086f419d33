import { z } from 'zod';
import { PERSON_ROLE_KEYS, type PersonRole } from '../vocabulary';
import * as f from './fields';

const role = z.enum(PERSON_ROLE_KEYS, { error: 'Nieznana rola osoby' });

/** What a user edits about a person. Only what the work needs (RODO): no PESEL, no address. */
export const personDraft = z.object({
  firstName: f.requiredText('Imię', 100),
  lastName: f.requiredText('Nazwisko', 150),
  institutionId: f.id.nullish().transform((value) => value ?? null),
  roles: z
    .array(role)
    .max(PERSON_ROLE_KEYS.length)
    .default([])
    .transform((roles) => [...new Set(roles)]),
  position: f.optionalText('Stanowisko', 200),
  email: f.email,
  phone: f.optionalText('Telefon', 50),
  notes: f.optionalText('Uwagi', 4000),
});

export const personSave = f.withIdentity(personDraft);

export const personListQuery = z
  .object({
    search: z.string().trim().max(200).optional(),
    institutionId: f.id.optional(),
    role: role.optional(),
  })
  .default({});

export type PersonDraft = z.input<typeof personDraft>;
export type PersonSave = z.output<typeof personSave>;
export type PersonListQuery = z.output<typeof personListQuery>;

export interface Person extends z.output<typeof personDraft> {
  id: string;
  version: number;
  roles: PersonRole[];
  /** Name of the institution, for lists (null when the person has none). */
  institutionName: string | null;
  createdAt: string;
  updatedAt: string;
}
