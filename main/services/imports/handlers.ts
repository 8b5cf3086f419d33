/** Handlers of the table import's channels. */
import type { importChannels } from '../../../preload/contract/domains/imports';
import type { HandlersOf } from '../handlerTypes';
import { commitImportInThread, previewImportInThread } from './inThread';

export const importHandlers: HandlersOf<typeof importChannels> = {
  'imports.preview': (ctx, request) => previewImportInThread(ctx, request),
  'imports.commit': (ctx, request) => commitImportInThread(ctx, request),
};
