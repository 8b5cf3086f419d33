/**
 * Both engines accept the same data: the same odd values (a NUL character, a 201-character e-mail, a 4-byte emoji, a
 * lone surrogate, a 100 000-character note), saved through the contract and imported in an exchange file, get the same
 * answer on SQLite and on PostgreSQL — refused with the field's path and a Polish message, or stored exactly as sent.
 * Without a PostgreSQL server (KOOPERATOR_TEST_DATABASE_URL) the comparison is skipped; SQLite's answers are still
 * checked against the expected ones.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../main/ipc/dispatch';
import { databaseRefusal } from '../../main/services/databaseErrors';
import type { Result } from '../../preload/contract';
import { openTempDatabase, TEST_POSTGRES_URL, type TempDatabase } from '../support/tempDatabase';

const EMOJI = 'Klub 🧶 Seniora 👵🏼';
const ODD_VALUES = {
  nul: { name: 'MOPS\u0000 w Żorach' },
  longEmail: { name: 'MOPS w Rybniku', email: `${'a'.repeat(189)}@example.com` },
  emoji: { name: EMOJI },
  loneSurrogate: { name: 'GOPS w Pszczynie \ud83d' },
  longNote: { name: 'PCPR w Gliwicach', notes: 'n'.repeat(100_000) },
} as const;

/** What the user gets: ok and what is stored, or the error's code, message and field messages. */
type Answer = { ok: true; stored: Record<string, unknown> } | { ok: false; code: string; fieldErrors: Record<string, string> };

async function saveAll(temp: TempDatabase): Promise<Record<string, Answer>> {
  const answers: Record<string, Answer> = {};
  for (const [key, values] of Object.entries(ODD_VALUES)) {
    const result = (await dispatch(temp.runtime, 'institutions.save', { type: 'ops', ...values }, () => {})) as Result<{ id: string }>;
    if (result.ok) {
      const stored = (await temp.runtime.db('institutions').where({ id: result.value.id }).first('name', 'email', 'notes')) as Record<string, unknown>;
      answers[key] = { ok: true, stored };
    } else answers[key] = { ok: false, code: result.error.code, fieldErrors: result.error.fieldErrors ?? {} };
  }
  return answers;
}

function exchangeFile(): string {
  const institutions = Object.entries(ODD_VALUES).map(([key, values]) => ({ id: `i-${key}`, type: 'ops', teryt: null, ...values }));
  const document = {
    format: 'kooperator-exchange',
    version: 1,
    exportedAt: '2026-05-04T12:00:00+02:00',
    office: { name: 'ROPS Katowice', voivodeshipTeryt: '24' },
    projects: [],
    institutions,
    people: [{ id: 'p-1', firstName: 'Zoë', lastName: 'Nowak 😀', institutionId: 'i-emoji', roles: [], email: `${'b'.repeat(189)}@example.com` }],
    agreements: [],
    partnerships: [],
    events: [],
  };
  return Buffer.from(JSON.stringify(document)).toString('base64');
}

async function importOdd(temp: TempDatabase): Promise<Answer> {
  const result = await dispatch(temp.runtime, 'exchange.import', { fileName: 'dziwne wartości.json', contentBase64: exchangeFile() }, () => {});
  return result.ok ? { ok: true, stored: {} } : { ok: false, code: result.error.code, fieldErrors: result.error.fieldErrors ?? {} };
}

const EXPECTED_SAVES: Record<keyof typeof ODD_VALUES, Answer> = {
  nul: { ok: false, code: 'validation', fieldErrors: { name: expect.stringContaining('znak NUL (pozycja 5)') as unknown as string } },
  longEmail: { ok: false, code: 'validation', fieldErrors: { email: 'Adres e-mail może mieć najwyżej 200 znaków' } },
  emoji: { ok: true, stored: { name: EMOJI, email: null, notes: null } },
  loneSurrogate: { ok: false, code: 'validation', fieldErrors: { name: expect.stringContaining('połówka pary surogatów U+D83D') as unknown as string } },
  longNote: { ok: false, code: 'validation', fieldErrors: { notes: 'Pole „Uwagi” może mieć najwyżej 4000 znaków' } },
};

const EXPECTED_IMPORT = {
  ok: false,
  code: 'validation',
  fieldErrors: {
    'institutions[0].name': expect.stringContaining('znak NUL'),
    'institutions[1].email': expect.stringContaining('najwyżej 200 znaków'),
    'institutions[3].name': expect.stringContaining('surogatów'),
    'institutions[4].notes': expect.stringContaining('najwyżej 4000 znaków'),
    'people[0].email': expect.stringContaining('najwyżej 200 znaków'),
  },
};

