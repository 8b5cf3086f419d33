/**
 * One rule for every text of the contract: `text()` in preload/contract/schemas/fields.ts refuses a NUL character and
 * a lone surrogate. These tests pin the rule and keep it the only way a schema makes a string.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { institutionDraft, personDraft } from '../../preload/contract';
import { text, textProblem } from '../../preload/contract/schemas/fields';

describe('text fields', () => {
  it('names a NUL character and a lone surrogate with their positions, and takes 4-byte characters and Polish letters', () => {
    expect(textProblem('Zażółć gęślą jaźń 👵🏼 𝕂')).toBeNull();
    expect(textProblem('ab\u0000c')).toBe('zawiera znak NUL (pozycja 3), którego nie można zapisać');
    expect(textProblem('x\udc00')).toBe('zawiera uszkodzony znak Unicode (połówka pary surogatów U+DC00, pozycja 2); zapisz tekst ponownie w UTF-8');
    expect(textProblem('\ud83d')).toContain('U+D83D, pozycja 1');
    // The two halves in the wrong order are two lone surrogates, not an emoji.
    expect(textProblem('\ude00\ud83d')).toContain('U+DE00, pozycja 1');
    expect(text().safeParse('MOPS\u0000').error?.issues[0]?.message).toBe('Tekst zawiera znak NUL (pozycja 5), którego nie można zapisać');
  });

  it('every form refuses them at the field, as the table import and the exchange file do', () => {
    const person = personDraft.safeParse({ firstName: 'Anna', lastName: 'Łęcka\ud800', notes: 'a\u0000' });
    expect(person.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['lastName', 'notes']);
    const institution = institutionDraft.safeParse({ name: 'MOPS', type: 'ops', email: `${'a'.repeat(189)}@example.com` });
    expect(institution.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([['email', 'Adres e-mail może mieć najwyżej 200 znaków']]);
  });

  it('is the only way the contract makes a string: no schema calls z.string() itself', () => {
    const dir = path.resolve(__dirname, '../../preload/contract');
    const files = fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.ts') && file !== path.join('schemas', 'fields.ts'));
    const offenders = files.filter((file) => /\bz\s*\.string\(/.test(fs.readFileSync(path.join(dir, file), 'utf8')));
    expect(offenders).toEqual([]);
  });
});
