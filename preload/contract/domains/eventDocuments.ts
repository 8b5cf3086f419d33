/**
 * Channels of the documents and exports of events: the attendance list, certificates and their register,
 * name badges (PDF) and the calendar (iCalendar). Their own domain, apart from the events' channels.
 */
import { channel } from '../channel';
import {
  attendanceListPrint,
  badgesPrint,
  certificateIssue,
  certificatePlanQuery,
  certificateRegisterQuery,
  certificatesPrint,
  eventCalendarExport,
  eventFolderPrint,
  type CertificatePlan,
  type CertificateRegisterRow,
  type IssuedCertificate,
} from '../schemas/eventDocuments';
import type { ExportedFile } from '../schemas/fields';

export const eventDocumentChannels = {
  /** Lista obecności (PDF): one signature column per day, registered participants in Polish order, blank rows. */
  'eventDocuments.attendanceList': channel<ExportedFile>()(attendanceListPrint),
  /** Before numbering: who meets the event's certificate rule and gets one now, and who is left out and why. */
  'eventDocuments.certificatePlan': channel<CertificatePlan>()(certificatePlanQuery),
  /** Numbers certificates for the participants who meet the event's rule and have none yet; returns those issued now. */
  'eventDocuments.issueCertificates': channel<IssuedCertificate[]>()(certificateIssue),
  /** Every certificate of the event, one per page (PDF). */
  'eventDocuments.certificatesPdf': channel<ExportedFile>()(certificatesPrint),
  /** The register of issued certificates (of a year, or of one event), by number. */
  'eventDocuments.certificateRegister': channel<CertificateRegisterRow[]>()(certificateRegisterQuery),
  'eventDocuments.certificateRegisterPdf': channel<ExportedFile>()(certificateRegisterQuery),
  /** The same register as a spreadsheet (XLSX), with the filters shown on its first rows. */
  'eventDocuments.certificateRegisterXlsx': channel<ExportedFile>()(certificateRegisterQuery),
  /**
   * Teczka wydarzenia (PDF): a cover, the attendance list, the signed scans (PDF pages, images as pages), the event's
   * certificate register and the captioned photos; refused with the file's name when a stored file is missing or damaged.
   */
  'eventDocuments.folder': channel<ExportedFile>()(eventFolderPrint),
  /** Name badges, four to an A4 page (PDF). */
  'eventDocuments.badges': channel<ExportedFile>()(badgesPrint),
  /** The events matching the filters as kalendarz-kooperator.ics (Europe/Warsaw times with VTIMEZONE). */
  'eventDocuments.ics': channel<ExportedFile>()(eventCalendarExport),
} as const;
