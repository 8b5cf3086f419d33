/**
 * A service thread, started by `runInThread` (runInThread.ts) and bundled as dist/serviceThread.js: it opens its own
 * connection to the same database, does one of the jobs its domains registered (registeredJobs.ts) there as the main
 * thread would, and ends. Its heap is its own, with a limit, and is given back whole when the thread ends
 * (docs/performance.md, item 6).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { openDatabase } from '../../../db/connection';
import { jobsByKind, toFailure, type JobOrder, type ThreadMessage } from './jobs';
import { REGISTERED_JOBS } from './registeredJobs';

const post = (message: ThreadMessage) => parentPort!.postMessage(message);

async function run(order: JobOrder): Promise<ThreadMessage> {
  const job = jobsByKind(REGISTERED_JOBS).get(order.kind);
  if (!job) return { kind: 'failed', failure: toFailure(new Error(`Nieznane zadanie wątku usługi: ${order.kind}.`)) };
  const opened = openDatabase(order.target);
  try {
    const value = await job.run({ ...opened, step: (name) => post({ kind: 'step', name }) }, order.input as never);
    return { kind: 'done', value };
  } catch (error) {
    return { kind: 'failed', failure: toFailure(error, job.errors) };
  } finally {
    // Closed before the answer goes out: when the main thread goes on, this connection no longer holds the file.
    await opened.db.destroy();
  }
}

void run(workerData as JobOrder).then(post);
