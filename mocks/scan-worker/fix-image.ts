/**
 * One-click fix (一键修复) of an image stored in the registry: the blobs of the scanned image and the fix plan in,
 * the fixed image's registry blobs out (core's `buildFixedImage`). Runs inside the browser's scan worker and
 * in-process in Node tests; touches no store and no DOM. Failures come back as values (reason and message),
 * because an Error crossing the worker boundary loses its fields.
 */
import { buildFixedImage, FixError, type FixErrorReason, type FixPlan } from '@acr-console/core';
import { type ImportedImage, importedImage } from './import-image';
import type { ScanJobBlob } from './run-scan';

/** What a fixer builds: one image, addressed by its manifest digest among the blobs, and the plan to apply. */
export interface FixJob {
  /** `sha256:<hex>` of the manifest. */
  manifestDigest: string;
  /** Manifest, config and layers of the image to fix. */
  blobs: ScanJobBlob[];
  plan: FixPlan;
  /** ISO time of the fix step (the new config's `created`). */
  created: string;
}

export interface FixFailure {
  ok: false;
  /** The core's fix reason, or `IO_ERROR` for anything unexpected. */
  reason: FixErrorReason | 'IO_ERROR';
  message: string;
}

export type FixOutcome = { ok: true; image: ImportedImage } | FixFailure;

/** Where the worker finds sql.js's wasm (rpm databases); sql.js finds it itself in Node. */
export interface FixImageOptions {
  loadSqlWasm?: () => Promise<ArrayBuffer | Uint8Array>;
}

/** Builds the fixed image: the original layers untouched plus one layer with the upgraded package database. */
export async function fixImageBlobs(job: FixJob, options: FixImageOptions = {}): Promise<FixOutcome> {
  try {
    const manifest = job.blobs.find((blob) => blob.digest === job.manifestDigest);
    if (!manifest) throw new Error(`The manifest ${job.manifestDigest} is not among the image's blobs.`);
    const json = JSON.parse(new TextDecoder().decode(manifest.bytes)) as {
      config?: { digest?: string };
      layers?: { digest?: string }[];
    };
    const byDigest = new Map(job.blobs.map((blob) => [blob.digest, blob]));
    const config = byDigest.get(json.config?.digest ?? '');
    if (!config) throw new Error('The image config is missing from the registry storage.');
    const layers = (json.layers ?? []).map((layer) => {
      const found = byDigest.get(layer.digest ?? '');
      if (!found) throw new Error(`The image layer ${layer.digest} is missing from the registry storage.`);
      return found;
    });
    const fixed = await buildFixedImage({ manifest, config, layers }, job.plan, {
      created: job.created,
      ...(options.loadSqlWasm ? { loadSqlWasm: options.loadSqlWasm } : {}),
    });
    return { ok: true, image: importedImage(fixed) };
  } catch (error) {
    if (error instanceof FixError) return { ok: false, reason: error.reason, message: error.message };
    return { ok: false, reason: 'IO_ERROR', message: error instanceof Error ? error.message : String(error) };
  }
}
