/**
 * Rows of an import that are already in the register, or repeat an earlier row of the same file: the import skips
 * them, so importing the same file twice adds nothing. Institutions are the same by NIP, by REGON, or by name in the
 * same gmina (in the same town when there is no TERYT code, or with neither); people by first and last name in the same institution.
 */
import type { Knex } from 'knex';
import { foldForSearch, type ImportExistingRow } from '../../../preload/contract';
import { institutionNameKey } from '../institutions';

interface Known {
  name: string;
  reason: string;
}

/** Keys of a record with the reason each gives for taking two records as one. */
type Keys = [key: string, reason: string][];

class Register<T> {
  private readonly known = new Map<string, Known>();

  constructor(private readonly keysOf: (record: T) => Keys) {}

  add(record: T, name: string, reasonOf: (reason: string) => string = (reason) => reason): void {
    for (const [key, reason] of this.keysOf(record)) if (!this.known.has(key)) this.known.set(key, { name, reason: reasonOf(reason) });
  }

  find(record: T): Known | undefined {
    for (const [key] of this.keysOf(record)) {
      const found = this.known.get(key);
      if (found) return found;
    }
    return undefined;
  }
}

interface InstitutionKeyFields {
  name: string;
  nip?: string | null;
  regon?: string | null;
  terytCode?: string | null;
  city?: string | null;
}

function institutionKeys(record: InstitutionKeyFields): Keys {
  const keys: Keys = [];
  if (record.nip) keys.push([`nip:${record.nip}`, 'ten sam NIP']);
  if (record.regon) keys.push([`regon:${record.regon}`, 'ten sam REGON']);
  const name = institutionNameKey(record.name);
  if (record.terytCode) keys.push([`name:${name}|teryt:${record.terytCode}`, 'ta sama nazwa i gmina']);
  else if (record.city) keys.push([`name:${name}|city:${foldForSearch(record.city)}`, 'ta sama nazwa i miejscowość']);
  else keys.push([`name:${name}|nowhere`, 'ta sama nazwa, bez gminy i miejscowości']);
  return keys;
}

interface PersonKeyFields {
  firstName: string;
  lastName: string;
  institutionId?: string | null;
}

function personKeys(record: PersonKeyFields): Keys {
  const reason = record.institutionId ? 'to samo imię i nazwisko w tej samej instytucji' : 'to samo imię i nazwisko, bez instytucji';
  return [[`${foldForSearch(`${record.firstName} ${record.lastName}`)}|${record.institutionId ?? ''}`, reason]];
}

/** Tells, row after row, which rows are already in the register or earlier in the file. */
export interface ImportMatcher<T> {
  /** The record the draft repeats, or null; a new draft is remembered, so a later row repeating it is found. */
  check(draft: T, rowNumber: number): ImportExistingRow | null;
}

export async function institutionMatcher(db: Knex): Promise<ImportMatcher<InstitutionKeyFields>> {
  const register = new Register(institutionKeys);
  const rows = (await db('institutions').select('name', 'nip', 'regon', { terytCode: 'teryt_code' }, 'city')) as InstitutionKeyFields[];
  for (const row of rows) register.add(row, row.name);
  return matcher(register, (draft) => draft.name);
}

export async function personMatcher(db: Knex): Promise<ImportMatcher<PersonKeyFields>> {
  const register = new Register(personKeys);
  const rows = (await db('people').select({ firstName: 'first_name', lastName: 'last_name', institutionId: 'institution_id' })) as PersonKeyFields[];
  const nameOf = (person: PersonKeyFields) => `${person.firstName} ${person.lastName}`;
  for (const row of rows) register.add(row, nameOf(row));
  return matcher(register, nameOf);
}

function matcher<T>(register: Register<T>, nameOf: (draft: T) => string): ImportMatcher<T> {
  return {
    check(draft, rowNumber) {
      const found = register.find(draft);
      if (found) return { rowNumber, name: found.name, reason: found.reason };
      register.add(draft, nameOf(draft), (reason) => `${reason} co wiersz ${rowNumber} pliku`);
      return null;
    },
  };
}
