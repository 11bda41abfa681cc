/**
 * The port through which the scan service runs the scan core: in the browser a Web Worker
 * (`mocks/scan-worker/scan-worker-client.ts`), in Node tests the same code in-process.
 */
import type { JobProgress, ScanJob, ScanOutcome } from '../scan-worker/run-scan';

export interface ScanRunner {
  /** Scans one image; `onProgress` hears each phase. Rejects with a readable error when the scan fails. */
  run(job: ScanJob, onProgress: (progress: JobProgress) => void): Promise<ScanOutcome>;
}

/**
 * Runs the scan core on the calling thread, with its default analyzers (right for Node). The core is imported
 * on the first scan: every backend context creates this runner, and most never scan in-process.
 */
export function createInProcessScanRunner(): ScanRunner {
  return {
    run: async (job, onProgress) => {
      const { runScan } = await import('../scan-worker/run-scan');
      return runScan(job, onProgress);
    },
  };
}
