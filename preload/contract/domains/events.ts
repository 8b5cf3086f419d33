/** Channels of events: the calendar, recurring series, participants and attendance per day, attachments, the coaching register. */
import { byId, byIdAndVersion, channel } from '../channel';
import type { ExportedFile } from '../schemas/fields';
import {
  coachingRegisterQuery,
  eventAddParticipants,
  eventAddPartnershipMembers,
  eventAttachmentUpdate,
  eventAttachmentUpload,
  eventCreateParticipant,
  eventListQuery,
  eventPageQuery,
  eventParticipantRef,
  eventReschedule,
  eventSave,
  eventSeriesCreate,
  eventSeriesDelete,
  eventSeriesUpdate,
  eventSetAttendance,
  eventSetParticipantHours,
  eventSetHeadcount,
  eventSettle,
  type CalendarEvent,
  type CoachingRegister,
  type EventAttachment,
  type EventDetail,
  type EventPage,
  type EventParticipant,
  type EventSeriesDeleted,
  type EventSeriesResult,
  type EventSummary,
  type ParticipantsAdded,
} from '../schemas/events';

export const eventChannels = {
  /** Events overlapping the range (Warsaw calendar days, inclusive), filtered; by start. */
  'events.list': channel<EventSummary[]>()(eventListQuery),
  /** The events list a page at a time: this week and the coming events first, then the earlier ones, latest first; and the total. */
  'events.page': channel<EventPage>()(eventPageQuery),
  /** The calendar's events in its visible range: the same filters, lean rows (no names of what they refer to, no counts). */
  'events.calendar': channel<CalendarEvent[]>()(eventListQuery),
  /** The event with its leaders, participants (attendance per day), days, series, attachments. */
  'events.get': channel<EventDetail>()(byId),
  /** Creates or edits an event; editing an occurrence of a series detaches it from the series. */
  'events.save': channel<EventDetail>()(eventSave),
  /** Refused when certificates were issued for it; participants, attendance and attachments go with it. */
  'events.delete': channel<{ id: string }>()(byIdAndVersion),
  /** Moves the event to a new start keeping its duration (drag and drop in the calendar). */
  'events.reschedule': channel<EventDetail>()(eventReschedule),
  /** Marks an event left "planned" after its end as held, or as cancelled with the reason. */
  'events.settle': channel<EventDetail>()(eventSettle),

  /** One event per occurrence of the rule, all at the same Warsaw wall-clock time. */
  'events.createSeries': channel<EventSeriesResult>()(eventSeriesCreate),
  /** Applies the draft to every occurrence not edited on its own (optionally from one occurrence on). */
  'events.updateSeries': channel<EventSeriesResult>()(eventSeriesUpdate),
  /** Deletes the occurrences (optionally from one on); those edited on their own stay as standalone events. */
  'events.deleteSeries': channel<EventSeriesDeleted>()(eventSeriesDelete),

  /** Registers people (each once; those on the list already are reported, not added again). */
  'events.addParticipants': channel<ParticipantsAdded>()(eventAddParticipants),
  /** Registers the representatives of the partnership's current members; members without one are reported. */
  'events.addPartnershipMembers': channel<ParticipantsAdded>()(eventAddPartnershipMembers),
  /** Creates a person and registers them in one go (a walk-in added on the spot). */
  'events.createParticipant': channel<EventParticipant>()(eventCreateParticipant),
  'events.removeParticipant': channel<{ id: string }>()(eventParticipantRef),
  /** Sets (or, with status null, clears) attendance marks per participant and day: all or nothing. */
  'events.setAttendance': channel<EventDetail>()(eventSetAttendance),
  /** A participant's own hours, for coaching and supervision. */
  'events.setParticipantHours': channel<EventParticipant>()(eventSetParticipantHours),
  /** How many people not named on the list took part on one day of the event (null clears it). */
  'events.setHeadcount': channel<EventDetail>()(eventSetHeadcount),

  /** Stores a file (PDF, JPG, PNG: a signed attendance list, photos of a flip chart) with the event. */
  'events.addAttachment': channel<EventAttachment>()(eventAttachmentUpload),
  /** Kind, caption, the day taken and the summary's photo page flag of an attachment (a photo must be JPG or PNG). */
  'events.updateAttachment': channel<EventAttachment>()(eventAttachmentUpdate),
  'events.deleteAttachment': channel<{ id: string }>()(byId),
  /** The attachment with its original file name, checksum verified. */
  'events.getAttachment': channel<ExportedFile>()(byId),

  /** Clock hours of coaching or supervision per person in a period, individual and group, held events only. */
  'events.coachingRegister': channel<CoachingRegister>()(coachingRegisterQuery),
  /** The same register as a spreadsheet: participants, and coaches and supervisors, each with totals. */
  'events.coachingRegisterXlsx': channel<ExportedFile>()(coachingRegisterQuery),
  'events.coachingRegisterPdf': channel<ExportedFile>()(coachingRegisterQuery),
} as const;
