import type { FeatureMessages } from '../../i18n/featureMessages';

export const exchangeMessages = {
  pl: {
    exchange: {
      title: 'Wymiana danych',
      intro:
        'Plik wymiany (JSON) zawiera dane biura: projekty, instytucje, osoby, porozumienia, partnerstwa, wydarzenia z obecnością i zaświadczenia. Służy do przenoszenia danych między biurami i komputerami. Pliki skanów i logotypów nie są w nim zapisywane.',
      exportTitle: 'Eksport',
      from: 'Wydarzenia od',
      to: 'Wydarzenia do',
      teryt: 'Tylko terytorium (opcjonalnie)',
      terytHint: 'Województwo, powiat lub gmina: instytucje, partnerstwa, porozumienia i wydarzenia z tego terenu oraz to, do czego się odnoszą',
      export: 'Eksportuj do pliku JSON',
      exported: 'Zapisano plik {{name}}.',
      importTitle: 'Import',
      importHint:
        'Cały plik jest najpierw sprawdzany; jeśli zawiera jakikolwiek błąd, nic nie zostanie zapisane. Przed importem program tworzy kopię zapasową. Ponowny import tego samego pliku niczego nie zmienia.',
      chooseFile: 'Wybierz plik wymiany (.json) i importuj',
      working: 'Trwa przetwarzanie…',
      imported: 'Zaimportowano plik {{name}}.',
      backup: 'Kopia zapasowa sprzed importu: {{name}}',
      entity: 'Dane',
      added: 'Dodano',
      updated: 'Zaktualizowano',
      unchanged: 'Bez zmian',
      problems: 'Plik zawiera błędy ({{count}}); nic nie zaimportowano',
      path: 'Miejsce w pliku',
      message: 'Błąd',
    },
  },
  en: {
    exchange: {
      title: 'Data exchange',
      intro:
        'The exchange file (JSON) holds the office’s data: projects, institutions, people, agreements, partnerships, events with attendance and certificates. Use it to move data between offices and computers. Scans and logo files are not included.',
      exportTitle: 'Export',
      from: 'Events from',
      to: 'Events to',
      teryt: 'Territory only (optional)',
      terytHint: 'A voivodeship, powiat or gmina: institutions, partnerships, agreements and events there, and what they refer to',
      export: 'Export to a JSON file',
      exported: 'Saved the file {{name}}.',
      importTitle: 'Import',
      importHint:
        'The whole file is checked first; if it has any error, nothing is written. A backup is made before the import. Importing the same file again changes nothing.',
      chooseFile: 'Choose an exchange file (.json) and import',
      working: 'Working…',
      imported: 'Imported the file {{name}}.',
      backup: 'Backup made before the import: {{name}}',
      entity: 'Data',
      added: 'Added',
      updated: 'Updated',
      unchanged: 'Unchanged',
      problems: 'The file has errors ({{count}}); nothing was imported',
      path: 'Place in the file',
      message: 'Error',
    },
  },
} satisfies FeatureMessages;
