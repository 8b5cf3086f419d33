import { rowsWhereIn, type SeriesRow } from '../rows';
import type { CheckedFile } from '../validate';
import { chunksOf, upsert, type Writing } from './writing';

/** Event series. */
export async function writeEventSeries(w: Writing, doc: CheckedFile): Promise<void> {
  const { db, inserts, count } = w;
  for (const chunk of chunksOf(doc, 'eventSeries')) {
    const storedSeries = new Map((await rowsWhereIn<SeriesRow>(db, 'event_series', 'id', chunk.map((value) => value.id))).map((row) => [row.id, row]));
    for (const value of chunk) {
      count('eventSeries', await upsert(w, 'event_series', value.id, { rule: value.rule }, {}, storedSeries.get(value.id) as never, false));
      await inserts.flushIfFull(['event_series']);
    }
  }
  await inserts.flush(['event_series']);
}
