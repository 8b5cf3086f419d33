/** The period summary as a service thread's job (registered in threads/registeredJobs.ts, started by runSummary.ts). */
import type { ReportRequest, ReportSummary } from '../../../preload/contract';
import type { ThreadJob } from '../threads/jobs';
import { buildSummary } from './summary';

export const summaryJob: ThreadJob<ReportRequest, ReportSummary> = {
  kind: 'summary',
  run: (thread, request) => buildSummary(thread.db, request),
};
