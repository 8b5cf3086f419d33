import { opt, type Item, type Scope, type Tables } from './tables';

/** The institutions in the file. */
export function institutionRecords(t: Tables, scope: Scope): Item<'institutions'>[] {
  return t.institutions
    .filter((row) => scope.institutions.has(row.id))
    .map((row): Item<'institutions'> => ({
      id: row.id,
      name: row.name,
      ...opt('shortName', row.short_name),
      type: row.type as Item<'institutions'>['type'],
      teryt: row.teryt_code,
      ...opt('nip', row.nip),
      ...opt('regon', row.regon),
      ...(row.street || row.postal_code || row.city ? { address: { ...opt('street', row.street), ...opt('postalCode', row.postal_code), ...opt('city', row.city) } } : {}),
      ...opt('email', row.email),
      ...opt('phone', row.phone),
      ...opt('website', row.website),
      ...opt('notes', row.notes),
      ...(row.active ? {} : { active: false }),
    }));
}
