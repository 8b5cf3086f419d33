/**
 * The summary's photo page: photos marked "do sprawozdania" on the pages of the held events the summary counts, in
 * the order they were taken. The bytes are read only when a document is printed (exports.ts).
 */
import type { Knex } from 'knex';
import { comparePolish, type SummaryPhoto } from '../../../preload/contract';
import { rowsWhereIn } from '../exchange/rows';
import type { HeldEvent } from './types';

export async function summaryPhotos(db: Knex, held: readonly HeldEvent[]): Promise<SummaryPhoto[]> {
  const events = new Map(held.map((event) => [event.id, event]));
  const rows = (await rowsWhereIn<{ id: string; event_id: string; kind: string; caption: string | null; taken_on: string | null; in_summary: boolean | number }>(db, 'event_attachments', 'event_id', events.keys())).filter(
    (row) => row.kind === 'photo' && Boolean(row.in_summary),
  );
  return rows
    .map((row): SummaryPhoto => {
      const event = events.get(row.event_id)!;
      return { attachmentId: row.id, eventId: event.id, eventTitle: event.title, day: row.taken_on ?? event.startDay, caption: row.caption };
    })
    .sort((a, b) => a.day.localeCompare(b.day) || comparePolish(a.eventTitle, b.eventTitle) || comparePolish(a.caption ?? '', b.caption ?? '') || a.attachmentId.localeCompare(b.attachmentId));
}
