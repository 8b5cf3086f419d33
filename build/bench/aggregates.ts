/**
 * The summary's headline figures written by hand as one SQL query for the sqlite3 shell, and the comparison of its
 * answer with the summary's JSON. The rules are the summary's (main/services/reports/summary.ts): held events whose
 * Warsaw start day is in the period; participants are distinct people marked present; attendances are presence
 * marks; hours are delivered hours (main/services/reports/deliveredHours.ts): an individual coaching or supervision
 * session (its recorded mode, else one person present) delivers the own hours of those present, else its hours for each
 * of them, nothing when nobody came; a group session and any other event its hours; a didactic hour is 45 minutes;
 * a partnership is formed on its formalisation day, else its first initiating meeting; agreements count when signed
 * (or since terminated) in the period.
 */
import { EVENT_TYPE_KEYS, PARTNERSHIP_KIND_KEYS, type ReportSummary } from '../../preload/contract';

export interface ShellFigures {
  events: Record<string, { count: number; clock: number; didactic: number; clockEquivalent: number; participants: number; attendances: number }>;
  totals: { count: number; clock: number; didactic: number; clockEquivalent: number; participants: number; attendances: number };
  partnerships: Record<string, { formed: number; active: number }>;
  agreementsSigned: number;
}

function shiftDay(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/**
 * The Warsaw calendar day of a stored UTC instant, in SQL: summer time (UTC+2) runs from 01:00 UTC on the last Sunday
 * of March to 01:00 UTC on the last Sunday of October, winter time is UTC+1.
 */
const WARSAW_DAY = `date(e.starts_at, CASE
      WHEN e.starts_at >= date(substr(e.starts_at, 1, 4) || '-03-31', '-6 days', 'weekday 0') || 'T01:00'
       AND e.starts_at <  date(substr(e.starts_at, 1, 4) || '-10-31', '-6 days', 'weekday 0') || 'T01:00'
      THEN '+2 hours' ELSE '+1 hours' END)`;

export function aggregatesSql(from: string, to: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(from) || !/^\d{4}-\d{2}-\d{2}$/.test(to)) throw new Error('period days must be YYYY-MM-DD');
  const low = `${shiftDay(from, -2)}T00:00`;
  const high = `${shiftDay(to, 2)}T99`;
  return `-- The period summary's figures by hand (build/bench/aggregates.ts): ${from} – ${to}
WITH
held AS MATERIALIZED (
  SELECT e.id, e.type, e.hours, e.hour_unit, e.mode
  FROM events e
  WHERE e.status = 'held'
    AND e.starts_at >= '${low}' AND e.starts_at <= '${high}'
    AND ${WARSAW_DAY} BETWEEN '${from}' AND '${to}'
),
present AS MATERIALIZED (
  SELECT ep.event_id, ep.person_id, ep.hours, COUNT(*) AS marks
  FROM held h
  JOIN event_participants ep ON ep.event_id = h.id
  JOIN attendance a ON a.participant_id = ep.id
  WHERE a.status = 'present'
  GROUP BY ep.id
),
per_event AS MATERIALIZED (
  SELECT h.id, h.type, h.hour_unit,
         COALESCE(SUM(p.marks), 0) AS attendances,
         CASE WHEN h.type IN ('coaching', 'supervision')
                   AND COALESCE(h.mode, CASE WHEN COUNT(DISTINCT p.person_id) > 1 THEN 'group' ELSE 'individual' END) = 'individual'
              THEN COALESCE(SUM(p.hours), 0) + SUM(CASE WHEN p.event_id IS NOT NULL AND p.hours IS NULL THEN 1 ELSE 0 END) * COALESCE(h.hours, 0)
              ELSE COALESCE(h.hours, 0) END AS delivered
  FROM held h LEFT JOIN present p ON p.event_id = h.id
  GROUP BY h.id
),
by_type AS (
  SELECT type, COUNT(*) AS count,
         SUM(CASE WHEN hour_unit = 'clock' THEN delivered ELSE 0 END) AS clock,
         SUM(CASE WHEN hour_unit = 'clock' THEN 0 ELSE delivered END) AS didactic,
         SUM(attendances) AS attendances
  FROM per_event GROUP BY type
),
people_by_type AS (
  SELECT h.type, COUNT(DISTINCT p.person_id) AS participants FROM present p JOIN held h ON h.id = p.event_id GROUP BY h.type
),
partnership_kinds AS (
  SELECT kind,
         SUM(COALESCE(formalised_on, initiated_on) BETWEEN '${from}' AND '${to}') AS formed,
         SUM(COALESCE(formalised_on, initiated_on) <= '${to}' AND (ended_on IS NULL OR ended_on >= '${from}')) AS active
  FROM partnerships GROUP BY kind
)
SELECT json_object(
  'events', (SELECT json_group_object(b.type, json_object(
      'count', b.count, 'clock', round(b.clock, 2), 'didactic', round(b.didactic, 2), 'clockEquivalent', round(b.clock + b.didactic * 45.0 / 60, 2),
      'participants', COALESCE(t.participants, 0), 'attendances', b.attendances))
    FROM by_type b LEFT JOIN people_by_type t ON t.type = b.type),
  'totals', (SELECT json_object(
      'count', COUNT(*), 'clock', round(TOTAL(clock), 2), 'didactic', round(TOTAL(didactic), 2), 'clockEquivalent', round(TOTAL(clock) + TOTAL(didactic) * 45.0 / 60, 2),
      'participants', (SELECT COUNT(DISTINCT person_id) FROM present), 'attendances', TOTAL(attendances))
    FROM (SELECT CASE WHEN hour_unit = 'clock' THEN delivered ELSE 0 END AS clock, CASE WHEN hour_unit = 'clock' THEN 0 ELSE delivered END AS didactic, attendances FROM per_event)),
  'partnerships', (SELECT json_group_object(kind, json_object('formed', formed, 'active', active)) FROM partnership_kinds),
  'agreementsSigned', (SELECT COUNT(*) FROM agreements WHERE status IN ('signed', 'terminated') AND signed_on BETWEEN '${from}' AND '${to}')
);
`;
}

