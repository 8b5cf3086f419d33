import { searchStems, searchWords } from '../../main/services/searchText';
import { describe, expect, it } from 'vitest';
import { addressedName, comparePolish, endSentence, foldForSearch, formatDatePl, formatHours, midSentence, monthSpanPhrase, nestQuotes, pastTenseOf, polishSortKey, quoted, suggestFormOfAddress, unbreakable } from '../../preload/contract';
import { parseTypedDate, parseTypedTime } from '../../renderer/src/i18n/format';

describe('Polish text', () => {
  it('folds diacritics, including ł which Unicode does not decompose', () => {
    expect(foldForSearch('Łódź')).toBe('lodz');
    expect(foldForSearch('  Żory   ŚLĄSKIE ')).toBe('zory slaskie');
    expect(foldForSearch('Zażółć gęślą jaźń')).toBe('zazolc gesla jazn');
  });

  it('sorts in Polish alphabetical order', () => {
    const sorted = ['Malbork', 'Żory', 'Łódź', 'Zabrze', 'Lublin', 'Sosnowiec', 'Świętochłowice', 'Ruda Śląska'].sort(comparePolish);
    expect(sorted).toEqual(['Lublin', 'Łódź', 'Malbork', 'Ruda Śląska', 'Sosnowiec', 'Świętochłowice', 'Zabrze', 'Żory']);
  });
});

describe('Polish sort key', () => {
  const byKey = (a: string, b: string) => (polishSortKey(a) < polishSortKey(b) ? -1 : polishSortKey(a) > polishSortKey(b) ? 1 : 0);

  it('orders as comparePolish: Polish letters, case, hyphens, spaces, apostrophes, numbers, other accents', () => {
    const names = ['Żak', 'Zając', 'zabłocki', 'Ząbek', 'Łęcka', 'Lis', 'Nowak', 'nowak', 'Nowak-Zielińska', 'Nowak Zielińska', 'Nowaka', 'Nowakowska', "O'Brien", 'Obrębski', 'Ćwik', 'Czajka', 'Śliwa', 'Sikora', 'Müller', 'Mróz', 'Mucha', 'Strauß', 'Strauss', 'Straub', 'Dom 10', 'Dom 9', 'Dom 09', 'Ósma', 'Oskar', 'Éva', 'Ewa'];
    expect([...names].sort(byKey)).toEqual([...names].sort(comparePolish));
    // Equal for comparePolish (base letters): the same key, so the id decides between them.
    expect(polishSortKey('NOWAK')).toBe(polishSortKey('nowak'));
    expect(polishSortKey('Müller')).toBe(polishSortKey('Muller'));
    expect(polishSortKey('Dom 09')).toBe(polishSortKey('Dom 9'));
    expect(polishSortKey('Łęcka')).not.toBe(polishSortKey('Lecka'));
  });

  it('agrees with comparePolish on random strings of letters, marks, digits and punctuation', () => {
    const alphabet = [...'aAąĄbcćĆdeęEfghiIjklłŁmnńoóÓpqrsśŚtuvwxyzźżŻ', ' ', '-', "'", '.', ',', '0', '1', '2', '9', 'é', 'ü', 'Ö', 'ß', 'æ', 'ø', 'œ', 'č', 'š', 'ñ', 'ç'];
    let seed = 7;
    const random = (n: number) => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed % n;
    };
    const word = () => Array.from({ length: random(7) }, () => alphabet[random(alphabet.length)]).join('');
    for (let i = 0; i < 20_000; i++) {
      const a = word();
      const b = word();
      expect([a, b, byKey(a, b)]).toEqual([a, b, Math.sign(comparePolish(a, b))]);
    }
  });

  it('compares parts one after another, a shorter part first', () => {
    const people = [
      ['Nowak', 'Jan'],
      ['Nowak Kowalska', 'Anna'],
      ['Nowakowska', 'Ewa'],
      ['Nowak', 'Ádám'],
      ['Nowak-Kowalska', 'Zofia'],
    ];
    const byPeopleKey = (a: string[], b: string[]) => (polishSortKey(...a) < polishSortKey(...b) ? -1 : 1);
    const byCollator = (a: string[], b: string[]) => comparePolish(a[0]!, b[0]!) || comparePolish(a[1]!, b[1]!);
    expect([...people].sort(byPeopleKey)).toEqual([...people].sort(byCollator));
    // Printable ASCII only: any engine stores and compares it byte by byte.
    expect(polishSortKey('Żółć', 'Ŝ字')).toMatch(/^[\x20-\x7e]+$/);
  });
});

