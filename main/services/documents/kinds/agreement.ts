/** Porozumienie o współpracy: the agreement filled into its editable template. */
import type { AgreementData } from '../placeholders';
import type { MarkdownDocument } from '../printable';
import { fillTemplate } from '../template';

export interface AgreementDocumentData {
  number: string;
  /** The agreement's template (Markdown with placeholders). */
  template: string;
  data: AgreementData;
  /** The project's logo strip. */
  logo: Uint8Array | null;
}

export function agreementDocument({ number, template, data, logo }: AgreementDocumentData): MarkdownDocument {
  return {
    title: `Porozumienie o współpracy nr ${number}`,
    fileStem: `porozumienie ${number}`,
    markdown: fillTemplate('agreement', template, data, { record: `w porozumieniu ${number}`, path: `Porozumienia → ${number}` }),
    logo,
    footerText: `Porozumienie nr ${number}`,
  };
}