/** Every figure where the summary and the shell disagree ("events.training.clock: 120 ≠ 118"); empty when they agree. */
export function compareFigures(summary: ReportSummary, shell: ShellFigures): string[] {
  const differences: string[] = [];
  const same = (path: string, a: number, b: number) => {
    if (Math.abs(a - b) > 0.011) differences.push(`${path}: ${a} (podsumowanie) ≠ ${b} (SQL)`);
  };
  const zero = { count: 0, clock: 0, didactic: 0, clockEquivalent: 0, participants: 0, attendances: 0 };
  for (const type of EVENT_TYPE_KEYS) {
    const ours = summary.events[type];
    const theirs = shell.events[type] ?? zero;
    same(`events.${type}.count`, ours.count, theirs.count);
    same(`events.${type}.hours.clock`, ours.hours.clock, theirs.clock);
    same(`events.${type}.hours.didactic`, ours.hours.didactic, theirs.didactic);
    same(`events.${type}.clockEquivalent`, ours.clockEquivalent, theirs.clockEquivalent);
    same(`events.${type}.participants`, ours.participants, theirs.participants);
    same(`events.${type}.attendances`, ours.attendances, theirs.attendances);
  }
  const totals = summary.eventTotals;
  same('eventTotals.count', totals.count, shell.totals.count);
  same('eventTotals.hours.clock', totals.hours.clock, shell.totals.clock);
  same('eventTotals.hours.didactic', totals.hours.didactic, shell.totals.didactic);
  same('eventTotals.clockEquivalent', totals.clockEquivalent, shell.totals.clockEquivalent);
  same('eventTotals.participants', totals.participants, shell.totals.participants);
  same('eventTotals.attendances', totals.attendances, shell.totals.attendances);
  for (const kind of PARTNERSHIP_KIND_KEYS) {
    same(`partnerships.${kind}.formed`, summary.partnerships[kind].formed, shell.partnerships[kind]?.formed ?? 0);
    same(`partnerships.${kind}.active`, summary.partnerships[kind].active, shell.partnerships[kind]?.active ?? 0);
  }
  same('agreements.signed', summary.agreements.signed, shell.agreementsSigned);
  return differences;
}

