/**
 * Property tests for the image reader (issue 9, item 2). Opening and walking an uploaded image is the core's
 * widest attack surface: tar headers, gzip streams, `manifest.json`, `index.json`, OCI manifests and configs
 * all come from the user. The contract is that `openImage`, `listArchiveImages` and `walkImage` either
 * succeed or reject with a ScanError (INVALID_IMAGE, CORRUPT_LAYER, DIGEST_MISMATCH, LIMIT_EXCEEDED, …);
 * a raw TypeError/RangeError or a hang would take down the worker. We check that on arbitrary bytes and on
 * mutations of valid images built with the core's own builder in every storage form (Docker 25+ archive,
 * legacy `docker save`, OCI layout as a tar and as a directory, gzip-compressed archive). And the tar writer
 * and readers round-trip: what `writeTar` writes, `indexTar` and the layer walker read back unchanged.
 * Seeds are fixed so a failure reproduces.
 */

import fc from 'fast-check';
import { gzipSync } from 'fflate';
import { describe, expect, it, vi } from 'vitest';
import { concat, fuzzTimeout, mutate, mutationArb, runs } from '../../testing/fuzz';
import { ScanError } from '../../types/errors';
import { listArchiveImages } from '../archive-images';
import { buildImage } from '../build-image';
import { writeDockerArchive } from '../docker-archive';
import { type TarEntry, writeTar } from '../tar-writer';
import { DEFAULT_READ_LIMITS } from './limits';
import { openImage } from './open-image';
import { bytesBlob, memoryDirectory } from './sources';
import { indexTar } from './tar-index';
import { legacyDockerArchive, ociLayoutFiles, tarOfFiles } from './test-images';
import { walkImage } from './walk-image';
import { gzLayer, walkRaw } from './walk-test-support';

vi.setConfig({ testTimeout: fuzzTimeout() });
const image = await buildImage({
  created: '2024-03-01T10:00:00Z',
  config: { Env: ['PATH=/bin'], Cmd: ['/bin/sh'] },
  layers: [
    {
      createdBy: 'ADD base',
      files: [
        { path: 'etc/os-release', content: 'ID=alpine\nVERSION_ID=3.19.1\n' },
        { path: 'bin/sh', content: 'stub', mode: 0o755 },
        { path: 'bin/ash', type: 'symlink', linkTarget: 'sh' },
      ],
    },
    { createdBy: 'RUN echo', files: [{ path: 'app/a.txt', content: 'hello' }, { path: 'etc/.wh.os-release' }] },
  ],
});
const layoutFiles = await ociLayoutFiles([{ image, refName: 'latest' }]);

const FORMS: [string, Uint8Array][] = [
  ['Docker 25+ archive', writeDockerArchive(image, ['demo:1'])],
  ['legacy docker save', legacyDockerArchive(image, ['demo:1'])],
  ['OCI layout tar', tarOfFiles(layoutFiles)],
];
const GZIPPED = gzipSync(FORMS[0]?.[1] ?? new Uint8Array());

/** Opens, lists and walks `bytes` reading every file; only a ScanError may escape. */
async function readWholeImage(bytes: Uint8Array): Promise<void> {
  try {
    await listArchiveImages(bytes);
  } catch (error) {
    if (!(error instanceof ScanError)) throw error;
  }
  try {
    const opened = await openImage(bytesBlob(bytes), { limits: { maxTotalBytes: 4 * 1024 * 1024 } });
    await walkImage(opened, {
      entry: async (entry) => {
        if (entry.file.type === 'file') await entry.read();
      },
    });
  } catch (error) {
    if (!(error instanceof ScanError)) throw new Error(`not a ScanError: ${String(error)}`, { cause: error });
  }
}

const mutations = fc.array(mutationArb, { minLength: 1, maxLength: 3 });

