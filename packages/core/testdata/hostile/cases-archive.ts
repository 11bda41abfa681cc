/**
 * Hostile cases: the archive itself: empty, non-tar, truncated and corrupt compression, broken tar headers,
 * archive bombs.
 */
import { gzipSync } from 'fflate';
import { concatBytes, writeTar } from '../../src/image/tar-writer';
import { base256Size, dockerSave, enc, garbage, gzipZeros, MiB, patchHeader, validDockerArchive } from './builders';
import { type HostileCase, handled, reject } from './case-types';

export const ARCHIVE_CASES: readonly HostileCase[] = [
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
];
