/**
 * Test support shared by the reader's tests: walk an OCI layout of raw layers collecting every event,
 * and assert a typed ScanError. Lives beside the tests; imports vitest, so only tests import it.
 */
import { gzipSync } from 'fflate';
import { expect } from 'vitest';
import { ScanError } from '../../types/errors';
import type { LayerFile } from '../../types/image';
import { type TarEntry, writeTar } from '../tar-writer';
import { type OpenImageOptions, openImage } from './open-image';
import { memoryDirectory } from './sources';
import { type RawLayer, rawLayerLayout } from './test-images';
import { type WalkEntry, type WalkOptions, type WhiteoutEvent, walkImage } from './walk-image';

export const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

/** Opens an OCI layout around raw layers and walks it, collecting every event. */
export async function walkRaw(layers: RawLayer[], walk: WalkOptions = {}, open: OpenImageOptions = {}) {
  const image = await openImage(memoryDirectory(await rawLayerLayout(layers)), open);
  const files: LayerFile[] = [];
  const contents = new Map<string, string>();
  const whiteouts: WhiteoutEvent[] = [];
  const summary = await walkImage(
    image,
    {
      entry: async (entry: WalkEntry) => {
        files.push(entry.file);
        if (entry.file.type === 'file') contents.set(entry.file.path, text(await entry.read()));
      },
      whiteout: (event) => {
        whiteouts.push(event);
      },
    },
    walk,
  );
  return { files, contents, whiteouts, summary };
}

/** Asserts that `promise` rejects with a ScanError of `code` (and a message matching `message`). */
export async function expectScanError(promise: Promise<unknown>, code: string, message?: RegExp) {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ScanError);
  expect((error as ScanError).code).toBe(code);
  if (message) expect((error as ScanError).message).toMatch(message);
}

/** A gzip layer of the given tar entries. */
export const gzLayer = (entries: TarEntry[]): RawLayer => {
  const tar = writeTar(entries);
  return { stored: gzipSync(tar), tar };
};
