/**
 * The one way into the services from outside the process, whatever the transport
 * (Electron IPC in the app, HTTP in the browser test harness): known channel → zod parse →
 * handler → a Result. Nothing thrown escapes, and no stack trace reaches the renderer.
 */
import { contract, isChannelName, validationError, type Result } from '../../preload/contract';
import type { ServiceContext } from '../services/context';
import { databaseRefusal, recordLabel } from '../services/databaseErrors';
import { diskFullError, isDiskFull, ServiceError } from '../services/errors';
import { handlers } from './handlers';

/** SQLite's and PostgreSQL's refusal to break a foreign key. */
function isForeignKeyViolation(error: unknown): boolean {
  const { code, message } = (error ?? {}) as { code?: string; message?: string };
  return code === '23503' || (code === 'SQLITE_CONSTRAINT' && /FOREIGN KEY/i.test(message ?? ''));
}

/** SQLite's busy timeout ran out: another connection (the import's own thread, the command line) kept writing longer. */
function isDatabaseBusy(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === 'SQLITE_BUSY';
}

export type Logger = (message: string, error: unknown) => void;

const defaultLogger: Logger = (message, error) => console.error(message, error);

export async function dispatch(
  ctx: ServiceContext,
  channel: unknown,
  rawInput: unknown,
  log: Logger = defaultLogger,
): Promise<Result<unknown>> {
  if (!isChannelName(channel)) {
    return { ok: false, error: { code: 'not_found', message: `Nieznana operacja: ${String(channel).slice(0, 100)}` } };
  }
  const parsed = contract[channel].input.safeParse(rawInput);
  if (!parsed.success) return { ok: false, error: validationError(parsed.error) };
  try {
    const handler = handlers[channel] as (ctx: ServiceContext, input: unknown) => Promise<unknown>;
    const work = () => handler(ctx, parsed.data);
    // Through the gate: a restore runs alone, and a database file replaced under this process stops it.
    return { ok: true, value: await (ctx.gate ? ctx.gate.run(channel, work) : work()) };
  } catch (error) {
    if (error instanceof ServiceError) return { ok: false, error: error.toAppError() };
    if (isForeignKeyViolation(error)) {
      // A service that did not check every reference first: the database refused, nothing was written.
      return {
        ok: false,
        error: { code: 'conflict', message: 'Tego rekordu nie można usunąć ani zmienić w ten sposób, bo odwołują się do niego inne dane (np. wydarzenia, porozumienia lub partnerstwa).' },
      };
    }
    // Rolled back whole by the database: said as what it is, with the space left.
    if (isDiskFull(error)) return { ok: false, error: diskFullError(ctx.databaseLocation, ctx.engine).toAppError() };
    if (isDatabaseBusy(error)) {
      return {
        ok: false,
        error: { code: 'conflict', message: 'Baza danych jest zajęta innym zapisem (np. trwającym importem pliku wymiany); nic nie zapisano. Spróbuj ponownie za chwilę.' },
      };
    }
    const refusal = databaseRefusal(error, recordLabel(parsed.data));
    if (refusal) {
      // A value the contract let through but the database did not: a gap in the checks, logged, worded for the user.
      log(`Baza danych odrzuciła zapis w operacji ${channel}`, error);
      return { ok: false, error: { code: 'validation', message: refusal } };
    }
    log(`Błąd w operacji ${channel}`, error);
    return {
      ok: false,
      error: { code: 'internal', message: 'Wystąpił nieoczekiwany błąd; szczegóły zapisano w dzienniku aplikacji.' },
    };
  }
}
