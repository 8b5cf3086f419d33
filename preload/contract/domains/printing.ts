/** Channels of printed documents: filled templates and the basket of services, as PDF or DOCX. */
import { channel } from '../channel';
import type { ExportedFile } from '../schemas/fields';
import { agreementPrint, basketPrint, declarationPrint, paperPrint, templatePreview, type PaperPrintResult, type TemplatePreview } from '../schemas/printing';

export const printingChannels = {
  'agreements.print': channel<ExportedFile>()(agreementPrint),
  'partnerships.printDeclaration': channel<ExportedFile>()(declarationPrint),
  'partnerships.printBasket': channel<ExportedFile>()(basketPrint),
  /** The template editor's live preview with example data; reports unknown placeholders. */
  'templates.preview': channel<TemplatePreview>()(templatePreview),
  /** "Drukuj": an attendance list, an agreement or certificates on paper, through the system's print dialog. */
  'printing.paper': channel<PaperPrintResult>()(paperPrint),
} as const;
