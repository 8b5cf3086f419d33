/** Handlers of the period summary's channels. */
import type { reportChannels } from '../../../preload/contract/domains/reports';
import { buildSummary, exportSummary } from '../../services/reports';
import type { HandlersOf } from '../handlerTypes';

export const reportHandlers: HandlersOf<typeof reportChannels> = {
  'reports.summary': (ctx, input) => buildSummary(ctx.db, input),
  'reports.export': (ctx, input) => exportSummary(ctx, input),
};
