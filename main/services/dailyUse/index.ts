/** Daily use: the office (first run), the dashboard and the global search. */
export { adoptSharedUserName, getOffice, saveOffice, saveWorkstationUserName } from './office';
export { basisOf, countsHours, dashboardOverview, EXPIRING_WITHIN_DAYS, MEETING_TYPES, QUIET_AFTER_DAYS } from './dashboard';
export { DEFAULT_HITS_PER_KIND, globalSearch } from './search';
export { mondayOf, warsawDayStart as startOfWarsawDay, warsawToday } from '../../../preload/contract/warsawTime';
