/**
 * Baselines on the platform pieces the scanner is built from (as the browser worker has them):
 * `Blob.stream()` → `DecompressionStream('gzip')`, optionally → modern-tar's decoder with every entry
 * body drained. The gap between these and a full scan is the scanner's own work.
 */
import { openAsBlob } from 'node:fs';
import { createTarDecoder } from 'modern-tar';

async function drain(stream: ReadableStream<unknown>): Promise<void> {
  const reader = stream.getReader();
  for (;;) if ((await reader.read()).done) return;
}

/** Gunzips `file` with web streams; with `tar`, also decodes the tar and drains each entry body. */
export async function webGunzip(file: string, tar: boolean): Promise<void> {
  const blob = await openAsBlob(file);
  const gunzip = new DecompressionStream('gzip') as unknown as ReadableWritablePair<Uint8Array, Uint8Array>;
  const plain = (blob.stream() as unknown as ReadableStream<Uint8Array>).pipeThrough(gunzip);
  if (!tar) return drain(plain);
  const entries = plain.pipeThrough(createTarDecoder({ strict: true })).getReader();
  for (;;) {
    const { done, value } = await entries.read();
    if (done) return;
    await drain(value.body);
  }
}
