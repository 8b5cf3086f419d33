/**
 * Channel → service, for every channel of the contract. Each domain keeps its handlers in routes/;
 * the mapped type makes a missing or mistyped handler a compile error, so contract and handlers cannot drift.
 */
import type { Contract } from '../../preload/contract';
import type { HandlersOf } from './handlerTypes';
import { dailyUseHandlers } from './routes/dailyUse';
import { exchangeHandlers } from './routes/exchange';
import { maintenanceHandlers } from './routes/maintenance';
import { printingHandlers } from './routes/printing';
import { partnershipHandlers } from './routes/partnerships';
import { registerHandlers } from './routes/registers';
import { projectHandlers } from './routes/projects';
import { agreementHandlers, templateHandlers } from './routes/agreements';
import { templateHelpHandlers } from './routes/templateHelp';
import { eventHandlers } from './routes/events';
import { eventDocumentHandlers } from './routes/eventDocuments';
import { reportHandlers } from './routes/reports';
import { auditHandlers } from './routes/audit';
import { rodoHandlers } from './routes/rodo';
import { connectionHandlers } from './routes/connection';

export type Handlers = HandlersOf<Contract>;

export const handlers: Handlers = {
  ...exchangeHandlers,
  ...registerHandlers,
  ...projectHandlers,
  ...agreementHandlers,
  ...templateHandlers,
  ...templateHelpHandlers,
  ...partnershipHandlers,
  ...maintenanceHandlers,
  ...printingHandlers,
  ...eventHandlers,
  ...eventDocumentHandlers,
  ...dailyUseHandlers,
  ...reportHandlers,
  ...auditHandlers,
  ...rodoHandlers,
  ...connectionHandlers,
};
