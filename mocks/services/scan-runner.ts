/**
 * The port through which the scan service runs the scan core: in the browser a Web Worker
 * (`mocks/scan-worker/scan-worker-client.ts`), in Node tests the same code in-process.
 */
import { type JobProgress, runScan, type ScanJob, type ScanOutcome } from '../scan-worker/run-scan';

export interface ScanRunner {
  /** Scans one image; `onProgress` hears each phase. Rejects with a readable error when the scan fails. */
  run(job: ScanJob, onProgress: (progress: JobProgress) => void): Promise<ScanOutcome>;
}

/** Runs the scan core on the calling thread, with its default analyzers (right for Node). */
export function createInProcessScanRunner(): ScanRunner {
  return { run: (job, onProgress) => runScan(job, onProgress) };
}
