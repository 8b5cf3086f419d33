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
  /**
   * What the user fills in when it is empty, in the accusative after „Uzupełnij”: "datę podpisania",
   * "osobę reprezentującą {item}" ({item}: the list item in the accusative, {of}: "strony „Gmina Będzin”").
   */
  ask?: string;
  /** Where on the record's screen it is filled: "Strony", "Członkowie". */
  where?: string;
  /** Said after the message when filling in is not the only way out. */
  note?: string;
  /** For a list: one item named in the accusative ("Gminę Będzin") and after a noun ("strony „Gmina Będzin”"). */
  accusative?: (name: string) => string;
  genitive?: (name: string) => string;
}

/** The record a document is printed from, for messages: "w porozumieniu KP3D/16", "Porozumienia → KP3D/16". */
export interface FillContext {
  record: string;
  path: string;
}

/**
 * A party's name in the accusative, as "Uzupełnij osobę reprezentującą …" needs it: "Gmina Będzin" → "Gminę Będzin";
 * a powiat and a voivodeship keep their form; any other name is safest as "stronę „…”".
 */
export function partyAccusative(name: string): string {
  if (/^Gmina\s/.test(name)) return name.replace(/^Gmina/, 'Gminę');
  if (/^(Powiat|Województwo|Miasto)\s/.test(name)) return name;
  return `stronę „${name}”`;
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
  { name: 'numer', description: 'numer porozumienia', ask: 'numer', where: 'Dane porozumienia' },
  { name: 'przedmiot', description: 'przedmiot porozumienia (dokończenie zdania „Przedmiotem porozumienia jest …”)', ask: 'przedmiot', where: 'Dane porozumienia' },
  { name: 'data_sporzadzenia', description: 'data sporządzenia porozumienia, słownie (1 kwietnia 2019 r.)', format: 'date', ask: 'datę sporządzenia', where: 'Dane porozumienia' },
  {
    name: 'data_podpisania',
    description: 'data zawarcia (podpisania) porozumienia, słownie; pusta, dopóki porozumienie nie jest podpisane',
    format: 'date',
    ask: 'datę podpisania',
    where: 'Dane porozumienia',
    note: 'Ten szablon drukuje tylko porozumienie podpisane: przed podpisaniem wybierz szablon, który zostawia miejsce na datę (np. domyślny).',
  },
  { name: 'obowiazuje_do', description: 'data, do której porozumienie obowiązuje, słownie', format: 'date', ask: 'datę, do której porozumienie obowiązuje,', where: 'Dane porozumienia' },
  { name: 'projekt.nazwa', description: 'nazwa projektu, np. „Kooperacje 3D – model wielosektorowej współpracy na rzecz wsparcia osób i rodzin”', ask: 'projekt', where: 'Dane porozumienia' },
  { name: 'projekt.klauzula', description: 'klauzula o współfinansowaniu projektu ze środków Unii Europejskiej', ask: 'projekt (jego klauzula o współfinansowaniu)', where: 'Dane porozumienia' },
  { name: 'gmina.nazwa', description: 'nazwa gminy (jak w TERYT, np. „Będzin”)', ask: 'gminę wśród stron', where: 'Strony' },
  { name: 'gmina.kod_teryt', description: 'kod TERYT gminy (7 cyfr z rodzajem, np. 2401011)', ask: 'gminę wśród stron', where: 'Strony' },
  { name: 'powiat.nazwa', description: 'nazwa powiatu będącego stroną (np. „będziński”); pusta dla miasta na prawach powiatu', ask: 'powiat wśród stron', where: 'Strony' },
  { name: 'wojewodztwo.nazwa', description: 'nazwa województwa (np. „śląskie”)', ask: 'województwo albo gminę wśród stron', where: 'Strony' },
  { name: 'partnerstwo.nazwa', description: 'nazwa Partnerskiego Zespołu Kooperacyjnego', ask: 'partnerstwo', where: 'Dane porozumienia' },
  {
    name: 'strony',
    description: 'strony porozumienia',
    itemLabel: 'strona',
    ask: 'strony',
    where: 'Strony',
    accusative: partyAccusative,
    genitive: (name) => `strony „${name}”`,
    list: [
      lp('strona'),
      { name: 'strona.nazwa', description: 'nazwa strony (np. „Gmina Będzin”)', ask: 'nazwę strony', where: 'Strony' },
      { name: 'strona.adres', description: 'adres siedziby strony', ask: 'adres {of}', where: 'Strony' },
      { name: 'strona.nip', description: 'NIP strony', ask: 'NIP {of}', where: 'Strony' },
      { name: 'strona.regon', description: 'REGON strony', ask: 'REGON {of}', where: 'Strony' },
      {
        name: 'strona.reprezentanci',
        description: 'osoby reprezentujące stronę, każda z własnym miejscem na podpis (np. dwaj członkowie zarządu powiatu)',
        itemLabel: 'osoba reprezentująca',
        ask: 'osobę reprezentującą {item}',
        where: 'Strony',
        accusative: (name) => name,
        genitive: (name) => `osoby ${name}`,
        list: [
          lp('reprezentant'),
          { name: 'reprezentant.imie_nazwisko', description: 'imię i nazwisko osoby reprezentującej stronę', ask: 'imię i nazwisko osoby reprezentującej {parent}', where: 'Strony' },
          { name: 'reprezentant.funkcja', description: 'jej funkcja (np. „Starosta”, „Skarbnik Miasta – kontrasygnata”)', ask: 'funkcję osoby {name} reprezentującej {parent}', where: 'Strony' },
        ],
      },
      { name: 'strona.przedstawiciel', description: 'imię i nazwisko pierwszej osoby reprezentującej stronę (wszystkie: lista strona.reprezentanci)', ask: 'osobę reprezentującą {item}', where: 'Strony' },
      { name: 'strona.funkcja', description: 'funkcja pierwszej osoby reprezentującej stronę (np. „Starosta”)', ask: 'funkcję osoby reprezentującej {item}', where: 'Strony' },
    ],
  },
];

