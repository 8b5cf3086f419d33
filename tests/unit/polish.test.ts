import { describe, expect, it } from 'vitest';
import { comparePolish, foldForSearch } from '../../preload/contract';

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
