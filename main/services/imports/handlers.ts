/** Handlers of the table import's channels. */
import type { importChannels } from '../../../preload/contract/domains/imports';
import type { HandlersOf } from '../handlerTypes';
import { commitImport, previewImport } from '.';
import { importTemplate } from './template';

export const importHandlers: HandlersOf<typeof importChannels> = {
  'imports.preview': (ctx, request) => previewImport(ctx.db, request),
  'imports.commit': (ctx, request) => commitImport(ctx, request),
  'imports.template': (_ctx, request) => importTemplate(request.entity),
};
