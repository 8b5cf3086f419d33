import { searchStems, searchWords } from '../../main/services/searchText';
import { describe, expect, it } from 'vitest';
import { comparePolish, foldForSearch, monthSpanPhrase, polishSortKey } from '../../preload/contract';

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
