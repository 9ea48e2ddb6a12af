// Worker threads that run index jobs in batches, as many as the machine has cores (at most
// MAX_WORKERS). Few files are read on the calling thread: starting a worker costs more.

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { runJob, type Batch, type BatchResult, type Job, type JobResult } from './worker';

const MAX_WORKERS = 8;
/** Below this many files, no worker is started. */
export const INLINE_JOBS = 200;
const BATCH = 100;
const INLINE_SLICE = 20;

/** The worker's script: the bundle's (server/dist/indexWorker.js), or the compiled module beside this one. */
function workerScript(): string {
  const bundled = path.join(__dirname, 'indexWorker.js');
  return fs.existsSync(bundled) ? bundled : path.join(__dirname, 'worker.js');
}

export function defaultWorkerCount(): number {
  return Math.max(1, Math.min(MAX_WORKERS, os.availableParallelism()));
}

/**
 * Runs the jobs, calling `done` with each result in any order, batch by batch, and resolves when all
 * are done. `cancelled` is asked between batches.
 */
export async function runJobs(jobs: readonly Job[], done: (job: Job, result: JobResult) => void, options: { workers?: number; cancelled?: () => boolean } = {}): Promise<void> {
  if (jobs.length < INLINE_JOBS) {
    for (let k = 0; k < jobs.length; k++) {
      if (options.cancelled?.()) return;
      done(jobs[k], runJob(jobs[k]));
      // Yield now and then, so that requests are answered in between.
      if (k % INLINE_SLICE === INLINE_SLICE - 1) await new Promise((resolve) => setTimeout(resolve, 0));
    }
    return;
  }
  const count = Math.min(options.workers ?? defaultWorkerCount(), Math.ceil(jobs.length / BATCH));
  const batches: Batch[] = [];
  for (let i = 0; i < jobs.length; i += BATCH) batches.push({ id: batches.length, jobs: jobs.slice(i, i + BATCH) });
  let next = 0;
  const workers = Array.from({ length: count }, () => new Worker(workerScript()));
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const send = () => {
              if (next >= batches.length || options.cancelled?.()) return resolve();
              worker.postMessage(batches[next++]);
            };
            worker.on('message', (result: BatchResult) => {
              const batch = batches[result.id];
              result.results.forEach((r, k) => done(batch.jobs[k], r));
              send();
            });
            worker.on('error', reject);
            send();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
