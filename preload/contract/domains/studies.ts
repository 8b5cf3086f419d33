/** Channels of studies and deliverables (diagnoses, reports, catalogues, expertises) and their files. */
import { byId, byIdAndVersion, channel } from '../channel';
import type { ExportedFile } from '../schemas/fields';
import { studyFileUpload, studyListQuery, studyRef, studySave, type Study } from '../schemas/studies';

export const studyChannels = {
  'studies.list': channel<Study[]>()(studyListQuery),
  'studies.get': channel<Study>()(byId),
  'studies.save': channel<Study>()(studySave),
  'studies.delete': channel<{ id: string }>()(byIdAndVersion),
  /** Stores the study's file (PDF or DOCX, checked by content) in the data folder. */
  'studies.setFile': channel<Study>()(studyFileUpload),
  /** The file with its original name, checksum verified; `file` is null when none is attached. */
  'studies.getFile': channel<{ file: ExportedFile | null }>()(studyRef),
  'studies.clearFile': channel<Study>()(studyRef),
} as const;
