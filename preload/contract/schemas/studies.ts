/**
 * Studies and deliverables: work of a project that is not an event — a diagnosis, a report, a catalogue of good
 * practice, an expertise — with its contractor (an institution of the register or a name), its period, its status
 * and optionally its file (PDF or DOCX). The chronicle and the summary name them with their contractor and dates.
 */
import { z } from 'zod';
import { STUDY_KIND_KEYS, STUDY_STATUS_KEYS, type StudyKind, type StudyStatus } from '../vocabulary';
import * as f from './fields';
import type { StoredFileInfo } from './projects';

const studyFields = z.object({
  title: f.requiredText('Tytuł', 500),
  kind: z.enum(STUDY_KIND_KEYS, { error: 'Wybierz rodzaj opracowania z listy' }),
  status: z.enum(STUDY_STATUS_KEYS, { error: 'Wybierz stan z listy' }).default('planned'),
  projectId: f.optionalId,
  /** The contractor from the register; or, for one that is not in it, its name. */
  contractorInstitutionId: f.optionalId,
  contractorName: f.optionalText('Wykonawca', 300),
  periodFrom: f.optionalCalendarDate,
  periodTo: f.optionalCalendarDate,
  notes: f.optionalText('Opis', 4000),
});

type StudyFieldsOut = z.output<typeof studyFields>;

function checkStudy(value: StudyFieldsOut, ctx: z.RefinementCtx): void {
  if (value.periodFrom && value.periodTo && value.periodTo < value.periodFrom) {
    ctx.addIssue({ code: 'custom', path: ['periodTo'], message: 'Koniec okresu realizacji nie może być wcześniejszy niż jego początek' });
  }
  if (value.contractorInstitutionId && value.contractorName) {
    ctx.addIssue({ code: 'custom', path: ['contractorName'], message: 'Podaj wykonawcę z rejestru instytucji albo jego nazwę, nie oba' });
  }
  if ((value.status === 'delivered' || value.status === 'accepted') && !value.periodTo) {
    ctx.addIssue({ code: 'custom', path: ['periodTo'], message: 'Podaj, kiedy opracowanie zostało przekazane (koniec okresu realizacji)' });
  }
}

export const studyDraft = studyFields.superRefine(checkStudy);
export const studySave = f.withIdentity(studyFields).superRefine(checkStudy);

export const studyListQuery = z
  .object({
    search: f.text().trim().max(200).optional(),
    projectId: f.id.optional(),
    kind: z.enum(STUDY_KIND_KEYS, { error: 'Wybierz rodzaj opracowania z listy' }).optional(),
  })
  .default({});

export const studyFileUpload = z.object({ studyId: f.id, file: f.fileUpload });
export const studyRef = z.object({ studyId: f.id });

export type StudyDraft = z.input<typeof studyDraft>;
export type StudySave = z.output<typeof studySave>;
export type StudyListQuery = z.output<typeof studyListQuery>;
export type StudyFileUpload = z.output<typeof studyFileUpload>;

export interface Study {
  id: string;
  version: number;
  title: string;
  kind: StudyKind;
  status: StudyStatus;
  projectId: string | null;
  projectName: string | null;
  contractorInstitutionId: string | null;
  contractorName: string | null;
  /** The contractor as documents name it: the institution's name, or the name given. */
  contractor: string | null;
  periodFrom: string | null;
  periodTo: string | null;
  notes: string | null;
  file: StoredFileInfo | null;
  createdAt: string;
  updatedAt: string;
}
