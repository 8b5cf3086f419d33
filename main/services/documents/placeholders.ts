/**
 * The placeholders (znaczniki) each kind of document may use, with Polish descriptions for the template
 * editor. Names are dotted paths into the data given to `fillTemplate`: `{{gmina.nazwa}}` reads
 * `data.gmina.nazwa`.
 *
 * Lists are Mustache sections: `{{#strony}}…{{/strony}}` repeats its content for every item, and an item's
 * fields carry the item's own prefix, `{{strona.nazwa}}`, so every item of `strony` is an object
 * `{ strona: { nazwa, adres, … } }`. Item fields may be used only inside their section; the document's
 * other placeholders may be used there too.
 *
 * A section over a plain placeholder is a condition: `{{#powiat.nazwa}}…{{/powiat.nazwa}}` prints its
 * content only when the value is given, `{{^powiat.nazwa}}…{{/powiat.nazwa}}` only when it is not.
 */

export interface PlaceholderSpec {
  /** Dotted name as written in the template, without braces: `gmina.nazwa`, `strony`, `strona.nazwa`. */
  name: string;
  /** What it prints, in Polish, for the template editor and for error messages. */
  description: string;
  /** When present, the placeholder is a list section whose items have these fields. */
  list?: PlaceholderSpec[];
  /** For a list: the noun naming one item in messages ("strona 2", "usługa 3"). */
  itemLabel?: string;
  /** `date`: an ISO date (2019-04-01) or a Date is printed in words ("1 kwietnia 2019 r."). */
  format?: 'date';
  /** Filled in by `fillTemplate` when the data leave it out (the ordinal number of a list item). */
  automatic?: boolean;
}

