/** Test helpers for the console-only image upload: tarballs made by the core, sent in chunks over HTTP. */
import {
  type BuiltImage,
  buildImage,
  demoImageRecipes,
  type TarEntry,
  writeDockerArchive,
  writeOciLayout,
  writeTar,
} from '@acr-console/core';
import { gunzipSync } from 'fflate';
import { callAction, uploadChunk } from '@/api/client';
import { UPLOAD_CHUNK_PATH } from '@/api/contract/uploads';
import { TEST_API_URL } from '../node';

/** A `docker save` archive of a demo recipe's variant, tagged `repoTags`. */
export async function demoArchive(
  recipe = 'alpine:3.18',
  variant: 'vulnerable' | 'patched' = 'vulnerable',
  repoTags: string[] = [`${recipe}`],
) {
  const found = demoImageRecipes.find((candidate) => candidate.name === recipe);
  if (!found) throw new Error(`no recipe ${recipe}`);
  const image = await buildImage(found.spec({ variant }));
  return { image, bytes: writeDockerArchive(image, repoTags) };
}

/** An OCI image-layout tarball of a demo recipe's variant. */
export async function demoOciArchive(recipe = 'alpine:3.18', tag = 'alpine:3.18') {
  const found = demoImageRecipes.find((candidate) => candidate.name === recipe);
  if (!found) throw new Error(`no recipe ${recipe}`);
  const image = await buildImage(found.spec({ variant: 'vulnerable' }));
  const layout = await writeOciLayout(image, { tag });
  return { image, bytes: layout.bytes, manifestDigest: layout.manifestDigest };
}

/** Opens a session and sends `bytes` in `chunkSize` chunks; returns the UploadId. */
export async function uploadBytes(instanceId: string, bytes: Uint8Array, chunkSize = 64 * 1024): Promise<string> {
  const { UploadId } = await callAction('CreateImageUpload', { InstanceId: instanceId, Size: bytes.length });
  for (let start = 0; start < bytes.length; start += chunkSize) {
    const chunk = bytes.slice(start, start + chunkSize);
    const { Offset } = await uploadChunk(UploadId, start, new Blob([chunk]));
    if (Offset !== start + chunk.length) throw new Error(`offset ${Offset} after chunk at ${start}`);
  }
  return UploadId;
}

/** A raw chunk request, for the error cases the typed client never sends. */
export async function rawChunk(
  uploadId: string,
  body: Uint8Array,
  contentRange?: string,
): Promise<{ status: number; body: Record<string, unknown> }> {
  const headers: Record<string, string> = { 'Content-Type': 'application/octet-stream' };
  if (contentRange !== undefined) headers['Content-Range'] = contentRange;
  const res = await fetch(`${TEST_API_URL}${UPLOAD_CHUNK_PATH}${uploadId}`, {
    method: 'PATCH',
    body: body as Uint8Array<ArrayBuffer>,
    headers,
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

/**
 * A `docker save` archive in the pre-25 form (uncompressed `<id>/layer.tar`, `<config>.json`) whose first layer
 * had one byte changed after the config recorded its diff_id: what a corrupted download looks like.
 */
export function corruptLegacyArchive(image: BuiltImage): Uint8Array {
  const entries: TarEntry[] = [];
  const layers = image.layers.map((layer, index) => {
    const id = layer.diffId.slice('sha256:'.length);
    const tar = gunzipSync(layer.bytes);
    if (index === 0) tar[700] = (tar[700] ?? 0) ^ 0xff;
    entries.push({ name: `${id}/layer.tar`, data: tar });
    return `${id}/layer.tar`;
  });
  entries.push({ name: `${image.imageId}.json`, data: image.config.bytes });
  entries.push({
    name: 'manifest.json',
    data: JSON.stringify([{ Config: `${image.imageId}.json`, RepoTags: ['corrupt:1'], Layers: layers }]),
  });
  return writeTar(entries);
}