describe('dates and hours as the app writes them, whatever the system language', () => {
  it('writes a calendar date as dd.mm.rrrr', () => {
    expect(formatDatePl('2026-12-07')).toBe('07.12.2026');
    expect(formatDatePl('2019-04-01T10:00:00.000Z')).toBe('01.04.2019');
  });

  it('counts hours in their unit with the Polish forms, fractions in the genitive singular', () => {
    expect(formatHours(1, 'didactic')).toBe('1 godzina dydaktyczna');
    expect(formatHours(3, 'clock')).toBe('3 godziny zegarowe');
    expect(formatHours(16, 'didactic')).toBe('16 godzin dydaktycznych');
    expect(formatHours(22, 'didactic')).toBe('22 godziny dydaktyczne');
    expect(formatHours(7.5, 'didactic')).toBe('7,5 godziny dydaktycznej');
  });

  it('counts hours in English words in English mode, without mixing in the unit label', () => {
    expect(formatHours(16, 'didactic', 'en')).toBe('16 didactic hours');
    expect(formatHours(1, 'clock', 'en')).toBe('1 clock hour');
    expect(formatHours(7.5, 'clock', 'en')).toBe('7.5 clock hours');
  });
});

describe('dates and times as a user types them', () => {
  it('reads dd.mm.rrrr and its variants and an ISO paste as the same calendar day', () => {
    for (const typed of ['07.12.2026', '7.12.2026', '7-12-2026', '7/12/2026', ' 07.12.2026 ', '2026-12-07']) expect(parseTypedDate(typed)).toBe('2026-12-07');
    expect(parseTypedDate('')).toBe('');
  });

  it('refuses what is not a calendar day, the American order included', () => {
    for (const typed of ['31.02.2026', '12/31/2026', '7.12.26', '2026-13-01', 'jutro', '07.12']) expect(parseTypedDate(typed)).toBeNull();
  });

  it('reads a time of day on the 24-hour clock', () => {
    expect(parseTypedTime('9:30')).toBe('09:30');
    expect(parseTypedTime('09.30')).toBe('09:30');
    expect(parseTypedTime('930')).toBe('09:30');
    expect(parseTypedTime('17')).toBe('17:00');
    expect(parseTypedTime('')).toBe('');
    for (const typed of ['24:00', '9:60', '9:30 PM', 'rano']) expect(parseTypedTime(typed)).toBeNull();
  });
});

describe('Polish typesetting of printed text', () => {
  it('nests quotation marks „…‚…’…”, never the same ones twice, on each line afresh', () => {
    expect(quoted('Regionalna konferencja „Kooperacja się opłaca” – podsumowanie')).toBe('„Regionalna konferencja ‚Kooperacja się opłaca’ – podsumowanie”');
    expect(quoted('Stowarzyszenie "Razem" w Będzinie')).toBe('„Stowarzyszenie ‚Razem’ w Będzinie”');
    expect(quoted('  Szkolenie  ')).toBe('„Szkolenie”');
    expect(nestQuotes('projekt „Kooperacje „3D” i „Razem””')).toBe('projekt „Kooperacje ‚3D’ i ‚Razem’”');
    // Already nested: unchanged; an unclosed quote on one line does not turn the next line around.
    expect(nestQuotes('„Konferencja ‚Razem’”')).toBe('„Konferencja ‚Razem’”');
    expect(nestQuotes('„bez zamknięcia\n„Przystań”')).toBe('„bez zamknięcia\n„Przystań”');
  });

  it('ends a sentence with one full stop, also after an abbreviation', () => {
    expect(endSentence('Odbyło się 15 spotkań (Będzin, Cieszyn i in.)')).toBe('Odbyło się 15 spotkań (Będzin, Cieszyn i in.).');
    expect(endSentence('Zespoły: PZK Będzin, PZK Cieszyn i in.')).toBe('Zespoły: PZK Będzin, PZK Cieszyn i in.');
    expect(endSentence('godziny superwizji')).toBe('godziny superwizji.');
    expect(endSentence('Czy to koniec?')).toBe('Czy to koniec?');
  });

  it('writes a value in the middle of a sentence in lower case, keeping abbreviations and known names', () => {
    expect(midSentence('Współpraca przy wdrażaniu Modelu kooperacji')).toBe('współpraca przy wdrażaniu Modelu kooperacji');
    expect(midSentence('PZK jako forma współpracy')).toBe('PZK jako forma współpracy');
    expect(midSentence('wdrażanie modelu')).toBe('wdrażanie modelu');
    expect(midSentence('Gmina Będzin zapewnia…', ['Gmina Będzin'])).toBe('Gmina Będzin zapewnia…');
  });

  it('keeps a short label on one line: no-break spaces and hyphens', () => {
    expect(unbreakable('Spotkanie PZK (G-PZK)')).toBe('Spotkanie\u00a0PZK\u00a0(G-\u2060PZK)');
  });
});

