/**
 * What passes between the main thread and a service thread (serviceThread.ts, runInThread.ts): the jobs, the
 * thread's messages, and errors taken apart and put together again so that a refused file stays an ExchangeFileError
 * and a service's refusal a ServiceError on the main thread (the dispatcher turns both into the same AppError).
 */
import type { ReportRequest } from '../../../preload/contract';
import type { DatabaseTarget } from '../../../db/connection';
import { ServiceError } from '../errors';
import { ExchangeFileError, type ExchangeProblem } from '../exchange/problems';

/** The exchange import (exchange/inThread.ts). */
export interface ImportJob {
  kind: 'import';
  target: DatabaseTarget;
  filesDir: string;
  /** Who imports (the audit log's "who"), as the main thread's connection names them. */
  userName: string;
  /** A file on disk (read a window at a time) or bytes handed over (moved, not copied, where they can be). */
  source: { filePath: string } | { bytes: Uint8Array };
  backup?: boolean;
}

/** The period summary (reports/runSummary.ts). */
export interface SummaryJob {
  kind: 'summary';
  target: DatabaseTarget;
  request: ReportRequest;
}

export type ThreadJob = ImportJob | SummaryJob;

export type ThreadFailure =
  | { kind: 'file'; problems: ExchangeProblem[]; fieldErrors: Record<string, string> }
  | { kind: 'service'; code: ServiceError['code']; message: string; fieldErrors?: Record<string, string> }
  | { kind: 'other'; message: string; code?: string; stack?: string };

/** `writing`: the import's file passed every check and is being written. */
export type ThreadMessage = { kind: 'writing' } | { kind: 'done'; value: unknown } | { kind: 'failed'; failure: ThreadFailure };

export function toFailure(error: unknown): ThreadFailure {
  if (error instanceof ExchangeFileError) return { kind: 'file', problems: error.problems, fieldErrors: error.fieldErrors ?? {} };
  if (error instanceof ServiceError) return { kind: 'service', code: error.code, message: error.message, fieldErrors: error.fieldErrors };
  const { message, code, stack } = (error ?? {}) as { message?: unknown; code?: unknown; stack?: unknown };
  return {
    kind: 'other',
    message: typeof message === 'string' ? message : String(error),
    ...(typeof code === 'string' ? { code } : {}),
    ...(typeof stack === 'string' ? { stack } : {}),
  };
}

export function fromFailure(failure: ThreadFailure): Error {
  if (failure.kind === 'file') return new ExchangeFileError(failure.problems, failure.fieldErrors);
  if (failure.kind === 'service') return new ServiceError(failure.code, failure.message, failure.fieldErrors);
  // A database error keeps its code (the dispatcher recognises a broken foreign key by it) and the thread's stack.
  return Object.assign(new Error(failure.message), failure.code ? { code: failure.code } : {}, failure.stack ? { stack: failure.stack } : {});
}
