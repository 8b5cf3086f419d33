/** Handlers of the document templates' channels: the register, the editor's preview and its help. */
import type { PlaceholderInfo } from '../../../preload/contract';
import type { templateChannels } from '../../../preload/contract/domains/templates';
import { PLACEHOLDERS, type PlaceholderSpec } from '../documents';
import type { HandlersOf } from '../handlerTypes';
import { deleteTemplate, getTemplate, listTemplates, saveTemplate, setDefaultTemplate } from '.';
import { previewTemplate } from './preview';

function info(spec: PlaceholderSpec): PlaceholderInfo {
  return { name: spec.name, description: spec.description, ...(spec.list ? { list: spec.list.map(info) } : {}) };
}

export const templateHandlers: HandlersOf<typeof templateChannels> = {
  'templates.list': (ctx, query) => listTemplates(ctx.db, query),
  'templates.get': (ctx, { id }) => getTemplate(ctx.db, id),
  'templates.save': (ctx, input) => saveTemplate(ctx.db, input),
  'templates.delete': (ctx, { id, version }) => deleteTemplate(ctx.db, id, version),
  'templates.setDefault': (ctx, { id }) => setDefaultTemplate(ctx.db, id),
  'templates.preview': async (_ctx, { kind, body }) => previewTemplate(kind, body),
  'templates.placeholders': async (_ctx, { kind }) => PLACEHOLDERS[kind].map(info),
};
