import { readStoredFile } from '../../storedFiles';
import { storedStudyFile } from '../../studies';
import { opt, type Item, type Scope, type Tables } from './tables';

/**
 * The studies in the file, each with its file (name, SHA-256 and the content in Base64) when `filesDir` is given:
 * the exchange carries the file so that another office receives the report itself, not only its title.
 */
export async function studyRecords(t: Tables, scope: Scope, filesDir: string | null): Promise<Item<'studies'>[]> {
  const records: Item<'studies'>[] = [];
  for (const row of t.studies) {
    if (!scope.studies.has(row.id)) continue;
    const stored = storedStudyFile(row);
    const file = stored && filesDir ? { name: stored.name, sha256: stored.sha256, contentBase64: Buffer.from(await readStoredFile(filesDir, stored.path, stored.sha256, stored.name)).toString('base64') } : null;
    records.push({
      id: row.id,
      title: row.title,
      kind: row.kind as Item<'studies'>['kind'],
      status: row.status as Item<'studies'>['status'],
      ...opt('projectId', row.project_id),
      ...opt('contractorInstitutionId', row.contractor_institution_id),
      ...opt('contractorName', row.contractor_name),
      ...opt('periodFrom', row.period_from),
      ...opt('periodTo', row.period_to),
      ...opt('notes', row.notes),
      ...opt('file', file),
    });
  }
  return records;
}
