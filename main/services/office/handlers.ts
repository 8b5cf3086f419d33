/** Handlers of the office's channels. */
import type { officeChannels } from '../../../preload/contract/domains/office';
import type { HandlersOf } from '../handlerTypes';
import { getOffice, saveOffice } from '.';

export const officeHandlers: HandlersOf<typeof officeChannels> = {
  'office.get': (ctx) => getOffice(ctx),
  'office.save': (ctx, input) => saveOffice(ctx, input),
};
