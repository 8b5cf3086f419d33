import { type Item, type Scope, type Tables } from './tables';

/** The certificates in the file. */
export function certificateRecords(t: Tables, scope: Scope): Item<'certificates'>[] {
  return t.certificates
    .filter((row) => scope.certificates.has(row.id))
    .map((row): Item<'certificates'> => ({
      id: row.id,
      number: row.number,
      year: Number(row.year),
      sequence: Number(row.sequence),
      issuedOn: row.issued_on,
      eventId: row.event_id,
      personId: row.person_id,
    }));
}
