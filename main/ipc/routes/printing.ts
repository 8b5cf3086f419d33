/** Handlers of the printing channels. */
import type { printingChannels } from '../../../preload/contract/domains/printing';
import { printAgreement, printBasket, printDeclaration, previewTemplate } from '../../services/printing';
import { printOnPaper } from '../../services/paperPrinting';
import type { HandlersOf } from '../handlerTypes';

export const printingHandlers: HandlersOf<typeof printingChannels> = {
  'agreements.print': (ctx, input) => printAgreement(ctx, input),
  'partnerships.printDeclaration': (ctx, input) => printDeclaration(ctx, input),
  'partnerships.printBasket': (ctx, input) => printBasket(ctx, input),
  'templates.preview': async (_ctx, { kind, body }) => previewTemplate(kind, body),
  'printing.paper': (ctx, input) => printOnPaper(ctx, input),
};
