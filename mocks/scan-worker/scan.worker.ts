/**
 * The scan worker: runs the scan core off the page's main thread. One long-lived worker serves every scan of
 * the page; the backend talks to it through Comlink (`scan-worker-client.ts`).
 */
import { createOsPackageAnalyzers, defaultAnalyzers, osPackageAnalyzers } from '@acr-console/core';
import * as Comlink from 'comlink';
import wasmUrl from 'sql.js/dist/sql-wasm.wasm?url';
import { type FixJob, type FixOutcome, fixImageBlobs } from './fix-image';
import { type ImportOutcome, type InspectOutcome, importImageArchive, inspectImageArchive } from './import-image';
import { type JobProgress, runScan, type ScanJob, type ScanOutcome } from './run-scan';

/** sql.js cannot find its wasm inside a bundled worker: fetch the file Vite emitted. */
async function loadSqlWasm(): Promise<ArrayBuffer> {
  const response = await fetch(wasmUrl);
  if (!response.ok) throw new Error(`Could not load the rpm database reader (${wasmUrl}: HTTP ${response.status}).`);
  return response.arrayBuffer();
}

/** The default analyzers, with the OS package analyzers rebuilt around the worker's wasm loader. */
function workerAnalyzers() {
  const packageAnalyzers = new Set(osPackageAnalyzers.map((analyzer) => analyzer.name));
  const withWasm = createOsPackageAnalyzers({ loadSqlWasm });
  return defaultAnalyzers().flatMap((analyzer) => {
    if (!packageAnalyzers.has(analyzer.name)) return [analyzer];
    return withWasm.filter((candidate) => candidate.name === analyzer.name);
  });
}

const analyzers = workerAnalyzers();

/** What the worker offers the backend. */
export const scanWorkerApi = {
  scan(job: ScanJob, onProgress: (progress: JobProgress) => void): Promise<ScanOutcome> {
    return runScan(job, onProgress, { analyzers });
  },
  /** Validates an uploaded tarball and returns its registry blobs, transferred (not copied) back. */
  async importImage(archive: Blob, options: { tag?: string }): Promise<ImportOutcome> {
    const outcome = await importImageArchive(archive, options);
    if (!outcome.ok) return outcome;
    const buffers = [...new Set(outcome.image.blobs.map((blob) => blob.bytes.buffer as ArrayBuffer))];
    return Comlink.transfer(outcome, buffers);
  },
  inspectImage(archive: Blob): Promise<InspectOutcome> {
    return inspectImageArchive(archive);
  },
  /** One-click fix: builds the fixed image and transfers its blobs back. */
  async fixImage(job: FixJob): Promise<FixOutcome> {
    const outcome = await fixImageBlobs(job, { loadSqlWasm });
    if (!outcome.ok) return outcome;
    const buffers = [...new Set(outcome.image.blobs.map((blob) => blob.bytes.buffer as ArrayBuffer))];
    return Comlink.transfer(outcome, buffers);
  },
};
export type ScanWorkerApi = typeof scanWorkerApi;

Comlink.expose(scanWorkerApi);
