/**
 * The hostile-input corpus (issue 9, item 1): image tarballs and package databases built to break a
 * reader — truncated and corrupt compression, non-tar bytes, missing blobs, bad JSON, `../` paths,
 * link loops, bombs, huge and deep names, duplicate entries, garbage package databases.
 *
 * Nothing binary is committed: every case is built here, deterministically and in memory, with the
 * core's own writers (tar writer, image factory, fflate). Each case states what must happen when
 * `acr-scan image <file>` (core `scanImage`) reads it: `reject` with a typed ScanError code, or
 * `handled` (the scan completes; a broken file yields no packages and maybe a warning).
 *
 * `src/image/hostile-corpus.test.ts` runs every case with time and memory bounds; `src/cli/hostile-cli.test.ts`,
 * `mocks/services/uploads-hostile.test.ts` and `e2e/specs/hostile-upload.spec.ts` (through write-corpus.ts) reuse it.
 */
import { gzipSync, zipSync } from 'fflate';
import { concatBytes, writeTar } from '../../src/image/tar-writer';
import { sha256Digest, webPlatform } from '../../src/platform';
import type { ScanErrorCode } from '../../src/types/errors';
import {
  base256Size,
  dockerSave,
  enc,
  exe,
  fakeGoBinary,
  fileHeader,
  garbage,
  gzipZeros,
  layerImage,
  legacyParts,
  MiB,
  nestedJar,
  ociTar,
  patchHeader,
  validDockerArchive,
  ZERO_DIFF_ID,
} from './builders';

/** What must happen when the case is scanned. */
export type HostileOutcome =
  | { outcome: 'reject'; code: ScanErrorCode; message?: RegExp }
  | {
      outcome: 'handled';
      /** A warning the scan must report (the broken file it skipped). */
      warning?: RegExp;
      /** Exact OS package count expected (usually 0 from a broken database). */
      osPackages?: number;
      /** Exact application package count expected. */
      appPackages?: number;
    };

/** One hostile input. */
export interface HostileCase {
  /** Stable kebab-case id (also the file name when written to disk: `<id>.tar`). */
  id: string;
  /** What is wrong with it. */
  title: string;
  group: 'archive' | 'metadata' | 'layer' | 'package-db';
  /** Builds the archive bytes (deterministic). */
  build(): Promise<Uint8Array>;
  expect: HostileOutcome;
  /** Scan with lock-file analyzers on (`acr-scan --lock-files`). */
  lockFiles?: boolean;
  /** Decompresses to hundreds of MiB: run alone, with the memory bound. */
  bomb?: boolean;
  /** A time bound other than the default, with the reason in the case's comment. */
  timeBoundMs?: number;
}

// ---------------------------------------------------------------------------------------------------
// The corpus

const reject = (code: ScanErrorCode, message?: RegExp): HostileOutcome => ({ outcome: 'reject', code, message });
const handled = (extra: Omit<Extract<HostileOutcome, { outcome: 'handled' }>, 'outcome'> = {}): HostileOutcome => ({
  outcome: 'handled',
  ...extra,
});

