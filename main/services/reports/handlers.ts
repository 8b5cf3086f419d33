/** Handlers of the period summary's channels. */
import type { reportChannels } from '../../../preload/contract/domains/reports';
import { exportSummary, runSummary } from '.';
import type { HandlersOf } from '../handlerTypes';

export const reportHandlers: HandlersOf<typeof reportChannels> = {
  'reports.summary': (ctx, input) => runSummary(ctx, input),
  'reports.export': (ctx, input) => exportSummary(ctx, input),
};
