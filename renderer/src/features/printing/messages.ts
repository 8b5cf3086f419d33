import type { FeatureMessages } from '../../i18n/featureMessages';

export const paperPrintingMessages = {
  pl: {
    paper: {
      sent: 'Wysłano do drukarki.',
      cancelled: 'Anulowano drukowanie.',
      pdf: 'W przeglądarce nie ma systemowego okna drukowania: pobrano „{{file}}” – otwórz go i wydrukuj (Ctrl+P).',
    },
  },
  en: {
    paper: {
      sent: 'Sent to the printer.',
      cancelled: 'Printing cancelled.',
      pdf: 'A browser has no system print dialog: “{{file}}” was downloaded – open it and print it (Ctrl+P).',
    },
  },
} satisfies FeatureMessages;
