/**
 * The meeting rhythm of a team: the one rule the dashboard, the partnership's page and the summary share.
 *
 *  - The rate is taken over the days the team was active in the period: from the later of the period's start and the
 *    team's formation (formalised, else its first initiating meeting) to the earliest of the period's end, today and
 *    the team's end. A team never formed, or formed after that end, has no rhythm.
 *  - Its meetings are its own held events of TEAM_MEETING_TYPES (initiating meetings, PZK / G-PZK and ZZK meetings
 *    recorded for the partnership) whose Warsaw start day falls in those days.
 *  - Months are those days counted inclusively divided by 30,4375 (an average month), and never fewer than one;
 *    the rate is meetings / months, rounded to one decimal.
 *  - A team is judged only once it has been active for a whole month (its start plus one month is not after the
 *    day after its end): before that nobody can fall behind. Judged, with a target, and the rate as shown (one
 *    decimal) below it: behind.
 */
import type { Knex } from 'knex';
import { DateTime } from 'luxon';
import { comparePolish, PARTNERSHIP_KINDS, TEAM_MEETING_TYPES, type MeetingRhythm, type PartnershipKind } from '../../../preload/contract';
import { daysBetween, warsawDayOrNull } from '../../../preload/contract/warsawTime';

/** Average days of a month (365,25 / 12). */
export const DAYS_PER_MONTH = 30.4375;

/** The dashboard and a partnership's page look at the last twelve months. */
export const RHYTHM_RECENT_MONTHS = 12;

function day(iso: string): DateTime {
  return DateTime.fromISO(iso, { zone: 'utc' });
}

function shift(iso: string, days: number, months = 0): string {
  return day(iso).plus({ days, months }).toISODate()!;
}

/** [from, to] of the last twelve months up to `today`. */
export function recentPeriod(today: string): { from: string; to: string } {
  return { from: shift(today, 1, -RHYTHM_RECENT_MONTHS), to: today };
}

interface RhythmTeam {
  id: string;
  name: string;
  kind: PartnershipKind;
  target: number | null;
  formedOn: string | null;
  endedOn: string | null;
}

/** The rule itself, on one team and its meeting days: pure, so its edge cases are tested without a database. */
export function rhythmOf(team: RhythmTeam, meetingDays: string[], period: { from: string; to: string }, today: string): MeetingRhythm | null {
  if (!team.formedOn) return null;
  const from = team.formedOn > period.from ? team.formedOn : period.from;
  const to = [period.to, today, ...(team.endedOn ? [team.endedOn] : [])].sort()[0]!;
  if (from > to) return null;
  const days = daysBetween(from, to) + 1;
  const months = Math.max(1, days / DAYS_PER_MONTH);
  const meetings = meetingDays.filter((d) => d >= from && d <= to).length;
  const perMonth = Math.round((meetings / months) * 10) / 10;
  const judged = shift(from, 0, 1) <= shift(to, 1);
  return {
    partnershipId: team.id,
    partnershipName: team.name,
    kind: team.kind,
    target: team.target,
    from,
    to,
    meetings,
    months: Math.round(months * 100) / 100,
    perMonth,
    judged,
    // The rate as shown decides: "średnio 2 spotkania wobec planowanych 2" is never "poniżej planu".
    behind: judged && team.target !== null && perMonth < team.target,
  };
}

/**
 * The rhythm of every formed team active in [from, to] (or of the teams `ids` names), in the order of their names;
 * `today` caps the end (a period reaching into the future is measured up to today).
 */
export async function meetingRhythms(db: Knex, period: { from: string; to: string }, today: string, ids?: string[]): Promise<MeetingRhythm[]> {
  const q = db('partnerships').select('id', 'name', 'kind', 'meetings_per_month_target', 'formalised_on', 'initiated_on', 'ended_on');
  if (ids) q.whereIn('id', ids);
  const rows: { id: string; name: string; kind: string; meetings_per_month_target: number | string | null; formalised_on: string | null; initiated_on: string | null; ended_on: string | null }[] = await q;
  const teams: RhythmTeam[] = rows
    .filter((row) => Object.hasOwn(PARTNERSHIP_KINDS, row.kind))
    .map((row) => ({
      id: row.id,
      name: row.name,
      kind: row.kind as PartnershipKind,
      target: row.meetings_per_month_target === null ? null : Number(row.meetings_per_month_target),
      formedOn: row.formalised_on ?? row.initiated_on,
      endedOn: row.ended_on,
    }));
  const low = `${shift(period.from, -2)}T00:00`;
  const high = `${shift(period.to, 2)}T99`;
  const meetings: { partnership_id: string; starts_at: string }[] = await db('events')
    .where('status', 'held')
    .whereIn('type', [...TEAM_MEETING_TYPES])
    .whereNotNull('partnership_id')
    .where('starts_at', '>=', low)
    .where('starts_at', '<=', high)
    .modify((m) => (ids ? m.whereIn('partnership_id', ids) : m))
    .select('partnership_id', 'starts_at');
  const days = new Map<string, string[]>();
  for (const m of meetings) {
    const d = warsawDayOrNull(m.starts_at);
    if (!d) continue;
    const list = days.get(m.partnership_id);
    if (list) list.push(d);
    else days.set(m.partnership_id, [d]);
  }
  return teams
    .map((team) => rhythmOf(team, days.get(team.id) ?? [], period, today))
    .filter((r): r is MeetingRhythm => r !== null)
    .sort((a, b) => comparePolish(a.partnershipName, b.partnershipName));
}
