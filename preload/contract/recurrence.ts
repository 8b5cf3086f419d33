/**
 * A recurrence rule (RFC 5545 RRULE, as a series stores it) in words: "Co 2 tygodnie we wtorek i w czwartek,
 * łącznie 10 spotkań", "W drugi wtorek miesiąca, do 15.12.2026 r.". The one place that turns a rule into a sentence:
 * the event form and the event page show this, never the iCalendar text.
 */

export type RecurrenceLanguage = 'pl' | 'en';

/** RFC 5545 weekday codes, Monday first (as Polish calendars are). */
export const RULE_WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;

const plRules = new Intl.PluralRules('pl');

/** "1 spotkanie", "2 spotkania", "5 spotkań" (forms: one, few, many). */
function plCount(count: number, forms: readonly [string, string, string]): string {
  const kind = plRules.select(count);
  return kind === 'one' ? forms[0] : kind === 'few' ? forms[1] : forms[2];
}

/** Polish weekdays in the accusative ("w środę") and whether the noun is feminine (ordinals agree: "w drugą środę"). */
const PL_DAYS: readonly { acc: string; feminine: boolean }[] = [
  { acc: 'poniedziałek', feminine: false },
  { acc: 'wtorek', feminine: false },
  { acc: 'środę', feminine: true },
  { acc: 'czwartek', feminine: false },
  { acc: 'piątek', feminine: false },
  { acc: 'sobotę', feminine: true },
  { acc: 'niedzielę', feminine: true },
];
const PL_ORDINALS: Record<string, readonly [masculine: string, feminine: string]> = {
  '1': ['pierwszy', 'pierwszą'],
  '2': ['drugi', 'drugą'],
  '3': ['trzeci', 'trzecią'],
  '4': ['czwarty', 'czwartą'],
  '5': ['piąty', 'piątą'],
  '-1': ['ostatni', 'ostatnią'],
  '-2': ['przedostatni', 'przedostatnią'],
};
const EN_DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const EN_ORDINALS: Record<string, string> = { '1': 'first', '2': 'second', '3': 'third', '4': 'fourth', '5': 'fifth', '-1': 'last', '-2': 'second last' };

/**
 * The parts of a rule this module reads; anything else makes the sentence say the rule has more conditions. DTSTART
 * says where the series begins, not which days it takes: nothing to mention.
 */
const KNOWN_KEYS = new Set(['FREQ', 'INTERVAL', 'BYDAY', 'BYMONTHDAY', 'COUNT', 'UNTIL', 'WKST', 'DTSTART']);

interface ParsedRule {
  freq: string;
  interval: number;
  /** Weekday index (0 Monday) with an optional ordinal ("2", "-1"). */
  byDay: { day: number; ordinal: string | null }[];
  byMonthDay: number[];
  count: number | null;
  /** YYYY-MM-DD */
  until: string | null;
  extra: boolean;
}

function parse(rule: string): ParsedRule | null {
  const text = rule.trim().replace(/^RRULE:/i, '').replace(/;+$/, '').toUpperCase();
  const parts = new Map<string, string>();
  for (const part of text.split(';')) {
    const [key, value] = part.split('=');
    if (!key || value === undefined) return null;
    parts.set(key, value);
  }
  const freq = parts.get('FREQ');
  if (!freq || !['DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY'].includes(freq)) return null;
  const byDay: ParsedRule['byDay'] = [];
  let extra = [...parts.keys()].some((key) => !KNOWN_KEYS.has(key));
  for (const item of (parts.get('BYDAY') ?? '').split(',').filter(Boolean)) {
    const match = /^([+-]?\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)$/.exec(item);
    if (!match) return null;
    const ordinal = match[1] ? String(Number(match[1])) : null;
    if (ordinal !== null && !(ordinal in PL_ORDINALS)) extra = true;
    byDay.push({ day: RULE_WEEKDAYS.indexOf(match[2] as (typeof RULE_WEEKDAYS)[number]), ordinal });
  }
  const byMonthDay = (parts.get('BYMONTHDAY') ?? '')
    .split(',')
    .filter(Boolean)
    .map(Number);
  if (byMonthDay.some((day) => !Number.isInteger(day) || day < 1 || day > 31)) extra = true;
  const interval = Number(parts.get('INTERVAL') ?? '1');
  const count = parts.has('COUNT') ? Number(parts.get('COUNT')) : null;
  const untilMatch = /^(\d{4})(\d{2})(\d{2})/.exec(parts.get('UNTIL') ?? '');
  return {
    freq,
    interval: Number.isInteger(interval) && interval >= 1 ? interval : 1,
    byDay: byDay.sort((a, b) => a.day - b.day),
    byMonthDay: byMonthDay.filter((day) => Number.isInteger(day) && day >= 1 && day <= 31),
    count: count !== null && Number.isInteger(count) ? count : null,
    until: untilMatch ? `${untilMatch[1]}-${untilMatch[2]}-${untilMatch[3]}` : null,
    extra,
  };
}

