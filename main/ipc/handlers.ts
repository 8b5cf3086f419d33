/**
 * Channel → service. The mapped type makes a missing or mistyped handler a compile error,
 * so the contract and the handlers cannot drift apart.
 */
import type { ChannelName, OutputOf, ParsedInputOf } from '../../preload/contract';
import { appInfo } from '../services/appInfo';
import type { ServiceContext } from '../services/context';
import { deleteInstitution, getInstitution, listInstitutions, saveInstitution } from '../services/institutions';

export type Handlers = {
  [C in ChannelName]: (ctx: ServiceContext, input: ParsedInputOf<C>) => Promise<OutputOf<C>>;
};

export const handlers: Handlers = {
  'app.info': (ctx) => appInfo(ctx),
  'institutions.list': (ctx, query) => listInstitutions(ctx.db, query),
  'institutions.get': (ctx, { id }) => getInstitution(ctx.db, id),
  'institutions.save': (ctx, input) => saveInstitution(ctx.db, input),
  'institutions.delete': (ctx, { id, version }) => deleteInstitution(ctx.db, id, version),
};
