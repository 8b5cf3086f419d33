/**
 * Two people of one office edit the same record from two PCs (two clients of the same database: one SQLite
 * file, or one PostgreSQL server). The second save of a stale copy is refused; nothing is lost.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Institution } from '../../preload/contract';
import { dispatch } from '../../main/ipc/dispatch';
import { unwrap } from '../support/results';
import { openTempDatabase, type TempDatabase } from '../support/tempDatabase';

let temp: TempDatabase;
beforeEach(async () => {
  temp = await openTempDatabase();
});
afterEach(async () => {
  await temp.cleanup();
});

describe('two clients editing the same institution', () => {
  it('the second save of a stale copy gets a conflict, and the first save stays', async () => {
    const anna = temp.runtime;
    const jan = await temp.openSecondClient();
    const created = unwrap<Institution>(await dispatch(anna, 'institutions.save', { name: 'GOPS w Oksie', type: 'ops', terytCode: '2602052' }));
    const annasCopy = unwrap<Institution>(await dispatch(anna, 'institutions.get', { id: created.id }));
    const jansCopy = unwrap<Institution>(await dispatch(jan, 'institutions.get', { id: created.id }));

    const [first, second] = await Promise.all([
      dispatch(anna, 'institutions.save', { ...annasCopy, phone: '41 380 10 20' }),
      dispatch(jan, 'institutions.save', { ...jansCopy, email: 'gops@oksa.pl' }),
    ]);
    const outcomes = [first, second].map((result) => (result.ok ? 'saved' : result.error.code)).sort();
    expect(outcomes).toEqual(['conflict', 'saved']);

    const stored = unwrap<Institution>(await dispatch(jan, 'institutions.get', { id: created.id }));
    expect(stored.version).toBe(2);
    // Exactly one of the two edits is there, whole: nothing half-applied, nothing silently overwritten.
    expect([stored.phone, stored.email]).toSatisfy(([phone, email]: (string | null)[]) => (phone === '41 380 10 20') !== (email === 'gops@oksa.pl'));

    // The refused one reloads and saves again knowingly.
    const loser = first.ok ? jan : anna;
    const fresh = unwrap<Institution>(await dispatch(loser, 'institutions.get', { id: created.id }));
    const merged = unwrap<Institution>(await dispatch(loser, 'institutions.save', { ...fresh, phone: '41 380 10 20', email: 'gops@oksa.pl' }));
    expect(merged).toMatchObject({ version: 3, phone: '41 380 10 20', email: 'gops@oksa.pl' });
  });
});
