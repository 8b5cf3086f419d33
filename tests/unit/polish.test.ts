import { describe, expect, it } from 'vitest';
import { comparePolish, endSentence, foldForSearch, midSentence, nestQuotes, polishSortKey, quoted, unbreakable } from '../../preload/contract';

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
