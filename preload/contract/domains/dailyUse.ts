/** Channels of daily use: the office set up at the first start, the dashboard (Pulpit), the global search (Ctrl+K). */
import { channel, none } from '../channel';
import { dashboardQuery, globalSearchQuery, officeSave, type DashboardOverview, type GlobalSearchResult, type Office } from '../schemas/office';

export const dailyUseChannels = {
  /** The office and the user of this computer; every field null before the first-run wizard. */
  'office.get': channel<Office>()(none),
  'office.save': channel<Office>()(officeSave),
  /** This week's and next week's events, agreements to sign or expiring, indicators, quiet partnerships, recent changes. */
  'dashboard.overview': channel<DashboardOverview>()(dashboardQuery),
  /** Institutions, people, partnerships, events and agreements at once; every word must match, diacritics ignored. */
  'search.global': channel<GlobalSearchResult>()(globalSearchQuery),
} as const;
