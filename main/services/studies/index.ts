/**
 * Studies and deliverables (diagnoses, reports, catalogues of good practice, expertises): work of a project that
 * is not an event, with its contractor, period, status and optionally its file (PDF or DOCX, stored in the data
 * folder, content-addressed, like scans). Every write is audited; the chronicle and the summary read them here.
 */
import type { Knex } from 'knex';
import {
  comparePolish,
  foldForSearch,
  MAX_STUDY_FILE_BYTES,
  STUDY_KIND_KEYS,
  STUDY_STATUS_KEYS,
  type ExportedFile,
  type Study,
  type StudyFileUpload,
  type StudyKind,
  type StudyListQuery,
  type StudySave,
  type StudyStatus,
} from '../../../preload/contract';
import type { StudyRow } from '../../../db/rows';
import { notFound, ServiceError } from '../errors';
import { newId, nowIso } from '../ids';
import { fileBytes } from '../files';
import { exportStoredFile, storeFile, type StoredFile } from '../storedFiles';
import { deleteVersioned, insertAudited, updateAudited, updateVersioned, type RecordKind } from '../versioned';

const KIND: RecordKind = { table: 'studies', what: 'opracowanie' };

type Fields = Omit<StudySave, 'id' | 'version'>;

function toRow(fields: Fields) {
  return {
    title: fields.title,
    kind: fields.kind,
    status: fields.status,
    project_id: fields.projectId,
    contractor_institution_id: fields.contractorInstitutionId,
    contractor_name: fields.contractorName,
    period_from: fields.periodFrom,
    period_to: fields.periodTo,
    notes: fields.notes,
  };
}

type JoinedRow = StudyRow & { project_name: string | null; institution_name: string | null };

export function storedStudyFile(row: Pick<StudyRow, 'file_path' | 'file_name' | 'file_sha256'>): StoredFile | null {
  return row.file_path && row.file_name && row.file_sha256 ? { path: row.file_path, name: row.file_name, sha256: row.file_sha256 } : null;
}

