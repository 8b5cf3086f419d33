/**
 * Editable templates documents are printed from (the agreement's wording differs by office):
 * Markdown with {{placeholders}}; one default per kind.
 */
import { z } from 'zod';
import { TEMPLATE_KIND_KEYS, type TemplateKind } from '../vocabulary';
import * as f from './fields';

/** The longest template body, the same in the form, the contract and the exchange file. */
export const TEMPLATE_BODY_MAX_CHARS = 200_000;

const templateKind = z.enum(TEMPLATE_KIND_KEYS, { error: 'Wybierz rodzaj szablonu z listy' });

export const templateDraft = z.object({
  /** Fixed once the template exists. */
  kind: templateKind,
  name: f.requiredText('Nazwa szablonu', 200),
  body: f.requiredText('Treść szablonu', TEMPLATE_BODY_MAX_CHARS),
});

export const templateSave = f.withIdentity(templateDraft);

export const templateListQuery = z.object({ kind: templateKind.optional() }).default({});

export type TemplateDraft = z.input<typeof templateDraft>;
export type TemplateSave = z.output<typeof templateSave>;
export type TemplateListQuery = z.output<typeof templateListQuery>;

/** A row of the templates list (without the body). */
export interface DocumentTemplateSummary {
  id: string;
  version: number;
  kind: TemplateKind;
  name: string;
  /** The template used when an agreement names none; exactly one per kind once any exists. */
  isDefault: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface DocumentTemplate extends DocumentTemplateSummary {
  body: string;
}

export const templatePreview = z.object({
  kind: z.enum(TEMPLATE_KIND_KEYS, { error: 'Nieznany rodzaj dokumentu' }),
  body: f.text().max(TEMPLATE_BODY_MAX_CHARS, 'Szablon jest za długi'),
});

export interface TemplatePreview {
  /** The document made with example data, or null when the template has problems. */
  html: string | null;
  problems: string[];
}

/** A placeholder as the editor shows it: its dotted name (without braces), what it prints, and a list's item fields. */
export interface PlaceholderInfo {
  name: string;
  description: string;
  /** Present for a list section (`{{#strony}}…{{/strony}}`): the fields of one item. */
  list?: PlaceholderInfo[];
}

export const templatePlaceholdersQuery = z.object({ kind: z.enum(TEMPLATE_KIND_KEYS, { error: 'Nieznany rodzaj dokumentu' }) });