describe('image reader on hostile bytes', () => {
  it('every valid form opens and walks', async () => {
    for (const [, bytes] of [...FORMS, ['gzip', GZIPPED] as const]) {
      const opened = await openImage(bytesBlob(bytes));
      const summary = await walkImage(opened, {});
      expect(summary.layers).toHaveLength(2);
    }
  });

  it('rejects arbitrary bytes with a ScanError', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.uint8Array({ maxLength: 2048 }),
          // A zero-padded 512-byte block (a tar header's size) and gzip/zstd magic followed by junk.
          fc.uint8Array({ maxLength: 512 }).map((b) => concat(b, new Uint8Array(1024 - b.length))),
          fc.uint8Array({ maxLength: 256 }).map((b) => concat(new Uint8Array([0x1f, 0x8b, 8, 0]), b)),
          fc.uint8Array({ maxLength: 256 }).map((b) => concat(new Uint8Array([0x28, 0xb5, 0x2f, 0xfd]), b)),
        ),
        readWholeImage,
      ),
      { seed: 0x1a9e, numRuns: runs(120) },
    );
  });

  it.each(FORMS.map(([name], i) => [name, i] as const))(
    'mutated %s: opens and walks, or a ScanError',
    async (_n, i) => {
      const seedBytes = FORMS[i]?.[1] ?? new Uint8Array();
      await fc.assert(
        fc.asyncProperty(mutations, (ms) => readWholeImage(mutate(seedBytes, ms))),
        { seed: 0x1a6e + i, numRuns: runs(120) },
      );
    },
  );

  it('mutated gzip-compressed archive: opens and walks, or a ScanError', async () => {
    await fc.assert(
      fc.asyncProperty(mutations, (ms) => readWholeImage(mutate(GZIPPED, ms))),
      { seed: 0x1a7f, numRuns: runs(80) },
    );
  });

  it('OCI layout directory with one mutated file: opens and walks, or a ScanError', async () => {
    const names = [...layoutFiles.keys()];
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...names), mutations, async (name, ms) => {
        const files = new Map(layoutFiles);
        files.set(name, mutate(files.get(name) ?? new Uint8Array(), ms));
        try {
          const opened = await openImage(memoryDirectory(files));
          await walkImage(opened, { entry: async (e) => void (e.file.type === 'file' && (await e.read())) });
        } catch (error) {
          if (!(error instanceof ScanError)) throw error;
        }
      }),
      { seed: 0x1a80, numRuns: runs(150) },
    );
  });
});

// ---------------------------------------------------------------------------------------------------------
// Round trips through the tar writer

const segment = fc.oneof(
  fc.string({ unit: fc.constantFrom(...'abcxyz019._-'.split('')), minLength: 1, maxLength: 12 }),
  fc.string({ unit: fc.constantFrom('é', '中', '文', 'ß', 'a', ' ', '+'), minLength: 1, maxLength: 6 }),
  fc.constant('x'.repeat(120)),
);
const entryName = fc
  .array(segment, { minLength: 1, maxLength: 4 })
  .map((xs) => xs.join('/'))
  .filter((n) => !n.split('/').some((s) => s === '.' || s === '..' || s.startsWith('.wh.')));
const files = fc.uniqueArray(
  fc.record({ name: entryName, data: fc.uint8Array({ maxLength: 1500 }), mode: fc.constantFrom(0o644, 0o755, 0o600) }),
  { selector: (f) => f.name.toLowerCase(), minLength: 1, maxLength: 6 },
);
// A file name must not also be a directory prefix of another, or the tree would replace one with the other.
const independentFiles = files.filter((fs) =>
  fs.every((a) => fs.every((b) => a === b || !b.name.startsWith(`${a.name}/`))),
);

describe('tar writer round trips', () => {
  it('indexTar lists exactly the files writeTar wrote, with their bytes (long and non-ASCII names too)', async () => {
    await fc.assert(
      fc.asyncProperty(files, async (fs) => {
        const tar = writeTar(fs.map((f): TarEntry => ({ name: f.name, data: f.data, mode: f.mode })));
        const members = await indexTar(bytesBlob(tar), DEFAULT_READ_LIMITS, 'test tar');
        expect([...members.keys()].sort()).toEqual(fs.map((f) => f.name).sort());
        for (const f of fs) {
          const m = members.get(f.name);
          expect(m?.size).toBe(f.data.length);
          if (m) expect(tar.subarray(m.offset, m.offset + m.size)).toEqual(f.data);
        }
      }),
      { seed: 0x7a1, numRuns: runs(150) },
    );
  });

  it('a layer written by writeTar walks back to the same paths, modes and contents', async () => {
    await fc.assert(
      fc.asyncProperty(independentFiles, async (fs) => {
        const { files: seen, contents } = await walkRaw([
          gzLayer(fs.map((f) => ({ name: f.name, data: f.data, mode: f.mode }))),
        ]);
        const regular = seen.filter((f) => f.type === 'file');
        expect(regular.map((f) => f.path).sort()).toEqual(fs.map((f) => f.name).sort());
        for (const f of fs) {
          expect(contents.get(f.name)).toBe(new TextDecoder().decode(f.data));
          expect((regular.find((r) => r.path === f.name)?.mode ?? 0) & 0o7777).toBe(f.mode);
        }
      }),
      { seed: 0x7a2, numRuns: runs(60) },
    );
  });
});
