import { gzipSync } from 'fflate';
import { describe, expect, it, vi } from 'vitest';
import type { LayerFile } from '../../types/image';
import { buildImage } from '../build-image';
import { writeDockerArchive } from '../docker-archive';
import { writeTar } from '../tar-writer';
import { webDecompress } from './decompress';
import { openImage } from './open-image';
import { bytesBlob, memoryDirectory } from './sources';
import { chunkedBlob, rawLayerLayout } from './test-images';
import { walkImage } from './walk-image';
import { expectScanError, gzLayer, text, walkRaw } from './walk-test-support';

describe('walkImage', () => {
  it('emits every entry with its layer, type, mode and link target, reading bodies only on request', async () => {
    const built = await buildImage({
      created: '2024-01-01T00:00:00Z',
      config: {},
      layers: [
        {
          createdBy: 'ADD base',
          files: [
            { path: 'etc/alpine-release', content: '3.19.0\n' },
            { path: 'bin/busybox', content: 'ELF', mode: 0o755 },
            { path: 'bin/sh', type: 'symlink', linkTarget: '/bin/busybox' },
            { path: 'bin/ash', type: 'hardlink', linkTarget: 'bin/busybox' },
          ],
        },
        { createdBy: 'RUN echo', files: [{ path: 'etc/motd', content: 'hello', uid: 1000, gid: 1000 }] },
      ],
    });
    const image = await openImage(bytesBlob(writeDockerArchive(built, ['t:1'])));
    const seen: LayerFile[] = [];
    let read = '';
    const order: string[] = [];
    const summary = await walkImage(image, {
      layerStart: (layer) => {
        order.push(`start ${layer.index}`);
      },
      entry: async (entry) => {
        seen.push(entry.file);
        if (entry.file.path === 'etc/alpine-release') read = text(await entry.read());
      },
      layerEnd: (stats) => {
        order.push(`end ${stats.layer.index} ${stats.entries}`);
      },
    });
    expect(read).toBe('3.19.0\n');
    expect(order).toEqual(['start 0', 'end 0 6', 'start 1', 'end 1 2']);
    const byPath = new Map(seen.map((f) => [f.path, f]));
    expect(byPath.get('bin')).toMatchObject({ type: 'dir', mode: 0o755 });
    expect(byPath.get('bin/busybox')).toMatchObject({ type: 'file', size: 3, mode: 0o755 });
    expect(byPath.get('bin/sh')).toMatchObject({ type: 'symlink', linkTarget: '/bin/busybox', size: 0 });
    expect(byPath.get('bin/ash')).toMatchObject({ type: 'hardlink', linkTarget: 'bin/busybox' });
    expect(byPath.get('etc/motd')).toMatchObject({ uid: 1000, gid: 1000, layer: image.layers[1] });
    expect(byPath.get('etc/alpine-release')?.layer).toEqual({
      index: 0,
      digest: built.layers[0]?.digest,
      diffId: built.layers[0]?.diffId,
      createdBy: 'ADD base',
    });
    expect(summary.entries).toBe(8);
    expect(summary.layers.every((l) => l.digestVerified && l.diffIdVerified && l.compression === 'gzip')).toBe(true);
    expect(summary.uncompressedBytes).toBe(built.layers.reduce((n, l) => n + l.uncompressedSize, 0));
  });

  it('reports whiteouts and opaque markers as events, not files', async () => {
    const { files, whiteouts } = await walkRaw([
      gzLayer([{ name: 'a/b', data: 'x' }]),
      gzLayer([
        { name: 'a/.wh.b', data: '' },
        { name: 'c/.wh..wh..opq', data: '' },
        { name: '.wh.top', data: '' },
        { name: 'd/.wh..wh.plnk', data: '' },
      ]),
    ]);
    expect(files.map((f) => f.path)).toEqual(['a/b']);
    expect(whiteouts.map((w) => [w.kind, w.path, w.layer.index])).toEqual([
      ['whiteout', 'a/b', 1],
      ['opaque', 'c', 1],
      ['whiteout', 'top', 1],
    ]);
  });

  it.each([
    ['uncompressed', (tar: Uint8Array) => tar, 'none'],
    ['gzip', (tar: Uint8Array) => gzipSync(tar), 'gzip'],
  ])('reads %s layers, detected by magic bytes', async (_name, compress, compression) => {
    const tar = writeTar([{ name: 'etc/os-release', data: 'ID=x\n' }]);
    const { contents, summary } = await walkRaw([{ stored: compress(tar), tar }]);
    expect(contents.get('etc/os-release')).toBe('ID=x\n');
    expect(summary.layers[0]?.compression).toBe(compression);
  });

  // Made with `zstd -19` (v1.5.4) from the deterministic tar below; real zstd, with compressed blocks.
  const ZSTD_LAYER =
    'KLUv/WQADbUEADKGFRhwbwP6pw2mMhoc6xAswQmz3qTp+l9dLwUbuJbQvWGZKw8uaKKE6FaydRIFYZajYe/9gPR+FQaiLd3Au6tLELD9aaoj4FWqZnzerXwtFTJrvseaQvQdFyDgioYSYzH9UYErUhijywOEbwAZsltGz9W73qHiCGBgVV43guN8cAALSKYA/AxW6YCS8qcEBxgUgPEE3qORgg8=';
  const zstdTar = () =>
    writeTar([
      { name: 'etc/', type: 'dir' },
      { name: 'etc/os-release', data: 'ID=zstd-test\nVERSION_ID=1\n'.repeat(20) },
      { name: 'usr/lib/libz.so', type: 'symlink', linkName: 'libz.so.1' },
    ]);

  it('reads zstd layers and checks their diffId', async () => {
    const stored = new Uint8Array(Buffer.from(ZSTD_LAYER, 'base64'));
    const { files, contents, summary } = await walkRaw([{ stored, tar: zstdTar() }]);
    expect(files.map((f) => f.path)).toEqual(['etc', 'etc/os-release', 'usr/lib/libz.so']);
    expect(contents.get('etc/os-release')).toBe('ID=zstd-test\nVERSION_ID=1\n'.repeat(20));
    expect(summary.layers[0]).toMatchObject({ compression: 'zstd', diffIdVerified: true, uncompressedBytes: 3584 });
  });

  it.each([
    ['gzip', () => gzipSync(zstdTar())],
    ['zstd', () => new Uint8Array(Buffer.from(ZSTD_LAYER, 'base64'))],
  ])('fails a truncated %s layer with CORRUPT_LAYER', async (_name, make) => {
    const full = make();
    await expectScanError(
      walkRaw([{ stored: full.subarray(0, full.length - 20), tar: zstdTar() }]),
      'CORRUPT_LAYER',
      /corrupt or truncated/,
    );
  });

  it.each([4096, 65_536])(
    'reads a large file after skipping many small ones, with the layer arriving in %i-byte chunks',
    async (chunkSize) => {
      // Regression: cancelling skipped bodies made modern-tar lose the next body and hang here.
      const small = Array.from({ length: 300 }, (_, i) => ({ name: `small/${i}`, data: 'x'.repeat(i % 700) }));
      const big = new Uint8Array(700_000).map((_, i) => i % 251);
      const tar = writeTar([...small, { name: 'big', data: big }, { name: 'after', data: 'tail' }]);
      const image = await openImage(memoryDirectory(await rawLayerLayout([{ stored: tar }])));
      const layer = image.layerBlobs[0];
      if (!layer) throw new Error('no layer');
      layer.blob = chunkedBlob(tar, chunkSize);
      const read = new Map<string, Uint8Array>();
      const summary = await walkImage(image, {
        entry: async (entry) => {
          if (entry.file.path === 'big' || entry.file.path === 'after') read.set(entry.file.path, await entry.read());
        },
      });
      // Buffer.equals, because a deep toEqual over 700 000 elements takes seconds.
      expect(Buffer.from(read.get('big') ?? []).equals(Buffer.from(big))).toBe(true);
      expect(text(read.get('after') ?? new Uint8Array())).toBe('tail');
      expect(summary.entries).toBe(302);
    },
  );

  it('rejects read() after the visitor returned', async () => {
    const image = await openImage(memoryDirectory(await rawLayerLayout([gzLayer([{ name: 'f', data: 'x' }])])));
    let late: (() => Promise<Uint8Array>) | undefined;
    await walkImage(image, {
      entry: (entry) => {
        late = entry.read;
      },
    });
    await expect(late?.()).rejects.toThrow(/after the visitor returned/);
  });

  it('propagates a visitor error unchanged', async () => {
    const image = await openImage(memoryDirectory(await rawLayerLayout([gzLayer([{ name: 'f', data: 'x' }])])));
    const boom = new Error('analyzer failed');
    await expect(
      walkImage(image, {
        entry: () => {
          throw boom;
        },
      }),
    ).rejects.toBe(boom);
  });

  it('uses the injected gzip decompressor and hash', async () => {
    const decompress = vi.fn(webDecompress);
    const { createHash } = await import('node:crypto');
    const update = vi.fn();
    const hash = () => {
      const h = createHash('sha256');
      return {
        update: (c: Uint8Array) => {
          update();
          h.update(c);
        },
        digest: () => new Uint8Array(h.digest()),
      };
    };
    const { contents } = await walkRaw([gzLayer([{ name: 'f', data: 'x' }])], {}, { decompress, createHash: hash });
    expect(contents.get('f')).toBe('x');
    expect(decompress).toHaveBeenCalledWith('gzip');
    expect(update).toHaveBeenCalled();
  });
});
