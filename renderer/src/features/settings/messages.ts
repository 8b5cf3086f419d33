import type { FeatureMessages } from '../../i18n/featureMessages';

export const settingsMessages = {
  pl: {
    settings: {
      title: 'Ustawienia',
      language: 'Język interfejsu',
      database: 'Baza danych',
      location: 'Położenie',
      engine: 'Silnik',
      schemaVersion: 'Wersja schematu',
      appVersion: 'Wersja aplikacji',
      rows: 'Liczba rekordów',
    },
  },
  en: {
    settings: {
      title: 'Settings',
      language: 'Interface language',
      database: 'Database',
      location: 'Location',
      engine: 'Engine',
      schemaVersion: 'Schema version',
      appVersion: 'Application version',
      rows: 'Records',
    },
  },
} satisfies FeatureMessages;
