/** Handlers of the daily-use channels: the office, the dashboard, the global search. */
import type { dailyUseChannels } from '../../../preload/contract/domains/dailyUse';
import { dashboardOverview, getOffice, globalSearch, saveOffice } from '../../services/dailyUse';
import type { HandlersOf } from '../handlerTypes';

export const dailyUseHandlers: HandlersOf<typeof dailyUseChannels> = {
  'office.get': (ctx) => getOffice(ctx),
  'office.save': (ctx, input) => saveOffice(ctx, input),
  'dashboard.overview': (ctx, query) => dashboardOverview(ctx.db, query),
  'search.global': (ctx, input) => globalSearch(ctx.db, input),
};
