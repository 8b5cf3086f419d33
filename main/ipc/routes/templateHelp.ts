/** Handlers of the template editor's help: the document engine's placeholders for a kind. */
import type { PlaceholderInfo, templateHelpChannels } from '../../../preload/contract/domains/templateHelp';
import { PLACEHOLDERS, type PlaceholderSpec } from '../../services/documents';
import type { HandlersOf } from '../handlerTypes';

function info(spec: PlaceholderSpec): PlaceholderInfo {
  return { name: spec.name, description: spec.description, ...(spec.list ? { list: spec.list.map(info) } : {}) };
}

export const templateHelpHandlers: HandlersOf<typeof templateHelpChannels> = {
  'templates.placeholders': async (_ctx, { kind }) => PLACEHOLDERS[kind].map(info),
};
