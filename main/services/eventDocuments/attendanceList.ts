/** The attendance list of an event, loaded and made by its document kind (documents/kinds/attendanceList). */
import type { ExportedFile } from '../../../preload/contract';
import type { ServiceContext } from '../context';
import { attendanceListDocument, MAX_ATTENDANCE_DAYS } from '../documents/kinds';
import { pdfFile, type PrintedDocument } from '../documents';
import { ServiceError } from '../errors';
import { eventDays } from '../language';
import { projectLogoDataUrl } from '../projects';
import { eventLeaders, eventParticipants, eventSetting, loadEvent } from './eventData';
import { rodoClause } from './rodo';

export interface AttendanceListOptions {
  eventId: string;
  /** Empty numbered rows after the registered participants, for people who come unannounced (0–50). */
  blankRows?: number;
  /** Black-and-white print: the monochrome logo strip. */
  monochrome?: boolean;
}

/** The list's one HTML, for the PDF and for paper. */
export async function attendanceListHtml(ctx: ServiceContext, options: AttendanceListOptions): Promise<PrintedDocument> {
  const event = await loadEvent(ctx.db, options.eventId);
  const days = eventDays(event.startsAt, event.endsAt).length;
  if (days > MAX_ATTENDANCE_DAYS) {
    throw new ServiceError(
      'validation',
      `Wydarzenie trwa ${days} dni, a lista obecności mieści najwyżej ${MAX_ATTENDANCE_DAYS} kolumn podpisów (po jednej na dzień). Sprawdź daty rozpoczęcia i zakończenia wydarzenia.`,
    );
  }
  const [setting, leaders, participants] = await Promise.all([eventSetting(ctx.db, event), eventLeaders(ctx.db, event.id), eventParticipants(ctx.db, event.id)]);
  const clause = await rodoClause(ctx.db, setting.project?.name ?? null);
  const logoDataUrl = await projectLogoDataUrl(ctx, event.projectId, options.monochrome ?? false);
  return attendanceListDocument({ event, setting, leaders, participants, clause, logoDataUrl, blankRows: options.blankRows ?? 0 });
}

export async function printAttendanceList(ctx: ServiceContext, options: AttendanceListOptions): Promise<ExportedFile> {
  return pdfFile(ctx, await attendanceListHtml(ctx, options));
}