describe('odd values on both engines', () => {
  let sqlite: TempDatabase;
  let postgres: TempDatabase | null = null;
  beforeAll(async () => {
    sqlite = await openTempDatabase({ engine: 'sqlite' });
    if (TEST_POSTGRES_URL) postgres = await openTempDatabase();
  });
  afterAll(async () => {
    await sqlite?.cleanup();
    await postgres?.cleanup();
  });

  it('saving through the contract: the same refusals with their fields, the emoji stored exactly', async () => {
    const onSqlite = await saveAll(sqlite);
    expect(onSqlite).toEqual(EXPECTED_SAVES);
    if (postgres) expect(await saveAll(postgres)).toEqual(onSqlite);
    else console.warn('Bez serwera PostgreSQL (KOOPERATOR_TEST_DATABASE_URL): porównanie z PostgreSQL pominięto.');
  });

  it('importing the same values in an exchange file: the same paths refused, nothing written', async () => {
    const count = async (temp: TempDatabase) => Number((await temp.runtime.db('institutions').count({ n: '*' }))[0]!.n);
    const before = await count(sqlite);
    const onSqlite = await importOdd(sqlite);
    expect(onSqlite).toEqual(EXPECTED_IMPORT);
    expect(await count(sqlite)).toBe(before);
    if (postgres) {
      const beforePg = await count(postgres);
      expect(await importOdd(postgres)).toEqual(onSqlite);
      expect(await count(postgres)).toBe(beforePg);
    }
  });

  it('importing the same values from a CSV: the same rows and columns refused, nothing written', async () => {
    const csv = ['Nazwa;Typ;E-mail;Uwagi', ...Object.values(ODD_VALUES).map((values) => [values.name, 'OPS', 'email' in values ? values.email : '', 'notes' in values ? values.notes : ''].join(';'))].join('\n');
    const request = { entity: 'institutions', fileName: 'dziwne wartości.csv', contentBase64: Buffer.from(csv).toString('base64') };
    const answer = async (temp: TempDatabase) => {
      const count = async () => Number((await temp.runtime.db('institutions').count({ n: '*' }))[0]!.n);
      const before = await count();
      const result = await dispatch(temp.runtime, 'imports.commit', request, () => {});
      expect(await count()).toBe(before);
      return result.ok ? { ok: true } : { ok: false, code: result.error.code, fieldErrors: result.error.fieldErrors };
    };
    const onSqlite = await answer(sqlite);
    expect(onSqlite).toEqual({
      ok: false,
      code: 'validation',
      fieldErrors: {
        'wiersz 2, Nazwa': expect.stringContaining('znak NUL (pozycja 5)'),
        'wiersz 3, E-mail': 'Adres e-mail może mieć najwyżej 200 znaków',
        'wiersz 6, Uwagi': 'Pole „Uwagi” może mieć najwyżej 4000 znaków',
      },
    });
    if (postgres) expect(await answer(postgres)).toEqual(onSqlite);
  });

  it('a value only the database refuses is worded in Polish with the record and column, never as SQL, also through the dispatcher', async () => {
    const refusalOf = async (temp: TempDatabase, row: Record<string, unknown>) => {
      try {
        await temp.runtime.db('institutions').insert({ id: 'i-raw', type: 'ops', name: 'x', version: 1, active: true, created_at: 'x', updated_at: 'x', search_text: '', ...row });
        return 'zapisano';
      } catch (error) {
        return databaseRefusal(error, 'MOPS w Żorach');
      }
    };
    expect(await refusalOf(sqlite, { id: 'i-raw-1' })).toBe('zapisano');
    expect(await refusalOf(sqlite, { id: 'i-raw-1' })).toBe(
      'Baza danych odrzuciła zapis rekordu „MOPS w Żorach”: taki rekord już jest w bazie (powtórzony identyfikator, numer lub nazwa) (institutions.id); nic nie zapisano.',
    );
    // Through the dispatcher, as the app saves: a rule only the database knows (here a unique index made for the test).
    const dispatched = async (temp: TempDatabase) => {
      await temp.runtime.db.schema.alterTable('people', (t) => t.unique(['last_name'], { indexName: 'test_only_unique_last_name' }));
      await dispatch(temp.runtime, 'people.save', { firstName: 'Anna', lastName: 'Łęcka' });
      const logged: string[] = [];
      const result = await dispatch(temp.runtime, 'people.save', { firstName: 'Jan', lastName: 'Łęcka' }, (message) => logged.push(message));
      await temp.runtime.db.schema.alterTable('people', (t) => t.dropUnique(['last_name'], 'test_only_unique_last_name'));
      expect(logged).toEqual(['Baza danych odrzuciła zapis w operacji people.save']);
      return result;
    };
    const refusedOnSqlite = await dispatched(sqlite);
    expect(refusedOnSqlite).toEqual({
      ok: false,
      error: { code: 'validation', message: 'Baza danych odrzuciła zapis rekordu „Jan Łęcka”: taki rekord już jest w bazie (powtórzony identyfikator, numer lub nazwa) (people.last_name); nic nie zapisano.' },
    });
    if (postgres) {
      expect(await dispatched(postgres)).toMatchObject({ ok: false, error: { code: 'validation', message: expect.stringMatching(/^Baza danych odrzuciła zapis rekordu „Jan Łęcka”: taki rekord już jest w bazie/) } });
      expect(await refusalOf(postgres, { id: 'i-raw-2', email: 'e'.repeat(201) })).toBe(
        'Baza danych odrzuciła zapis rekordu „MOPS w Żorach”: tekst jest dłuższy, niż pozwala baza danych; nic nie zapisano.',
      );
      expect(await refusalOf(postgres, { id: 'i-raw-3', name: 'a\u0000b' })).toMatch(/^Baza danych odrzuciła zapis rekordu „MOPS w Żorach”: tekst zawiera znak, którego baza danych nie przyjmuje/);
    }
  });
});
