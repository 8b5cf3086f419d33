import type { FeatureMessages } from '../../i18n/featureMessages';

/** Texts of the TERYT register: its screen, the pickers and its update in Ustawienia. */
export const territoryMessages = {
  pl: {
    territory: {
      title: 'Terytorium',
      picker: 'Gmina / powiat (TERYT)',
      pickerHint: 'Wpisz nazwę, np. „Żory” albo „zory”',
      noOptions: 'Brak jednostek o tej nazwie',
      typeToSearch: 'Wpisz co najmniej 2 litery',
      filter: 'Terytorium',
      searchLabel: 'Szukaj gminy, powiatu lub województwa',
      stateDate: 'Stan rejestru TERYT na dzień',
      counts: 'Województwa: {{voivodeships}}, powiaty: {{powiats}}, gminy: {{gminas}}',
      update: 'Aktualizuj z pliku TERC',
      updated: 'Zaktualizowano rejestr TERYT (stan na {{stateDate}}): dodano {{added}}, zmieniono {{updated}}, wykreślono {{leftRegister}}.',
      columns: { code: 'Kod TERYT', name: 'Nazwa', level: 'Jednostka', kind: 'Rodzaj', powiat: 'Powiat', voivodeship: 'Województwo' },
      powiatOf: 'powiat {{name}}',
      voivodeshipOf: 'woj. {{name}}',
    },
  },
  en: {
    territory: {
      title: 'Territory',
      picker: 'Gmina / powiat (TERYT)',
      pickerHint: 'Type a name, e.g. “Żory” or “zory”',
      noOptions: 'No unit of that name',
      typeToSearch: 'Type at least 2 letters',
      filter: 'Territory',
      searchLabel: 'Search for a gmina, powiat or voivodeship',
      stateDate: 'TERYT register as of',
      counts: 'Voivodeships: {{voivodeships}}, powiats: {{powiats}}, gminas: {{gminas}}',
      update: 'Update from a TERC file',
      updated: 'TERYT register updated (as of {{stateDate}}): {{added}} added, {{updated}} changed, {{leftRegister}} removed from the register.',
      columns: { code: 'TERYT code', name: 'Name', level: 'Unit', kind: 'Kind', powiat: 'Powiat', voivodeship: 'Voivodeship' },
      powiatOf: 'powiat {{name}}',
      voivodeshipOf: '{{name}} voiv.',
    },
  },
} satisfies FeatureMessages;
