import type { FeatureMessages } from '../../i18n/featureMessages';

export const searchMessages = {
  pl: {
    search: {
      open: 'Szukaj wszędzie (Ctrl+K)',
      title: 'Szukaj wszędzie',
      label: 'Szukaj instytucji, osób, partnerstw, wydarzeń i porozumień',
      placeholder: 'Np. „mops bedzin” – polskie znaki można pominąć',
      hint: 'Strzałki ↑ ↓ wybierają wynik, Enter go otwiera, Esc zamyka okno.',
      typeMore: 'Wpisz co najmniej 2 znaki.',
      none: 'Nic nie znaleziono dla „{{query}}”.',
      results: 'Wyniki wyszukiwania',
      kinds: {
        institution: 'Instytucje',
        person: 'Osoby',
        partnership: 'Partnerstwa',
        event: 'Wydarzenia',
        agreement: 'Porozumienia',
      },
      kind: {
        institution: 'instytucja',
        person: 'osoba',
        partnership: 'partnerstwo',
        event: 'wydarzenie',
        agreement: 'porozumienie',
      },
    },
  },
  en: {
    search: {
      open: 'Search everywhere (Ctrl+K)',
      title: 'Search everywhere',
      label: 'Search institutions, people, partnerships, events and agreements',
      placeholder: 'E.g. “mops bedzin” – Polish letters may be left out',
      hint: 'Arrows ↑ ↓ choose a result, Enter opens it, Esc closes the window.',
      typeMore: 'Type at least 2 characters.',
      none: 'Nothing found for “{{query}}”.',
      results: 'Search results',
      kinds: {
        institution: 'Institutions',
        person: 'People',
        partnership: 'Partnerships',
        event: 'Events',
        agreement: 'Agreements',
      },
      kind: {
        institution: 'institution',
        person: 'person',
        partnership: 'partnership',
        event: 'event',
        agreement: 'agreement',
      },
    },
  },
} satisfies FeatureMessages;
