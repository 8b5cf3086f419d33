/** People through the contract, on a real SQLite file. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Institution, Person } from '../../preload/contract';
import { dispatch } from '../../main/ipc/dispatch';
import { unwrap } from '../support/results';
import { openTempDatabase, type TempDatabase } from '../support/tempDatabase';

let temp: TempDatabase;
let mops: Institution;
beforeEach(async () => {
  temp = await openTempDatabase();
  mops = unwrap(await dispatch(temp.runtime, 'institutions.save', { name: 'MOPS w Żorach', type: 'ops', terytCode: '2479011' }));
});
afterEach(async () => {
  await temp.cleanup();
});

const ANNA = { firstName: 'Anna', lastName: 'Łęcka', roles: ['social_worker', 'representative'], position: 'starszy pracownik socjalny', email: 'a.lecka@mops.zory.pl' };

describe('people through the contract', () => {
  it('creates, reads, updates and deletes a person with several roles and an institution', async () => {
    const ctx = temp.runtime;
    const created = unwrap<Person>(await dispatch(ctx, 'people.save', { ...ANNA, institutionId: mops.id }));
    expect(created).toMatchObject({ firstName: 'Anna', lastName: 'Łęcka', institutionName: 'MOPS w Żorach', roles: ['representative', 'social_worker'], version: 1 });
    expect(created.id).toMatch(/^per-/);

    const updated = unwrap<Person>(await dispatch(ctx, 'people.save', { ...ANNA, id: created.id, version: 1, roles: ['coach'], institutionId: null }));
    expect(updated).toMatchObject({ roles: ['coach'], institutionId: null, institutionName: null, version: 2 });
    expect(await ctx.db('person_roles').where({ person_id: created.id })).toEqual([{ person_id: created.id, role: 'coach' }]);

    unwrap(await dispatch(ctx, 'people.delete', { id: created.id, version: 2 }));
    expect(await ctx.db('people').count({ n: '*' })).toEqual([{ n: 0 }]);
    expect(await ctx.db('person_roles').count({ n: '*' })).toEqual([{ n: 0 }]);
  });

  it('rejects a bad payload with Polish field errors and writes nothing', async () => {
    const result = await dispatch(temp.runtime, 'people.save', { firstName: '', lastName: 'Nowak', roles: ['pilot'], email: 'nie-email' });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'validation', fieldErrors: { firstName: 'Pole „Imię” jest wymagane', 'roles.0': 'Nieznana rola osoby', email: 'Nieprawidłowy adres e-mail' } },
    });
    const unknownInstitution = await dispatch(temp.runtime, 'people.save', { firstName: 'Jan', lastName: 'Nowak', institutionId: 'ins-nie-ma' });
    expect(unknownInstitution).toMatchObject({ ok: false, error: { code: 'validation', fieldErrors: { institutionId: expect.stringContaining('nie istnieje') } } });
    expect(await temp.runtime.db('people').count({ n: '*' })).toEqual([{ n: 0 }]);
  });

  it('searches without diacritics, filters by institution and role, and sorts by last name in Polish order', async () => {
    const ctx = temp.runtime;
    for (const [firstName, lastName, roles] of [
      ['Jan', 'Żak', ['trainer']],
      ['Anna', 'Łęcka', ['social_worker']],
      ['Ewa', 'Lis', ['social_worker', 'coach']],
      ['Piotr', 'Malinowski', []],
    ] as const) {
      unwrap(await dispatch(ctx, 'people.save', { firstName, lastName, roles, institutionId: lastName === 'Żak' ? null : mops.id }));
    }
    const names = async (query: object) => unwrap<Person[]>(await dispatch(ctx, 'people.list', query)).map((p) => p.lastName);
    expect(await names({})).toEqual(['Lis', 'Łęcka', 'Malinowski', 'Żak']);
    expect(await names({ search: 'lecka' })).toEqual(['Łęcka']);
    expect(await names({ search: 'ZAK jan' })).toEqual(['Żak']);
    expect(await names({ role: 'social_worker' })).toEqual(['Lis', 'Łęcka']);
    expect(await names({ institutionId: mops.id })).toEqual(['Lis', 'Łęcka', 'Malinowski']);
  });

  it('warns of a person with the same name in the same institution', async () => {
    const ctx = temp.runtime;
    const existing = unwrap<Person>(await dispatch(ctx, 'people.save', { ...ANNA, institutionId: mops.id }));
    const duplicates = async (draft: object) => unwrap<Person[]>(await dispatch(ctx, 'people.duplicates', draft)).map((p) => p.id);
    expect(await duplicates({ firstName: 'anna', lastName: 'LECKA', institutionId: mops.id })).toEqual([existing.id]);
    expect(await duplicates({ firstName: 'Anna', lastName: 'Łęcka', institutionId: null })).toEqual([]);
    expect(await duplicates({ firstName: 'Anna', lastName: 'Łęcka-Nowak', institutionId: mops.id })).toEqual([]);
    expect(await duplicates({ ...ANNA, institutionId: mops.id, id: existing.id, version: 1 })).toEqual([]);
  });

  it('refuses a stale edit', async () => {
    const ctx = temp.runtime;
    const created = unwrap<Person>(await dispatch(ctx, 'people.save', ANNA));
    unwrap(await dispatch(ctx, 'people.save', { ...ANNA, id: created.id, version: 1, phone: '111' }));
    expect(await dispatch(ctx, 'people.save', { ...ANNA, id: created.id, version: 1, phone: '222' })).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });
});

describe('references', () => {
  it('deleting a person an event still refers to is refused with a conflict, not an internal error', async () => {
    const ctx = temp.runtime;
    const trainer = unwrap<Person>(await dispatch(ctx, 'people.save', { firstName: 'Jan', lastName: 'Trener', roles: ['trainer'] }));
    const now = new Date().toISOString();
    await ctx.db('events').insert({ id: 'evt-1', title: 'Warsztat', type: 'workshop', status: 'held', starts_at: now, ends_at: now, hour_unit: 'clock', created_at: now, updated_at: now });
    await ctx.db('event_leaders').insert({ event_id: 'evt-1', person_id: trainer.id, role: 'trainer' });
    const result = await dispatch(ctx, 'people.delete', { id: trainer.id, version: trainer.version });
    expect(result).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringContaining('odwołują się do niego inne dane') } });
    expect(await ctx.db('people').where({ id: trainer.id }).first('id')).toEqual({ id: trainer.id });
  });
});