function listPl(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} i ${items[items.length - 1]}`;
}

function listEn(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function dayPl(day: string): string {
  const [year, month, date] = day.split('-');
  return `${date}.${month}.${year} r.`;
}

/** "we wtorek", "w środę", "w drugi wtorek", "w ostatnią sobotę". */
function onWeekdayPl(entry: { day: number; ordinal: string | null }): string {
  const day = PL_DAYS[entry.day]!;
  if (entry.ordinal === null) return `${entry.day === 1 ? 'we' : 'w'} ${day.acc}`;
  const ordinal = PL_ORDINALS[entry.ordinal] ?? PL_ORDINALS['1']!;
  return `w ${day.feminine ? ordinal[1] : ordinal[0]} ${day.acc}`;
}

function describePl(rule: ParsedRule): string {
  const n = rule.interval;
  const parts: string[] = [];
  if (rule.freq === 'DAILY') parts.push(n === 1 ? 'codziennie' : `co ${n} dni`);
  if (rule.freq === 'WEEKLY') {
    parts.push(n === 1 ? 'co tydzień' : `co ${n} ${plCount(n, ['tydzień', 'tygodnie', 'tygodni'])}`);
    if (rule.byDay.length > 0) parts.push(listPl(rule.byDay.map((entry) => onWeekdayPl({ day: entry.day, ordinal: null }))));
  }
  if (rule.freq === 'MONTHLY') {
    if (n > 1) parts.push(`co ${n} ${plCount(n, ['miesiąc', 'miesiące', 'miesięcy'])}`);
    if (rule.byDay.length > 0 && rule.byDay.every((entry) => entry.ordinal !== null)) {
      parts.push(`${listPl(rule.byDay.map(onWeekdayPl))} miesiąca`);
    } else if (rule.byMonthDay.length > 0) {
      parts.push(`${listPl(rule.byMonthDay.map((day) => `${day}.`))} dnia miesiąca`);
    } else if (n === 1) {
      parts.push('co miesiąc');
    }
  }
  if (rule.freq === 'YEARLY') parts.push(n === 1 ? 'co roku' : `co ${n} ${plCount(n, ['rok', 'lata', 'lat'])}`);
  let sentence = parts.join(n > 1 && rule.freq === 'MONTHLY' ? ', ' : ' ');
  if (rule.extra) sentence += ' (z dodatkowymi warunkami)';
  if (rule.count !== null) sentence += `, łącznie ${rule.count} ${plCount(rule.count, ['spotkanie', 'spotkania', 'spotkań'])}`;
  if (rule.until !== null) sentence += `, do ${dayPl(rule.until)}`;
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}

function describeEn(rule: ParsedRule): string {
  const n = rule.interval;
  const unit = { DAILY: 'day', WEEKLY: 'week', MONTHLY: 'month', YEARLY: 'year' }[rule.freq]!;
  const monthlyOnDay = rule.freq === 'MONTHLY' && (rule.byMonthDay.length > 0 || (rule.byDay.length > 0 && rule.byDay.every((entry) => entry.ordinal !== null)));
  let sentence = n === 1 ? (monthlyOnDay ? '' : `every ${unit}`) : `every ${n} ${unit}s`;
  if (rule.freq === 'WEEKLY' && rule.byDay.length > 0) sentence += ` on ${listEn(rule.byDay.map((entry) => EN_DAYS[entry.day]!))}`;
  if (rule.freq === 'MONTHLY') {
    if (rule.byDay.length > 0 && rule.byDay.every((entry) => entry.ordinal !== null)) {
      sentence += `${sentence ? ' ' : ''}on the ${listEn(rule.byDay.map((entry) => `${EN_ORDINALS[entry.ordinal!] ?? entry.ordinal} ${EN_DAYS[entry.day]}`))} of the month`;
    } else if (rule.byMonthDay.length > 0) {
      sentence += `${sentence ? ' ' : ''}on day ${listEn(rule.byMonthDay.map(String))} of the month`;
    }
  }
  if (rule.extra) sentence += ' (with further conditions)';
  if (rule.count !== null) sentence += `, ${rule.count} ${rule.count === 1 ? 'meeting' : 'meetings'} in all`;
  if (rule.until !== null) sentence += `, until ${dayPl(rule.until).replace(' r.', '')}`;
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}

/** The rule as a sentence in the given language; a rule that does not parse is described as such (never echoed). */
export function describeRecurrence(rule: string, language: RecurrenceLanguage = 'pl'): string {
  const parsed = parse(rule);
  if (!parsed) return language === 'en' ? 'Repeats by a rule this program cannot describe' : 'Powtarzane według reguły, której program nie umie opisać';
  return language === 'en' ? describeEn(parsed) : describePl(parsed);
}

/** Which occurrence of its weekday a day is in its month: 1–5 (the 2nd Tuesday → 2). Day written YYYY-MM-DD. */
export function weekdayOrdinalInMonth(day: string): number {
  return Math.floor((Number(day.slice(8, 10)) - 1) / 7) + 1;
}

/** The day falls in the last seven days of its month (so it is also "the last Tuesday"). */
export function isInLastWeekOfMonth(day: string): boolean {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const length = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return date + 7 > length;
}
