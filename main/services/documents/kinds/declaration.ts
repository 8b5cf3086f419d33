/** Deklaracja przystąpienia do PZK: a member's declaration of joining, filled into its editable template. */
import type { DeclarationData } from '../placeholders';
import type { MarkdownDocument } from '../printable';
import { fillTemplate } from '../template';
import { tidyFilled } from './filled';

export interface DeclarationDocumentData {
  partnershipName: string;
  institutionName: string;
  /** The declaration's template (Markdown with placeholders). */
  template: string;
  data: DeclarationData;
  /** The partnership's project's logo strip. */
  logo: Uint8Array | null;
}

export function declarationDocument({ partnershipName, institutionName, template, data, logo }: DeclarationDocumentData): MarkdownDocument {
  return {
    title: 'Deklaracja przystąpienia do PZK',
    fileStem: `deklaracja ${institutionName}`,
    markdown: tidyFilled(fillTemplate('declaration', template, data, { record: `w partnerstwie „${partnershipName}”`, path: `Partnerstwa → ${partnershipName}` })),
    logo,
    footerText: partnershipName,
  };
}
