/**
 * Builders of the hostile corpus (build-corpus.ts): valid images to break, raw tar header surgery, gzip bombs
 * streamed from zeros, deterministic garbage, and fake Go binaries and nested jars. Everything is in memory and a
 * pure function of its arguments.
 */
import { crc32 } from 'node:zlib';
import { Gzip, gzipSync, zipSync } from 'fflate';
import { buildImage } from '../../src/image/build-image';
import { writeDockerArchive } from '../../src/image/docker-archive';
import { rawLayerLayout, tarOfFiles } from '../../src/image/read/test-images';
import { concatBytes, type TarEntry, writeTar } from '../../src/image/tar-writer';
import { sha256Digest, webPlatform } from '../../src/platform';

export const enc = new TextEncoder();
export const MiB = 1024 * 1024;
export const ZERO_DIFF_ID = `sha256:${'0'.repeat(64)}`;

/** A small valid single-layer image (an Alpine-like root) as a Docker 25+ `docker save` archive. */
export async function validDockerArchive(): Promise<Uint8Array> {
  const image = await buildImage({
    created: '2024-01-01T00:00:00Z',
    config: { Cmd: ['/bin/sh'] },
    layers: [{ createdBy: 'ADD rootfs', files: [{ path: 'etc/alpine-release', content: '3.18.4\n' }] }],
  });
  return writeDockerArchive(image, ['hostile/base:1']);
}

/** An OCI layout tar around raw layers (each a tar, gzipped unless `stored` is given). */
export async function ociTar(layers: { tar: Uint8Array; stored?: Uint8Array; diffId?: string; digest?: string }[]) {
  const files = await rawLayerLayout(layers.map((l) => ({ stored: l.stored ?? gzipSync(l.tar, { mtime: 0 }), ...l })));
  return tarOfFiles(files);
}

/** An image whose single layer holds `entries`. */
export const layerImage = (entries: TarEntry[]) => ociTar([{ tar: writeTar(entries) }]);

/** A legacy `docker save` archive from explicit members, with `manifest.json` as given. */
export function dockerSave(manifestJson: string | Uint8Array, members: TarEntry[] = []): Uint8Array {
  return writeTar([...members, { name: 'manifest.json', data: manifestJson }]);
}

/** A well-formed legacy archive's parts: a layer tar, its config and the manifest entry naming them. */
export async function legacyParts(layerEntries: TarEntry[] = [{ name: 'etc/hostname', data: 'x\n' }]) {
  const layer = writeTar(layerEntries);
  const diffId = await sha256Digest(webPlatform, layer);
  const config = enc.encode(
    JSON.stringify({
      architecture: 'amd64',
      os: 'linux',
      config: {},
      rootfs: { type: 'layers', diff_ids: [diffId] },
      history: [{ created_by: 'ADD rootfs' }],
    }),
  );
  const configHex = (await sha256Digest(webPlatform, config)).slice('sha256:'.length);
  const layerPath = `${diffId.slice(7, 71)}/layer.tar`;
  return {
    layer,
    layerPath,
    config,
    configPath: `${configHex}.json`,
    entry: { Config: `${configHex}.json`, RepoTags: ['hostile/legacy:1'], Layers: [layerPath] },
  };
}

/** Rewrites `field` (offset, length) of the tar header at `at` and fixes its checksum. */
export function patchHeader(tar: Uint8Array, at: number, offset: number, value: Uint8Array | string): Uint8Array {
  const out = tar.slice();
  const bytes = typeof value === 'string' ? enc.encode(value) : value;
  out.set(bytes, at + offset);
  let sum = 0;
  for (let i = 0; i < 512; i++) sum += i >= 148 && i < 156 ? 0x20 : (out[at + i] as number);
  out.set(enc.encode(`${sum.toString(8).padStart(6, '0')}\0 `), at + 148);
  return out;
}

/** Size field (12 bytes) in GNU base-256, for sizes beyond the 8 GiB octal range. */
export function base256Size(size: number): Uint8Array {
  const field = new Uint8Array(12);
  let rest = size;
  for (let i = 11; i > 0; i--) {
    field[i] = rest % 256;
    rest = Math.floor(rest / 256);
  }
  field[0] = 0x80;
  return field;
}

/**
 * gzip of `prefix` followed by `zeros` zero bytes, streamed so the zeros are never held at once. For whole
 * MiBs, once the deflate window is all zeros every sync-flushed MiB encodes to the same bytes, so those are
 * compressed once and repeated (a GiB bomb builds in milliseconds instead of seconds); the trailer's CRC-32
 * comes from node:zlib.
 */
export function gzipZeros(prefix: Uint8Array, zeros: number): Uint8Array {
  const out: Uint8Array[] = [];
  let pending: Uint8Array[] = [];
  const gz = new Gzip({ level: 9, mtime: 0 }, (chunk) => pending.push(chunk));
  const take = () => {
    const bytes = concatBytes(pending);
    pending = [];
    return bytes;
  };
  const mib = new Uint8Array(MiB);
  gz.push(prefix);
  if (zeros % MiB !== 0 || zeros < 8 * MiB) {
    for (let left = zeros; left > 0; left -= MiB) gz.push(mib.subarray(0, Math.min(MiB, left)));
    gz.push(new Uint8Array(0), true);
    return take();
  }
  const steps: Uint8Array[] = [];
  for (let i = 0; i < 4; i++) {
    gz.push(mib);
    gz.flush(true);
    steps.push(take());
  }
  const [, , third, fourth] = steps;
  if (!third || !fourth || third.length !== fourth.length || !third.every((b, i) => b === fourth[i])) {
    throw new Error('gzipZeros: deflate output did not settle');
  }
  out.push(...steps);
  for (let i = 4; i < zeros / MiB; i++) out.push(fourth);
  let crc = crc32(prefix);
  for (let i = 0; i < zeros / MiB; i++) crc = crc32(mib, crc);
  const trailer = new DataView(new ArrayBuffer(10));
  trailer.setUint8(0, 0x03); // a final, empty fixed-Huffman block
  trailer.setUint32(2, crc, true);
  trailer.setUint32(6, (prefix.length + zeros) % 2 ** 32, true);
  out.push(new Uint8Array(trailer.buffer));
  return concatBytes(out);
}

/** A tar header (512 bytes) for a regular file `name` claiming `size` bytes. */
export function fileHeader(name: string, size: number): Uint8Array {
  const header = writeTar([{ name, data: '' }]).slice(0, 512);
  return patchHeader(header, 0, 124, `${size.toString(8).padStart(11, '0')}\0`);
}

/** Deterministic pseudo-random bytes (xorshift32), for "binary garbage". */
export function garbage(length: number, seed = 0x9e3779b9): Uint8Array {
  const out = new Uint8Array(length);
  let x = seed >>> 0;
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    out[i] = x & 0xff;
  }
  return out;
}

/** A minimal ELF64 header followed by a Go build-info marker and junk. */
export function fakeGoBinary(): Uint8Array {
  const bytes = garbage(8192, 7);
  bytes.set([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0], 0);
  bytes.set([0xff, ...enc.encode(' Go buildinf:'), 8, 2, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff], 4096);
  return bytes;
}

/** Nested jars `depth` deep, each holding the next. */
export function nestedJar(depth: number): Uint8Array {
  let inner = zipSync({ 'META-INF/maven/g/a/pom.properties': enc.encode('groupId=g\nartifactId=a\nversion=1\n') });
  for (let i = 0; i < depth; i++) inner = zipSync({ [`lib/level${i}.jar`]: inner, [`lib/copy${i}.jar`]: inner });
  return inner;
}

export const exe = 0o755;
