import { z } from 'zod';
import { FORM_OF_ADDRESS_KEYS, PERSON_ROLE_KEYS, type PersonRole } from '../vocabulary';
import * as f from './fields';

const role = z.enum(PERSON_ROLE_KEYS, { error: 'Nieznana rola osoby' });

/** „Pani” (ms) or „Pan” (mr); blank or absent: not known, and documents word it neutrally. */
export const formOfAddress = z
  .preprocess((value) => (value === '' ? null : value), z.enum(FORM_OF_ADDRESS_KEYS, { error: 'Wybierz „Pani”, „Pan” albo pozostaw pole puste' }).nullish())
  .transform((value) => value ?? null);

/** What a user edits about a person. Only what the work needs (RODO): no PESEL, no address. */
export const personDraft = z.object({
  firstName: f.requiredText('Imię', 100),
  lastName: f.requiredText('Nazwisko', 150),
  formOfAddress,
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

const personFilters = z.object({
  search: f.text().trim().max(200).optional(),
  institutionId: f.id.optional(),
  role: role.optional(),
});

export const personListQuery = personFilters
  .extend({
    /** At most this many people, the first in Polish order (a picker shows 50 and narrows as one types). */
    limit: f.rowLimit.optional(),
  })
  .default({});

/** One page of the register in Polish order (last name, first name), and how many match in all. */
export const personPageQuery = personFilters.extend({
  offset: z.number({ error: 'Nieprawidłowy początek strony' }).int('Nieprawidłowy początek strony').min(0, 'Nieprawidłowy początek strony').default(0),
  limit: f.rowLimit.default(100),
});

export type PersonDraft = z.input<typeof personDraft>;
export type PersonSave = z.output<typeof personSave>;
export type PersonListQuery = z.output<typeof personListQuery>;
export type PersonPageQuery = z.output<typeof personPageQuery>;

export interface Person extends z.output<typeof personDraft> {
  id: string;
  version: number;
  roles: PersonRole[];
  /** Name of the institution, for lists (null when the person has none). */
  institutionName: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface PersonPage {
  rows: Person[];
  /** People matching the filters, on every page together. */
  total: number;
}
