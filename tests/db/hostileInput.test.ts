/**
 * Hostile input at the boundary: thousands of generated payloads that the contract must refuse, sent to every
 * channel. None may crash the dispatcher, each must be answered with a typed error, and the database must not change.
 */
import crypto from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNEL_NAMES, contract, ERROR_CODES } from '../../preload/contract';
import { dispatch } from '../../main/ipc/dispatch';
import { listTables } from '../../main/services/app';
import { openTempDatabase, type TempDatabase } from '../support/tempDatabase';

let temp: TempDatabase;
beforeAll(async () => {
  temp = await openTempDatabase();
  await dispatch(temp.runtime, 'institutions.save', { name: 'MOPS w Żorach', type: 'ops', terytCode: '2479011' });
});
afterAll(async () => {
  await temp.cleanup();
});

/** A fingerprint of every table's content. */
async function fingerprint(): Promise<string> {
  const hash = crypto.createHash('sha256');
  for (const table of await listTables(temp.runtime.db, temp.runtime.engine)) hash.update(table).update(JSON.stringify(await temp.runtime.db(table).select('*')));
  return hash.digest('hex');
}

/** Values of every JSON shape, with the strings that break naive code: SQL, HTML, huge, control characters. */
const hostileValue = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.constantFrom("'; DROP TABLE institutions; --", '<script>alert(1)</script>', '\u0000', '../../etc/passwd', '__proto__', 'x'.repeat(100_000), NaN, -0, Infinity),
    fc.string(),
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.constant(undefined),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.constantFrom('id', 'version', 'name', 'type', 'query', 'code', 'entity', 'contentBase64', 'fileName', '__proto__', 'constructor'), tie('value'), { maxKeys: 5 }),
  ),
})).value;

describe('hostile input', () => {
  it('10 000 invalid payloads across all channels: each answered with a typed error, nothing written', async () => {
    const before = await fingerprint();
    let sent = 0;
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...CHANNEL_NAMES), hostileValue, async (channel, payload) => {
        fc.pre(!contract[channel].input.safeParse(payload).success); // only what the contract must refuse
        sent++;
        const result = await dispatch(temp.runtime, channel, payload, () => {});
        expect(result.ok).toBe(false);
        if (result.ok) return;
        expect(ERROR_CODES).toContain(result.error.code);
        expect(result.error.code).toBe('validation');
        expect(typeof result.error.message).toBe('string');
      }),
      { numRuns: 10_000, seed: 20261123, maxSkipsPerRun: 1_000 },
    );
    expect(sent).toBe(10_000);
    expect(await fingerprint()).toBe(before);
  }, 120_000);

  it('refuses channel names that are not strings or not in the contract', async () => {
    for (const channel of [undefined, null, 42, {}, 'constructor', '__proto__', 'toString', 'institutions.save '.repeat(1000)]) {
      const result = await dispatch(temp.runtime, channel, {});
      expect(result).toMatchObject({ ok: false, error: { code: 'not_found' } });
    }
  });
});
