/**
 * The period summary as the app, the command line and the benchmark ask for it. A macroregion's year (17 000 held
 * events, 2 s of arithmetic) is built in a service thread (threads/runInThread.ts) with its own connection, so that it
 * neither holds up the main process nor grows the main process's heap by its garbage (about 145 MB a summary, going
 * by V8's sampling profiler). A smaller one is built where it is asked for: starting a thread and its connection
 * takes about 170 ms, several times a voivodeship's year (20–35 ms for the demo's 365 events).
 */
import type { ResourceLimits } from 'node:worker_threads';
import type { ReportRequest, ReportSummary } from '../../../preload/contract';
import type { ServiceContext } from '../context';
import { runInThread } from '../threads/runInThread';
import { countEvents } from './data';
import { buildSummary } from './summary';
import { summaryJob } from './threadJob';

/** From this many held events in the period on, the summary goes to a thread (on the main thread, about 0.25 s). */
export const THREAD_FROM_EVENTS = 2_000;

/** Live data of about 25 MB at the benchmark's scale 1 (17 182 held events, 357 134 people at them). */
export const SUMMARY_HEAP_LIMITS: ResourceLimits = { maxOldGenerationSizeMb: 128, maxYoungGenerationSizeMb: 8 };

const OUT_OF_MEMORY = 'Podsumowania nie udało się policzyć: ten okres i zakres wymagają więcej pamięci, niż podsumowanie ma do dyspozycji. Wybierz krótszy okres lub węższy zakres.';

export interface SummaryOptions {
  /** Other than THREAD_FROM_EVENTS and SUMMARY_HEAP_LIMITS (tests). */
  threadFromEvents?: number;
  resourceLimits?: ResourceLimits;
}

export async function runSummary(ctx: Pick<ServiceContext, 'db' | 'databaseTarget'>, request: ReportRequest, options: SummaryOptions = {}): Promise<ReportSummary> {
  if ((await countEvents(ctx.db, 'held', request.from, request.to)) < (options.threadFromEvents ?? THREAD_FROM_EVENTS)) return buildSummary(ctx.db, request);
  return runInThread(summaryJob, ctx.databaseTarget, request, { resourceLimits: options.resourceLimits ?? SUMMARY_HEAP_LIMITS, outOfMemory: OUT_OF_MEMORY });
}
