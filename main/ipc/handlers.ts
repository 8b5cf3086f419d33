/**
 * Channel → service, for every channel of the contract: the join of the domains' handler maps. Each domain keeps
 * its handlers beside its service (main/services/<domain>/handlers.ts); the mapped type makes a missing or mistyped
 * handler a compile error, so contract and handlers cannot drift.
 */
import type { Contract } from '../../preload/contract';
import type { HandlersOf } from '../services/handlerTypes';
import { appHandlers } from '../services/app/handlers';
import { territoryHandlers } from '../services/territory/handlers';
import { institutionHandlers } from '../services/institutions/handlers';
import { peopleHandlers } from '../services/people/handlers';
import { importHandlers } from '../services/imports/handlers';
import { projectHandlers } from '../services/projects/handlers';
import { agreementHandlers } from '../services/agreements/handlers';
import { templateHandlers } from '../services/templates/handlers';
import { partnershipHandlers } from '../services/partnerships/handlers';
import { eventHandlers } from '../services/events/handlers';
import { eventDocumentHandlers } from '../services/eventDocuments/handlers';
import { printingHandlers } from '../services/printing/handlers';
import { reportHandlers } from '../services/reports/handlers';
import { exchangeHandlers } from '../services/exchange/handlers';
import { backupHandlers } from '../services/backups/handlers';
import { auditHandlers } from '../services/audit/handlers';
import { rodoHandlers } from '../services/rodo/handlers';
import { connectionHandlers } from '../services/connection/handlers';
import { officeHandlers } from '../services/office/handlers';
import { dashboardHandlers } from '../services/dashboard/handlers';
import { searchHandlers } from '../services/search/handlers';
import { studyHandlers } from '../services/studies/handlers';
import { subregionHandlers } from '../services/subregions/handlers';

export type Handlers = HandlersOf<Contract>;

export const handlers: Handlers = {
  ...appHandlers,
  ...territoryHandlers,
  ...institutionHandlers,
  ...peopleHandlers,
  ...importHandlers,
  ...projectHandlers,
  ...agreementHandlers,
  ...templateHandlers,
  ...partnershipHandlers,
  ...eventHandlers,
  ...eventDocumentHandlers,
  ...printingHandlers,
  ...reportHandlers,
  ...exchangeHandlers,
  ...backupHandlers,
  ...auditHandlers,
  ...rodoHandlers,
  ...connectionHandlers,
  ...officeHandlers,
  ...dashboardHandlers,
  ...searchHandlers,
  ...studyHandlers,
  ...subregionHandlers,
};
