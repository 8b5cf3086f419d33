/**
 * Work that would hold up the main process for seconds, in a thread of its own (serviceThread.ts) with its own
 * connection to the database: the jobs the domains register (registeredJobs.ts), such as the exchange import (25 s at
 * the benchmark's scale) and the period summary (2 s).
 * The app's window keeps working meanwhile, and the main process's heap does not grow by the job's garbage: the
 * thread's heap has a limit (with which V8 also grows it less eagerly between collections than under its default of
 * gigabytes) and goes when the thread ends (docs/performance.md, item 6).
 */
import fs from 'node:fs';
import path from 'node:path';
import { Worker, type ResourceLimits } from 'node:worker_threads';
import type { DatabaseTarget } from '../../../db/connection';
import { ServiceError } from '../errors';
import { fromFailure, type JobOrder, type ThreadJob, type ThreadMessage } from './jobs';

export const SERVICE_THREAD_FILE = 'serviceThread.js';

/** The bundled thread beside the running bundle (dist/main.js, cli.js, serve.js, bench.js); from the sources (tests), the build's. */
function threadScript(): string {
  const beside = path.join(__dirname, SERVICE_THREAD_FILE);
  return fs.existsSync(beside) ? beside : path.resolve(__dirname, '../../../dist', SERVICE_THREAD_FILE);
}

export interface ThreadOptions {
  resourceLimits: ResourceLimits;
  /** Buffers moved to the thread rather than copied (they are unusable here afterwards). */
  transferList?: ArrayBuffer[];
  /** What the user is told when the job needs more than `resourceLimits` (nothing of it was written). */
  outOfMemory: string;
  /** Called when the job reaches a step it tells of (ThreadMessage `step`). */
  onStep?: (name: string) => void;
}

/**
 * Runs `job` (one of registeredJobs.ts) on `input` in a new thread connected to `target`; settles once the thread has
 * ended (its connection closed, its memory given back).
 */
export function runInThread<Input, Output>(job: ThreadJob<Input, Output>, target: DatabaseTarget, input: Input, options: ThreadOptions): Promise<Output> {
  return new Promise((resolve, reject) => {
    let outcome: { value: Output } | { error: Error } | null = null;
    const order: JobOrder = { kind: job.kind, target, input };
    const thread = new Worker(threadScript(), { workerData: order, transferList: options.transferList ?? [], resourceLimits: options.resourceLimits });
    thread.on('message', (message: ThreadMessage) => {
      if (message.kind === 'step') options.onStep?.(message.name);
      else if (message.kind === 'done') outcome = { value: message.value as Output };
      else outcome = { error: fromFailure(message.failure, job.errors) };
    });
    thread.on('error', (error: Error & { code?: string }) => {
      // A thread out of its heap ends without committing: its transaction is rolled back with its connection.
      outcome ??= { error: error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? new ServiceError('validation', options.outOfMemory) : error };
    });
    thread.on('exit', (code) => {
      if (!outcome) reject(new Error(`Wątek usługi (${job.kind}) zakończył się (kod ${code}) bez wyniku.`));
      else if ('value' in outcome) resolve(outcome.value);
      else reject(outcome.error);
    });
  });
}
