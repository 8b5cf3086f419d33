import type { FeatureMessages } from '../../i18n/featureMessages';

/** Texts of the audit log: a record's change history (Historia zmian) and its export. */
export const auditMessages = {
  pl: {
    audit: {
      title: 'Historia zmian',
      hint: 'Kto, kiedy i co zmienił w tym rekordzie (z członkami, uczestnikami i obecnością).',
      empty: 'Brak zapisanych zmian.',
      entry: '{{action}}: {{what}}',
      nothing: '—',
      yes: 'tak',
      no: 'nie',
      exportTitle: 'Historia zmian (dziennik audytu)',
      exportHint: 'Wszystkie zmiany rejestrów z okresu (puste pole: bez ograniczenia) jako arkusz XLSX.',
      from: 'Od dnia',
      to: 'Do dnia',
      export: 'Eksportuj historię zmian (XLSX)',
      exported: 'Zapisano plik {{name}}.',
    },
  },
  en: {
    audit: {
      title: 'Change history',
      hint: 'Who changed what in this record, and when (with members, participants and attendance).',
      empty: 'No changes recorded.',
      entry: '{{action}}: {{what}}',
      nothing: '—',
      yes: 'yes',
      no: 'no',
      exportTitle: 'Change history (audit log)',
      exportHint: 'Every change of the registers in the period (blank: no limit) as an XLSX sheet.',
      from: 'From',
      to: 'To',
      export: 'Export the change history (XLSX)',
      exported: 'Saved the file {{name}}.',
    },
  },
} satisfies FeatureMessages;
