/** Porozumienie o współpracy: the agreement filled into its editable template. */
import type { AgreementData } from '../placeholders';
import type { MarkdownDocument } from '../printable';
import { fillTemplate } from '../template';
import { inSentence, tidyFilled } from './filled';

export interface AgreementDocumentData {
  number: string;
  /** The agreement's template (Markdown with placeholders). */
  template: string;
  data: AgreementData;
  /** The project's logo strip. */
  logo: Uint8Array | null;
}

export function agreementDocument({ number, template, data, logo }: AgreementDocumentData): MarkdownDocument {
  const partyNames = data.strony.map(({ strona }) => (typeof strona.nazwa === 'string' ? strona.nazwa : '')).filter(Boolean);
  const filled = fillTemplate('agreement', template, { ...data, przedmiot: inSentence(data.przedmiot, partyNames) }, { record: `w porozumieniu ${number}`, path: `Porozumienia → ${number}` });
  return {
    title: `Porozumienie o współpracy nr ${number}`,
    fileStem: `porozumienie ${number}`,
    markdown: tidyFilled(filled, partyNames),
    logo,
    footerText: `Porozumienie nr ${number}`,
  };
}
