/** The Polish texts of the screens, read as a proofreader would: slips a test can catch. */
import { describe, expect, it } from 'vitest';
import { FEATURE_MESSAGES } from '../../renderer/src/i18n/features';
import { pl } from '../../renderer/src/i18n/pl';

function strings(value: unknown, path: string, out: [string, string][] = []): [string, string][] {
  if (typeof value === 'string') out.push([path, value]);
  else if (value && typeof value === 'object') for (const [key, inner] of Object.entries(value)) strings(inner, path ? `${path}.${key}` : key, out);
  return out;
}

const POLISH = [...strings(pl, ''), ...FEATURE_MESSAGES.flatMap((messages) => strings(messages.pl, ''))];

describe('Polish texts of the screens', () => {
  it('are many (the walk reaches the features)', () => {
    expect(POLISH.length).toBeGreaterThan(800);
  });

  it('address the user without a gender: no "edytowałeś", "otworzyłaś"', () => {
    const gendered = POLISH.filter(([, text]) => /\p{L}+ł(eś|aś)(?!\p{L})/u.test(text));
    expect(gendered).toEqual([]);
  });

  it('write "nie" with an adjectival participle as one word: "nieliczone", not "nie liczone"', () => {
    const split = POLISH.filter(([, text]) => /(?<!\p{L})nie \p{L}+(on|an|ęt|yt)(y|a|e|i|ych|ym|ymi|ej)(?!\p{L})/iu.test(text));
    expect(split).toEqual([]);
  });
});
