import { z } from 'zod';
import { TEMPLATE_KIND_KEYS } from '../vocabulary';
import * as f from './fields';

export const PRINT_FORMATS = ['pdf', 'docx'] as const;
export type PrintFormat = (typeof PRINT_FORMATS)[number];
const format = z.enum(PRINT_FORMATS, { error: 'Wybierz format: PDF albo DOCX' });

export const agreementPrint = z.object({
  id: f.id,
  format,
  /** Black-and-white print: the monochrome logo strip, without the national colours (ESF rules). */
  monochrome: z.boolean().default(false),
});

export const declarationPrint = z.object({ partnershipId: f.id, memberId: f.id, format });
export const basketPrint = z.object({ partnershipId: f.id, format });

export const templatePreview = z.object({
  kind: z.enum(TEMPLATE_KIND_KEYS, { error: 'Nieznany rodzaj dokumentu' }),
  body: z.string().max(200_000, 'Szablon jest za długi'),
});

export interface TemplatePreview {
  /** The document made with example data, or null when the template has problems. */
  html: string | null;
  problems: string[];
}
