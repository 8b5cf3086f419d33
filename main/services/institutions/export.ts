/** The institutions' list exported to XLSX exactly as filtered on screen, with Polish column names and labels. */
import type { Knex } from 'knex';
import { INSTITUTION_TYPES, SECTORS, type ExportedFile, type InstitutionListQuery } from '../../../preload/contract';
import { listInstitutions } from '.';
import { datedXlsxFile, writeXlsx } from '../tabular';

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
  return datedXlsxFile('instytucje', bytes);
}
