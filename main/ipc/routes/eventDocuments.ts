/** Handlers of the documents and exports of events. */
import type { eventDocumentChannels } from '../../../preload/contract/domains/eventDocuments';
import {
  certificateRegister,
  exportCalendar,
  issueCertificates,
  printAttendanceList,
  printBadges,
  printCertificateRegister,
  printCertificates,
} from '../../services/eventDocuments';
import type { HandlersOf } from '../handlerTypes';

export const eventDocumentHandlers: HandlersOf<typeof eventDocumentChannels> = {
  'eventdocuments.attendanceList': (ctx, input) => printAttendanceList(ctx, input),
  'eventdocuments.issueCertificates': (ctx, input) => issueCertificates(ctx.db, input),
  'eventdocuments.certificatesPdf': (ctx, input) => printCertificates(ctx, input),
  'eventdocuments.certificateRegister': (ctx, input) => certificateRegister(ctx.db, input),
  'eventdocuments.certificateRegisterPdf': (ctx, input) => printCertificateRegister(ctx, input),
  'eventdocuments.badges': (ctx, input) => printBadges(ctx, input),
  'eventdocuments.ics': (ctx, input) => exportCalendar(ctx, input),
};
