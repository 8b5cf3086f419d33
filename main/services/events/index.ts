/**
 * Events of the model: the calendar, recurring series of partnership meetings, participants and attendance per
 * Warsaw day, attachments, the coaching and supervision register. Plain functions over knex, no Electron.
 * Other features (attendance lists, certificates, ICS, summaries) use getEvent, eventDays and the Warsaw time helpers.
 */
export { toClockHours } from '../../../preload/contract';
export { compareEvents, getEvent, getParticipant, listCalendarEvents, listEvents, listEventsPage, participantsOf } from './read';
export { deleteEvent, rescheduleEvent, saveEvent, setHeadcount, settleEvent } from './write';
export { createSeries, deleteSeries, getSeries, updateSeries } from './series';
export { addParticipants, addPartnershipMembers, createParticipant, removeParticipant, setAttendance, setParticipantHours } from './participants';
export { addAttachment, attachmentBytes, attachmentRows, deleteAttachment, getAttachmentFile, updateAttachment, type AttachmentRow } from './attachments';
export { coachingRegister } from './register';
export { coachingRegisterDocument, exportCoachingRegisterPdf, exportCoachingRegisterXlsx } from './registerExport';
export { occurrencesOf, type Occurrence } from './recurrence';
