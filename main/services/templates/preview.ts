/** The template editor's live preview: the template filled with example data. */
import { fillTemplate, markdownToHtml, printDocumentHtml, validateTemplate, type DocumentDataByKind, type DocumentKind } from '../documents';
import { ServiceError } from '../errors';

/** Example data for the template editor's live preview: a three-party agreement, a declaration with two services. */
const SAMPLE: DocumentDataByKind = {
  agreement: {
    numer: 'ROPS/K3D/12/2019',
    przedmiot: 'współpraca przy wdrażaniu Modelu kooperacji w gminie Będzin',
    data_sporzadzenia: '2019-03-15',
    data_podpisania: '2019-04-01',
    obowiazuje_do: '2020-12-31',
    projekt: { nazwa: 'Kooperacje 3D – model wielosektorowej współpracy na rzecz wsparcia osób i rodzin', klauzula: 'Projekt współfinansowany ze środków Unii Europejskiej w ramach Europejskiego Funduszu Społecznego.' },
    gmina: { nazwa: 'Będzin', kod_teryt: '2401011' },
    powiat: { nazwa: 'będziński' },
    wojewodztwo: { nazwa: 'śląskie' },
    partnerstwo: { nazwa: 'PZK Będzin' },
    strony: [
      { strona: { nazwa: 'Województwo Śląskie', adres: 'ul. Ligonia 46, 40-037 Katowice', nip: '9542396178', regon: '276257110', reprezentanci: [{ reprezentant: { imie_nazwisko: 'Jan Kowalski', funkcja: 'Członek Zarządu Województwa' } }], przedstawiciel: 'Jan Kowalski', funkcja: 'Członek Zarządu Województwa' } },
      { strona: { nazwa: 'Gmina Będzin', adres: 'ul. 11 Listopada 20, 42-500 Będzin', nip: '6250006780', regon: '276258539', reprezentanci: [{ reprezentant: { imie_nazwisko: 'Anna Nowak', funkcja: 'Burmistrz Miasta' } }], przedstawiciel: 'Anna Nowak', funkcja: 'Burmistrz Miasta' } },
      { strona: { nazwa: 'Powiat Będziński', adres: 'ul. Jana Ślusarczyka 1, 42-500 Będzin', nip: '6252054578', regon: '276255168', reprezentanci: [{ reprezentant: { imie_nazwisko: 'Łukasz Żółkiewski', funkcja: 'Starosta' } }, { reprezentant: { imie_nazwisko: 'Maria Wąsik', funkcja: 'Wicestarosta' } }], przedstawiciel: 'Łukasz Żółkiewski', funkcja: 'Starosta' } },
    ],
  },
  declaration: {
    partnerstwo: { nazwa: 'PZK Będzin' },
    gmina: { nazwa: 'Będzin' },
    instytucja: { nazwa: 'Powiatowy Urząd Pracy w Będzinie', adres: 'ul. Kościuszki 57, 42-500 Będzin', nip: '6251005930' },
    przedstawiciel: { imie_nazwisko: 'Ewa Ślązak', funkcja: 'Dyrektor' },
    delegowani: [{ osoba: { imie_nazwisko: 'Piotr Gęsiński', stanowisko: 'doradca zawodowy' } }],
    uslugi: [
      { usluga: { nazwa: 'Poradnictwo zawodowe', grupa_docelowa: 'osoby bezrobotne', kontakt: 'tel. 32 267 00 00', warunki: 'po rejestracji w urzędzie' } },
      { usluga: { nazwa: 'Klub pracy', grupa_docelowa: 'osoby długotrwale bezrobotne', kontakt: 'pokój 12', warunki: 'nabór co kwartał' } },
    ],
    data: '2019-05-20',
  },
};

/** The template editor's live preview: the template's problems, or the document it makes with example data. */
export function previewTemplate(kind: DocumentKind, body: string): { html: string | null; problems: string[] } {
  const checked = validateTemplate(kind, body);
  if (!checked.ok) return { html: null, problems: checked.problems };
  try {
    const markdown = fillTemplate(kind, body, SAMPLE[kind] as never);
    return { html: printDocumentHtml({ title: 'Podgląd', bodyHtml: markdownToHtml(markdown) }), problems: [] };
  } catch (error) {
    if (error instanceof ServiceError) return { html: null, problems: [error.message, ...Object.values(error.fieldErrors ?? {})] };
    throw error;
  }
}
