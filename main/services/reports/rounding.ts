/**
 * How a summary writes quantities of hours: exactly, or rounded the way the offices' own reports round them
 * ("blisko 1 200 godzin indywidualnego coachingu", "ponad 550 godzin superwizji", seed 000).
 *
 * The rule of the 'approximate' style (counts of events, teams, agreements and people are always exact — the
 * offices round only hours):
 * 1. Below 20 a value is written exactly (to two decimals).
 * 2. Otherwise values are placed on a grid of round numbers whose step g depends on the size of the value:
 *      20–99 → 10;   100–999 → 50 (hundreds are spoken in fifties: 250, 550);
 *      1 000 and more → 10^(d−2), d being the number of digits: two significant digits (1 200, 12 000, 120 000).
 *    L is the grid point at or below the value, U = L + g the one above.
 * 3. A value on the grid is written as it is ("300 godzin").
 * 4. "blisko U" when the value is slightly under U: U − value ≤ min(5 % of U, g / 4).
 * 5. Otherwise "ponad L".
 * So 1 196 → "blisko 1 200", 556 → "ponad 550", 296 → "blisko 300", 201 → "ponad 200", 2 310 → "ponad 2 300",
 * 48 → "blisko 50", 42 → "ponad 40", 15 → "15".
 * The noun agrees with the number written: "blisko 1 200 godzin".
 */
import type { RoundingStyle } from '../../../preload/contract';
import { formatNumberPl, pluralForm, type PluralForms } from '../language/plural';

export interface ApproximateValue {
  qualifier: 'blisko' | 'ponad' | null;
  /** The number written. */
  value: number;
}

const EPSILON = 1e-9;

/** The value to two decimals, as everything in a summary is shown. */
export function round2(value: number): number {
  return Math.round((value + Number.EPSILON) * 100) / 100;
}

/** The step of the grid of round numbers for a value, or null below 20 (written exactly). */
export function roundingStep(value: number): number | null {
  const magnitude = Math.abs(value);
  if (magnitude < 20) return null;
  if (magnitude < 100) return 10;
  if (magnitude < 1000) return 50;
  const digits = Math.floor(Math.log10(magnitude)) + 1;
  return 10 ** (digits - 2);
}

/** The 'approximate' style's reading of a value (see the rule above). */
export function approximate(value: number): ApproximateValue {
  const step = roundingStep(value);
  if (step === null || value < 0) return { qualifier: null, value: round2(value) };
  const lower = Math.floor(value / step + EPSILON) * step;
  const upper = lower + step;
  if (Math.abs(value - lower) < EPSILON) return { qualifier: null, value: lower };
  if (upper - value <= Math.min(0.05 * upper, step / 4) + EPSILON) return { qualifier: 'blisko', value: upper };
  return { qualifier: 'ponad', value: lower };
}

/** The number as a sentence writes it: "1 196" or "blisko 1 200" (non-breaking spaces between thousands). */
export function formatQuantity(value: number, style: RoundingStyle): string {
  const shown = style === 'approximate' ? approximate(value) : { qualifier: null, value: round2(value) };
  return `${shown.qualifier ? `${shown.qualifier} ` : ''}${formatNumberPl(shown.value)}`;
}

/** The number and its noun, the noun agreeing with the number written: "blisko 1 200 godzin", "2,5 godziny". */
export function formatQuantityWithNoun(value: number, style: RoundingStyle, forms: PluralForms): string {
  const shown = style === 'approximate' ? approximate(value) : { qualifier: null, value: round2(value) };
  return `${shown.qualifier ? `${shown.qualifier} ` : ''}${formatNumberPl(shown.value)} ${pluralForm(shown.value, forms)}`;
}