/** A string literal of SQL. */
const literal = (text: string) => `'${text.replace(/'/g, "''")}'`;

/**
 * The limit the summary is measured against (item 2): the rows the aggregates read, copied by the sqlite3 shell from
 * the app's file into a new one shaped for them — integer keys instead of the text ids (`ucz-<uuid>`) for events,
 * people and participants, participants stored in event order, attendance a `WITHOUT ROWID` table keyed
 * `(participant_id, day)` (its status in the same b-tree), and covering indexes for the held events of a period and
 * the participants of an event — then `ANALYZE`d (the copy alone: `ANALYZE` with no name would also write statistics
 * into the app's file, which the app never has, and they steered its queries). The tables keep their names and the
 * columns the aggregates use, so `aggregatesSql` runs on it unchanged. Run by the shell on the new file; not timed.
 */
export function limitCopySql(appFile: string): string {
  return `-- The limit's copy of the summary's rows (build/bench/aggregates.ts)
PRAGMA journal_mode = OFF;
PRAGMA synchronous = OFF;
ATTACH ${literal(appFile)} AS src;
BEGIN;
CREATE TABLE events (id INTEGER PRIMARY KEY, src_id TEXT NOT NULL, type TEXT NOT NULL, status TEXT NOT NULL, starts_at TEXT NOT NULL,
  hours REAL, hour_unit TEXT NOT NULL, mode TEXT);
INSERT INTO events (src_id, type, status, starts_at, hours, hour_unit, mode)
  SELECT id, type, status, starts_at, hours, hour_unit, mode FROM src.events ORDER BY starts_at, id;
CREATE UNIQUE INDEX event_src ON events (src_id);
CREATE TEMP TABLE person_ids (id INTEGER PRIMARY KEY, src_id TEXT NOT NULL UNIQUE);
INSERT INTO person_ids (src_id) SELECT id FROM src.people ORDER BY id;
CREATE TEMP TABLE participant_ids AS
  SELECT ep.id AS src_id, row_number() OVER (ORDER BY e.id, p.id) AS id, e.id AS event_id, p.id AS person_id, ep.hours AS hours
  FROM src.event_participants ep JOIN events e ON e.src_id = ep.event_id JOIN person_ids p ON p.src_id = ep.person_id;
CREATE UNIQUE INDEX temp.participant_src ON participant_ids (src_id, id);
CREATE TABLE event_participants (id INTEGER PRIMARY KEY, event_id INTEGER NOT NULL, person_id INTEGER NOT NULL, hours REAL);
INSERT INTO event_participants SELECT id, event_id, person_id, hours FROM participant_ids ORDER BY id;
CREATE TABLE attendance (participant_id INTEGER NOT NULL, day TEXT NOT NULL, status TEXT NOT NULL, PRIMARY KEY (participant_id, day)) WITHOUT ROWID;
INSERT INTO attendance SELECT p.id, a.day, a.status FROM src.attendance a JOIN participant_ids p ON p.src_id = a.participant_id ORDER BY p.id, a.day;
CREATE TABLE partnerships AS SELECT kind, initiated_on, formalised_on, ended_on FROM src.partnerships;
CREATE TABLE agreements AS SELECT status, signed_on FROM src.agreements;
CREATE INDEX events_held ON events (status, starts_at, type, hours, hour_unit, mode);
CREATE INDEX participants_of_event ON event_participants (event_id, person_id, hours);
COMMIT;
DROP INDEX event_src;
ALTER TABLE events DROP COLUMN src_id;
DETACH src;
ANALYZE main;
`;
}
