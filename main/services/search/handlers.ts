/** Handlers of the global search's channels. */
import type { searchChannels } from '../../../preload/contract/domains/search';
import type { HandlersOf } from '../handlerTypes';
import { globalSearch } from '.';

export const searchHandlers: HandlersOf<typeof searchChannels> = {
  'search.global': (ctx, input) => globalSearch(ctx.db, input),
};
