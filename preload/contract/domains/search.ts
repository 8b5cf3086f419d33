/** Channels of the global search (Ctrl+K). */
import { channel } from '../channel';
import { globalSearchQuery, type GlobalSearchResult } from '../schemas/search';

export const searchChannels = {
  /** Institutions, people, partnerships, events and agreements at once; every word must match, diacritics ignored. */
  'search.global': channel<GlobalSearchResult>()(globalSearchQuery),
} as const;
