/**
 * Nouns counted in Polish: each in the nominative, accusative and genitive, with the three forms a number takes
 * (GLOSSARY.md, "Counting nouns: three forms"), and the agreeing forms of verbs.
 */
import { formatNumberPl, pluralForm, type PluralForms } from './plural';

export type Gender = 'm' | 'f' | 'n';

/** A noun counted in the nominative (subject, lists), accusative (object of "zorganizowano") and genitive ("dla", "z udziałem"). */
export interface CountedNoun {
  gender: Gender;
  nom: PluralForms;
  acc: PluralForms;
  gen: PluralForms;
}

/** "42 warsztaty kooperacyjne": the number as written (non-breaking space between thousands) and the form it takes. */
export function counted(count: number, forms: PluralForms): string {
  return `${formatNumberPl(count)} ${pluralForm(count, forms)}`;
}

/** The form of a verb (or any word) that agrees with a number: pluralForm on its three forms. */
export function agreeing(count: number, forms: PluralForms): string {
  return pluralForm(count, forms);
}

export function capitalise(text: string): string {
  return text ? text.charAt(0).toLocaleUpperCase('pl') + text.slice(1) : text;
}

/** A noun whose accusative is its nominative (masculine inanimate and neuter nouns). */
export function sameAcc(gender: Gender, nom: PluralForms, genOne: string): CountedNoun {
  return { gender, nom, acc: nom, gen: [genOne, nom[2], nom[2]] };
}
