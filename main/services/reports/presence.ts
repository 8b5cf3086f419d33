/**
 * Who was present at the held events a summary counts, kept in columns instead of an object per person and event.
 * At the benchmark's 500 000 marks that was 357 134 objects, and every row of the summary's tables (per type, month,
 * gmina, voivodeship, project) built a set of id strings to count distinct people: with the events' copies, 46 MB a
 * summary outlived V8's young generation and stayed in the process (docs/performance.md, item 6; 17 MB now). Here
 * people are numbered in the order they are first met, an event's people are a slice of a typed array, and distinct
 * people are counted with one array of stamps.
 */
import type { Knex } from 'knex';
import { CHUNK, numberOrNull, started } from './data';

/** The people marked present at one event, at least once, and what they add up to. */
export interface EventPresence {
  /** Their numbers (indexes into PresenceTable.personIds). */
  readonly people: Int32Array;
  /** Their presence marks (one per person and day marked present). */
  readonly marks: number;
  /** The sum of their own hours (coaching, supervision) in the event's unit; null when none was recorded. */
  readonly personalHours: number | null;
  /** How many of them have no hours of their own (they got the event's hours). */
  readonly withoutOwnHours: number;
}

export interface PresenceTable {
  /** The people's ids, by number. */
  readonly personIds: string[];
  /** Per event id; events without anyone present are not in it. */
  readonly byEvent: Map<string, EventPresence>;
  /** People at events (the sum of every event's people). */
  readonly rows: number;
}

/** One event's people present, in one row: their ids joined by SEPARATOR, and what they add up to. */
interface PresenceRow {
  event_id: string;
  people: string;
  n: number | string;
  marks: number | string;
  personal_hours: number | string | null;
  without_own_hours: number | string;
}

/** Between the ids of one event's people (the unit separator, which an id typed by a person does not hold). */
const SEPARATOR = '\u001f';

/**
 * For each event, the people marked present and how often, read a chunk of events at a time, one row per event:
 * node-sqlite3 turns every row of a result into an object on the main thread, and at the benchmark's 357 134
 * people at 17 182 events that took most of the summary's time (docs/performance.md). SQL joins each event's ids
 * and sums its marks and hours; here the ids are split and numbered, and a chunk's people go into one typed array
 * of which each event gets its slice.
 */
export async function loadPresence(db: Knex, eventIds: string[]): Promise<PresenceTable> {
  const numbers = new Map<string, number>();
  const personIds: string[] = [];
  const byEvent = new Map<string, EventPresence>();
  const joined = db.client.config.client === 'pg' ? 'string_agg(ep.person_id, ?::text)' : 'group_concat(ep.person_id, ?)';
  let total = 0;
  // Each participant's presence marks are counted as they are written (present_days, kept by the triggers of
  // db/migrations/20261207_020_hot_join_keys.ts): a covering index answers without reading the marks themselves.
  const chunk = (i: number) =>
    db('event_participants as ep')
      .whereIn('ep.event_id', eventIds.slice(i, i + CHUNK))
      .where('ep.present_days', '>', 0)
      .groupBy('ep.event_id')
      .select('ep.event_id', {
        people: db.raw(joined, [SEPARATOR]),
        n: db.raw('count(*)'),
        marks: db.raw('sum(ep.present_days)'),
        personal_hours: db.raw('sum(ep.hours)'),
        without_own_hours: db.raw('count(*) - count(ep.hours)'),
      }) as Promise<PresenceRow[]>;
  // The database reads the next chunk while this one's ids are numbered.
  for (let i = 0, next: Promise<PresenceRow[]> | null = started(chunk(0)); next; i += CHUNK) {
    const rows = await next;
    next = i + CHUNK < eventIds.length ? started(chunk(i + CHUNK)) : null;
    const ids: string[][] = [];
    for (const row of rows) {
      const split = row.people.split(SEPARATOR);
      // An id holding the separator itself (only ever typed into a file by hand): that event's ids one by one.
      ids.push(
        split.length === Number(row.n)
          ? split
          : ((await db('event_participants').where({ event_id: row.event_id }).where('present_days', '>', 0).pluck('person_id')) as string[]),
      );
    }
    const people = new Int32Array(ids.reduce((sum, list) => sum + list.length, 0));
    let at = 0;
    rows.forEach((row, r) => {
      const first = at;
      for (const id of ids[r]!) {
        let person = numbers.get(id);
        if (person === undefined) {
          person = personIds.length;
          numbers.set(id, person);
          personIds.push(id);
        }
        people[at++] = person;
      }
      byEvent.set(row.event_id, {
        people: people.subarray(first, at),
        marks: Number(row.marks),
        personalHours: numberOrNull(row.personal_hours),
        withoutOwnHours: Number(row.without_own_hours),
      });
    });
    total += at;
  }
  return { personIds, byEvent, rows: total };
}

export const NOBODY: EventPresence = { people: new Int32Array(0), marks: 0, personalHours: null, withoutOwnHours: 0 };

// ---------------------------------------------------------------------------------------------------------
// Distinct people

/**
 * The stamp each person's number last got. Counting is synchronous (no await between stamping and reading), so
 * one array serves every summary, even two built at once; it grows to the largest number met.
 */
let stamps = new Uint32Array(0);
let stamp = 0;

function forEachDistinct(groups: Iterable<Int32Array>, visit: (person: number) => void): void {
  if (stamp === 0xffffffff) {
    stamps.fill(0);
    stamp = 0;
  }
  const current = ++stamp;
  for (const people of groups) {
    for (let i = 0; i < people.length; i++) {
      const person = people[i]!;
      if (person >= stamps.length) {
        const grown = new Uint32Array(Math.max(person + 1, stamps.length * 2));
        grown.set(stamps);
        stamps = grown;
      }
      if (stamps[person] !== current) {
        stamps[person] = current;
        visit(person);
      }
    }
  }
}

/** How many different people are in these groups. */
export function countDistinct(groups: Iterable<Int32Array>): number {
  let count = 0;
  forEachDistinct(groups, () => count++);
  return count;
}

/** The different people in these groups, each once. */
export function listDistinct(groups: Iterable<Int32Array>): number[] {
  const people: number[] = [];
  forEachDistinct(groups, (person) => people.push(person));
  return people;
}
