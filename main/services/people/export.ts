/** The people's list exported to XLSX exactly as filtered on screen, with Polish column names and labels. */
import type { Knex } from 'knex';
import { PERSON_ROLES, type ExportedFile, type PersonListQuery } from '../../../preload/contract';
import { datedXlsxFile, writeXlsx } from '../tabular';
import { listPeople } from '.';

export async function exportPeople(db: Knex, query: PersonListQuery): Promise<ExportedFile> {
  const rows = await listPeople(db, query);
  const bytes = await writeXlsx(
    'Osoby',
    [{ header: 'Nazwisko' }, { header: 'Imię' }, { header: 'Instytucja' }, { header: 'Role' }, { header: 'Stanowisko' }, { header: 'E-mail' }, { header: 'Telefon' }, { header: 'Uwagi' }],
    rows.map((p) => [p.lastName, p.firstName, p.institutionName, p.roles.map((r) => PERSON_ROLES[r].pl).join(', '), p.position, p.email, p.phone, p.notes]),
  );
  return datedXlsxFile('osoby', bytes);
}
