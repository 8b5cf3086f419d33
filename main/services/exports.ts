/** Lists exported to XLSX exactly as filtered on screen, with Polish column names and labels. */
import type { Knex } from 'knex';
import {
  INSTITUTION_TYPES,
  PERSON_ROLES,
  SECTORS,
  type ExportedFile,
  type InstitutionListQuery,
  type PersonListQuery,
} from '../../preload/contract';
import { listInstitutions } from './institutions';
import { listPeople } from './people';
import { writeXlsx } from './tabular';

function asFile(fileName: string, bytes: Uint8Array): ExportedFile {
  return { fileName, contentBase64: Buffer.from(bytes).toString('base64') };
}

function stamp(): string {
  return new Date().toISOString().slice(0, 10);
}

export async function exportInstitutions(db: Knex, query: InstitutionListQuery): Promise<ExportedFile> {
  const rows = await listInstitutions(db, query);
  const bytes = await writeXlsx(
    'Instytucje',
    [
      { header: 'Nazwa' }, { header: 'Nazwa skrócona' }, { header: 'Typ instytucji' }, { header: 'Sektor' },
      { header: 'Kod TERYT', kind: 'text' }, { header: 'Gmina / powiat' }, { header: 'Ulica i numer' }, { header: 'Kod pocztowy', kind: 'text' },
      { header: 'Miejscowość' }, { header: 'NIP', kind: 'text' }, { header: 'REGON', kind: 'text' }, { header: 'E-mail' }, { header: 'Telefon' },
      { header: 'Strona www' }, { header: 'Aktywna' }, { header: 'Liczba osób', kind: 'number' }, { header: 'Uwagi' },
    ],
    rows.map((i) => [
      i.name, i.shortName, INSTITUTION_TYPES[i.type].pl, SECTORS[i.sector].pl, i.terytCode, i.territoryName, i.street, i.postalCode,
      i.city, i.nip, i.regon, i.email, i.phone, i.website, i.active ? 'tak' : 'nie', i.peopleCount, i.notes,
    ]),
  );
  return asFile(`instytucje-${stamp()}.xlsx`, bytes);
}

export async function exportPeople(db: Knex, query: PersonListQuery): Promise<ExportedFile> {
  const rows = await listPeople(db, query);
  const bytes = await writeXlsx(
    'Osoby',
    [{ header: 'Nazwisko' }, { header: 'Imię' }, { header: 'Instytucja' }, { header: 'Role' }, { header: 'Stanowisko' }, { header: 'E-mail' }, { header: 'Telefon' }, { header: 'Uwagi' }],
    rows.map((p) => [p.lastName, p.firstName, p.institutionName, p.roles.map((r) => PERSON_ROLES[r].pl).join(', '), p.position, p.email, p.phone, p.notes]),
  );
  return asFile(`osoby-${stamp()}.xlsx`, bytes);
}
