// A worker thread of the index: reads and scans the files it is sent, and says which of them have
// not changed since the cache's key, without reading those.

import * as fs from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { fileKey, indexFile, sameKey, type FileKey, type FileOutcome } from './files';

export interface Job {
  readonly file: string;
  /** The key the cache holds for the file, if any. */
  readonly cached?: FileKey;
}

export type JobResult = FileOutcome | { readonly kind: 'unchanged'; readonly key: FileKey };

export interface Batch {
  readonly id: number;
  readonly jobs: readonly Job[];
}

export interface BatchResult {
  readonly id: number;
  readonly results: readonly JobResult[];
}

/** One job: a file whose size and time match the cache is not read. */
export function runJob(job: Job): JobResult {
  if (job.cached) {
    try {
      const key = fileKey(fs.statSync(job.file));
      if (sameKey(job.cached, key)) return { kind: 'unchanged', key };
    } catch {
      // Gone or unreadable: indexFile says which.
    }
  }
  return indexFile(job.file);
}

if (parentPort) {
  const port = parentPort;
  port.on('message', (batch: Batch) => {
    const result: BatchResult = { id: batch.id, results: batch.jobs.map(runJob) };
    port.postMessage(result);
  });
}
