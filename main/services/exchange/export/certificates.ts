import { certificateOf } from '../../eventDocuments/certificateRow';
import { type Item, type Scope, type Tables } from './tables';

/** The certificates in the file. */
export function certificateRecords(t: Tables, scope: Scope): Item<'certificates'>[] {
  return t.certificates.filter((row) => scope.certificates.has(row.id)).map((row): Item<'certificates'> => certificateOf(row));
}
