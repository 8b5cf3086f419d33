/** A party's representatives as stored: a JSON list in `agreement_parties.representatives`, in their order. */
import type { AgreementRepresentative } from '../../../preload/contract';

/** The stored list; anything unreadable (never written by the app) reads as no representatives. */
export function parseRepresentatives(stored: string | null | undefined): AgreementRepresentative[] {
  if (!stored) return [];
  try {
    const value: unknown = JSON.parse(stored);
    if (!Array.isArray(value)) return [];
    return value
      .filter((item): item is { name: string; function?: unknown } => item !== null && typeof item === 'object' && typeof (item as { name?: unknown }).name === 'string')
      .map((item) => ({ name: item.name, function: typeof item.function === 'string' && item.function !== '' ? item.function : null }));
  } catch {
    return [];
  }
}

/** The list as stored: only names and functions, in their order. */
export function storedRepresentatives(representatives: readonly AgreementRepresentative[]): string {
  return JSON.stringify(representatives.map((person) => ({ name: person.name, function: person.function })));
}

/** "Jan Kowalski – Starosta": one representative in one line (the audit log, lists). */
export function representativeLine(person: AgreementRepresentative): string {
  return person.function ? `${person.name} – ${person.function}` : person.name;
}
