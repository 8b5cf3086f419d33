/** Handlers of the events' channels: the calendar, series, participants and attendance, attachments, the coaching register. */
import type { eventChannels } from '../../../preload/contract/domains/events';
import {
  addAttachment,
  addParticipants,
  addPartnershipMembers,
  coachingRegister,
  createParticipant,
  createSeries,
  deleteAttachment,
  deleteEvent,
  deleteSeries,
  getAttachmentFile,
  getEvent,
  listEvents,
  removeParticipant,
  rescheduleEvent,
  saveEvent,
  setAttendance,
  setParticipantHours,
  updateSeries,
} from '.';
import type { HandlersOf } from '../handlerTypes';

export const eventHandlers: HandlersOf<typeof eventChannels> = {
  'events.list': (ctx, query) => listEvents(ctx.db, query),
  'events.get': (ctx, { id }) => getEvent(ctx.db, id),
  'events.save': (ctx, input) => saveEvent(ctx.db, input),
  'events.delete': (ctx, { id, version }) => deleteEvent(ctx.db, id, version),
  'events.reschedule': (ctx, input) => rescheduleEvent(ctx.db, input),
  'events.createSeries': (ctx, input) => createSeries(ctx.db, input),
  'events.updateSeries': (ctx, input) => updateSeries(ctx.db, input),
  'events.deleteSeries': (ctx, input) => deleteSeries(ctx.db, input),
  'events.addParticipants': (ctx, input) => addParticipants(ctx.db, input),
  'events.addPartnershipMembers': (ctx, input) => addPartnershipMembers(ctx.db, input),
  'events.createParticipant': (ctx, input) => createParticipant(ctx.db, input),
  'events.removeParticipant': (ctx, { participantId }) => removeParticipant(ctx.db, participantId),
  'events.setAttendance': (ctx, input) => setAttendance(ctx.db, input),
  'events.setParticipantHours': (ctx, input) => setParticipantHours(ctx.db, input),
  'events.addAttachment': (ctx, input) => addAttachment(ctx.db, ctx.filesDir, input),
  'events.deleteAttachment': (ctx, { id }) => deleteAttachment(ctx.db, id),
  'events.getAttachment': (ctx, { id }) => getAttachmentFile(ctx.db, ctx.filesDir, id),
  'events.coachingRegister': (ctx, query) => coachingRegister(ctx.db, query),
};
