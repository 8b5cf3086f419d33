/**
 * Texts of the features that keep them beside their screens, joined in one place.
 * Each module is `{ pl: {…}, en: {…} }` with its own top-level keys (e.g. `partnerships`).
 */
import { agreementMessages } from '../features/agreements/messages';
import { calendarMessages } from '../features/calendar/messages';
import { eventMessages } from '../features/events/messages';
import { partnershipMessages } from '../features/partnerships/messages';
import { projectMessages } from '../features/projects/messages';
import { reportMessages } from '../features/reports/messages';
import { templateMessages } from '../features/templates/messages';
import { dashboardMessages } from '../features/dashboard/messages';
import { firstRunMessages } from '../features/firstRun/messages';
import { helpMessages } from '../features/help/messages';
import { searchMessages } from '../features/search/messages';
import { exchangeMessages } from '../features/exchange/messages';
import { privacyMessages } from '../features/rodo/messages';
import { connectionMessages } from '../features/settings/messages';
import { paperPrintingMessages } from '../features/printing/messages';
import type { FeatureMessages } from './featureMessages';

export const FEATURE_MESSAGES: FeatureMessages[] = [partnershipMessages, agreementMessages, projectMessages, templateMessages, exchangeMessages, dashboardMessages, firstRunMessages, helpMessages, searchMessages, eventMessages, calendarMessages, reportMessages, privacyMessages, connectionMessages, paperPrintingMessages];
