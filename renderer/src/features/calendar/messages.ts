import type { FeatureMessages } from '../../i18n/featureMessages';

export const calendarMessages = {
  pl: {
    calendar: {
      title: 'Kalendarz',
      region: 'Kalendarz wydarzeń',
      newEvent: 'Nowe wydarzenie',
      type: 'Rodzaj wydarzenia',
      partnership: 'Partnerstwo',
      gmina: 'Gmina',
      list: 'Lista',
      day: 'Dzień',
      more: '+{{count}} więcej',
      noEvents: 'Brak wydarzeń w tym okresie',
      legend: 'Legenda kolorów',
      cancelled: 'Wydarzenie odwołane',
      moveTitle: 'Przenieść „{{title}}” na {{when}}?',
      moveText: 'Wydarzenie zachowa swój czas trwania. Jeśli zmieniasz termin uzgodniony z uczestnikami, powiadom ich.',
      move: 'Przenieś',
    },
  },
  en: {
    calendar: {
      title: 'Calendar',
      region: 'Calendar of events',
      newEvent: 'New event',
      type: 'Kind of event',
      partnership: 'Partnership',
      gmina: 'Gmina',
      list: 'List',
      day: 'Day',
      more: '+{{count}} more',
      noEvents: 'No events in this period',
      legend: 'Colour legend',
      cancelled: 'Cancelled event',
      moveTitle: 'Move “{{title}}” to {{when}}?',
      moveText: 'The event keeps its duration. If participants agreed to the old date, let them know.',
      move: 'Move',
    },
  },
} satisfies FeatureMessages;
