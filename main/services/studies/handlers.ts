/** Handlers of the channels of studies and deliverables. */
import type { studyChannels } from '../../../preload/contract/domains/studies';
import { clearStudyFile, deleteStudy, getStudy, getStudyFile, listStudies, saveStudy, setStudyFile } from '.';
import type { HandlersOf } from '../handlerTypes';

export const studyHandlers: HandlersOf<typeof studyChannels> = {
  'studies.list': (ctx, query) => listStudies(ctx.db, query),
  'studies.get': (ctx, { id }) => getStudy(ctx.db, id),
  'studies.save': (ctx, input) => saveStudy(ctx.db, input),
  'studies.delete': (ctx, { id, version }) => deleteStudy(ctx.db, id, version),
  'studies.setFile': (ctx, input) => setStudyFile(ctx.db, ctx.filesDir, input),
  'studies.getFile': (ctx, { studyId }) => getStudyFile(ctx.db, ctx.filesDir, studyId),
  'studies.clearFile': (ctx, { studyId }) => clearStudyFile(ctx.db, studyId),
};
