/** Numbers that must stay unique, in the file and against the register: agreements', certificates'. */
import type { Knex } from 'knex';
import type { Problems } from '../problems';
import type { CertificateKeys, Collected } from './collect';

export async function checkAgreementNumbers(db: Knex, c: Collected, problems: Problems): Promise<void> {
  const numbers = new Map<string, number>();
  for (const { index, number } of c.agreementNumbers) {
    const key = number.toLocaleLowerCase('pl');
    if (numbers.has(key)) problems.add(['agreements', index, 'number'], `numer porozumienia „${number}” ma już agreements[${numbers.get(key)}]`);
    else numbers.set(key, index);
  }
  if (numbers.size === 0) return;
  const fileIds = new Set(c.agreementNumbers.map(({ id }) => id));
  const stored = (await db('agreements').select('id', 'number')) as { id: string; number: string }[];
  const byNumber = new Map(stored.map((row) => [row.number.toLocaleLowerCase('pl'), row.id]));
  for (const { index, id, number } of c.agreementNumbers) {
    const other = byNumber.get(number.toLocaleLowerCase('pl'));
    if (other && other !== id && !fileIds.has(other)) problems.add(['agreements', index, 'number'], `numer porozumienia „${number}” ma już w bazie porozumienie "${other}"`);
  }
}

/** A certificate's number, its sequence in the year, and one certificate per person and event. */
const CERTIFICATE_KEYS = [
  { field: 'number', key: (c: { number: string }) => c.number, what: 'numer zaświadczenia' },
  { field: 'sequence', key: (c: { year: number; sequence: number }) => `${c.year}/${c.sequence}`, what: 'numer kolejny w roku' },
  { field: 'personId', key: (c: { event_id: string; person_id: string }) => `${c.event_id} ${c.person_id}`, what: 'zaświadczenie tej osoby za to wydarzenie' },
] as const;

export async function checkCertificateNumbers(db: Knex, c: Collected, problems: Problems): Promise<void> {
  if (c.certificates.length === 0) return;
  const stored = (await db('certificates').select('id', 'number', 'year', 'sequence', 'event_id', 'person_id')) as Omit<CertificateKeys, 'index'>[];
  for (const { field, key, what } of CERTIFICATE_KEYS) {
    const inFileKeys = new Map<string, number>();
    const inDb = new Map(stored.map((row) => [key(row), row.id]));
    for (const row of c.certificates) {
      const k = key(row);
      if (inFileKeys.has(k)) problems.add(['certificates', row.index, field], `${what} „${k}” powtarza się w pliku (certificates[${inFileKeys.get(k)}])`);
      else inFileKeys.set(k, row.index);
      const other = inDb.get(k);
      if (other && other !== row.id) problems.add(['certificates', row.index, field], `${what} „${k}” ma już w bazie zaświadczenie "${other}"`);
    }
  }
}
