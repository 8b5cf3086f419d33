/** Handlers of the table import's channels. */
import type { importChannels } from '../../../preload/contract/domains/imports';
import type { HandlersOf } from '../handlerTypes';
import { commitImportInThread, previewImportInThread } from './inThread';
import { importTemplate } from './template';

export const importHandlers: HandlersOf<typeof importChannels> = {
  'imports.preview': (ctx, request) => previewImportInThread(ctx, request),
  'imports.commit': (ctx, request) => commitImportInThread(ctx, request),
  'imports.template': (_ctx, request) => importTemplate(request.entity),
};
