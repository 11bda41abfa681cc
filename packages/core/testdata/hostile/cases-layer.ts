/**
 * Hostile cases: layer streams and entries: broken compression, `../` and absolute paths, link loops, duplicates,
 * deep paths, layer bombs.
 */
import { gzipSync } from 'fflate';
import { concatBytes, writeTar } from '../../src/image/tar-writer';
import {
  base256Size,
  enc,
  fileHeader,
  garbage,
  gzipZeros,
  layerImage,
  MiB,
  ociTar,
  patchHeader,
  ZERO_DIFF_ID,
} from './builders';
import { type HostileCase, handled, reject } from './case-types';

export const LAYER_CASES: readonly HostileCase[] = [
  {
    id: 'layer-truncated-gzip',
    title: 'a layer blob cut in the middle of its gzip stream',
    group: 'layer',
    build: async () => {
      const tar = writeTar([{ name: 'data', data: garbage(20_000) }]);
      const gz = gzipSync(tar, { mtime: 0 });
      return ociTar([{ tar, stored: gz.subarray(0, gz.length >> 1) }]);
    },
    expect: reject('CORRUPT_LAYER', /corrupt or truncated/),
  },
  {
    id: 'layer-corrupt-gzip-crc',
    title: 'a layer blob whose gzip CRC-32 is wrong',
    group: 'layer',
    build: async () => {
      const tar = writeTar([{ name: 'data', data: 'hello' }]);
      const gz = gzipSync(tar, { mtime: 0 }).slice();
      gz[gz.length - 6] = (gz[gz.length - 6] as number) ^ 0x55;
      return ociTar([{ tar, stored: gz }]);
    },
    expect: reject('CORRUPT_LAYER', /corrupt or truncated/),
  },
  {
    id: 'layer-non-tar',
    title: 'a layer that is gzip of plain text',
    group: 'layer',
    build: async () => {
      const text = enc.encode('not a tar\n'.repeat(200));
      return ociTar([{ tar: text, stored: gzipSync(text, { mtime: 0 }) }]);
    },
    expect: reject('CORRUPT_LAYER', /not a valid tar/),
  },
  {
    id: 'layer-size-100g',
    title: 'a layer entry whose header claims 100 GB',
    group: 'layer',
    build: async () => {
      const tar = patchHeader(writeTar([{ name: 'huge', data: 'tiny' }]), 0, 124, base256Size(100e9));
      return ociTar([{ tar }]);
    },
    expect: reject('CORRUPT_LAYER'),
  },
  {
    id: 'layer-negative-size',
    title: 'a layer entry with a negative size field',
    group: 'layer',
    build: async () => ociTar([{ tar: patchHeader(writeTar([{ name: 'f', data: 'x' }]), 0, 124, '-0000000001\0') }]),
    expect: reject('CORRUPT_LAYER'),
  },
  {
    id: 'layer-pax-garbage',
    title: 'a layer pax header of garbage before a file',
    group: 'layer',
    build: async () => {
      const pax = writeTar([{ name: 'PaxHeaders/x', data: 'zz garbage\n\u0001\u0002\n' }]).subarray(0, 1024);
      const entries = writeTar([{ name: 'etc/alpine-release', data: '3.18.4\n' }]);
      return ociTar([{ tar: concatBytes([patchHeader(pax, 0, 156, 'x'), entries]) }]);
    },
    // Unparseable pax records are ignored, as GNU tar does; the entry after them is read as it is.
    expect: handled({ osPackages: 0 }),
  },
  {
    id: 'dotdot-and-absolute-paths',
    title: '`../` and absolute names in a layer (clamped into the image root, nothing leaves memory)',
    group: 'layer',
    build: () =>
      layerImage([
        { name: '../../../../tmp/acr-hostile-escape', data: 'evil' },
        { name: '/etc/alpine-release', data: '3.18.4\n' },
        { name: 'a/../../../../etc/shadow', data: 'x' },
        { name: 'link-out', type: 'symlink', linkName: '../../../../../etc/passwd' },
        { name: 'hard-out', type: 'hardlink', linkName: '../../../etc/passwd' },
      ]),
    expect: handled({ osPackages: 0 }),
  },
  {
    id: 'symlink-loops',
    title: 'symlink loops (a→b→a, self) including where the OS release file should be',
    group: 'layer',
    build: () =>
      layerImage([
        { name: 'a', type: 'symlink', linkName: 'b' },
        { name: 'b', type: 'symlink', linkName: 'a' },
        { name: 'self', type: 'symlink', linkName: 'self' },
        { name: 'etc/os-release', type: 'symlink', linkName: '../usr/lib/os-release' },
        { name: 'usr/lib/os-release', type: 'symlink', linkName: '../../etc/os-release' },
        { name: 'lib/apk/db/installed', type: 'symlink', linkName: 'installed' },
      ]),
    expect: handled({ osPackages: 0 }),
  },
  {
    id: 'hardlink-missing-target',
    title: 'a hardlink to a file no layer has, at a package database path',
    group: 'layer',
    build: () => layerImage([{ name: 'var/lib/dpkg/status', type: 'hardlink', linkName: 'nowhere/status' }]),
    expect: handled({ osPackages: 0 }),
  },
  {
    id: 'duplicate-entries',
    title: 'the same path twice in a layer (the last one wins)',
    group: 'layer',
    build: () =>
      layerImage([
        { name: 'lib/apk/db/installed', data: 'P:first\nV:1.0-r0\n\n' },
        { name: 'lib/apk/db/installed', data: 'P:second\nV:2.0-r0\n\n' },
        { name: 'etc/alpine-release', data: '3.18.4\n' },
      ]),
    expect: handled({ osPackages: 1 }),
  },
  {
    id: 'whiteout-edge-cases',
    title: 'an opaque marker alone, a whiteout of a missing file, and a whiteout of a whiteout',
    group: 'layer',
    build: () =>
      layerImage([
        { name: '.wh..wh..opq', data: '' },
        { name: 'etc/.wh.never-existed', data: '' },
        { name: 'etc/.wh..wh..opq', data: '' },
        { name: '.wh..wh.plnk', data: '' },
        { name: 'var/.wh.', data: '' },
      ]),
    expect: handled({ osPackages: 0 }),
  },
  {
    id: 'deep-path-4096-levels',
    title: 'an entry 4096 directories deep (pax path)',
    group: 'layer',
    build: () => layerImage([{ name: `${'d/'.repeat(4096)}f`, data: 'deep' }]),
    expect: reject('LIMIT_EXCEEDED', /maxPath/),
  },
  {
    id: 'path-100k-pax',
    title: 'a 100 KB entry name carried by a pax header',
    group: 'layer',
    build: () => layerImage([{ name: `${'n'.repeat(100 * 1024)}`, data: 'long' }]),
    expect: reject('LIMIT_EXCEEDED', /maxPathLength/),
  },
  {
    id: 'layer-gzip-bomb-10m',
    title: 'a layer of 10 MiB zeros (~10 KiB gzipped) as the dpkg status file',
    group: 'layer',
    build: async () => {
      const header = fileHeader('var/lib/dpkg/status', 10 * MiB);
      const tar = concatBytes([header, new Uint8Array(10 * MiB + 1024)]);
      return ociTar([{ tar, stored: gzipZeros(header, 10 * MiB + 1024) }]);
    },
    expect: handled({ osPackages: 0 }),
  },
  {
    id: 'layer-gzip-bomb-1g',
    title: 'a layer of 1 GiB zeros (~1 MiB gzipped): streamed, never held; stops at the ratio cap',
    group: 'layer',
    bomb: true,
    // gzip cannot beat ~1032:1, so `maxRatio` (1000) only trips once nearly all of the stream is out: the
    // layer is streamed (constant memory) for a few seconds before it is refused. Bounded by maxTotalBytes.
    timeBoundMs: 20_000,
    build: async () => {
      const header = fileHeader('zeros', 1024 * MiB);
      return ociTar([{ tar: header, diffId: ZERO_DIFF_ID, stored: gzipZeros(header, 1024 * MiB) }]);
    },
    expect: reject('LIMIT_EXCEEDED', /maxRatio/),
  },
];
