/**
 * Polish counted forms (GLOSSARY.md, "Counting nouns: three forms"): 1 godzina, 2 godziny, 5 godzin,
 * 22 godziny, 12 godzin; fractions take the genitive singular, which for these nouns is the `few` form
 * ("2,5 godziny", "0,75 godziny"). Used by printed documents, the reports and the screens.
 */

/**
 * The three forms of a counted noun: for 1, for 2–4 (22–24, 32–34…), for 5+ (also 0, 11–14, 25…); optionally a
 * fourth for fractions, the genitive singular, where it differs from the `few` form — as it does once an adjective
 * follows: "2,5 godziny dydaktycznej" (the noun alone, "2,5 godziny", needs none).
 */
export type PluralForms = readonly [one: string, few: string, many: string] | readonly [one: string, few: string, many: string, fraction: string];

const rules = new Intl.PluralRules('pl');

/** The form of a noun counted by `count`: Intl.PluralRules('pl'), with non-integers taking the `few` form. */
export function pluralForm(count: number, forms: PluralForms): string {
  const [one, few, many] = forms;
  if (!Number.isFinite(count)) return many;
  if (!Number.isInteger(count)) return forms[3] ?? few;
  switch (rules.select(count)) {
    case 'one':
      return one;
    case 'few':
      return few;
    case 'many':
      return many;
    default:
      // 'other' is what PluralRules answers for fractions: the genitive singular.
      return few;
  }
}

const numberFormat = new Intl.NumberFormat('pl-PL', { maximumFractionDigits: 2, useGrouping: true });

/** A number as Polish documents write it: decimal comma, a non-breaking space between thousands (12 500). */
export function formatNumberPl(value: number): string {
  return numberFormat.format(value);
}

/** The number and its noun: "1 godzina", "2,5 godziny", "5 godzin dydaktycznych". */
export function formatCount(count: number, forms: PluralForms): string {
  return `${formatNumberPl(count)} ${pluralForm(count, forms)}`;
}

