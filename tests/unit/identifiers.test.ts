import { describe, expect, it } from 'vitest';
import { isValidNip, isValidPostalCode, isValidRegon } from '../../preload/contract';

describe('NIP', () => {
  it.each(['1234563218', '123-456-32-18', '526 025 09 95', '7251801126'])('accepts a valid NIP %s', (nip) => {
    expect(isValidNip(nip)).toBe(true);
  });
  it.each(['1234563219', '123456321', '12345632180', 'abcdefghij', '0000000001'])('rejects %s', (nip) => {
    expect(isValidNip(nip)).toBe(false);
  });
});

describe('REGON', () => {
  it.each(['123456785', '000331501', '12345678512347'])('accepts a valid REGON %s', (regon) => {
    expect(isValidRegon(regon)).toBe(true);
  });
  it.each(['123456786', '12345678512348', '1234567851234', '12345678'])('rejects %s', (regon) => {
    expect(isValidRegon(regon)).toBe(false);
  });
});

describe('postal code', () => {
  it('accepts NN-NNN and rejects other shapes', () => {
    expect(isValidPostalCode('41-200')).toBe(true);
    expect(isValidPostalCode('41200')).toBe(false);
    expect(isValidPostalCode('4-1200')).toBe(false);
  });
});
