/** The template editor's live preview: the template filled with example data. */
import { markdownHtml, validateTemplate, type DocumentDataByKind, type DocumentKind, type MarkdownDocument } from '../documents';
import { agreementDocument, declarationDocument } from '../documents/kinds';
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
    przedstawiciel: { imie_nazwisko: 'Ewa Ślązak', funkcja: 'Dyrektor', z_forma: 'Pani Ewa Ślązak' },
    delegowani: [{ osoba: { imie_nazwisko: 'Piotr Gęsiński', stanowisko: 'doradca zawodowy', z_forma: 'Pan Piotr Gęsiński' } }],
    uslugi: [
      { usluga: { nazwa: 'Poradnictwo zawodowe', grupa_docelowa: 'osoby bezrobotne', kontakt: 'tel. 32 267 00 00', warunki: 'po rejestracji w urzędzie' } },
      { usluga: { nazwa: 'Klub pracy', grupa_docelowa: 'osoby długotrwale bezrobotne', kontakt: 'pokój 12', warunki: 'nabór co kwartał' } },
    ],
    data: '2019-05-20',
  },
};

/** The example document exactly as the printed kind makes it (tidied, typeset), from the template being edited. */
function exampleDocument(kind: DocumentKind, body: string): MarkdownDocument {
  if (kind === 'agreement') return agreementDocument({ number: SAMPLE.agreement.numer as string, template: body, data: SAMPLE.agreement, logo: null });
  return declarationDocument({ partnershipName: 'PZK Będzin', institutionName: 'Powiatowy Urząd Pracy w Będzinie', template: body, data: SAMPLE.declaration, logo: null });
}

/** The template editor's live preview: the template's problems, or the document it makes with example data. */
export function previewTemplate(kind: DocumentKind, body: string): { html: string | null; problems: string[] } {
  const checked = validateTemplate(kind, body);
  if (!checked.ok) return { html: null, problems: checked.problems };
  try {
    return { html: markdownHtml({ ...exampleDocument(kind, body), title: 'Podgląd', footerText: null }).html, problems: [] };
  } catch (error) {
    if (error instanceof ServiceError) return { html: null, problems: [error.message, ...Object.values(error.fieldErrors ?? {})] };
    throw error;
  }
}
