/**
 * Texts of the features, each kept beside its screens, joined in one place.
 * Each module is `{ pl: {…}, en: {…} }` with its own top-level keys (e.g. `partnerships`).
 */
import { agreementMessages } from '../features/agreements/messages';
import { auditMessages } from '../features/audit/messages';
import { backupMessages } from '../features/backups/messages';
import { calendarMessages } from '../features/calendar/messages';
import { connectionMessages } from '../features/connection/messages';
import { dashboardMessages } from '../features/dashboard/messages';
import { eventDocumentMessages } from '../features/eventDocuments/messages';
import { eventMessages } from '../features/events/messages';
import { exchangeMessages } from '../features/exchange/messages';
import { firstRunMessages } from '../features/firstRun/messages';
import { helpMessages } from '../features/help/messages';
import { institutionMessages } from '../features/institutions/messages';
import { partnershipMessages } from '../features/partnerships/messages';
import { peopleMessages } from '../features/people/messages';
import { paperPrintingMessages } from '../features/printing/messages';
import { projectMessages } from '../features/projects/messages';
import { reportMessages } from '../features/reports/messages';
import { rodoMessages } from '../features/rodo/messages';
import { searchMessages } from '../features/search/messages';
import { settingsMessages } from '../features/settings/messages';
import { templateMessages } from '../features/templates/messages';
import { territoryMessages } from '../features/territory/messages';
import { studyMessages } from '../features/studies/messages';
import { subregionMessages } from '../features/subregions/messages';
import type { FeatureMessages } from './featureMessages';

export const FEATURE_MESSAGES: FeatureMessages[] = [
  territoryMessages,
  institutionMessages,
  peopleMessages,
  partnershipMessages,
  agreementMessages,
  projectMessages,
  templateMessages,
  eventMessages,
  eventDocumentMessages,
  calendarMessages,
  reportMessages,
  dashboardMessages,
  settingsMessages,
  connectionMessages,
  backupMessages,
  exchangeMessages,
  rodoMessages,
  auditMessages,
  paperPrintingMessages,
  firstRunMessages,
  helpMessages,
  searchMessages,
  studyMessages,
  subregionMessages,
];
