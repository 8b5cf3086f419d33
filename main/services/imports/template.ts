/**
 * The import's template: an XLSX whose first sheet has the expected columns (headers the import maps without
 * asking) and no rows, and a second sheet that explains each column and lists the values the lists accept.
 */
import { IMPORT_FIELDS, INSTITUTION_TYPES, PERSON_ROLES, type ExportedFile, type ImportEntity, type ImportField, type Label } from '../../../preload/contract';
import { writeXlsxSheets } from '../tabular';

const SHEETS: Record<ImportEntity, { data: string; file: string; lists: [string, Record<string, Label>][] }> = {
  institutions: { data: 'Instytucje', file: 'szablon-importu-instytucji.xlsx', lists: [['Typ instytucji', INSTITUTION_TYPES]] },
  people: { data: 'Osoby', file: 'szablon-importu-osob.xlsx', lists: [['Role', PERSON_ROLES]] },
};

export async function importTemplate(entity: ImportEntity): Promise<ExportedFile> {
  const fields = Object.values(IMPORT_FIELDS[entity]) as ImportField[];
  const sheet = SHEETS[entity];
  const bytes = await writeXlsxSheets([
    { name: sheet.data, columns: fields.map((field) => ({ header: field.pl, kind: 'text' as const, width: Math.max(field.pl.length + 4, 16) })), rows: [] },
    {
      name: 'Objaśnienia',
      columns: [{ header: 'Kolumna' }, { header: 'Wymagana' }, { header: 'Co wpisać', width: 90 }],
      rows: [
        ...fields.map((field) => [field.pl, field.required ? 'tak' : 'nie', field.hint?.pl ?? '']),
        ...sheet.lists.flatMap(([name, labels]) => [['', '', ''], [`${name} – dozwolone wartości`, '', ''], ...Object.values(labels).map((label) => ['', '', label.pl])]),
      ],
    },
  ]);
  return { fileName: sheet.file, contentBase64: Buffer.from(bytes).toString('base64') };
}
