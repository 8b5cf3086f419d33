/** Handlers of the institutions' channels. */
import type { institutionChannels } from '../../../preload/contract/domains/institutions';
import type { HandlersOf } from '../handlerTypes';
import { deleteInstitution, findInstitutionDuplicates, getInstitution, listInstitutions, saveInstitution } from '.';
import { exportInstitutions } from './export';

export const institutionHandlers: HandlersOf<typeof institutionChannels> = {
  'institutions.list': (ctx, query) => listInstitutions(ctx.db, query),
  'institutions.get': (ctx, { id }) => getInstitution(ctx.db, id),
  'institutions.save': (ctx, input) => saveInstitution(ctx.db, input),
  'institutions.delete': (ctx, { id, version }) => deleteInstitution(ctx.db, id, version),
  'institutions.duplicates': (ctx, draft) => findInstitutionDuplicates(ctx.db, draft),
  'institutions.export': (ctx, query) => exportInstitutions(ctx.db, query),
};
