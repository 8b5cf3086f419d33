/** Channels of the editable document templates (agreement, declaration). */
import { byId, byIdAndVersion, channel } from '../channel';
import {
  templateListQuery,
  templatePlaceholdersQuery,
  templatePreview,
  templateSave,
  type DocumentTemplate,
  type DocumentTemplateSummary,
  type PlaceholderInfo,
  type TemplatePreview,
} from '../schemas/templates';

export const templateChannels = {
  'templates.list': channel<DocumentTemplateSummary[]>()(templateListQuery),
  'templates.get': channel<DocumentTemplate>()(byId),
  /** Refuses a body with placeholders the document engine does not know. */
  'templates.save': channel<DocumentTemplate>()(templateSave),
  /** Refused for the default template of its kind. */
  'templates.delete': channel<{ id: string }>()(byIdAndVersion),
  'templates.setDefault': channel<DocumentTemplate>()(byId),
  /** The template editor's live preview with example data; reports unknown placeholders. */
  'templates.preview': channel<TemplatePreview>()(templatePreview),
  /** The placeholders a template of the kind may use, in the order the editor lists them (the editor's help). */
  'templates.placeholders': channel<PlaceholderInfo[]>()(templatePlaceholdersQuery),
} as const;
