/**
 * The report comparison of a copy: the period summary ("Podsumowanie roku / okresu") over the whole range of the
 * register's dates, built on both databases, must be the same JSON to the last figure.
 */
import type { Knex } from 'knex';
import { MAX_REPORT_YEARS, reportRequest } from '../../../preload/contract';
import { buildSummary } from '../reports';

export interface SummaryPeriod {
  from: string;
  to: string;
}

/** Dated columns of the register: the summaries cover every year any of them falls in. */
const DATED: [string, string[]][] = [
  ['events', ['starts_at', 'ends_at']],
  ['attendance', ['day']],
  ['agreements', ['drafted_on', 'signed_on', 'valid_until', 'terminated_on']],
  ['partnerships', ['initiated_on', 'formalised_on', 'ended_on']],
  ['partnership_members', ['joined_on', 'left_on']],
  ['partnership_team_people', ['from_on', 'to_on']],
  ['projects', ['start_date', 'end_date']],
  ['certificates', ['issued_on']],
];

/**
 * Whole calendar years from the register's first dated record to its last, cut into periods a summary may cover
 * (at most MAX_REPORT_YEARS); the current year for a register without dates.
 */
export async function summaryPeriods(db: Knex, today = new Date()): Promise<SummaryPeriod[]> {
  const years: number[] = [];
  for (const [table, columns] of DATED) {
    for (const column of columns) {
      const row = (await db(table)
        .whereNotNull(column)
        .first({ lo: db.raw('MIN(SUBSTR(??, 1, 4))', [column]), hi: db.raw('MAX(SUBSTR(??, 1, 4))', [column]) })) as { lo: string | null; hi: string | null } | undefined;
      for (const year of [row?.lo, row?.hi]) if (year && /^\d{4}$/.test(year)) years.push(Number(year));
    }
  }
  const first = years.length ? Math.min(...years) : today.getUTCFullYear();
  const last = years.length ? Math.max(...years) : today.getUTCFullYear();
  const periods: SummaryPeriod[] = [];
  for (let year = first; year <= last; year += MAX_REPORT_YEARS) {
    periods.push({ from: `${year}-01-01`, to: `${Math.min(year + MAX_REPORT_YEARS - 1, last)}-12-31` });
  }
  return periods;
}

export async function summaryOf(db: Knex, period: SummaryPeriod): Promise<unknown> {
  // Through JSON, as the summary is exported: what is compared is what an office would send on.
  return JSON.parse(JSON.stringify(await buildSummary(db, reportRequest.parse({ from: period.from, to: period.to }))));
}

/** The summaries of every period of the source's range on both sides, and where any two differ. */
export async function compareSummaries(src: Knex, dst: Knex, onPeriod: (period: SummaryPeriod) => void): Promise<{ periods: SummaryPeriod[]; mismatches: string[] }> {
  const periods = await summaryPeriods(src);
  const mismatches: string[] = [];
  for (const period of periods) {
    onPeriod(period);
    const difference = firstDifference(await summaryOf(src, period), await summaryOf(dst, period));
    if (difference) mismatches.push(`podsumowanie ${period.from} – ${period.to}: ${difference}`);
  }
  return { periods, mismatches };
}

function show(value: unknown): string {
  const text = JSON.stringify(value) ?? 'brak';
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}

/** The first place two JSON values differ, as a path and both values (`eventsByType[2].hours: 12 ≠ 13`), or null. */
export function firstDifference(a: unknown, b: unknown, at = ''): string | null {
  if (Object.is(a, b)) return null;
  if (Array.isArray(a) && Array.isArray(b)) {
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
      if (i >= a.length || i >= b.length) return `${at}: ${a.length} pozycji ≠ ${b.length} pozycji`;
      const found = firstDifference(a[i], b[i], `${at}[${i}]`);
      if (found) return found;
    }
    return null;
  }
  if (a && b && typeof a === 'object' && typeof b === 'object' && !Array.isArray(a) && !Array.isArray(b)) {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
    for (const key of keys) {
      const found = firstDifference((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], at ? `${at}.${key}` : key);
      if (found) return found;
    }
    return null;
  }
  if (typeof a === 'string' && typeof b === 'string') {
    // Long sentences: show where they part, not their common beginning.
    let i = 0;
    while (i < a.length && a[i] === b[i]) i++;
    const start = Math.max(0, i - 30);
    const part = (text: string) => `„${start > 0 ? '…' : ''}${text.slice(start, i + 30)}${text.length > i + 30 ? '…' : ''}”`;
    return `${at || '$'}: ${part(a)} ≠ ${part(b)}`;
  }
  return `${at || '$'}: ${show(a)} ≠ ${show(b)}`;
}