export const DOCUMENT_KINDS = ['agreement', 'declaration'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export const DOCUMENT_KIND_LABELS: Record<DocumentKind, string> = {
  agreement: 'Porozumienie o współpracy',
  declaration: 'Deklaracja przystąpienia do PZK',
};

const lp = (prefix: string): PlaceholderSpec => ({
  name: `${prefix}.lp`,
  description: 'liczba porządkowa pozycji na liście (1, 2, 3…), nadawana automatycznie',
  automatic: true,
});

export const AGREEMENT_PLACEHOLDERS: PlaceholderSpec[] = [
  { name: 'numer', description: 'numer porozumienia' },
  { name: 'przedmiot', description: 'przedmiot porozumienia (dokończenie zdania „Przedmiotem porozumienia jest …”)' },
  { name: 'data_sporzadzenia', description: 'data sporządzenia porozumienia, słownie (1 kwietnia 2019 r.)', format: 'date' },
  { name: 'data_podpisania', description: 'data zawarcia (podpisania) porozumienia, słownie', format: 'date' },
  { name: 'obowiazuje_do', description: 'data, do której porozumienie obowiązuje, słownie', format: 'date' },
  { name: 'projekt.nazwa', description: 'nazwa projektu, np. „Kooperacje 3D – model wielosektorowej współpracy na rzecz wsparcia osób i rodzin”' },
  { name: 'projekt.klauzula', description: 'klauzula o współfinansowaniu projektu ze środków Unii Europejskiej' },
  { name: 'gmina.nazwa', description: 'nazwa gminy (jak w TERYT, np. „Będzin”)' },
  { name: 'gmina.kod_teryt', description: 'kod TERYT gminy (7 cyfr z rodzajem, np. 2401011)' },
  { name: 'powiat.nazwa', description: 'nazwa powiatu będącego stroną (np. „będziński”); pusta dla miasta na prawach powiatu' },
  { name: 'wojewodztwo.nazwa', description: 'nazwa województwa (np. „śląskie”)' },
  { name: 'partnerstwo.nazwa', description: 'nazwa Partnerskiego Zespołu Kooperacyjnego' },
  {
    name: 'strony',
    description: 'strony porozumienia',
    itemLabel: 'strona',
    list: [
      lp('strona'),
      { name: 'strona.nazwa', description: 'nazwa strony (np. „Gmina Będzin”)' },
      { name: 'strona.adres', description: 'adres siedziby strony' },
      { name: 'strona.nip', description: 'NIP strony' },
      { name: 'strona.regon', description: 'REGON strony' },
      { name: 'strona.przedstawiciel', description: 'imię i nazwisko osoby reprezentującej stronę' },
      { name: 'strona.funkcja', description: 'funkcja osoby reprezentującej stronę (np. „Starosta”)' },
    ],
  },
];

export const DECLARATION_PLACEHOLDERS: PlaceholderSpec[] = [
  { name: 'partnerstwo.nazwa', description: 'nazwa Partnerskiego Zespołu Kooperacyjnego' },
  { name: 'gmina.nazwa', description: 'nazwa gminy, w której działa PZK' },
  { name: 'instytucja.nazwa', description: 'nazwa przystępującej instytucji' },
  { name: 'instytucja.adres', description: 'adres siedziby instytucji' },
  { name: 'instytucja.nip', description: 'NIP instytucji' },
  { name: 'przedstawiciel.imie_nazwisko', description: 'imię i nazwisko osoby reprezentującej instytucję' },
  { name: 'przedstawiciel.funkcja', description: 'funkcja osoby reprezentującej instytucję' },
  {
    name: 'przedstawiciel.z_forma',
    description: 'imię i nazwisko osoby reprezentującej instytucję z formą grzecznościową („Pani Ewa Ślązak”, „Pan Jan Kowalski”); samo imię i nazwisko, gdy forma nie jest znana',
  },
  {
    name: 'delegowani',
    description: 'osoby delegowane do prac w PZK',
    itemLabel: 'osoba',
    list: [
      lp('osoba'),
      { name: 'osoba.imie_nazwisko', description: 'imię i nazwisko osoby delegowanej' },
      { name: 'osoba.stanowisko', description: 'stanowisko osoby delegowanej' },
      { name: 'osoba.z_forma', description: 'imię i nazwisko osoby delegowanej z formą grzecznościową („Pani …”, „Pan …”), gdy jest znana' },
    ],
  },
  {
    name: 'uslugi',
    description: 'usługi wnoszone do lokalnego koszyka usług',
    itemLabel: 'usługa',
    list: [
      lp('usluga'),
      { name: 'usluga.nazwa', description: 'nazwa usługi' },
      { name: 'usluga.grupa_docelowa', description: 'do kogo usługa jest skierowana' },
      { name: 'usluga.kontakt', description: 'kontakt w sprawie usługi' },
      { name: 'usluga.warunki', description: 'warunki dostępu do usługi' },
    ],
  },
  { name: 'data', description: 'data złożenia deklaracji, słownie', format: 'date' },
];

export const PLACEHOLDERS: Record<DocumentKind, PlaceholderSpec[]> = {
  agreement: AGREEMENT_PLACEHOLDERS,
  declaration: DECLARATION_PLACEHOLDERS,
};

/** A value the data may give for a plain placeholder; dates may also come as Date. */
export type PlaceholderValue = string | number | Date | null | undefined;

export interface AgreementParty {
  lp?: number;
  nazwa: PlaceholderValue;
  adres: PlaceholderValue;
  nip: PlaceholderValue;
  regon: PlaceholderValue;
  przedstawiciel: PlaceholderValue;
  funkcja: PlaceholderValue;
}

/** What the agreement's placeholders read. Missing values are found by `fillTemplate`, not by the type. */
export interface AgreementData {
  numer: PlaceholderValue;
  przedmiot: PlaceholderValue;
  data_sporzadzenia: PlaceholderValue;
  data_podpisania: PlaceholderValue;
  obowiazuje_do: PlaceholderValue;
  projekt: { nazwa: PlaceholderValue; klauzula: PlaceholderValue };
  gmina: { nazwa: PlaceholderValue; kod_teryt: PlaceholderValue };
  powiat?: { nazwa: PlaceholderValue } | null;
  wojewodztwo: { nazwa: PlaceholderValue };
  partnerstwo?: { nazwa: PlaceholderValue } | null;
  strony: { strona: AgreementParty }[];
}

export interface DeclarationData {
  partnerstwo: { nazwa: PlaceholderValue };
  gmina: { nazwa: PlaceholderValue };
  instytucja: { nazwa: PlaceholderValue; adres: PlaceholderValue; nip: PlaceholderValue };
  przedstawiciel: { imie_nazwisko: PlaceholderValue; funkcja: PlaceholderValue; z_forma?: PlaceholderValue };
  delegowani: { osoba: { lp?: number; imie_nazwisko: PlaceholderValue; stanowisko: PlaceholderValue; z_forma?: PlaceholderValue } }[];
  uslugi: {
    usluga: { lp?: number; nazwa: PlaceholderValue; grupa_docelowa: PlaceholderValue; kontakt: PlaceholderValue; warunki: PlaceholderValue };
  }[];
  data: PlaceholderValue;
}

export interface DocumentDataByKind {
  agreement: AgreementData;
  declaration: DeclarationData;
}

/** The prefix an item's fields share (`strona` for `strona.nazwa`): the key of the item object. */
export function itemPrefix(list: PlaceholderSpec): string {
  const first = list.list?.[0]?.name ?? '';
  return first.split('.')[0] ?? '';
}

/** `{{gmina.nazwa}}`, `{{#strony}}`: how a placeholder is written, for messages. */
export function tag(name: string, sigil = ''): string {
  return `{{${sigil}${name}}}`;
}
