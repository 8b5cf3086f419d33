/** Handlers of the exchange file's channels. */
import type { exchangeChannels } from '../../../preload/contract/domains/exchange';
import { fileBytes } from '../files';
import { exportExchangeFile, importInThread } from '.';
import type { HandlersOf } from '../handlerTypes';

export const exchangeHandlers: HandlersOf<typeof exchangeChannels> = {
  'exchange.export': (ctx, query) => exportExchangeFile(ctx.db, query, new Date(), ctx.filesDir),
  'exchange.import': (ctx, file) => importInThread(ctx, { bytes: fileBytes(file) }),
};
