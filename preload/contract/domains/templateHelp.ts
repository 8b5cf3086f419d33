/**
 * Help for the template editor: the placeholders (znaczniki) each kind of document may use, as the document
 * engine in main defines them. Read-only; the renderer shows them beside the editor.
 */
import { z } from 'zod';
import { channel } from '../channel';
import { TEMPLATE_KIND_KEYS } from '../vocabulary';

/** A placeholder as the editor shows it: its dotted name (without braces), what it prints, and a list's item fields. */
export interface PlaceholderInfo {
  name: string;
  description: string;
  /** Present for a list section (`{{#strony}}…{{/strony}}`): the fields of one item. */
  list?: PlaceholderInfo[];
}

export const templatePlaceholdersQuery = z.object({ kind: z.enum(TEMPLATE_KIND_KEYS, { error: 'Nieznany rodzaj dokumentu' }) });

export const templateHelpChannels = {
  /** The placeholders a template of the kind may use, in the order the editor lists them. */
  'templates.placeholders': channel<PlaceholderInfo[]>()(templatePlaceholdersQuery),
} as const;