/** Every hostile case, in a stable order. */
export const HOSTILE_CASES: readonly HostileCase[] = [
  // --- the archive itself -----------------------------------------------------------------------
  {
    id: 'empty-file',
    title: 'a zero-byte file',
    group: 'archive',
    build: async () => new Uint8Array(0),
    expect: reject('INVALID_IMAGE', /empty/),
  },
  {
    id: 'non-tar-bytes',
    title: 'text that is not a tar archive',
    group: 'archive',
    build: async () => enc.encode('this is not an image, just some text\n'.repeat(100)),
    expect: reject('INVALID_IMAGE', /not a tar archive/),
  },
  {
    id: 'random-bytes',
    title: '64 KiB of random bytes',
    group: 'archive',
    build: async () => garbage(64 * 1024),
    expect: reject('INVALID_IMAGE', /not a tar archive/),
  },
  {
    id: 'zero-blocks-only',
    title: 'only the two zero blocks that end a tar',
    group: 'archive',
    build: async () => new Uint8Array(1024),
    expect: reject('INVALID_IMAGE', /empty or not a tar/),
  },
  {
    id: 'truncated-tar',
    title: 'a valid docker save archive cut in the middle',
    group: 'archive',
    build: async () => {
      const archive = await validDockerArchive();
      return archive.subarray(0, Math.floor(archive.length / 2) + 100);
    },
    expect: reject('INVALID_IMAGE', /truncated|neither/),
  },
  {
    id: 'truncated-gzip',
    title: 'a gzip-compressed archive cut in the middle',
    group: 'archive',
    build: async () => {
      const gz = gzipSync(await validDockerArchive(), { mtime: 0 });
      return gz.subarray(0, Math.floor(gz.length / 2));
    },
    expect: reject('INVALID_IMAGE', /corrupt or truncated/),
  },
  {
    id: 'corrupt-gzip-crc',
    title: 'a gzip-compressed archive whose CRC-32 trailer is wrong',
    group: 'archive',
    build: async () => {
      const gz = gzipSync(await validDockerArchive(), { mtime: 0 }).slice();
      const crc = gz.length - 8;
      gz[crc] = (gz[crc] as number) ^ 0xff;
      return gz;
    },
    expect: reject('INVALID_IMAGE', /corrupt or truncated/),
  },
  {
    id: 'gzip-of-non-tar',
    title: 'gzip of plain text',
    group: 'archive',
    build: async () => gzipSync(enc.encode('hello, not a tar\n'.repeat(500)), { mtime: 0 }),
    expect: reject('INVALID_IMAGE', /not a tar archive/),
  },
  {
    id: 'bzip2-archive',
    title: 'a bzip2 signature (unsupported compression)',
    group: 'archive',
    build: async () => concatBytes([enc.encode('BZh91AY&SY'), garbage(1000)]),
    expect: reject('UNSUPPORTED_COMPRESSION', /bzip2/),
  },
  {
    id: 'tar-negative-size',
    title: 'a member whose size field is negative',
    group: 'archive',
    build: async () => patchHeader(await validDockerArchive(), 0, 124, '-0000000001\0'),
    expect: reject('INVALID_IMAGE', /truncated|claims/),
  },
  {
    id: 'tar-non-octal-size',
    title: 'a member whose size field is not octal',
    group: 'archive',
    build: async () => patchHeader(dockerSave('[]', [{ name: 'x', data: 'abc' }]), 0, 124, '99999999999\0'),
    expect: reject('INVALID_IMAGE', /claims/),
  },
  {
    id: 'tar-size-100g',
    title: 'a member header claiming 100 GB (base-256 size) in a small file',
    group: 'archive',
    build: async () => patchHeader(dockerSave('[]', [{ name: 'big', data: 'abc' }]), 0, 124, base256Size(100e9)),
    expect: reject('INVALID_IMAGE', /claims 100000000000 bytes/),
  },
  {
    id: 'tar-bad-checksum',
    title: 'a corrupt header checksum after the first member',
    group: 'archive',
    build: async () => {
      const tar = dockerSave('[]', [{ name: 'a', data: 'abc' }]).slice();
      tar[1024 + 10] = 0x41; // the second header's name, without fixing the checksum
      return tar;
    },
    expect: reject('INVALID_IMAGE', /corrupt tar header/),
  },
  {
    id: 'pax-garbage-records',
    title: 'pax headers of garbage records before a valid image',
    group: 'archive',
    build: async () => {
      const valid = await validDockerArchive();
      const pax = writeTar([{ name: 'PaxHeaders/garbage', data: '999999 path=\n\u0000\u0001\u0002 x=y\nzz' }]);
      // Turn the member into a pax extended header (typeflag `x`) and put it in front of the image.
      return concatBytes([patchHeader(pax.subarray(0, 1024), 0, 156, 'x'), valid]);
    },
    expect: handled({ osPackages: 0 }),
  },
  {
    id: 'pax-size-garbage',
    title: 'a pax header whose size record is not a number',
    group: 'archive',
    build: async () => {
      const pax = writeTar([{ name: 'PaxHeaders/size', data: '15 size=abcdef\n' }]);
      return concatBytes([patchHeader(pax.subarray(0, 1024), 0, 156, 'x'), await validDockerArchive()]);
    },
    expect: reject('INVALID_IMAGE', /claims NaN bytes/),
  },
  {
    id: 'gzip-bomb-archive-10m',
    title: '10 MiB of zeros gzipped to ~10 KiB as the whole archive',
    group: 'archive',
    build: async () => gzipZeros(new Uint8Array(0), 10 * MiB),
    expect: reject('INVALID_IMAGE', /empty or not a tar/),
  },
  {
    id: 'gzip-bomb-archive-1g',
    title: '1 GiB of zeros gzipped to ~1 MiB as the whole archive (must stop at the archive ratio cap)',
    group: 'archive',
    bomb: true,
    build: async () => gzipZeros(new Uint8Array(0), 1024 * MiB),
    expect: reject('LIMIT_EXCEEDED', /maxArchiveRatio/),
  },

  // --- image metadata ---------------------------------------------------------------------------
  {
    id: 'manifest-json-bad-json',
    title: 'manifest.json is not JSON',
    group: 'metadata',
    build: async () => dockerSave('[{"Config": "x.json", '),
    expect: reject('INVALID_IMAGE', /manifest\.json is not valid JSON/),
  },
  {
    id: 'manifest-json-wrong-shape',
    title: 'manifest.json is an object, not an array',
    group: 'metadata',
    build: async () => dockerSave('{"Config": 42, "Layers": "no"}'),
    expect: reject('INVALID_IMAGE', /manifest\.json/),
  },
  {
    id: 'manifest-json-empty-array',
    title: 'manifest.json is an empty array',
    group: 'metadata',
    build: async () => dockerSave('[]'),
    expect: reject('INVALID_IMAGE', /manifest\.json/),
  },
  {
    id: 'manifest-json-binary',
    title: 'manifest.json holds binary bytes (invalid UTF-8)',
    group: 'metadata',
    build: async () => dockerSave(garbage(4096, 3)),
    expect: reject('INVALID_IMAGE', /manifest\.json is not valid JSON/),
  },
  {
    id: 'manifest-json-1000-entries',
    title: 'manifest.json with 1000 entries naming the same image under different tags',
    group: 'metadata',
    build: async () => {
      const parts = await legacyParts();
      const entries = Array.from({ length: 1000 }, (_, i) => ({ ...parts.entry, RepoTags: [`hostile/many:${i}`] }));
      return dockerSave(JSON.stringify(entries), [
        { name: parts.layerPath, data: parts.layer },
        { name: parts.configPath, data: parts.config },
      ]);
    },
    expect: handled({ osPackages: 0 }),
  },
  {
    id: 'manifest-json-deep-nesting',
    title: 'manifest.json nested 100k arrays deep',
    group: 'metadata',
    build: async () => dockerSave(`${'['.repeat(100_000)}${']'.repeat(100_000)}`),
    expect: reject('INVALID_IMAGE', /manifest\.json/),
  },
  {
    id: 'missing-layer-blob',
    title: 'manifest.json names a layer the archive lacks',
    group: 'metadata',
    build: async () => {
      const parts = await legacyParts();
      return dockerSave(JSON.stringify([parts.entry]), [{ name: parts.configPath, data: parts.config }]);
    },
    expect: reject('MISSING_BLOB', /layer 0/),
  },
  {
    id: 'missing-config',
    title: 'manifest.json names a config the archive lacks',
    group: 'metadata',
    build: async () => {
      const parts = await legacyParts();
      return dockerSave(JSON.stringify([parts.entry]), [{ name: parts.layerPath, data: parts.layer }]);
    },
    expect: reject('MISSING_BLOB', /config/),
  },
  {
    id: 'config-bad-json',
    title: 'the image config is not JSON',
    group: 'metadata',
    build: async () => {
      const parts = await legacyParts();
      return dockerSave(JSON.stringify([{ ...parts.entry, Config: 'config.json' }]), [
        { name: parts.layerPath, data: parts.layer },
        { name: 'config.json', data: '{"rootfs": ' },
      ]);
    },
    expect: reject('INVALID_IMAGE', /not valid JSON/),
  },
  {
    id: 'config-diff-ids-mismatch',
    title: 'the config lists no diff_ids for a one-layer image',
    group: 'metadata',
    build: async () => {
      const parts = await legacyParts();
      const config = JSON.stringify({ architecture: 'amd64', os: 'linux', rootfs: { type: 'layers', diff_ids: [] } });
      return dockerSave(JSON.stringify([{ ...parts.entry, Config: 'config.json' }]), [
        { name: parts.layerPath, data: parts.layer },
        { name: 'config.json', data: config },
      ]);
    },
    expect: reject('INVALID_IMAGE', /diff_ids/),
  },
  {
    id: 'index-json-dangling',
    title: 'index.json points to a manifest that is not in the layout',
    group: 'metadata',
    build: async () => {
      const index = {
        schemaVersion: 2,
        manifests: [{ mediaType: 'application/vnd.oci.image.manifest.v1+json', digest: ZERO_DIFF_ID, size: 300 }],
      };
      return writeTar([
        { name: 'oci-layout', data: '{"imageLayoutVersion":"1.0.0"}' },
        { name: 'index.json', data: JSON.stringify(index) },
      ]);
    },
    expect: reject('MISSING_BLOB'),
  },
  {
    id: 'index-json-bad-json',
    title: 'index.json is not JSON',
    group: 'metadata',
    build: async () => writeTar([{ name: 'index.json', data: '{"manifests": [' }]),
    expect: reject('INVALID_IMAGE', /index\.json/),
  },
  {
    id: 'oci-blob-digest-mismatch',
    title: 'an OCI layer blob whose bytes do not hash to its name',
    group: 'metadata',
    build: async () => {
      const tar = writeTar([{ name: 'etc/hostname', data: 'x\n' }]);
      const stored = gzipSync(tar, { mtime: 0 });
      const tampered = gzipSync(writeTar([{ name: 'etc/hostname', data: 'y\n' }]), { mtime: 0 });
      return ociTar([{ tar, stored: tampered, digest: await sha256Digest(webPlatform, stored) }]);
    },
    expect: reject('DIGEST_MISMATCH'),
  },
  {
    id: 'diff-id-mismatch',
    title: 'a layer whose tar does not hash to the config diff_id',
    group: 'metadata',
    build: async () => ociTar([{ tar: writeTar([{ name: 'a', data: 'a' }]), diffId: ZERO_DIFF_ID }]),
    expect: reject('DIGEST_MISMATCH', /diffId/),
  },
  {
    id: 'same-layer-twice',
    title: 'the same layer listed twice in one image',
    group: 'metadata',
    build: async () => {
      const tar = writeTar([{ name: 'etc/alpine-release', data: '3.18.4\n' }]);
      return ociTar([{ tar }, { tar }]);
    },
    expect: handled({ osPackages: 0 }),
  },

  // --- layer streams and entries ----------------------------------------------------------------
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

  // --- package databases and manifests ----------------------------------------------------------
  {
    id: 'dpkg-status-binary',
    title: 'dpkg status of random bytes',
    group: 'package-db',
    build: () => layerImage([{ name: 'var/lib/dpkg/status', data: garbage(256 * 1024, 11) }]),
    expect: handled({ osPackages: 0 }),
  },
  {
    id: 'dpkg-status-1mb-line',
    title: 'dpkg status of a single 1 MB line',
    group: 'package-db',
    build: () => layerImage([{ name: 'var/lib/dpkg/status', data: `Package: ${'x'.repeat(1024 * 1024)}` }]),
    expect: handled({ osPackages: 0 }),
  },
  {
    id: 'dpkg-status-no-package-field',
    title: 'dpkg stanzas without Package:',
    group: 'package-db',
    build: () =>
      layerImage([
        {
          name: 'var/lib/dpkg/status',
          data: 'Status: install ok installed\nVersion: 1.0\n\nVersion: 2.0\nArchitecture: amd64\n',
        },
      ]),
    expect: handled({ osPackages: 0 }),
  },
  {
    id: 'apk-installed-garbage',
    title: 'apk installed database of random bytes and a field-less record',
    group: 'package-db',
    build: () =>
      layerImage([
        { name: 'etc/alpine-release', data: '3.18.4\n' },
        { name: 'lib/apk/db/installed', data: concatBytes([garbage(64 * 1024, 5), enc.encode('\n\nV:\nP:\n::::\n')]) },
      ]),
    expect: handled({ osPackages: 0 }),
  },
  {
    id: 'rpmdb-sqlite-junk',
    title: 'rpmdb.sqlite with the SQLite header followed by junk',
    group: 'package-db',
    build: () =>
      layerImage([
        { name: 'var/lib/rpm/rpmdb.sqlite', data: concatBytes([enc.encode('SQLite format 3\0'), garbage(8192, 13)]) },
      ]),
    expect: handled({ osPackages: 0, warning: /rpm: var\/lib\/rpm\/rpmdb\.sqlite/ }),
  },
  {
    id: 'rpmdb-bdb-junk',
    title: 'a BerkeleyDB Packages file of junk',
    group: 'package-db',
    build: () => layerImage([{ name: 'var/lib/rpm/Packages', data: garbage(16 * 1024, 17) }]),
    expect: handled({ osPackages: 0, warning: /rpm: var\/lib\/rpm\/Packages/ }),
  },
  {
    id: 'package-json-deep-nesting',
    title: 'package.json nested 10k objects deep',
    group: 'package-db',
    build: () =>
      layerImage([
        {
          name: 'app/node_modules/deep/package.json',
          data: `{"name":"deep","version":"1.0.0","x":${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}}`,
        },
      ]),
    expect: handled({ appPackages: 1 }),
  },
  {
    id: 'package-json-non-object',
    title: 'package.json files that are an array, a string, null, huge numbers and bad JSON',
    group: 'package-db',
    build: () =>
      layerImage([
        { name: 'app/node_modules/arr/package.json', data: '[1,2,3]' },
        { name: 'app/node_modules/str/package.json', data: '"package"' },
        { name: 'app/node_modules/nul/package.json', data: 'null' },
        { name: 'app/node_modules/num/package.json', data: '{"name":1e999,"version":123456789012345678901234567890}' },
        { name: 'app/node_modules/bad/package.json', data: '{"name": "bad", ' },
      ]),
    expect: handled({ appPackages: 0, warning: /node-pkg: app\/node_modules\/bad\/package\.json/ }),
  },
  {
    id: 'package-lock-garbage',
    title: 'package-lock.json with a non-object packages map, deep nesting and bad entries',
    group: 'package-db',
    lockFiles: true,
    build: () =>
      layerImage([
        { name: 'app/package-lock.json', data: '{"lockfileVersion":3,"packages":"nope","dependencies":[1,2]}' },
        {
          name: 'srv/package-lock.json',
          data: `{"lockfileVersion":1,"dependencies":{"a":{"version":1e999,"dependencies":${'{"b":{"dependencies":'.repeat(5000)}{}${'}}'.repeat(5000)}}}}`,
        },
        { name: 'opt/package-lock.json', data: garbage(4096, 19) },
      ]),
    expect: handled({ warning: /npm: opt\/package-lock\.json/ }),
  },
  {
    id: 'requirements-garbage',
    title: 'requirements.txt of binary bytes and absurd lines',
    group: 'package-db',
    lockFiles: true,
    build: () =>
      layerImage([
        {
          name: 'app/requirements.txt',
          data: concatBytes([
            garbage(8192, 23),
            enc.encode(
              `\n==\n===1\n${'a'.repeat(100_000)}==1.0\nflask==${'9'.repeat(5000)}\n-r ../../../../etc/passwd\n`,
            ),
          ]),
        },
      ]),
    expect: handled(),
  },
  {
    id: 'python-metadata-garbage',
    title: 'dist-info METADATA of binary bytes, and one without Name/Version',
    group: 'package-db',
    build: () =>
      layerImage([
        { name: 'usr/lib/python3/site-packages/x-1.0.dist-info/METADATA', data: garbage(16 * 1024, 29) },
        {
          name: 'usr/lib/python3/site-packages/y-1.0.dist-info/METADATA',
          data: 'Metadata-Version: 2.1\nSummary: no name\n',
        },
      ]),
    expect: handled({ appPackages: 0 }),
  },
  {
    id: 'jar-not-a-zip',
    title: 'a .jar that is random bytes',
    group: 'package-db',
    build: () => layerImage([{ name: 'app/lib/evil.jar', data: garbage(4096, 31) }]),
    expect: handled({ appPackages: 0, warning: /jar: app\/lib\/evil\.jar/ }),
  },
  {
    id: 'jar-nested-fanout',
    title: 'jars nested 12 deep, each holding two copies of the next (4096 leaves)',
    group: 'package-db',
    build: () => layerImage([{ name: 'app/lib/nest.jar', data: nestedJar(12) }]),
    expect: handled(),
  },
  {
    id: 'jar-zip-bomb-pom',
    title: 'a jar whose pom.properties inflates to 200 MiB of zeros',
    group: 'package-db',
    bomb: true,
    build: async () => {
      const zeros = new Uint8Array(200 * MiB);
      const jar = zipSync({ 'META-INF/maven/g/a/pom.properties': [zeros, { level: 9 }] });
      return layerImage([{ name: 'app/lib/bomb-1.0.jar', data: jar }]);
    },
    expect: handled(),
  },
  {
    id: 'jar-corrupt-pom-properties',
    title: 'a jar whose pom.properties is binary junk',
    group: 'package-db',
    build: () =>
      layerImage([
        { name: 'app/lib/junk.jar', data: zipSync({ 'META-INF/maven/g/a/pom.properties': garbage(2048, 37) }) },
      ]),
    expect: handled(),
  },
  {
    id: 'go-buildinfo-junk',
    title: 'an ELF executable with a Go build-info marker followed by junk',
    group: 'package-db',
    build: () => layerImage([{ name: 'usr/local/bin/app', data: fakeGoBinary(), mode: exe }]),
    expect: handled({ appPackages: 0 }),
  },
  {
    id: 'os-release-binary',
    title: 'os-release of binary bytes, and alpine-release of junk',
    group: 'package-db',
    build: () =>
      layerImage([
        { name: 'etc/os-release', data: garbage(4096, 41) },
        { name: 'etc/alpine-release', data: garbage(512, 43) },
      ]),
    expect: handled({ osPackages: 0 }),
  },
];

/** The case named `id` (throws when there is none, so a typo fails loudly). */
export function hostileCase(id: string): HostileCase {
  const found = HOSTILE_CASES.find((c) => c.id === id);
  if (!found) throw new Error(`no hostile case ${id}`);
  return found;
}
