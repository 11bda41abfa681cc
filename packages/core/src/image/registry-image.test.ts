import { gunzipSync, gzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { sha256Digest, webPlatform } from '../platform';
import { ScanError } from '../types/errors';
import { listArchiveImages } from './archive-images';
import { buildImage } from './build-image';
import { writeDockerArchive } from './docker-archive';
import type { ImageSpec } from './image-spec';
import { MEDIA_TYPE_DOCKER_LAYER_GZIP, MEDIA_TYPE_DOCKER_MANIFEST, MEDIA_TYPE_OCI_MANIFEST } from './oci';
import { writeOciLayout } from './oci-layout-writer';
import { legacyDockerArchive, ociLayoutFiles, tarOfFiles } from './read/test-images';
import { toRegistryImage } from './registry-image';
import { writeTar } from './tar-writer';

const spec = (name: string, os = 'linux'): ImageSpec => ({
  os,
  created: '2024-01-01T00:00:00Z',
  config: { Cmd: ['/bin/sh'] },
  layers: [
    { createdBy: 'ADD rootfs /', files: [{ path: 'etc/os-release', content: `ID=${name}\n` }] },
    { createdBy: 'RUN install', files: [{ path: 'app/main', content: `binary of ${name}` }] },
  ],
});

async function expectCode(promise: Promise<unknown>, code: string, message?: RegExp) {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ScanError);
  expect((error as ScanError).code).toBe(code);
  if (message) expect((error as ScanError).message).toMatch(message);
}

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe('toRegistryImage', async () => {
  const image = await buildImage(spec('app'));

  it('keeps a Docker 25+ docker save archive as it is: same blobs, same manifest digest', async () => {
    const result = await toRegistryImage(writeDockerArchive(image, ['demo/app:1.0']));
    expect(result.digest).toBe(image.digest);
    expect(result.manifest.bytes).toEqual(image.manifest.bytes);
    expect(result.config.digest).toBe(image.config.digest);
    expect(result.imageId).toBe(image.imageId);
    expect(result.layers.map((l) => l.digest)).toEqual(image.layers.map((l) => l.digest));
    expect(result.layers.map((l) => l.diffId)).toEqual(image.layers.map((l) => l.diffId));
    expect(result.size).toBe(image.size);
    expect(result.repoTags).toEqual(['demo/app:1.0']);
    expect(result.platform).toEqual({ os: 'linux', architecture: 'amd64' });
    expect(result.manifestRewritten).toBe(false);
  });

  it('gzips the uncompressed layers of a legacy docker save and writes a schema-2 manifest that matches', async () => {
    const result = await toRegistryImage(legacyDockerArchive(image, ['app:1.0']));
    expect(result.manifestRewritten).toBe(true);
    expect(result.manifest.mediaType).toBe(MEDIA_TYPE_DOCKER_MANIFEST);
    const manifest = JSON.parse(text(result.manifest.bytes));
    expect(manifest.config).toEqual({
      mediaType: 'application/vnd.docker.container.image.v1+json',
      digest: image.config.digest,
      size: image.config.size,
    });
    for (const [i, layer] of result.layers.entries()) {
      expect(layer.mediaType).toBe(MEDIA_TYPE_DOCKER_LAYER_GZIP);
      expect(layer.bytes[0]).toBe(0x1f);
      expect(await sha256Digest(webPlatform, layer.bytes)).toBe(layer.digest);
      expect(gunzipSync(layer.bytes)).toEqual(gunzipSync(image.layers[i]?.bytes ?? new Uint8Array()));
      expect(manifest.layers[i]).toEqual({ mediaType: layer.mediaType, digest: layer.digest, size: layer.size });
    }
    expect(await sha256Digest(webPlatform, result.manifest.bytes)).toBe(result.digest);
    expect(result.size).toBe(
      result.manifest.size + result.config.size + result.layers.reduce((sum, l) => sum + l.size, 0),
    );
  });

  it('reads an OCI image-layout tar and keeps its OCI manifest', async () => {
    const layout = await writeOciLayout(image, { tag: 'app:2.0' });
    const result = await toRegistryImage(layout.bytes);
    expect(result.digest).toBe(layout.manifestDigest);
    expect(result.manifest.mediaType).toBe(MEDIA_TYPE_OCI_MANIFEST);
    expect(result.format).toBe('oci-archive');
    expect(result.repoTags).toEqual(['docker.io/library/app:2.0']);
    expect(result.layers.map((l) => l.digest)).toEqual(image.layers.map((l) => l.digest));
  });

  it('accepts a gzip-compressed tarball (image.tar.gz)', async () => {
    const result = await toRegistryImage(gzipSync(writeDockerArchive(image, ['app:1.0'])));
    expect(result.digest).toBe(image.digest);
  });

  it('lets the caller pick one image of a multi-image archive by tag, and refuses to guess', async () => {
    const other = await buildImage(spec('other'));
    const files = await ociLayoutFiles([
      { image, refName: 'one' },
      { image: other, refName: 'two' },
    ]);
    const archive = tarOfFiles(files);
    expect(await listArchiveImages(archive)).toEqual([{ repoTags: ['one'] }, { repoTags: ['two'] }]);
    await expectCode(toRegistryImage(archive), 'INVALID_IMAGE', /holds 2 images \(one, two\); choose one by tag/);
    expect((await toRegistryImage(archive, { tag: 'two' })).digest).toBe(other.digest);
  });

  it('lists one image per manifest.json entry of a docker archive, not one per tag', async () => {
    expect(await listArchiveImages(writeDockerArchive(image, ['app:1.0', 'app:latest']))).toEqual([
      { repoTags: ['app:1.0', 'app:latest'] },
    ]);
  });

  it('refuses bytes that are not a tar', async () => {
    await expectCode(
      toRegistryImage(new TextEncoder().encode('hello, not a tar'.repeat(64))),
      'INVALID_IMAGE',
      /not a tar/,
    );
    await expectCode(toRegistryImage(new Uint8Array()), 'INVALID_IMAGE', /empty/);
  });

  it('refuses a truncated archive', async () => {
    const bytes = writeDockerArchive(image, ['app:1.0']);
    // Cut inside a member, and cut exactly at a member boundary (before manifest.json).
    await expectCode(
      toRegistryImage(bytes.subarray(0, Math.floor(bytes.length / 2) + 100)),
      'INVALID_IMAGE',
      /truncated/,
    );
    await expectCode(toRegistryImage(bytes.subarray(0, 512 * 8)), 'INVALID_IMAGE', /truncated/);
  });

  it('refuses a corrupt layer: its bytes no longer hash to the digest that names them', async () => {
    const legacy = legacyDockerArchive(image, ['app:1.0']);
    // Flip one byte inside the first layer.tar body (after the manifest path headers).
    const corrupt = legacy.slice();
    const needle = new TextEncoder().encode('etc/os-release');
    const at = indexOf(corrupt, needle, 1024);
    expect(at).toBeGreaterThan(0);
    corrupt[at] = 0x78;
    await expectCode(toRegistryImage(corrupt), 'DIGEST_MISMATCH', /diff_id/);
  });

  it('refuses an archive whose manifest names a layer it does not hold', async () => {
    const layerHex = image.layers[1]?.digest.slice('sha256:'.length);
    const archive = writeTar([
      { name: `blobs/sha256/${image.config.digest.slice(7)}`, data: image.config.bytes },
      { name: `blobs/sha256/${image.layers[0]?.digest.slice(7)}`, data: image.layers[0]?.bytes ?? new Uint8Array() },
      {
        name: 'manifest.json',
        data: JSON.stringify([
          {
            Config: `blobs/sha256/${image.config.digest.slice(7)}`,
            RepoTags: ['app:1.0'],
            Layers: [`blobs/sha256/${image.layers[0]?.digest.slice(7)}`, `blobs/sha256/${layerHex}`],
          },
        ]),
      },
    ]);
    await expectCode(toRegistryImage(archive), 'MISSING_BLOB', /layer 1/);
  });

  it('refuses an image that is not for linux', async () => {
    const windows = await buildImage(spec('win', 'windows'));
    await expectCode(toRegistryImage(writeDockerArchive(windows, ['win:1'])), 'PLATFORM_NOT_FOUND', /only linux/);
  });
});

function indexOf(haystack: Uint8Array, needle: Uint8Array, from: number): number {
  outer: for (let i = from; i <= haystack.length - needle.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}
