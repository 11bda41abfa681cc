/** Small builders for the build steps of demo images. */
import type { ImageFileSpec, LayerSpec } from '../image/image-spec';

/** `PATH` as the official base images set it. */
export const PATH_ENV = 'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

/** A BuildKit step that produced a layer. */
export const run = (
  created: string,
  createdBy: string,
  files: ImageFileSpec[],
  comment = 'buildkit.dockerfile.v0',
): LayerSpec => ({
  createdBy,
  created,
  comment,
  files,
});

/** A metadata-only step (ENV, CMD, EXPOSE…). */
export const meta = (created: string, createdBy: string): LayerSpec => ({
  createdBy,
  created,
  emptyLayer: true,
  files: [],
});

/** A time `hours` after `iso`, for the build steps that follow a base image. */
export const later = (iso: string, hours: number) =>
  new Date(Date.parse(iso) + hours * 3_600_000).toISOString().replace('.000Z', 'Z');
