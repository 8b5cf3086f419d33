/**
 * The built-in templates as earlier versions of the app stored them (they refused to print a draft agreement or a
 * declaration without a representative): what an office's database may still hold. The app itself keeps only their
 * SHA-256 (EARLIER_BUILT_IN_DIGESTS in main/services/documents/template.ts), to recognise a default template nobody
 * has edited; tests/unit/documents.test.ts holds the digests to these texts.
 */

export const EARLIER_AGREEMENT_BODY = `# POROZUMIENIE O WSPÓŁPRACY nr {{numer}}

zawarte w dniu {{data_podpisania}} pomiędzy następującymi Stronami:

{{#strony}}
{{strona.lp}}. **{{strona.nazwa}}**, {{strona.adres}}{{#strona.nip}}, NIP {{strona.nip}}{{/strona.nip}}{{#strona.regon}}, REGON {{strona.regon}}{{/strona.regon}} – Stroną reprezentowaną przez: {{strona.przedstawiciel}} – {{strona.funkcja}},
{{/strony}}

zwanymi dalej łącznie „Stronami”, a każda z osobna „Stroną”.

## § 1. Przedmiot porozumienia

1. Przedmiotem porozumienia jest {{przedmiot}}.
2. Strony współpracują przy wdrażaniu Modelu kooperacji dla gminy {{gmina.nazwa}} (kod TERYT {{gmina.kod_teryt}}, województwo {{wojewodztwo.nazwa}}){{#projekt.nazwa}} w ramach projektu „{{projekt.nazwa}}”{{/projekt.nazwa}}.
3. Celem współpracy jest utworzenie i prowadzenie Partnerskiego Zespołu Kooperacyjnego (PZK){{#partnerstwo.nazwa}} pod nazwą „{{partnerstwo.nazwa}}”{{/partnerstwo.nazwa}}, łączącego instytucje pomocy społecznej z instytucjami innych sektorów (edukacji, rynku pracy, ochrony zdrowia, wymiaru sprawiedliwości, policji, kultury i sportu oraz organizacjami pozarządowymi) na rzecz osób i rodzin potrzebujących wsparcia.

## § 2. Obowiązki Stron

1. Województwo {{wojewodztwo.nazwa}}, za pośrednictwem regionalnego ośrodka polityki społecznej, zobowiązuje się do:
   - zapewnienia coachingu dla pracowników socjalnych ośrodka pomocy społecznej,
   - zapewnienia superwizji pracy socjalnej,
   - organizacji szkoleń międzysektorowych i warsztatów kooperacyjnych,
   - wsparcia merytorycznego przez animatorów i ekspertów ds. modelu.
2. Gmina {{gmina.nazwa}}, za pośrednictwem ośrodka pomocy społecznej jako lidera partnerstwa, zobowiązuje się do:
   - utworzenia Partnerskiego Zespołu Kooperacyjnego i kierowania jego pracami,
   - powoływania zadaniowych zespołów kooperacyjnych (ZZK) i koordynowania ich pracy,
   - delegowania pracowników socjalnych do udziału w coachingu, superwizji i szkoleniach,
   - zapewnienia miejsca spotkań zespołu i ich obsługi organizacyjnej.
{{#powiat.nazwa}}
3. Powiat {{powiat.nazwa}}, za pośrednictwem powiatowego centrum pomocy rodzinie jako partnera strategicznego, zobowiązuje się do:
   - udziału przedstawicieli powiatowego centrum pomocy rodzinie w pracach PZK,
   - włączania usług powiatowych jednostek organizacyjnych do lokalnego koszyka usług,
   - współpracy w zadaniowych zespołach kooperacyjnych w sprawach rodzin objętych wsparciem powiatu.
{{/powiat.nazwa}}
4. Strony zobowiązują się do wzajemnego informowania się o działaniach podejmowanych w ramach porozumienia oraz do przetwarzania danych osobowych wyłącznie w zakresie niezbędnym do jego wykonania, zgodnie z przepisami o ochronie danych osobowych (RODO).

## § 3. Okres obowiązywania

Porozumienie obowiązuje od dnia jego zawarcia do {{obowiazuje_do}}

## § 4. Postanowienia końcowe

1. Porozumienie nie rodzi zobowiązań finansowych Stron wobec siebie.
2. Zmiany porozumienia wymagają formy pisemnej pod rygorem nieważności.
3. W sprawach nieuregulowanych porozumieniem stosuje się przepisy Kodeksu cywilnego.
4. Porozumienie sporządzono w dniu {{data_sporzadzenia}} w jednobrzmiących egzemplarzach, po jednym dla każdej ze Stron.

## Podpisy Stron

{{#strony}}
**{{strona.nazwa}}**
{{strona.przedstawiciel}} – {{strona.funkcja}}

…………………………………………………… (podpis)

{{/strony}}
{{#projekt.klauzula}}
---

*{{projekt.klauzula}}*
{{/projekt.klauzula}}
`;

export const EARLIER_DECLARATION_BODY = `# DEKLARACJA PRZYSTĄPIENIA DO PARTNERSKIEGO ZESPOŁU KOOPERACYJNEGO

**„{{partnerstwo.nazwa}}” – gmina {{gmina.nazwa}}**

## Instytucja

**Nazwa:** {{instytucja.nazwa}}
{{#instytucja.adres}}
**Adres:** {{instytucja.adres}}
{{/instytucja.adres}}
{{#instytucja.nip}}
**NIP:** {{instytucja.nip}}
{{/instytucja.nip}}
**Reprezentowana przez:** {{przedstawiciel.imie_nazwisko}} – {{przedstawiciel.funkcja}}

Działając w imieniu instytucji, deklaruję jej przystąpienie do Partnerskiego Zespołu Kooperacyjnego „{{partnerstwo.nazwa}}” działającego w gminie {{gmina.nazwa}} w ramach Modelu kooperacji. Instytucja zobowiązuje się do:

1. delegowania przedstawicieli do udziału w spotkaniach zespołu,
2. udziału w pracach zadaniowych zespołów kooperacyjnych (ZZK) w sprawach osób i rodzin objętych wsparciem,
3. wniesienia do lokalnego koszyka usług usług opisanych poniżej i informowania o zmianach tej oferty,
4. przetwarzania danych osobowych wyłącznie w zakresie niezbędnym do współpracy, zgodnie z przepisami o ochronie danych osobowych (RODO).

## Osoby delegowane do prac w zespole

{{#delegowani}}
{{osoba.lp}}. {{osoba.imie_nazwisko}} – {{osoba.stanowisko}}
{{/delegowani}}
{{^delegowani}}
Instytucja deleguje do prac w zespole osobę ją reprezentującą.
{{/delegowani}}

## Oferta usług do lokalnego koszyka usług

| Lp. | Usługa | Grupa docelowa | Warunki dostępu | Kontakt |
|---|---|---|---|---|
{{#uslugi}}
| {{usluga.lp}} | {{usluga.nazwa}} | {{usluga.grupa_docelowa}} | {{usluga.warunki}} | {{usluga.kontakt}} |
{{/uslugi}}
{{^uslugi}}
| – | Instytucja nie zgłosiła jeszcze usług do koszyka | | | |
{{/uslugi}}

Data: {{data}}

……………………………………………………
{{przedstawiciel.imie_nazwisko}} – {{przedstawiciel.funkcja}}
(podpis i pieczęć)
`;
