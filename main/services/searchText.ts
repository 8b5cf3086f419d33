/**
 * What each register's search box matches: the `search_text` column, folded for search (no case, no Polish marks).
 * One definition for the forms and the exchange import, so a record reads the same whichever way it was written.
 */
import { foldForSearch, PARTNERSHIP_KINDS, type PartnershipKind } from '../../preload/contract';

type Part = string | null | undefined;

const folded = (...parts: Part[]) => foldForSearch(parts.filter(Boolean).join(' '));

export const institutionSearchText = (name: string, shortName: Part, city: Part) => folded(name, shortName, city);

export const personSearchText = (firstName: string, lastName: string, position: Part) => folded(firstName, lastName, position);

export const partnershipSearchText = (kind: PartnershipKind, name: string, caseCode: Part) => folded(PARTNERSHIP_KINDS[kind].short, name, caseCode);

/** An agreement's number and the names of its parties. */
export const agreementSearchText = (number: string, partyNames: string[]) => foldForSearch([number, ...partyNames].join(' '));

export const eventSearchText = (title: string, place: Part) => folded(title, place);
