/** Institutions through the contract's dispatcher and the service layer, on a real SQLite file. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Institution, InstitutionDuplicate } from '../../preload/contract';
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

const MOPS = {
  name: 'Miejski Ośrodek Pomocy Społecznej w Sosnowcu',
  shortName: 'MOPS Sosnowiec',
  type: 'ops',
  terytCode: '2475011',
  street: 'ul. 3 Maja 33',
  postalCode: '41-200',
  city: 'Sosnowiec',
  nip: '644-106-75-16',
  regon: '',
  email: 'sekretariat@mops.sosnowiec.pl',
};


async function tableDump() {
  return temp.runtime.db('institutions').select('*').orderBy('id');
}

const silent = () => {};

describe('institutions through the contract', () => {
  it('creates, reads, updates and deletes an institution', async () => {
    const ctx = temp.runtime;
    const created = unwrap<Institution>(await dispatch(ctx, 'institutions.save', MOPS));
    expect(created).toMatchObject({ name: MOPS.name, type: 'ops', sector: 'social_assistance', nip: '6441067516', regon: null, version: 1, active: true });
    expect(created.id).toMatch(/^ins-/);

    const read = unwrap<Institution>(await dispatch(ctx, 'institutions.get', { id: created.id }));
    expect(read).toEqual(created);

    const updated = unwrap<Institution>(
      await dispatch(ctx, 'institutions.save', { ...MOPS, id: created.id, version: created.version, phone: '32 296 16 00', active: false }),
    );
    expect(updated).toMatchObject({ phone: '32 296 16 00', active: false, version: 2 });

    const list = unwrap<Institution[]>(await dispatch(ctx, 'institutions.list', { search: 'osrodek sosnowcu' }));
    expect(list.map((i) => i.id)).toEqual([created.id]);

    unwrap(await dispatch(ctx, 'institutions.delete', { id: created.id, version: updated.version }));
    const gone = await dispatch(ctx, 'institutions.get', { id: created.id });
    expect(gone).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await tableDump()).toEqual([]);
  });

  it('rejects an invalid payload at the contract with Polish field errors and leaves the database unchanged', async () => {
    const ctx = temp.runtime;
    unwrap(await dispatch(ctx, 'institutions.save', MOPS));
    const before = await tableDump();

    const result = await dispatch(ctx, 'institutions.save', { ...MOPS, name: '  ', nip: '1234563219', postalCode: '41200', type: 'bank' }, silent);

    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('validation');
    expect(result.error.fieldErrors).toEqual({
      name: 'Pole „Nazwa” jest wymagane',
      nip: 'Nieprawidłowy NIP: wymagane 10 cyfr z poprawną sumą kontrolną',
      postalCode: 'Kod pocztowy musi mieć postać NN-NNN, np. 41-200',
      type: 'Wybierz typ instytucji z listy',
    });
    expect(await tableDump()).toEqual(before);
  });

  it('rejects a payload of the wrong shape with a Polish message, not an exception', async () => {
    const result = await dispatch(temp.runtime, 'institutions.get', { id: 42 });
    expect(result).toEqual({ ok: false, error: expect.objectContaining({ code: 'validation', fieldErrors: { id: 'Brak identyfikatora' } }) });
    const notAnObject = await dispatch(temp.runtime, 'institutions.save', 'DROP TABLE institutions');
    expect(notAnObject).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(notAnObject.ok ? '' : notAnObject.error.fieldErrors?._).toMatch(/^Nieprawidłowe dane wejściowe/);
  });

  it('answers an unknown channel with not_found', async () => {
    expect(await dispatch(temp.runtime, 'institutions.drop', {})).toMatchObject({ ok: false, error: { code: 'not_found', message: 'Nieznana operacja: institutions.drop' } });
  });

  it('refuses to save a stale copy: the second editor gets a conflict and the first edit stays', async () => {
    const ctx = temp.runtime;
    const created = unwrap<Institution>(await dispatch(ctx, 'institutions.save', MOPS));
    unwrap(await dispatch(ctx, 'institutions.save', { ...MOPS, id: created.id, version: 1, phone: '111' }));
    const stale = await dispatch(ctx, 'institutions.save', { ...MOPS, id: created.id, version: 1, phone: '222' });
    expect(stale).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(unwrap<Institution>(await dispatch(ctx, 'institutions.get', { id: created.id })).phone).toBe('111');
    expect(await dispatch(ctx, 'institutions.delete', { id: created.id, version: 1 })).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });

  it('reports an unexpected failure as internal, without a stack trace', async () => {
    const logged: unknown[] = [];
    await temp.runtime.db.schema.renameTable('institutions', 'instytucje_gdzie_indziej'); // a table gone from under the service
    const result = await dispatch(temp.runtime, 'institutions.list', {}, (_message, error) => logged.push(error));
    expect(result).toEqual({ ok: false, error: { code: 'internal', message: expect.stringMatching(/^Wystąpił nieoczekiwany błąd/) } });
    expect(JSON.stringify(result)).not.toMatch(/SQLITE|at \w+ \(/);
    expect(logged).toHaveLength(1);
  });

  /** Saves institutions (name, type) through the form's channel. */
  async function saveAll(list: readonly (readonly [string, string])[]): Promise<void> {
    for (const [name, type] of list) unwrap(await dispatch(temp.runtime, 'institutions.save', { name, type }));
  }
  const names = async (query: object) => unwrap<Institution[]>(await dispatch(temp.runtime, 'institutions.list', query)).map((i) => i.name);

  it('filters by type and sector, searches without diacritics and sorts in Polish order', async () => {
    await saveAll([
      ['Żłobek Miejski w Żorach', 'other'],
      ['Powiatowy Urząd Pracy w Łodzi', 'pup'],
      ['Ośrodek Pomocy Społecznej w Lublinie', 'ops'],
      ['Powiatowe Centrum Pomocy Rodzinie w Malborku', 'pcpr'],
    ]);
    expect(await names({})).toEqual([
      'Ośrodek Pomocy Społecznej w Lublinie',
      'Powiatowe Centrum Pomocy Rodzinie w Malborku',
      'Powiatowy Urząd Pracy w Łodzi',
      'Żłobek Miejski w Żorach',
    ]);
    expect(await names({ sector: 'social_assistance' })).toEqual(['Ośrodek Pomocy Społecznej w Lublinie', 'Powiatowe Centrum Pomocy Rodzinie w Malborku']);
    expect(await names({ type: 'pup' })).toEqual(['Powiatowy Urząd Pracy w Łodzi']);
    expect(await names({ search: 'lodzi' })).toEqual(['Powiatowy Urząd Pracy w Łodzi']);
    expect(await names({ search: 'ZLOBEK zorach' })).toEqual(['Żłobek Miejski w Żorach']);
    expect(await names({ search: '100%' })).toEqual([]);
  });

  it('a picker gets the first matches in Polish order, of the types asked for', async () => {
    await saveAll([
      ['Żłobek Miejski w Żorach', 'other'],
      ['Ośrodek Pomocy Społecznej w Łodzi', 'ops'],
      ['Ośrodek Pomocy Społecznej w Lublinie', 'ops'],
      ['Powiatowe Centrum Pomocy Rodzinie w Malborku', 'pcpr'],
      ['Ośrodek Pomocy Społecznej w Żywcu', 'ops'],
      ['Ośrodek Pomocy Społecznej w Zabrzu', 'ops'],
      ['Centrum Usług Społecznych w Ząbkach', 'other'],
    ]);
    const all = await names({});
    expect(await names({ limit: 3 })).toEqual(all.slice(0, 3));
    expect(await names({ search: 'osrodek', limit: 3 })).toEqual(['Ośrodek Pomocy Społecznej w Lublinie', 'Ośrodek Pomocy Społecznej w Łodzi', 'Ośrodek Pomocy Społecznej w Zabrzu']);
    expect(await names({ types: ['pcpr', 'other'], limit: 50 })).toEqual(['Centrum Usług Społecznych w Ząbkach', 'Powiatowe Centrum Pomocy Rodzinie w Malborku', 'Żłobek Miejski w Żorach']);
    expect(await names({ types: [] })).toEqual([]);
    // A rename by a writer that does not know the sort key (the exchange import) still sorts right.
    await temp.runtime.db('institutions').where({ name: 'Żłobek Miejski w Żorach' }).update({ name: 'Akademia Rodzica w Żorach' });
    expect(await names({ limit: 1 })).toEqual(['Akademia Rodzica w Żorach']);
    expect(await dispatch(temp.runtime, 'institutions.list', { types: ['pilot'] })).toMatchObject({ ok: false, error: { code: 'validation' } });
  });

  it('accepts only TERYT codes of the register', async () => {
    const result = await dispatch(temp.runtime, 'institutions.save', { ...MOPS, terytCode: '2475999' });
    expect(result).toMatchObject({ ok: false, error: { code: 'validation', fieldErrors: { terytCode: expect.stringContaining('Nieznany kod TERYT „2475999”') } } });
    const saved = unwrap<Institution>(await dispatch(temp.runtime, 'institutions.save', MOPS));
    expect(saved.territoryName).toBe('Sosnowiec');
  });

  it('filters by territory: a voivodeship, a powiat or a gmina', async () => {
    const ctx = temp.runtime;
    unwrap(await dispatch(ctx, 'institutions.save', MOPS));
    unwrap(await dispatch(ctx, 'institutions.save', { name: 'GOPS w Oksie', type: 'ops', terytCode: '2602052' }));
    const names = async (territoryCode: string) =>
      unwrap<Institution[]>(await dispatch(ctx, 'institutions.list', { territoryCode })).map((i) => i.name);
    expect(await names('24')).toEqual([MOPS.name]);
    expect(await names('2602')).toEqual(['GOPS w Oksie']);
    expect(await names('2602052')).toEqual(['GOPS w Oksie']);
    expect(await names('10')).toEqual([]);
  });

  it('warns of duplicates: the same NIP, or a near-identical name in the same gmina', async () => {
    const ctx = temp.runtime;
    const existing = unwrap<Institution>(await dispatch(ctx, 'institutions.save', MOPS));
    const duplicates = async (draft: object) => unwrap<InstitutionDuplicate[]>(await dispatch(ctx, 'institutions.duplicates', draft));

    expect(await duplicates({ name: 'Zupełnie inna nazwa', type: 'ops', nip: '6441067516' })).toEqual([{ institution: expect.objectContaining({ id: existing.id }), reason: 'same_nip' }]);
    expect(await duplicates({ name: 'Miejski Osrodek Pomocy Spolecznej w Sosnowcu.', type: 'ops', terytCode: '2475011' })).toEqual([
      { institution: expect.objectContaining({ id: existing.id }), reason: 'similar_name' },
    ]);
    // The same name in another gmina, a different name in the same gmina, or the record itself: no warning.
    expect(await duplicates({ name: MOPS.name, type: 'ops', terytCode: '2602052' })).toEqual([]);
    expect(await duplicates({ name: 'Powiatowy Urząd Pracy w Sosnowcu', type: 'pup', terytCode: '2475011' })).toEqual([]);
    expect(await duplicates({ ...MOPS, id: existing.id, version: existing.version })).toEqual([]);
  });

  it('refuses to delete an institution that still has people, naming how many', async () => {
    const ctx = temp.runtime;
    const institution = unwrap<Institution>(await dispatch(ctx, 'institutions.save', MOPS));
    unwrap(await dispatch(ctx, 'people.save', { firstName: 'Anna', lastName: 'Nowak', institutionId: institution.id }));
    const result = await dispatch(ctx, 'institutions.delete', { id: institution.id, version: institution.version });
    expect(result).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringContaining('przypisano osoby (1)') } });
    expect(unwrap<Institution>(await dispatch(ctx, 'institutions.get', { id: institution.id })).peopleCount).toBe(1);
  });
});
