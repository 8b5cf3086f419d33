/**
 * Channel → service, for every channel of the contract. Each domain keeps its handlers in routes/;
 * the mapped type makes a missing or mistyped handler a compile error, so contract and handlers cannot drift.
 */
import type { Contract } from '../../preload/contract';
import type { HandlersOf } from './handlerTypes';
import { registerHandlers } from './routes/registers';

export type Handlers = HandlersOf<Contract>;

export const handlers: Handlers = {
  ...registerHandlers,
};
