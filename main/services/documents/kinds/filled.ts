/**
 * A filled template (Markdown) tidied the way a careful typist would: a value's own full stop not doubled by the one
 * the template puts after it ("superwizji.." → "superwizji."), and a unit that is a party named the way the parties'
 * list names it wherever the template starts a sentence with it ("Województwo śląskie, za pośrednictwem…" beside the
 * party "Województwo Śląskie").
 */
import { midSentence } from '../../../../preload/contract';
import type { PlaceholderValue } from '../placeholders';
import { escapeMarkdown } from '../template';

/** The party's name as the parties' list prints it, for a voivodeship or a powiat named by its adjective. */
function unitSpellings(partyNames: readonly string[]): [string, string][] {
  const spellings: [string, string][] = [];
  for (const name of partyNames) {
    const match = /^(Województwo|Powiat) (\p{Lu}[\p{L}-]*)$/u.exec(name.trim());
    if (!match) continue;
    const lower = `${match[1]} ${match[2]!.toLocaleLowerCase('pl')}`;
    if (lower !== name.trim()) spellings.push([escapeMarkdown(lower), escapeMarkdown(name.trim())]);
  }
  return spellings;
}

export function tidyFilled(markdown: string, partyNames: readonly string[] = []): string {
  let tidy = markdown.replace(/\\\.\.(?!\.)/g, '\\.');
  for (const [other, party] of unitSpellings(partyNames)) tidy = tidy.split(other).join(party);
  return tidy;
}

/** A value the template prints in the middle of a sentence ("Przedmiotem porozumienia jest …"): lower-case start. */
export function inSentence(value: PlaceholderValue, properNames: readonly string[] = []): PlaceholderValue {
  return typeof value === 'string' ? midSentence(value, properNames) : value;
}
