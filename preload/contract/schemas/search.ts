/** The global search (Ctrl+K): institutions, people, partnerships, events and agreements at once. */
import { z } from 'zod';
import * as f from './fields';
import type { RecordKindName } from './dashboard';

export const globalSearchQuery = z.object({
  query: f.text({ error: 'Wpisz, czego szukasz' }).trim().max(200, 'Zapytanie może mieć najwyżej 200 znaków'),
  /** Hits per kind of record. */
  limit: z.number().int().min(1).max(50).optional(),
});

export interface SearchHit {
  kind: RecordKindName;
  id: string;
  title: string;
  /** Short facts to tell same-named records apart (town, institution, place, parties). */
  detail: string | null;
  /** A day (YYYY-MM-DD) or an instant (ISO, UTC) the renderer shows in Polish format: an event's start, an agreement's signing. */
  date: string | null;
}

export interface SearchGroup {
  kind: RecordKindName;
  hits: SearchHit[];
}

export interface GlobalSearchResult {
  query: string;
  /** Only kinds with hits, in a fixed order: institutions, people, partnerships, events, agreements. */
  groups: SearchGroup[];
}
