// A worker thread of the index: reads and scans the files it is sent.

import * as os from 'node:os';
import { parentPort } from 'node:worker_threads';
import { indexFile, type FileOutcome } from './files';

export interface Job {
  readonly file: string;
}

export type JobResult = FileOutcome;

export interface Batch {
  readonly id: number;
  readonly jobs: readonly Job[];
}

export interface BatchResult {
  readonly id: number;
  readonly results: readonly JobResult[];
}

export function runJob(job: Job): JobResult {
  return indexFile(job.file);
}

if (parentPort) {
  const port = parentPort;
  // On Linux a thread has its own priority: indexing gives way to the thread that answers the editor.
  try {
    os.setPriority(os.constants.priority.PRIORITY_BELOW_NORMAL);
  } catch {
    // Not permitted here: indexing runs at the server's priority.
  }
  port.on('message', (batch: Batch) => {
    const result: BatchResult = { id: batch.id, results: batch.jobs.map(runJob) };
    port.postMessage(result);
  });
}
