/**
 * The browser's {@link ScanRunner}: scans in one long-lived Web Worker (never on the page's thread), through
 * Comlink. Blob bytes are transferred, not copied. A worker that crashes fails the scans it was running and
 * is replaced by a fresh one for the next scan.
 */
import * as Comlink from 'comlink';
import type { ImageFixer } from '../services/image-fixer';
import type { ImageImporter } from '../services/image-importer';
import type { ScanRunner } from '../services/scan-runner';
import type { JobProgress, ScanJob, ScanOutcome } from './run-scan';
import type { ScanWorkerApi } from './scan.worker';

interface LiveWorker {
  worker: Worker;
  api: Comlink.Remote<ScanWorkerApi>;
  /** Settles when the worker dies: every scan racing it then fails. */
  crashed: Promise<never>;
}

/**
 * A runner backed by a lazily started scan worker. The same worker parses uploaded image tarballs: an archive is
 * a `Blob`, which reaches the worker by reference, and the registry blobs come back transferred.
 */
export function createWorkerScanRunner(): ScanRunner & ImageImporter & ImageFixer {
  let live: LiveWorker | undefined;

  const start = (): LiveWorker => {
    const worker = new Worker(new URL('./scan.worker.ts', import.meta.url), { type: 'module', name: 'acr-scan' });
    const crashed = new Promise<never>((_resolve, reject) => {
      const fail = (event: Event) => {
        const detail = event instanceof ErrorEvent && event.message ? `: ${event.message}` : '';
        reject(new Error(`The scan engine stopped unexpectedly${detail}.`));
        worker.terminate();
        if (live?.worker === worker) live = undefined;
      };
      worker.addEventListener('error', fail);
      worker.addEventListener('messageerror', fail);
    });
    // Nobody may be racing it when it dies; that is not an unhandled error.
    crashed.catch(() => undefined);
    return { worker, api: Comlink.wrap<ScanWorkerApi>(worker), crashed };
  };

  return {
    async run(job: ScanJob, onProgress: (progress: JobProgress) => void): Promise<ScanOutcome> {
      live ??= start();
      const buffers = [...new Set(job.blobs.map((blob) => blob.bytes.buffer as ArrayBuffer))];
      const call = live.api.scan(Comlink.transfer(job, buffers), Comlink.proxy(onProgress));
      return Promise.race([call, live.crashed]);
    },
    async importImage(archive, options) {
      live ??= start();
      return Promise.race([live.api.importImage(archive, options), live.crashed]);
    },
    async inspectImage(archive) {
      live ??= start();
      return Promise.race([live.api.inspectImage(archive), live.crashed]);
    },
    async fixImage(job) {
      live ??= start();
      // Copied, not transferred: a fix is rare and the copies cost less than tracking the buffers.
      return Promise.race([live.api.fixImage(job), live.crashed]);
    },
  };
}
