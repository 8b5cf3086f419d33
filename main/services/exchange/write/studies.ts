import { storeFile } from '../../storedFiles';
import { rowsWhereIn, type StudyRow } from '../rows';
import type { CheckedFile } from '../validate';
import { chunksOf, upsert, type Writing } from './writing';

/**
 * Studies and deliverables, each with its file: the file is stored in the data folder (content-addressed, so one
 * already there is not written again) and the record points at it. A file written for an import that is rolled
 * back stays in the folder unreferenced, as an upload's does.
 */
export async function writeStudies(w: Writing, doc: CheckedFile, filesDir: string): Promise<void> {
  const { db, count } = w;
  for (const chunk of chunksOf(doc, 'studies')) {
    const stored = new Map((await rowsWhereIn<StudyRow>(db, 'studies', 'id', chunk.map((value) => value.id))).map((row) => [row.id, row]));
    for (const value of chunk) {
      const file = value.file ? await storeFile(filesDir, 'opracowania', { fileName: value.file.name, contentBase64: value.file.contentBase64 }) : null;
      const wanted = {
        title: value.title,
        kind: value.kind,
        status: value.status,
        project_id: value.projectId,
        contractor_institution_id: value.contractorInstitutionId,
        contractor_name: value.contractorName,
        period_from: value.periodFrom,
        period_to: value.periodTo,
        notes: value.notes,
        file_path: file?.path ?? null,
        file_name: file?.name ?? null,
        file_sha256: file?.sha256 ?? null,
      };
      count('studies', await upsert(w, 'studies', value.id, wanted, {}, stored.get(value.id) as never, false));
    }
  }
  await w.inserts.flush(['studies']);
}
