/**
 * What passes between the main thread and a service thread (serviceThread.ts, runInThread.ts): the kinds of job a
 * thread can do, each declared by its domain and listed in registeredJobs.ts, the thread's messages, and errors taken
 * apart and put together again so that a service's refusal stays a ServiceError on the main thread, and a domain's
 * own error (its job's `errors`) stays that error (the dispatcher turns them into the same AppError).
 */
import type { DatabaseTarget, OpenedDatabase } from '../../../db/connection';
import { ServiceError } from '../errors';

/** What a job's run has in its thread: its own connection, and a way to tell the main thread a step was reached. */
export interface JobThread extends OpenedDatabase {
  step(name: string): void;
}

/** An error of a domain's own that crosses as itself: its data (structured-clonable) out, the error again in. */
export interface ErrorPassage {
  name: string;
  /** The error's data when `error` is one of these, otherwise undefined. */
  take(error: unknown): unknown;
  make(data: unknown): Error;
}

/** A kind of work done in a service thread, on the thread's own connection to the database at the order's target. */
export interface ThreadJob<Input, Output> {
  kind: string;
  run(thread: JobThread, input: Input): Promise<Output>;
  errors?: readonly ErrorPassage[];
}

/** Any registered job, whatever its input and output. */
export type AnyThreadJob = ThreadJob<never, unknown>;

/** What the thread is started with (its workerData). */
export interface JobOrder {
  kind: string;
  target: DatabaseTarget;
  input: unknown;
}

export type ThreadFailure =
  | { kind: 'passed'; name: string; data: unknown }
  | { kind: 'service'; code: ServiceError['code']; message: string; fieldErrors?: Record<string, string> }
  | { kind: 'other'; message: string; code?: string; stack?: string };

/** `step`: the job reached a step the main thread is told of (the import's `writing`). */
export type ThreadMessage = { kind: 'step'; name: string } | { kind: 'done'; value: unknown } | { kind: 'failed'; failure: ThreadFailure };

/** Jobs by kind; a kind listed twice is a mistake of the list. */
export function jobsByKind(jobs: readonly AnyThreadJob[]): Map<string, AnyThreadJob> {
  const byKind = new Map<string, AnyThreadJob>();
  for (const job of jobs) {
    if (byKind.has(job.kind)) throw new Error(`Zadanie wątku usługi „${job.kind}” zarejestrowano dwa razy.`);
    byKind.set(job.kind, job);
  }
  return byKind;
}

export function toFailure(error: unknown, passages: readonly ErrorPassage[] = []): ThreadFailure {
  for (const passage of passages) {
    const data = passage.take(error);
    if (data !== undefined) return { kind: 'passed', name: passage.name, data };
  }
  if (error instanceof ServiceError) return { kind: 'service', code: error.code, message: error.message, fieldErrors: error.fieldErrors };
  const { message, code, stack } = (error ?? {}) as { message?: unknown; code?: unknown; stack?: unknown };
  return {
    kind: 'other',
    message: typeof message === 'string' ? message : String(error),
    ...(typeof code === 'string' ? { code } : {}),
    ...(typeof stack === 'string' ? { stack } : {}),
  };
}

export function fromFailure(failure: ThreadFailure, passages: readonly ErrorPassage[] = []): Error {
  if (failure.kind === 'passed') {
    const passage = passages.find((candidate) => candidate.name === failure.name);
    return passage ? passage.make(failure.data) : new Error(`Błąd ${failure.name} z wątku usługi.`);
  }
  if (failure.kind === 'service') return new ServiceError(failure.code, failure.message, failure.fieldErrors);
  // A database error keeps its code (the dispatcher recognises a broken foreign key by it) and the thread's stack.
  return Object.assign(new Error(failure.message), failure.code ? { code: failure.code } : {}, failure.stack ? { stack: failure.stack } : {});
}
