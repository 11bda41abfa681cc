/**
 * buildFixedImage: the image a one-click fix produces. The offline demo has no package files to download, so
 * the agreed model is a real image whose extra top layer carries the package database as the upgrade leaves it
 * (the planned packages at their target versions, every other record untouched); scanning it shows the fixed
 * vulnerabilities gone. The original blobs are reused as they are.
 */
import type { BuiltBlob, BuiltImage, BuiltLayer } from '../image/build-image';
import { canonicalJsonBytes } from '../image/canonical-json';
import type { OpenImageOptions } from '../image/read/open-image';
import { type Platform, sha256Digest, webPlatform } from '../platform';
import { buildFixLayer, type ChangedFile } from './fix-layer';
import { type RegistryImageBlobs, readImageContents } from './image-files';
import { rewriteDatabases } from './rewrite-databases';
import { FixError, type FixPlan } from './types';

/** Options of {@link buildFixedImage}. */
export interface BuildFixedImageOptions {
  /** ISO time of the fix step: the config's `created`, the history entry and the layer's file mtimes. */
  created: string;
  /** One-shot SHA-256; defaults to Web Crypto. */
  crypto?: Platform;
  decompress?: OpenImageOptions['decompress'];
  createHash?: OpenImageOptions['createHash'];
  /** sql.js's wasm bytes for rpm images (the rpm analyzer's port); sql.js finds it itself in Node. */
  loadSqlWasm?: () => Promise<ArrayBuffer | Uint8Array>;
}

/** The fixed image in registry form, with what was done. */
export interface FixedImage extends BuiltImage {
  /** The plan applied. */
  plan: FixPlan;
  /** The added layer (also the last of `layers`). */
  fixLayer: BuiltLayer;
  /** The history entry's `created_by`. */
  createdBy: string;
  /** Paths of the package-database files the layer rewrites. */
  files: string[];
}

/** Marks the step in `docker history` as the console's one-click fix. */
export const FIX_HISTORY_SUFFIX = ' # 一键修复 (ACR console)';

/**
 * Applies `plan` to `image`: rewrites the visible package database, adds it as a new gzip layer, and returns
 * the new config and manifest with every blob. Deterministic for a given image, plan and `options.created`.
 *
 * @throws FixError (a ScanError) `NOTHING_TO_FIX` when the plan upgrades nothing, `NO_PACKAGE_DB` when the image
 * has no package database of the plan's ecosystem, `UNSUPPORTED_OS`, `UNSUPPORTED_RPMDB` (BerkeleyDB/NDB rpm
 * databases, or SQLite content the core cannot rewrite), `PLAN_MISMATCH` when a planned package is not installed,
 * `INVALID_INPUT` for blobs that are not a readable image.
 */
export async function buildFixedImage(
  image: RegistryImageBlobs,
  plan: FixPlan,
  options: BuildFixedImageOptions,
): Promise<FixedImage> {
  if (plan.packages.length === 0) {
    throw new FixError('NOTHING_TO_FIX', 'none of the selected vulnerabilities has a fixed OS package version');
  }
  const mtime = epochSeconds(options.created);
  const crypto = options.crypto ?? webPlatform;
  const contents = await readImageContents(image, plan.ecosystem, {
    crypto,
    decompress: options.decompress,
    createHash: options.createHash,
  });
  const changed: ChangedFile[] = await rewriteDatabases(contents.databases, plan, options.loadSqlWasm);
  const { opened } = contents;
  const fixLayer = await buildFixLayer(changed, contents.tree, mtime, opened.manifest.mediaType, crypto);
  const createdBy = `RUN ${plan.command}${FIX_HISTORY_SUFFIX}`;

  const config = parseJson(image.config.bytes, 'config');
  const rootfs = (config.rootfs ?? { type: 'layers' }) as { diff_ids?: string[] };
  config.rootfs = { ...rootfs, diff_ids: [...(rootfs.diff_ids ?? []), fixLayer.diffId] };
  config.history = [...((config.history as unknown[]) ?? []), { created: options.created, created_by: createdBy }];
  config.created = options.created;
  const configBlob = await blob(crypto, image.config.mediaType, canonicalJsonBytes(config));

  const manifest = parseJson(image.manifest.bytes, 'manifest');
  const configDescriptor = manifest.config as Record<string, unknown>;
  manifest.config = { ...configDescriptor, digest: configBlob.digest, size: configBlob.size };
  const layerDescriptor = { mediaType: fixLayer.mediaType, size: fixLayer.size, digest: fixLayer.digest };
  manifest.layers = [...((manifest.layers as unknown[]) ?? []), layerDescriptor];
  const manifestBlob = await blob(crypto, image.manifest.mediaType, canonicalJsonBytes(manifest));

  const layers: BuiltLayer[] = opened.layerBlobs.map((layer, i) => {
    const bytes = image.layers.find((b) => b.digest === layer.ref.digest)?.bytes ?? new Uint8Array();
    return {
      digest: layer.ref.digest as BuiltLayer['digest'],
      size: bytes.length,
      mediaType: layer.mediaType,
      bytes,
      diffId: layer.ref.diffId as BuiltLayer['diffId'],
      uncompressedSize: contents.layers[i]?.uncompressedBytes ?? 0,
    };
  });
  layers.push(fixLayer);
  return {
    manifest: manifestBlob,
    config: configBlob,
    layers,
    imageId: configBlob.digest.slice('sha256:'.length),
    digest: manifestBlob.digest,
    size: manifestBlob.size + configBlob.size + layers.reduce((sum, layer) => sum + layer.size, 0),
    plan,
    fixLayer,
    createdBy,
    files: changed.map((c) => c.file.path),
  };
}

function parseJson(bytes: Uint8Array, what: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(new TextDecoder().decode(bytes));
    if (value && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
  } catch (cause) {
    throw new FixError('INVALID_INPUT', `the image ${what} is not JSON`, { cause });
  }
  throw new FixError('INVALID_INPUT', `the image ${what} is not a JSON object`);
}

async function blob(platform: Platform, mediaType: string, bytes: Uint8Array): Promise<BuiltBlob> {
  return { digest: await sha256Digest(platform, bytes), size: bytes.length, mediaType, bytes };
}

function epochSeconds(iso: string): number {
  const millis = Date.parse(iso);
  if (Number.isNaN(millis) || millis < 0) throw new FixError('INVALID_INPUT', `invalid created time ${iso}`);
  return Math.floor(millis / 1000);
}