export const DECLARATION_PLACEHOLDERS: PlaceholderSpec[] = [
  { name: 'partnerstwo.nazwa', description: 'nazwa Partnerskiego Zespołu Kooperacyjnego', ask: 'nazwę partnerstwa', where: 'Dane partnerstwa' },
  { name: 'gmina.nazwa', description: 'nazwa gminy, w której działa PZK', ask: 'gminę, w której działa partnerstwo,', where: 'Dane partnerstwa' },
  { name: 'instytucja.nazwa', description: 'nazwa przystępującej instytucji', ask: 'nazwę instytucji {instytucja.nazwa}', where: 'Członkowie' },
  { name: 'instytucja.adres', description: 'adres siedziby instytucji', ask: 'adres instytucji {instytucja.nazwa} (w rejestrze instytucji)', where: 'Członkowie' },
  { name: 'instytucja.nip', description: 'NIP instytucji', ask: 'NIP instytucji {instytucja.nazwa} (w rejestrze instytucji)', where: 'Członkowie' },
  { name: 'przedstawiciel.imie_nazwisko', description: 'imię i nazwisko osoby reprezentującej instytucję', ask: 'osobę reprezentującą instytucję {instytucja.nazwa}', where: 'Członkowie' },
  {
    name: 'przedstawiciel.funkcja',
    description: 'funkcja osoby reprezentującej instytucję',
    ask: 'stanowisko osoby reprezentującej instytucję {instytucja.nazwa} (w rejestrze osób)',
    where: 'Członkowie',
  },
  {
    name: 'przedstawiciel.z_forma',
    description: 'imię i nazwisko osoby reprezentującej instytucję z formą grzecznościową („Pani Ewa Ślązak”, „Pan Jan Kowalski”); samo imię i nazwisko, gdy forma nie jest znana',
  },
  {
    name: 'delegowani',
    description: 'osoby delegowane do prac w PZK',
    itemLabel: 'osoba',
    ask: 'osoby delegowane przez instytucję {instytucja.nazwa}',
    where: 'Członkowie',
    accusative: (name) => name,
    genitive: (name) => `osoby ${name}`,
    list: [
      lp('osoba'),
      { name: 'osoba.imie_nazwisko', description: 'imię i nazwisko osoby delegowanej', ask: 'imię i nazwisko osoby delegowanej', where: 'Członkowie' },
      { name: 'osoba.stanowisko', description: 'stanowisko osoby delegowanej', ask: 'stanowisko {of} (w rejestrze osób)', where: 'Członkowie' },
      { name: 'osoba.z_forma', description: 'imię i nazwisko osoby delegowanej z formą grzecznościową („Pani …”, „Pan …”), gdy jest znana', ask: 'imię i nazwisko osoby delegowanej', where: 'Członkowie' },
    ],
  },
  {
    name: 'uslugi',
    description: 'usługi wnoszone do lokalnego koszyka usług',
    itemLabel: 'usługa',
    ask: 'usługi instytucji {instytucja.nazwa} w koszyku usług',
    where: 'Koszyk usług',
    accusative: (name) => `usługę „${name}”`,
    genitive: (name) => `usługi „${name}”`,
    list: [
      lp('usluga'),
      { name: 'usluga.nazwa', description: 'nazwa usługi', ask: 'nazwę usługi', where: 'Koszyk usług' },
      { name: 'usluga.grupa_docelowa', description: 'do kogo usługa jest skierowana', ask: 'grupę docelową {of}', where: 'Koszyk usług' },
      { name: 'usluga.kontakt', description: 'kontakt w sprawie usługi', ask: 'kontakt {of}', where: 'Koszyk usług' },
      { name: 'usluga.warunki', description: 'warunki dostępu do usługi', ask: 'warunki dostępu {of}', where: 'Koszyk usług' },
    ],
  },
  { name: 'data', description: 'data złożenia deklaracji, słownie', format: 'date', ask: 'datę złożenia deklaracji', where: 'Członkowie' },
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
  /** Each with a signature line of their own. */
  reprezentanci?: { reprezentant: { lp?: number; imie_nazwisko: PlaceholderValue; funkcja: PlaceholderValue } }[];
  /** The first of them, for templates written before there could be several. */
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