describe('forms of address', () => {
  it('suggests „Pani” for names in -a and known women’s names, „Pan” otherwise, nothing for no name', () => {
    const suggested = (names: string[]) => names.map(suggestFormOfAddress);
    expect(suggested(['Anna', 'łucja', 'Anna Maria', 'Beatrycze', 'Noemi', 'Miriam'])).toEqual(['ms', 'ms', 'ms', 'ms', 'ms', 'ms']);
    expect(suggested(['Jan', 'Józef', 'Kuba', 'Barnaba', 'Bonawentura', 'Jan-Paweł'])).toEqual(['mr', 'mr', 'mr', 'mr', 'mr', 'mr']);
    expect(suggested(['', '  ', '—'])).toEqual([null, null, null]);
  });

  it('addresses a person by the form, or by the name alone with no verb form to agree where it is unknown', () => {
    const took = { ms: 'wzięła', mr: 'wziął' };
    expect([addressedName('ms', 'Anna Nowak'), pastTenseOf('ms', took)]).toEqual(['Pani Anna Nowak', 'wzięła']);
    expect([addressedName('mr', 'Jan Kowalski'), pastTenseOf('mr', took)]).toEqual(['Pan Jan Kowalski', 'wziął']);
    expect([addressedName(null, 'Jan Kowalski'), pastTenseOf(null, took)]).toEqual(['Jan Kowalski', null]);
  });
});

describe('searchStems', () => {
  it('cuts a case ending so that the typed form finds the stored one, and leaves the letters of a name alone', () => {
    expect(searchStems('zorach')).toEqual(['zor']); // Żorach → Żory
    expect(searchStems('czestochowie')).toEqual(['czestochow']);
    expect(searchStems('bedzinskiego')).toEqual(['bedzinsk']); // powiat będziński
    expect(searchStems('gorze')).toEqual(['gorz', 'gor']); // Zielonej Górze → Góra
    expect(searchStems('rudzie')).toEqual(['rudz', 'rud']); // Rudzie Śląskiej → Ruda
    expect(searchStems('sosnowcu')).toEqual(['sosnowc', 'sosnowiec']);
    expect(searchStems('zorza')).toEqual(['zorz']);
    expect(searchStems('bedzin')).toEqual([]);
    expect(searchStems('ul')).toEqual([]);
    expect(searchWords(' Bielsku-Białej  ŻORY ')).toEqual(['bielsku', 'bialej', 'zory']);
  });
});

describe('monthSpanPhrase', () => {
  it('says a span of months as a sentence does, the year once when it is the same', () => {
    expect(monthSpanPhrase('2026-04', '2026-12')).toBe('od kwietnia do grudnia 2026 r.');
    expect(monthSpanPhrase('2019-10', '2020-11')).toBe('od października 2019 r. do listopada 2020 r.');
    expect(monthSpanPhrase('2026-02', '2026-02')).toBe('w lutym 2026 r.');
    expect(monthSpanPhrase('2026-11', '2026-11')).toBe('w listopadzie 2026 r.');
  });
});
