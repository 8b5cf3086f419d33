/** Printed documents and exports of events: attendance lists, certificates and their register, badges, iCalendar. */
export { attendanceListHtml, MAX_ATTENDANCE_DAYS, printAttendanceList, type AttendanceListOptions } from './attendanceList';
export { BADGES_PER_PAGE, printBadges, type BadgesOptions } from './badges';
export { calendarIcs, exportCalendar, ICS_FILE_NAME, WARSAW_VTIMEZONE, type CalendarQuery } from './calendar';
export {
  certificateRegister,
  issueCertificates,
  printCertificateRegister,
  printCertificates,
  type CertificateRegisterQuery,
  type IssueCertificatesOptions,
  type PrintCertificatesOptions,
} from './certificates';
export { DEFAULT_OFFICE_NAME, eventTypeLocative, hoursText, SETTING_KEYS } from './common';
export { formatCount, formatNumberPl, pluralForm, type PluralForms } from '../language/plural';
export { defaultRodoClause, rodoClause } from './rodo';
export { eventDays, formatDayDots, formatDayInWords, formatDaySpan, formatEventDates, formatTimeRange, warsawDay, warsawToday, WARSAW } from './warsaw';
