/** Handlers of the personal-data (RODO) channels. */
import type { rodoChannels } from '../../../preload/contract/domains/rodo';
import { anonymisePerson, exportPersonData, getRodoSettings, rodoDue, saveRodoSettings } from '.';
import type { HandlersOf } from '../handlerTypes';

export const rodoHandlers: HandlersOf<typeof rodoChannels> = {
  'rodo.personExport': (ctx, { personId, format }) => exportPersonData(ctx, personId, format),
  'rodo.anonymise': (ctx, { personId, version }) => anonymisePerson(ctx.db, personId, version),
  'rodo.settings': (ctx) => getRodoSettings(ctx.db),
  'rodo.saveSettings': (ctx, input) => saveRodoSettings(ctx.db, input),
  'rodo.due': (ctx, { today }) => rodoDue(ctx.db, today),
};
