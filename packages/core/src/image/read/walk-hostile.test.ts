import { gzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { sha256Digest, webPlatform } from '../../platform';
import type { ScanError } from '../../types/errors';
import { writeTar } from '../tar-writer';
import { DEFAULT_READ_LIMITS } from './limits';
import { openImage } from './open-image';
import { memoryDirectory } from './sources';
import { rawLayerLayout } from './test-images';
import { walkImage } from './walk-image';
import { expectScanError, gzLayer, text, walkRaw } from './walk-test-support';

describe('walkImage with corrupt and hostile layers', () => {
  it('fails a truncated uncompressed layer with CORRUPT_LAYER', async () => {
    const tar = writeTar([{ name: 'a', data: 'x'.repeat(3000) }]);
    await expectScanError(walkRaw([{ stored: tar.subarray(0, 1500), tar }]), 'CORRUPT_LAYER', /truncated/);
  });

  it('reports a source that fails mid-stream as IO_ERROR instead of hanging', async () => {
    const image = await openImage(
      memoryDirectory(await rawLayerLayout([gzLayer([{ name: 'f', data: 'x'.repeat(5000) }])])),
    );
    const layer = image.layerBlobs[0];
    if (!layer) throw new Error('no layer');
    const real = layer.blob;
    layer.blob = {
      size: real.size,
      slice: (start, end) => real.slice(start, end),
      arrayBuffer: () => real.arrayBuffer(),
      stream: () =>
        new ReadableStream<Uint8Array>({
          async start(controller) {
            controller.enqueue(new Uint8Array(await real.slice(0, 20).arrayBuffer()));
            controller.error(new Error('disk went away'));
          },
        }),
    };
    await expectScanError(walkImage(image, {}), 'IO_ERROR', /disk went away/);
  });

  it('fails a layer of non-tar bytes with CORRUPT_LAYER', async () => {
    const junk = new TextEncoder().encode('this is not a tar archive at all\n'.repeat(40));
    await expectScanError(walkRaw([{ stored: gzipSync(junk), tar: junk }]), 'CORRUPT_LAYER', /not a valid tar/);
  });

  it('fails with DIGEST_MISMATCH when the blob does not hash to its manifest digest', async () => {
    const layer = gzLayer([{ name: 'f', data: 'x' }]);
    const wrong = `sha256:${'0'.repeat(64)}`;
    await expectScanError(walkRaw([{ ...layer, digest: wrong }]), 'DIGEST_MISMATCH', /manifest digest/);
    // With verification off the same image walks.
    expect((await walkRaw([{ ...layer, digest: wrong }], { verify: false })).files).toHaveLength(1);
  });

  it('fails with DIGEST_MISMATCH when the tar does not hash to its diffId', async () => {
    const layer = gzLayer([{ name: 'f', data: 'x' }]);
    const other = await sha256Digest(webPlatform, new Uint8Array([1]));
    await expectScanError(walkRaw([{ ...layer, diffId: other }]), 'DIGEST_MISMATCH', /diffId/);
  });

  it('stops a gzip bomb at the ratio limit', async () => {
    const tar = writeTar([{ name: 'zeros', data: new Uint8Array(8 * 1024 * 1024) }]);
    const stored = gzipSync(tar, { level: 9 });
    expect(tar.length / stored.length).toBeGreaterThan(500);
    await expectScanError(
      walkRaw([{ stored, tar }], { limits: { ratioGraceBytes: 1024 * 1024, maxRatio: 100 } }),
      'LIMIT_EXCEEDED',
      /decompression bomb/,
    );
  });

  // `zstd -19` (v1.5.4) of a tar holding 16 MiB of zeros: 592 bytes, a ratio near 28000:1.
  const ZSTD_BOMB =
    'KLUv/YRoAAYAAfwBAAQCemVyb3MAMDY0NAAwMTAAMjYxACAwAAB1c3RhcgAwMAALIPA0kHWk/sgBbAZDOq8mVgDTtq8gJhwUgO0E4AIAEAACABAAAgAQAAIAEAACABAAAgAQAAIAEAACABAAAgAQAAIAEAACABAAAgAQAAIAEAACABAAAgAQAAIAEAACABAAAgAQAAIAEAACABAAAgAQAAIAEAACABAAAgAQAAIAEAACABAAAgAQAAIAEAACABAAAgAQAAIAEAACABAAAgAQAAIAEAACABAAAgAQAAIAEAACABAAAgAQAAIAEAACABAAAgAQAAIAEAACABAAAgAQAAIAEAACABAAAgAQAAIAEAACABAAAgAQAAIAEAACABAAAgAQAAIAEAACABAAAgAQAAIAEAACABAAAgAQAAIAEAACABAAAgAQAAIAEAACABAAAgAQAAIAEAACABAAAgAQAAIAEAACABAAAgAQAAIAEAACABAAAgAQAAIAEAACABAAAgAQAAIAEAACABAAAgAQAAIAEAACABAAAgAQAAIAEAACABAAAgAQAAIAEAACABAAAgAQAAIAEAACABAAAgAQAAIAEAACABAAAgAQAAIAEAACABAAAgAQAAIAEAACABAAAgAQAAIAEAACABAAAgAQAAIAEAACABAAAgAQAAIAEAACABAAAgAQAAIAEAACABAAAgAQAAIAEAACABAAAgAQAAIAEAACABAAAgAQAAIAEAACABAAAgAQAAIAEAACABAAAgAQAAIAEAADMAAAemISGg==';

  it('stops a zstd bomb at the default ratio limit once past the grace window', async () => {
    const stored = new Uint8Array(Buffer.from(ZSTD_BOMB, 'base64'));
    const tar = writeTar([{ name: 'zeros', data: new Uint8Array(16 * 1024 * 1024) }]);
    expect(DEFAULT_READ_LIMITS.maxRatio).toBe(1000);
    await expectScanError(
      walkRaw([{ stored, tar }], { limits: { ratioGraceBytes: 1024 * 1024 } }),
      'LIMIT_EXCEEDED',
      /1000:1/,
    );
    // Under the grace window the same layer is fine: small layers legitimately compress extremely well.
    expect((await walkRaw([{ stored, tar }])).summary.layers[0]?.uncompressedBytes).toBe(tar.length);
  });

  it.each([
    [{ maxTotalBytes: 4096 }, /maxTotalBytes/],
    [{ maxEntries: 2 }, /maxEntries/],
    [{ maxPathDepth: 3 }, /maxPathDepth/],
    [{ maxPathLength: 20 }, /maxPathLength/],
  ])('enforces %o', async (limits, message) => {
    const layer = gzLayer([
      { name: 'a', data: new Uint8Array(3000) },
      { name: 'b', data: new Uint8Array(3000) },
      { name: 'c/d/e/f/g', data: 'deep' },
      { name: `long/${'n'.repeat(30)}`, data: 'long' },
    ]);
    await expectScanError(walkRaw([layer], { limits }), 'LIMIT_EXCEEDED', message);
  });

  it('refuses to read a file above maxFileBytes but lets the walk go on', async () => {
    const image = await openImage(
      memoryDirectory(
        await rawLayerLayout([
          gzLayer([
            { name: 'big', data: new Uint8Array(100) },
            { name: 'small', data: 'ok' },
          ]),
        ]),
      ),
      {
        limits: { maxFileBytes: 10 },
      },
    );
    const results: string[] = [];
    await walkImage(image, {
      entry: async (entry) => {
        try {
          results.push(`${entry.file.path}:${text(await entry.read())}`);
        } catch (error) {
          results.push(`${entry.file.path}:${(error as ScanError).code}`);
        }
      },
    });
    expect(results).toEqual(['big:LIMIT_EXCEEDED', 'small:ok']);
  });

  it('clamps ../ and absolute names inside the root and flags them', async () => {
    const { files, summary } = await walkRaw([
      gzLayer([
        { name: '../../etc/passwd', data: 'evil' },
        { name: '/abs/file', data: 'abs' },
        { name: 'a/../../b', data: 'b' },
        { name: './ok/./file', data: 'ok' },
        { name: 'link', type: 'hardlink', linkName: '../../../etc/shadow' },
      ]),
    ]);
    expect(files.map((f) => f.path)).toEqual(['etc/passwd', 'abs/file', 'b', 'ok/file', 'link']);
    expect(files[4]?.linkTarget).toBe('etc/shadow');
    expect(summary.unsafePaths.map((u) => [u.name, u.path, u.flags])).toEqual([
      ['../../etc/passwd', 'etc/passwd', ['parent-segment', 'escapes-root']],
      ['/abs/file', 'abs/file', ['absolute']],
      ['a/../../b', 'b', ['parent-segment', 'escapes-root']],
    ]);
  });

  it('emits duplicate entries in order so the last one wins', async () => {
    const { files, contents } = await walkRaw([
      gzLayer([
        { name: 'f', data: 'first' },
        { name: 'f', data: 'second' },
      ]),
    ]);
    expect(files.map((f) => f.path)).toEqual(['f', 'f']);
    expect(contents.get('f')).toBe('second');
  });
});
