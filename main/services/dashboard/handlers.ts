/** Handlers of the dashboard's channels. */
import type { dashboardChannels } from '../../../preload/contract/domains/dashboard';
import type { HandlersOf } from '../handlerTypes';
import { dashboardOverview } from '.';

export const dashboardHandlers: HandlersOf<typeof dashboardChannels> = {
  'dashboard.overview': (ctx, query) => dashboardOverview(ctx.db, query),
};
