/** People through the contract, on a real SQLite file. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { polishSortKey, type Institution, type Person, type PersonPage } from '../../preload/contract';
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

    // No form of address given: not known (documents word it neutrally), never guessed on the server.
    expect(created.formOfAddress).toBeNull();
    const updated = unwrap<Person>(await dispatch(ctx, 'people.save', { ...ANNA, id: created.id, version: 1, formOfAddress: 'ms', roles: ['coach'], institutionId: null }));
    expect(updated).toMatchObject({ formOfAddress: 'ms', roles: ['coach'], institutionId: null, institutionName: null, version: 2 });
    expect(await ctx.db('person_roles').where({ person_id: created.id })).toEqual([{ person_id: created.id, role: 'coach' }]);

    unwrap(await dispatch(ctx, 'people.delete', { id: created.id, version: 2 }));
    expect(await ctx.db('people').count({ n: '*' })).toEqual([{ n: 0 }]);
    expect(await ctx.db('person_roles').count({ n: '*' })).toEqual([{ n: 0 }]);
  });

  it('rejects a bad payload with Polish field errors and writes nothing', async () => {
    const result = await dispatch(temp.runtime, 'people.save', { firstName: '', lastName: 'Nowak', formOfAddress: 'Pani/Pan', roles: ['pilot'], email: 'nie-email' });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'validation', fieldErrors: { firstName: 'Pole „Imię” jest wymagane', formOfAddress: 'Wybierz „Pani”, „Pan” albo pozostaw pole puste', 'roles.0': 'Nieznana rola osoby', email: 'Nieprawidłowy adres e-mail' } },
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

  it('finds a person by a case form of the name, the whole word or a stem, and nobody else', async () => {
    const ctx = temp.runtime;
    for (const [firstName, lastName, position] of [
      ['Zofia', 'Wesołowska', null],
      ['Adam', 'Wesoły', 'pedagog'],
      ['Ewa', 'Nowak-Wesołowska', null],
      ['Iwona', 'Kos', 'pracownik socjalny, Wesołowskie Centrum'],
      ['Jan', 'Kowal', null],
    ] as const) {
      unwrap(await dispatch(ctx, 'people.save', { firstName, lastName, position, roles: [], institutionId: null }));
    }
    const names = async (search: string) => unwrap<Person[]>(await dispatch(ctx, 'people.list', { search, limit: 50 })).map((p) => p.lastName);
    // "Wesołowskiej" (genitive) finds the stem at the start of a word, after a hyphen and inside the position.
    expect(await names('Wesołowskiej')).toEqual(['Kos', 'Nowak-Wesołowska', 'Wesołowska']);
    expect(await names('wesolowska zofia')).toEqual(['Wesołowska']);
    expect(await names('Kowalem')).toEqual([]); // "em" is not an ending the search cuts
    expect(await names('Kowala')).toEqual(['Kowal']);
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

describe('a long register: the first matches for a picker, pages in Polish order', () => {
  // Polish letters, case, hyphens, spaces, an apostrophe, other accents, the same name twice.
  const PEOPLE: [string, string][] = [
    ['Jan', 'Żak'], ['Anna', 'Zając'], ['Piotr', 'zabłocki'], ['Ewa', 'Ząbek'], ['Anna', 'Łęcka'], ['Ewa', 'Lis'],
    ['Jan', 'Nowak'], ['Adam', 'nowak'], ['Zofia', 'Nowak-Zielińska'], ['Maria', 'Nowak Zielińska'], ['Jan', 'Nowaka'],
    ['Ewa', 'Nowakowska'], ['Sean', "O'Brien"], ['Jan', 'Obrębski'], ['Anna', 'Ćwik'], ['Jan', 'Czajka'], ['Ewa', 'Śliwa'],
    ['Jan', 'Sikora'], ['Hans', 'Müller'], ['Jan', 'Mróz'], ['Ewa', 'Mucha'], ['Jan', 'Nowak'], ['Łucja', 'Ślęzak'],
    ['Éva', 'Kovács'], ['Anna', 'Kowalska'], ['Anna', 'Kowalska-Nowak'], ['Ádám', 'Kowal'], ['Żaneta', 'Kowal'],
  ];
  const label = (p: Person) => `${p.lastName} ${p.firstName}`;

  async function seed(): Promise<void> {
    for (const [i, [firstName, lastName]] of PEOPLE.entries()) {
      unwrap(await dispatch(temp.runtime, 'people.save', { firstName, lastName, roles: i % 3 === 0 ? ['trainer'] : [], institutionId: i % 2 === 0 ? mops.id : null }));
    }
  }
  const list = async (query: object) => unwrap<Person[]>(await dispatch(temp.runtime, 'people.list', query));
  /** Every page of `size` rows one after another, checking the total on each. */
  async function allPages(query: object, size: number, total: number): Promise<Person[]> {
    const rows: Person[] = [];
    for (let offset = 0; ; offset += size) {
      const page = unwrap<PersonPage>(await dispatch(temp.runtime, 'people.page', { ...query, offset, limit: size }));
      expect(page.total).toBe(total);
      expect(page.rows.length).toBeLessThanOrEqual(size);
      if (page.rows.length === 0) return rows;
      rows.push(...page.rows);
    }
  }

  it('a picker gets only the first matches, in Polish order, found without diacritics', async () => {
    await seed();
    const all = await list({});
    expect(all.map(label).slice(0, 6)).toEqual(['Czajka Jan', 'Ćwik Anna', 'Kovács Éva', 'Kowal Ádám', 'Kowal Żaneta', 'Kowalska Anna']);
    expect((await list({ limit: 5 })).map(label)).toEqual(all.map(label).slice(0, 5));
    const nowak = (await list({ search: 'nowak' })).map(label);
    expect(nowak).toEqual(['Kowalska-Nowak Anna', 'nowak Adam', 'Nowak Jan', 'Nowak Jan', 'Nowak Zielińska Maria', 'Nowak-Zielińska Zofia', 'Nowaka Jan', 'Nowakowska Ewa']);
    expect((await list({ search: 'nowak', limit: 3 })).map(label)).toEqual(nowak.slice(0, 3));
    expect((await list({ search: 'SLEZAK', limit: 50 })).map(label)).toEqual(['Ślęzak Łucja']);
    expect((await list({ search: 'zielinska', institutionId: mops.id, limit: 50 })).map(label)).toEqual(['Nowak-Zielińska Zofia']);
    expect((await list({ role: 'trainer', limit: 2 })).map(label)).toEqual((await list({ role: 'trainer' })).map(label).slice(0, 2));
  });

  it('pages put together are the whole sorted list, each person once, with the right total', async () => {
    await seed();
    for (const query of [{}, { search: 'kowal' }, { search: 'Ż' }, { role: 'trainer' }, { institutionId: mops.id, search: 'a' }]) {
      const all = await list(query);
      for (const size of [1, 4, 100]) {
        const paged = await allPages(query, size, all.length);
        expect(paged.map(label)).toEqual(all.map(label));
        expect(new Set(paged.map((p) => p.id)).size).toBe(all.length);
      }
    }
    const empty = unwrap<PersonPage>(await dispatch(temp.runtime, 'people.page', { search: 'nikt taki', offset: 0, limit: 10 }));
    expect(empty).toEqual({ rows: [], total: 0 });
  });

  it('keeps the order when a name is changed by a writer that does not know the sort key', async () => {
    await seed();
    const lis = (await list({ search: 'lis', limit: 1 }))[0]!;
    expect(await temp.runtime.db('people').where({ id: lis.id }).first('sort_key')).toEqual({ sort_key: polishSortKey('Lis', 'Ewa') });
    // As the exchange import or another program writes: the names only. The trigger clears the stale key.
    await temp.runtime.db('people').where({ id: lis.id }).update({ last_name: 'Abacka' });
    expect(await temp.runtime.db('people').where({ id: lis.id }).first('sort_key')).toEqual({ sort_key: null });
    const first = unwrap<PersonPage>(await dispatch(temp.runtime, 'people.page', { offset: 0, limit: 2 }));
    expect(first.rows.map(label)).toEqual(['Abacka Ewa', 'Czajka Jan']);
    expect((await allPages({}, 5, PEOPLE.length)).map(label)).toEqual((await list({})).map(label));
    // Saved through the form: the key of the new name, and the log does not hold the key.
    const saved = unwrap<Person>(await dispatch(temp.runtime, 'people.save', { firstName: 'Ewa', lastName: 'Żmuda', id: lis.id, version: lis.version }));
    expect((await list({ limit: PEOPLE.length })).at(-1)!.id).toBe(saved.id);
    const entries: { before_json: string | null; after_json: string | null }[] = await temp.runtime.db('audit_log').select('before_json', 'after_json');
    expect(entries.length).toBeGreaterThan(PEOPLE.length);
    expect(entries.some((entry) => `${entry.before_json}${entry.after_json}`.includes('sort_key'))).toBe(false);
  });

  it('refuses a page size or start out of range, with Polish messages', async () => {
    expect(await dispatch(temp.runtime, 'people.page', { offset: 0, limit: 0 })).toMatchObject({
      ok: false,
      error: { code: 'validation', fieldErrors: { limit: 'Liczba wierszy musi być liczbą całkowitą od 1 do 1000' } },
    });
    expect(await dispatch(temp.runtime, 'people.list', { limit: 1001 })).toMatchObject({ ok: false, error: { code: 'validation', fieldErrors: { limit: expect.stringContaining('od 1 do 1000') } } });
    expect(await dispatch(temp.runtime, 'people.page', { offset: -1, limit: 10 })).toMatchObject({ ok: false, error: { code: 'validation', fieldErrors: { offset: 'Nieprawidłowy początek strony' } } });
    expect(await dispatch(temp.runtime, 'people.page', { offset: 2.5, limit: 10 })).toMatchObject({ ok: false, error: { fieldErrors: { offset: 'Nieprawidłowy początek strony' } } });
  });
});
