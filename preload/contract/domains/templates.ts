/** Channels of the editable document templates (agreement, declaration). */
import { byId, byIdAndVersion, channel } from '../channel';
import { templateListQuery, templateSave, type DocumentTemplate, type DocumentTemplateSummary } from '../schemas/template';

export const templateChannels = {
  'templates.list': channel<DocumentTemplateSummary[]>()(templateListQuery),
  'templates.get': channel<DocumentTemplate>()(byId),
  /** Refuses a body with placeholders the document engine does not know. */
  'templates.save': channel<DocumentTemplate>()(templateSave),
  /** Refused for the default template of its kind. */
  'templates.delete': channel<{ id: string }>()(byIdAndVersion),
  'templates.setDefault': channel<DocumentTemplate>()(byId),
} as const;
