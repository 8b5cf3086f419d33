/**
 * The period summary as the app and the command line build it: in a service thread (threads/runInThread.ts) with
 * its own connection, so that its seconds of arithmetic at a macroregion's scale do not hold up the main process,
 * nor its garbage (about 145 MB a summary, going by V8's sampling profiler) grow the main process's heap.
 */
import type { ResourceLimits } from 'node:worker_threads';
import type { ReportRequest, ReportSummary } from '../../../preload/contract';
import type { ServiceContext } from '../context';
import { runInThread } from '../threads/runInThread';

/** Live data of about 25 MB at the benchmark's scale 1 (17 182 held events, 357 134 people at them). */
export const SUMMARY_HEAP_LIMITS: ResourceLimits = { maxOldGenerationSizeMb: 128, maxYoungGenerationSizeMb: 8 };

const OUT_OF_MEMORY = 'Podsumowania nie udało się policzyć: ten okres i zakres wymagają więcej pamięci, niż podsumowanie ma do dyspozycji. Wybierz krótszy okres lub węższy zakres.';

export function summaryInThread(ctx: Pick<ServiceContext, 'databaseTarget'>, request: ReportRequest, resourceLimits: ResourceLimits = SUMMARY_HEAP_LIMITS): Promise<ReportSummary> {
  return runInThread<ReportSummary>({ kind: 'summary', target: ctx.databaseTarget, request }, { resourceLimits, outOfMemory: OUT_OF_MEMORY });
}
