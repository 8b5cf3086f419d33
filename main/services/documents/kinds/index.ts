/**
 * Every printed document of the app, by kind: its Polish name and the one HTML it makes from data already loaded
 * by its domain. The PDF, the DOCX (of the Markdown kinds) and paper printing all print that document.
 */
import { markdownHtml, type MarkdownDocument, type PrintedDocument } from '../printable';
import { agreementDocument } from './agreement';
import { attendanceListDocument } from './attendanceList';
import { badgesDocument } from './badges';
import { basketDocument } from './basket';
import { certificateRegisterDocument } from './certificateRegister';
import { certificatesDocument } from './certificates';
import { declarationDocument } from './declaration';
import { rodoExportDocument } from './rodoExport';
import { summaryDocument } from './summary';

export interface PrintedKind<Data> {
  /** What offices call the document. */
  name: string;
  document(data: Data): PrintedDocument;
}

function htmlKind<Data>(name: string, document: (data: Data) => PrintedDocument): PrintedKind<Data> {
  return { name, document };
}

function markdownKind<Data>(name: string, document: (data: Data) => MarkdownDocument): PrintedKind<Data> {
  return { name, document: (data) => markdownHtml(document(data)) };
}

export const PRINTED_KINDS = {
  agreement: markdownKind('Porozumienie o współpracy', agreementDocument),
  declaration: markdownKind('Deklaracja przystąpienia do PZK', declarationDocument),
  basket: markdownKind('Lokalny koszyk usług', basketDocument),
  attendanceList: htmlKind('Lista obecności', attendanceListDocument),
  certificates: htmlKind('Zaświadczenia', certificatesDocument),
  certificateRegister: htmlKind('Rejestr wydanych zaświadczeń', certificateRegisterDocument),
  badges: htmlKind('Identyfikatory', badgesDocument),
  rodoExport: htmlKind('Dane osobowe', rodoExportDocument),
  summary: markdownKind('Podsumowanie', summaryDocument),
};

export type PrintedKindName = keyof typeof PRINTED_KINDS;

/** The data a kind prints. */
export type PrintedKindData<K extends PrintedKindName> = (typeof PRINTED_KINDS)[K] extends PrintedKind<infer Data> ? Data : never;

export { agreementDocument, attendanceListDocument, badgesDocument, basketDocument, certificateRegisterDocument, certificatesDocument, declarationDocument, rodoExportDocument, summaryDocument };
export { MAX_ATTENDANCE_DAYS, type AttendanceListData } from './attendanceList';
export { BADGES_PER_PAGE, type BadgesData } from './badges';
export type { AgreementDocumentData } from './agreement';
export type { BasketData } from './basket';
export type { CertificateRegisterData } from './certificateRegister';
export type { CertificatesData } from './certificates';
export type { DeclarationDocumentData } from './declaration';
export type { EventSetting, PrintedEvent } from './event';
export { rodoExportFileStem } from './rodoExport';
export type { SummaryDocumentData } from './summary';

