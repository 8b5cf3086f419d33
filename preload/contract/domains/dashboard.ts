/** Channels of the dashboard (Pulpit). */
import { channel } from '../channel';
import { dashboardQuery, type DashboardOverview } from '../schemas/dashboard';

export const dashboardChannels = {
  /** This week's and next week's events, agreements to sign or expiring, indicators, quiet partnerships, recent changes. */
  'dashboard.overview': channel<DashboardOverview>()(dashboardQuery),
} as const;
