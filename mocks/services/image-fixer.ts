/**
 * The port through which one-click fixes build the fixed image: in the browser the scan worker
 * (`mocks/scan-worker/scan-worker-client.ts`, never the page's thread), in Node tests the same code in-process.
 */
import { type FixJob, type FixOutcome, fixImageBlobs } from '../scan-worker/fix-image';
import type { ServiceContext } from './context';

export interface ImageFixer {
  /** Builds the fixed image of the job, or says why it cannot be built. */
  fixImage(job: FixJob): Promise<FixOutcome>;
}

const inProcess: ImageFixer = { fixImage: (job) => fixImageBlobs(job) };

/** The context's fixer, or the in-process one (right for Node). */
export function fixerOf(ctx: ServiceContext): ImageFixer {
  return ctx.fixer ?? inProcess;
}
