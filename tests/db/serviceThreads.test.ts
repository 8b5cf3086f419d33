/**
 * The service threads (main/services/threads), as the app, the command line and the benchmark use them. The exchange
 * import: the same rows and audit entries as the import on the main thread, and a thread out of memory importing
 * nothing; the summary: the same as on the main thread, and small ones built without a thread (both on SQLite and,
 * with KOOPERATOR_TEST_DATABASE_URL, on PostgreSQL). On SQLite, the main thread free to read while the import writes,
 * and its saves waiting for the import, or refused with a message when another write takes too long.
 */
import fs from 'node:fs';
import path from 'node:path';
import knex from 'knex';
import { afterEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../main/ipc/dispatch';
import { exportExchange, importExchange, importInThread, serializeExchange } from '../../main/services/exchange';
import { buildSummary, runSummary } from '../../main/services/reports';
import { THREAD_FROM_EVENTS } from '../../main/services/reports/runSummary';
import { reportRequest } from '../../preload/contract';
import { buildDemoDocument } from '../../main/services/exchange/demo';
import { NO_FILTER, withoutExportedAt } from '../support/exchange';
import { unwrap } from '../support/results';
import { openTempDatabase, TEST_POSTGRES_URL, type TempDatabase } from '../support/tempDatabase';

const temps: TempDatabase[] = [];
afterEach(async () => {
  for (const temp of temps.splice(0)) await temp.cleanup();
});

async function temp(userName: string): Promise<TempDatabase> {
  const opened = await openTempDatabase();
  temps.push(opened);
  opened.runtime.workstation.setUserName(userName);
  return opened;
}

/** The demo register as a file in a folder with Polish letters, as an office saves it. */
function demoFile(folderOf: TempDatabase): { file: string; text: string } {
  const text = serializeExchange(buildDemoDocument({ seed: 11 }));
  const folder = path.join(path.dirname(folderOf.file), 'Wymiana – Łódź');
  fs.mkdirSync(folder, { recursive: true });
  const file = path.join(folder, 'kooperator 2026.json');
  fs.writeFileSync(file, text);
  return { file, text };
}

const count = async (db: TempDatabase['runtime']['db'], table: string) => Number((await db(table).count({ n: '*' }))[0]!.n);

/** Resolves once another connection holds the SQLite file's write lock (an attempt to take it finds the file busy). */
async function writeLockTaken(file: string): Promise<void> {
  const probe = knex({ client: 'sqlite3', connection: { filename: file }, useNullAsDefault: true, pool: { min: 1, max: 1 } });
  try {
    await probe.raw('PRAGMA busy_timeout = 0'); // node-sqlite3 would otherwise wait for the lock
    for (;;) {
      try {
        await probe.raw('BEGIN IMMEDIATE');
        await probe.raw('ROLLBACK');
      } catch (error) {
        if ((error as { code?: string }).code === 'SQLITE_BUSY') return;
        throw error;
      }
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
  } finally {
    await probe.destroy();
  }
}

describe('the exchange import in its own thread', () => {
  it('writes what the import on the main thread writes, with audit entries naming the user of the main thread', async () => {
    const here = await temp('Łucja Wątkowa');
    const there = await temp('Łucja Wątkowa');
    const { file, text } = demoFile(there);

    const expected = await importExchange(here.runtime, Buffer.from(text), { backup: false });
    let writing = 0;
    const result = await importInThread(there.runtime, { filePath: file }, { backup: false, onWriting: () => writing++ });
    expect(result).toEqual(expected);
    expect(writing).toBe(1);
    expect(withoutExportedAt(await exportExchange(there.runtime.db, NO_FILTER))).toEqual(withoutExportedAt(await exportExchange(here.runtime.db, NO_FILTER)));
    const users = await there.runtime.db('audit_log').where({ action: 'import' }).distinct('user_name');
    expect(users).toEqual([{ user_name: 'Łucja Wątkowa' }]);
  });

  it('takes bytes too: a buffer of its own is moved to the thread, a view into a shared pool is copied and left as it was', async () => {
    const { runtime } = await temp('Jan Ślęzak');
    const small = Buffer.from('{"format": "kooperator-exchange"'); // a slice of Node's shared pool
    const copyOfSmall = Buffer.from(small);
    await expect(importInThread(runtime, { bytes: small })).rejects.toMatchObject({ name: 'ExchangeFileError', code: 'validation' });
    expect(small.equals(copyOfSmall)).toBe(true);
    expect(Buffer.from('pula wciąż działa').toString()).toBe('pula wciąż działa');

    const own = new Uint8Array(Buffer.from(serializeExchange(buildDemoDocument({ seed: 12 }))));
    const result = await importInThread(runtime, { bytes: own }, { backup: false });
    expect(result.counts.people.added).toBeGreaterThan(0);
    expect(own.byteLength).toBe(0); // moved, not copied: 91 MB at the benchmark's scale
  });

  it('imports nothing and says why when the thread runs out of memory', async () => {
    const { runtime } = await temp('Jan Ślęzak');
    const { file } = demoFile(temps[0]!);
    const before = await Promise.all(['institutions', 'people', 'events', 'audit_log'].map((table) => count(runtime.db, table)));
    await expect(importInThread(runtime, { filePath: file }, { backup: false, resourceLimits: { maxOldGenerationSizeMb: 8, maxYoungGenerationSizeMb: 1 } })).rejects.toMatchObject({
      code: 'validation',
      message: expect.stringContaining('wymaga więcej pamięci, niż import ma do dyspozycji; nic nie zaimportowano'),
    });
    expect(await Promise.all(['institutions', 'people', 'events', 'audit_log'].map((table) => count(runtime.db, table)))).toEqual(before);
  });
});

describe('the period summary', () => {
  /** The demo's year of events (365 held), and a request for it. */
  async function demoYear(scope: object = {}) {
    const { runtime } = await temp('Jan Ślęzak');
    await importExchange(runtime, Buffer.from(serializeExchange(buildDemoDocument({ seed: 13, year: 2025 }))), { backup: false });
    return { runtime, request: reportRequest.parse({ from: '2025-01-01', to: '2025-12-31', ...scope }) };
  }

  it('built in a thread is the summary the main thread builds, for the whole register and for one powiat', async () => {
    const { runtime, request } = await demoYear();
    const [place] = (await runtime.db('events').where({ status: 'held' }).whereNotNull('teryt_code').select('teryt_code').limit(1)) as { teryt_code: string }[];
    for (const scoped of [request, reportRequest.parse({ ...request, scope: { kind: 'territory', code: place!.teryt_code.slice(0, 4) } })]) {
      const inThread = await runSummary(runtime, scoped, { threadFromEvents: 0 });
      expect(inThread.eventTotals.count).toBeGreaterThan(0);
      expect(inThread).toEqual(await buildSummary(runtime.db, scoped));
    }
  });

  it('of a smaller period is built without a thread, which would cost more than the summary itself', async () => {
    const { runtime, request } = await demoYear();
    expect(THREAD_FROM_EVENTS).toBeGreaterThan(365);
    // A thread with this little memory could not build it (see below): the summary comes from the main thread.
    const built = await runSummary(runtime, request, { resourceLimits: { maxOldGenerationSizeMb: 2, maxYoungGenerationSizeMb: 1 } });
    expect(built).toEqual(await buildSummary(runtime.db, request));
  });

  it('says what to do when the period needs more memory than the thread has', async () => {
    const { runtime, request } = await demoYear();
    await expect(runSummary(runtime, request, { threadFromEvents: 0, resourceLimits: { maxOldGenerationSizeMb: 2, maxYoungGenerationSizeMb: 1 } })).rejects.toMatchObject({
      code: 'validation',
      message: expect.stringContaining('Wybierz krótszy okres lub węższy zakres'),
    });
  });
});

describe.skipIf(Boolean(TEST_POSTGRES_URL))('the main thread while another connection writes (SQLite)', () => {
  it('leaves the main thread free to read the register while the import holds the write lock', async () => {
    const here = await temp('Jan Ślęzak');
    unwrap(await dispatch(here.runtime, 'institutions.save', { name: 'MOPS w Żorach', type: 'ops' }));
    const { file } = demoFile(here);
    const order: string[] = [];
    let read: Promise<unknown> = Promise.resolve();
    const importing = importInThread(here.runtime, { filePath: file }, {
      backup: false,
      onWriting: () => {
        read = writeLockTaken(here.file)
          .then(() => dispatch(here.runtime, 'institutions.list', {}))
          .then((listed) => {
            order.push('read');
            return listed;
          });
      },
    }).then(() => order.push('imported'));
    await importing;
    // The read asked for while the import was writing came back before the import ended, with the register as it was.
    expect(order).toEqual(['read', 'imported']);
    expect(unwrap((await read) as Awaited<ReturnType<typeof dispatch>>)).toMatchObject([{ name: 'MOPS w Żorach' }]);
    expect(await count(here.runtime.db, 'institutions')).toBeGreaterThan(1);
  });

  it('a save waits for the import to commit and then goes through', async () => {
    const here = await temp('Jan Ślęzak');
    const { file } = demoFile(here);
    let saved: Promise<unknown> = Promise.resolve();
    const result = await importInThread(here.runtime, { filePath: file }, {
      backup: false,
      onWriting: () => {
        saved = writeLockTaken(here.file).then(() => dispatch(here.runtime, 'institutions.save', { name: 'GOPS w Oksie', type: 'ops' }));
      },
    });
    expect(unwrap((await saved) as Awaited<ReturnType<typeof dispatch>>)).toMatchObject({ name: 'GOPS w Oksie' });
    expect(await count(here.runtime.db, 'institutions')).toBe(result.counts.institutions.added + 1);
  });

  it('a save is refused with a message, and nothing of it written, when the other transaction outlasts the busy timeout', async () => {
    const here = await temp('Jan Ślęzak');
    const other = knex({ client: 'sqlite3', connection: { filename: here.file }, useNullAsDefault: true, pool: { min: 1, max: 1 } });
    try {
      await other.transaction(async (trx) => {
        await trx('audit_log').whereRaw('1 = 0').update({ user_name: 'x' }); // takes the write lock and keeps it
        const refused = await dispatch(here.runtime, 'institutions.save', { name: 'PCPR w Będzinie', type: 'pcpr' });
        expect(refused).toEqual({
          ok: false,
          error: { code: 'conflict', message: 'Baza danych jest zajęta innym zapisem (np. trwającym importem pliku wymiany); nic nie zapisano. Spróbuj ponownie za chwilę.' },
        });
      });
    } finally {
      await other.destroy();
    }
    expect(await here.runtime.db('institutions').where({ name: 'PCPR w Będzinie' }).count({ n: '*' })).toEqual([{ n: 0 }]);
  }, 20_000);
});
