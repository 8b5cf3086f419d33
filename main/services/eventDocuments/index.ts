/** Printed documents and exports of events: attendance lists, certificates and their register, badges, iCalendar. */
export { attendanceListHtml, printAttendanceList, type AttendanceListOptions } from './attendanceList';
export { eventFolderPdf, type EventFolderOptions } from './folder';
export { printBadges, type BadgesOptions } from './badges';
export { calendarIcs, exportCalendar, ICS_FILE_NAME, WARSAW_VTIMEZONE, type CalendarQuery } from './calendar';
export {
  certificateRegister,
  certificatesHtml,
  exportCertificateRegister,
  issueCertificates,
  printCertificateRegister,
  printCertificates,
  type CertificateRegisterQuery,
  type IssueCertificatesOptions,
  type PrintCertificatesOptions,
} from './certificates';
export { defaultRodoClause, rodoClause } from './rodo';
export { attendedHours, certificatePlan, certificateRuleOf } from './certificateRule';
