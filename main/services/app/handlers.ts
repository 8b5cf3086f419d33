/** Handlers of the app's own channels. */
import type { appChannels } from '../../../preload/contract/domains/app';
import type { HandlersOf } from '../handlerTypes';
import { appInfo } from '.';

export const appHandlers: HandlersOf<typeof appChannels> = {
  'app.info': (ctx) => appInfo(ctx),
};
