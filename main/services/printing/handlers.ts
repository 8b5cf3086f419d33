/** Handlers of printing on paper. */
import type { printingChannels } from '../../../preload/contract/domains/printing';
import type { HandlersOf } from '../handlerTypes';
import { printOnPaper } from '.';

export const printingHandlers: HandlersOf<typeof printingChannels> = {
  'printing.paper': (ctx, input) => printOnPaper(ctx, input),
};