function toStudy(row: JoinedRow): Study {
  const file = storedStudyFile(row);
  return {
    id: row.id,
    version: Number(row.version),
    title: row.title,
    kind: (STUDY_KIND_KEYS as readonly string[]).includes(row.kind) ? (row.kind as StudyKind) : 'report',
    status: (STUDY_STATUS_KEYS as readonly string[]).includes(row.status) ? (row.status as StudyStatus) : 'planned',
    projectId: row.project_id,
    projectName: row.project_name,
    contractorInstitutionId: row.contractor_institution_id,
    contractorName: row.contractor_name,
    contractor: row.institution_name ?? row.contractor_name,
    periodFrom: row.period_from,
    periodTo: row.period_to,
    notes: row.notes,
    file: file ? { name: file.name, sha256: file.sha256 } : null,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function joined(db: Knex): Knex.QueryBuilder {
  return db('studies as s')
    .leftJoin('projects as p', 'p.id', 's.project_id')
    .leftJoin('institutions as i', 'i.id', 's.contractor_institution_id')
    .select('s.*', { project_name: 'p.name', institution_name: 'i.name' });
}

/** The order studies are listed and reported in: by when their work began (undated last), then by title. */
export function compareStudies(a: Study, b: Study): number {
  const from = (study: Study) => study.periodFrom ?? study.periodTo ?? '9999-99-99';
  return from(a).localeCompare(from(b)) || comparePolish(a.title, b.title) || (a.id < b.id ? -1 : 1);
}

export async function listStudies(db: Knex, query: StudyListQuery = {}): Promise<Study[]> {
  const q = joined(db);
  if (query.projectId) q.where('s.project_id', query.projectId);
  if (query.kind) q.where('s.kind', query.kind);
  let studies = ((await q) as JoinedRow[]).map(toStudy);
  if (query.search) {
    const words = foldForSearch(query.search).split(' ');
    studies = studies.filter((study) => words.every((word) => foldForSearch(`${study.title} ${study.contractor ?? ''}`).includes(word)));
  }
  return studies.sort(compareStudies);
}

/** Studies whose work falls in the period (from–to, inclusive): started by its end and not finished before its start. */
export async function studiesInPeriod(db: Knex, from: string, to: string, projectId: string | null = null): Promise<Study[]> {
  const studies = await listStudies(db, projectId ? { projectId } : {});
  return studies.filter((study) => {
    const start = study.periodFrom ?? study.periodTo;
    const end = study.periodTo ?? study.periodFrom;
    return start !== null && end !== null && start <= to && end >= from;
  });
}

export async function getStudy(db: Knex, id: string): Promise<Study> {
  const row = (await joined(db).where('s.id', id).first()) as JoinedRow | undefined;
  if (!row) throw notFound('opracowanie');
  return toStudy(row);
}

/** The contractor and the project must exist: a clear message on the field rather than a foreign-key error. */
async function checkReferences(db: Knex, fields: Fields): Promise<void> {
  const errors: Record<string, string> = {};
  if (fields.projectId && !(await db('projects').where({ id: fields.projectId }).first('id'))) errors.projectId = 'Wybrany projekt nie istnieje (mógł zostać usunięty): wybierz inny';
  if (fields.contractorInstitutionId && !(await db('institutions').where({ id: fields.contractorInstitutionId }).first('id'))) {
    errors.contractorInstitutionId = 'Wybrana instytucja nie istnieje (mogła zostać usunięta): wybierz inną';
  }
  if (Object.keys(errors).length) throw new ServiceError('validation', Object.keys(errors).length === 1 ? 'Popraw zaznaczone pole.' : `Popraw zaznaczone pola (${Object.keys(errors).length}).`, errors);
}

export async function saveStudy(db: Knex, input: StudySave): Promise<Study> {
  const { id, version, ...fields } = input;
  const studyId = await db.transaction(async (trx) => {
    await checkReferences(trx, fields);
    if (id === undefined) {
      const created = newId('opr');
      const now = nowIso();
      await insertAudited(trx, KIND, { id: created, version: 1, ...toRow(fields), created_at: now, updated_at: now });
      return created;
    }
    await updateVersioned(trx, KIND, id, version!, toRow(fields));
    return id;
  });
  return getStudy(db, studyId);
}

/** Deletes the record; its file stays in the data folder (content-addressed: it may be another record's file too). */
export async function deleteStudy(db: Knex, id: string, version: number): Promise<{ id: string }> {
  await deleteVersioned(db, KIND, id, version);
  return { id };
}

async function studyRow(db: Knex, id: string): Promise<StudyRow> {
  const row = (await db<StudyRow>('studies').where({ id }).first()) as StudyRow | undefined;
  if (!row) throw notFound('opracowanie');
  return row;
}

/** Stores the file (PDF or DOCX, checked by content) and attaches it; not a new version of the form's fields. */
export async function setStudyFile(db: Knex, filesDir: string, input: StudyFileUpload): Promise<Study> {
  await studyRow(db, input.studyId);
  const size = fileBytes(input.file).length;
  if (size > MAX_STUDY_FILE_BYTES) {
    const message = `Plik opracowania może mieć najwyżej ${MAX_STUDY_FILE_BYTES / 1024 / 1024} MB (tyle mieści plik wymiany); ten ma ${(size / 1024 / 1024).toFixed(1).replace('.', ',')} MB. Zapisz go mniejszym, np. z grafiką w niższej rozdzielczości.`;
    throw new ServiceError('validation', message, { file: message });
  }
  const stored = await storeFile(filesDir, 'opracowania', input.file);
  await updateAudited(db, KIND, input.studyId, { file_path: stored.path, file_name: stored.name, file_sha256: stored.sha256, updated_at: nowIso() });
  return getStudy(db, input.studyId);
}

export async function getStudyFile(db: Knex, filesDir: string, studyId: string): Promise<{ file: ExportedFile | null }> {
  const stored = storedStudyFile(await studyRow(db, studyId));
  return { file: stored ? await exportStoredFile(filesDir, stored) : null };
}

export async function clearStudyFile(db: Knex, studyId: string): Promise<Study> {
  await studyRow(db, studyId);
  await updateAudited(db, KIND, studyId, { file_path: null, file_name: null, file_sha256: null, updated_at: nowIso() });
  return getStudy(db, studyId);
}
