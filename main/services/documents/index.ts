/** The document engine: editable templates with named placeholders, printed to A4 PDF and DOCX. */
export {
  AGREEMENT_PLACEHOLDERS,
  DECLARATION_PLACEHOLDERS,
  DOCUMENT_KINDS,
  DOCUMENT_KIND_LABELS,
  PLACEHOLDERS,
  partyAccusative,
  type AgreementData,
  type AgreementParty,
  type DeclarationData,
  type DocumentDataByKind,
  type DocumentKind,
  type FillContext,
  type PlaceholderSpec,
  type PlaceholderValue,
} from './placeholders';
export {
  DEFAULT_TEMPLATES,
  assertValidTemplate,
  escapeMarkdown,
  fillTemplate,
  templatePlaceholders,
  validateTemplate,
  type TemplateValidation,
} from './template';
export { markdownToDocx, type DocxDocument } from './docx';
export { escapeHtml, markdownToHtml, printDocumentHtml, type PrintableDocument } from './render';
export { DOCUMENT_FONT_FAMILY, embeddedFontCss } from './fonts';
export { documentFile, documentFileName, imageDataUrl, keepYearTogether, logoImg, safeFileStem, shorten, textToHtml } from './html';
export { markdownFile, markdownHtml, pdfFile, type MarkdownDocument, type PrintedDocument } from './printable';
export { formatDateInWords, formatDayDots, formatDaySpan } from '../language/dates';
