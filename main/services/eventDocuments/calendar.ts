/**
 * The calendar of events as an iCalendar file (RFC 5545) for Outlook, Thunderbird or a phone: one VEVENT per
 * event (UID `<event id>@kooperator`, so re-importing updates instead of duplicating), times in Europe/Warsaw
 * local time with TZID and a VTIMEZONE (Outlook needs it), cancelled events as STATUS:CANCELLED.
 */
import ical, { ICalEventStatus } from 'ical-generator';
import { DateTime } from 'luxon';
import { EVENT_STATUSES, type EventType, type ExportedFile } from '../../../preload/contract';
import type { ServiceContext } from '../context';
import { ServiceError } from '../errors';
import type { EventRow as StoredEvent } from '../../../db/rows';
import { eventTypeLabel, hoursText, WARSAW, warsawDayStart } from '../language';
import { EVENT_COLUMNS, toEventRow, type RawEvent } from './eventData';

export const ICS_FILE_NAME = 'kalendarz-kooperator.ics';

/**
 * Europe/Warsaw as a VTIMEZONE: CET/CEST under the EU rule in force since 1996 (summer time from 1:00 UTC on
 * the last Sunday of March to 1:00 UTC on the last Sunday of October).
 */
export const WARSAW_VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  'TZID:Europe/Warsaw',
  'X-LIC-LOCATION:Europe/Warsaw',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
].join('\r\n');

export interface CalendarQuery {
  /** Warsaw calendar days, YYYY-MM-DD, both included: events that overlap the span. */
  from?: string | null;
  to?: string | null;
  types?: EventType[] | null;
  partnershipId?: string | null;
  /** TERYT code of a voivodeship, powiat or gmina: events in it (by the event's or its partnership's territory). */
  territoryCode?: string | null;
}

interface CalendarRow extends RawEvent, Pick<StoredEvent, 'notes' | 'version' | 'updated_at'> {
  partnership_name: string | null;
  project_name: string | null;
}

function utc(instant: string): DateTime {
  const time = DateTime.fromISO(instant, { zone: 'utc' });
  if (!time.isValid) throw new ServiceError('validation', `Nieprawidłowy czas wydarzenia w bazie: „${instant}”.`);
  return time;
}

export async function calendarIcs(ctx: ServiceContext, query: CalendarQuery = {}): Promise<string> {
  const q = ctx.db('events as e')
    .leftJoin('partnerships as p', 'p.id', 'e.partnership_id')
    .leftJoin('projects as pr', 'pr.id', 'e.project_id')
    .select(...EVENT_COLUMNS.map((column) => `e.${column}`), 'e.notes', 'e.version', 'e.updated_at', 'p.name as partnership_name', 'pr.name as project_name')
    .orderBy([{ column: 'e.starts_at' }, { column: 'e.id' }]);
  if (query.types && query.types.length > 0) q.whereIn('e.type', query.types);
  if (query.partnershipId) q.where('e.partnership_id', query.partnershipId);
  if (query.territoryCode) {
    const prefix = `${query.territoryCode.replace(/[^0-9]/g, '')}%`;
    q.where((w) => w.where('e.teryt_code', 'like', prefix).orWhere((o) => o.whereNull('e.teryt_code').andWhere('p.teryt_code', 'like', prefix)));
  }
  const rows = (await q) as CalendarRow[];

  // Compared as instants, not as stored strings (which may differ in precision).
  const from = query.from ? Date.parse(warsawDayStart(query.from)) : -Infinity;
  const to = query.to ? DateTime.fromISO(warsawDayStart(query.to)).setZone(WARSAW).plus({ days: 1 }).toMillis() : Infinity;

  const calendar = ical({
    name: 'Kooperator – kalendarz wydarzeń',
    prodId: { company: 'Kooperator', product: 'Kooperator', language: 'PL' },
    // No calendar-wide zone (DTSTAMP stays in UTC); each event names Europe/Warsaw and gets its VTIMEZONE.
    timezone: { name: null, generator: (tz) => (tz === WARSAW ? WARSAW_VTIMEZONE : null) },
  });
  const stamp = DateTime.utc();
  for (const row of rows) {
    const start = utc(row.starts_at);
    const end = utc(row.ends_at);
    if (end.toMillis() < from || start.toMillis() >= to) continue;
    const event = toEventRow(row);
    const description = [
      `Rodzaj: ${eventTypeLabel(event.type)}`,
      row.partnership_name ? `Partnerstwo: ${row.partnership_name}` : null,
      row.project_name ? `Projekt: ${row.project_name}` : null,
      hoursText(event) ? `Liczba godzin: ${hoursText(event)}` : null,
      `Status: ${(EVENT_STATUSES as Record<string, { pl: string } | undefined>)[event.status]?.pl ?? event.status}`,
      row.notes?.trim() ? `\n${row.notes.trim()}` : null,
    ]
      .filter((line): line is string => line !== null)
      .join('\n');
    calendar.createEvent({
      id: `${event.id}@kooperator`,
      sequence: Number(row.version) || 0,
      stamp,
      lastModified: row.updated_at ? utc(row.updated_at) : null,
      start: start.setZone(WARSAW),
      end: (end > start ? end : start).setZone(WARSAW),
      timezone: WARSAW,
      summary: event.title,
      location: event.place ?? null,
      description,
      status: event.status === 'cancelled' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    });
  }
  return calendar.toString();
}

export async function exportCalendar(ctx: ServiceContext, query: CalendarQuery = {}): Promise<ExportedFile> {
  return { fileName: ICS_FILE_NAME, contentBase64: Buffer.from(await calendarIcs(ctx, query), 'utf8').toString('base64') };
}
