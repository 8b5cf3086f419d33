/** Handlers of the documents and exports of events. */
import type { eventDocumentChannels } from '../../../preload/contract/domains/eventDocuments';
import {
  certificatePlan,
  certificateRegister,
  exportCalendar,
  eventFolderPdf,
  exportCertificateRegister,
  issueCertificates,
  printAttendanceList,
  printBadges,
  printCertificateRegister,
  printCertificates,
} from '.';
import type { HandlersOf } from '../handlerTypes';

export const eventDocumentHandlers: HandlersOf<typeof eventDocumentChannels> = {
  'eventDocuments.attendanceList': (ctx, input) => printAttendanceList(ctx, input),
  'eventDocuments.certificatePlan': (ctx, input) => certificatePlan(ctx.db, input.eventId),
  'eventDocuments.issueCertificates': (ctx, input) => issueCertificates(ctx.db, input),
  'eventDocuments.certificatesPdf': (ctx, input) => printCertificates(ctx, input),
  'eventDocuments.certificateRegister': (ctx, input) => certificateRegister(ctx.db, input),
  'eventDocuments.certificateRegisterPdf': (ctx, input) => printCertificateRegister(ctx, input),
  'eventDocuments.certificateRegisterXlsx': (ctx, input) => exportCertificateRegister(ctx.db, input),
  'eventDocuments.folder': (ctx, input) => eventFolderPdf(ctx, input),
  'eventDocuments.badges': (ctx, input) => printBadges(ctx, input),
  'eventDocuments.ics': (ctx, input) => exportCalendar(ctx, input),
};
