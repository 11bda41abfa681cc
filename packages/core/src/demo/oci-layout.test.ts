import { describe, expect, it } from 'vitest';
import { buildImage } from '../image/build-image';
import {
  MEDIA_TYPE_OCI_CONFIG,
  MEDIA_TYPE_OCI_INDEX,
  MEDIA_TYPE_OCI_LAYER_GZIP,
  MEDIA_TYPE_OCI_MANIFEST,
} from '../image/oci';
import { writeOciLayout } from '../image/oci-layout-writer';
import { openImage } from '../image/read/open-image';
import { bytesBlob } from '../image/read/sources';
import { sha256Digest, webPlatform } from '../platform';
import { ScanError } from '../types/errors';
import { findDemoRecipe } from './recipes';

/** Tar members by name (ustar names, no prefix field: the layout's paths are short). */
function members(tar: Uint8Array): Map<string, Uint8Array> {
  const out = new Map<string, Uint8Array>();
  const text = new TextDecoder();
  for (let at = 0; at + 512 <= tar.length; ) {
    const header = tar.subarray(at, at + 512);
    if (header.every((b) => b === 0)) break;
    const name = text.decode(header.subarray(0, 100)).replace(/\0.*$/s, '');
    const size = Number.parseInt(text.decode(header.subarray(124, 136)).replace(/\0.*$/s, '').trim() || '0', 8);
    out.set(name, tar.subarray(at + 512, at + 512 + size));
    at += 512 + Math.ceil(size / 512) * 512;
  }
  return out;
}

function specOf(name: string) {
  const recipe = findDemoRecipe(name);
  if (!recipe) throw new Error(`no recipe ${name}`);
  return recipe.spec();
}

const json = (bytes: Uint8Array | undefined) => JSON.parse(new TextDecoder().decode(bytes)) as Record<string, unknown>;

describe('writeOciLayout', () => {
  it('writes oci-layout, an index naming the tag, and every blob under its digest', async () => {
    const image = await buildImage(specOf('alpine:3.18'));
    const { bytes, manifestDigest } = await writeOciLayout(image, { tag: 'alpine:3.18' });
    const files = members(bytes);
    expect(json(files.get('oci-layout'))).toEqual({ imageLayoutVersion: '1.0.0' });
    expect(files.has('manifest.json')).toBe(false);
    const index = json(files.get('index.json'));
    expect(index.mediaType).toBe(MEDIA_TYPE_OCI_INDEX);
    expect(index.manifests).toEqual([
      expect.objectContaining({
        mediaType: MEDIA_TYPE_OCI_MANIFEST,
        digest: manifestDigest,
        platform: { architecture: 'amd64', os: 'linux' },
        annotations: {
          'io.containerd.image.name': 'docker.io/library/alpine:3.18',
          'org.opencontainers.image.ref.name': '3.18',
        },
      }),
    ]);
    for (const [name, data] of files) {
      if (!name.startsWith('blobs/sha256/') || name.endsWith('/')) continue;
      expect(await sha256Digest(webPlatform, data)).toBe(`sha256:${name.slice('blobs/sha256/'.length)}`);
    }
    const manifest = json(files.get(`blobs/sha256/${manifestDigest.slice(7)}`));
    expect(manifest.config).toEqual({
      mediaType: MEDIA_TYPE_OCI_CONFIG,
      digest: image.config.digest,
      size: image.config.size,
    });
    expect(manifest.layers).toEqual(
      image.layers.map((l) => ({ mediaType: MEDIA_TYPE_OCI_LAYER_GZIP, digest: l.digest, size: l.size })),
    );
  });

  it.each([
    ['alpine:3.18', '3.18', 'alpine:3.18'],
    ['registry.example.com/team/app', 'latest', 'latest'],
    ['localhost:5000/app:v2', 'v2', 'v2'],
  ])('openImage reads the layout written for %s (ref.name %s), selected by tag %s', async (reference, refName, tag) => {
    const image = await buildImage(specOf('busybox:1.36'));
    const { bytes, manifestDigest } = await writeOciLayout(image, { tag: reference });
    const opened = await openImage(bytesBlob(bytes), { tag });
    expect(opened.format).toBe('oci-archive');
    expect(opened.manifestDigest).toBe(manifestDigest);
    expect(opened.refName).toBe(refName);
    expect(opened.layers.map((l) => l.digest)).toEqual(image.layers.map((l) => l.digest));
    expect(opened.config).toEqual(json(image.config.bytes));
  });

  it('an untagged layout opens without a tag and refuses one', async () => {
    const image = await buildImage(specOf('busybox:1.36'));
    const { bytes } = await writeOciLayout(image);
    expect(json(members(bytes).get('index.json')).manifests).toEqual([
      expect.not.objectContaining({ annotations: expect.anything() }),
    ]);
    await expect(openImage(bytesBlob(bytes))).resolves.toBeDefined();
    await expect(openImage(bytesBlob(bytes), { tag: 'nope' })).rejects.toBeInstanceOf(ScanError);
  });

  it('is deterministic', async () => {
    const image = await buildImage(specOf('busybox:1.36'));
    const a = await writeOciLayout(image, { tag: 'busybox:1.36' });
    const b = await writeOciLayout(image, { tag: 'busybox:1.36' });
    expect(a.bytes).toEqual(b.bytes);
  });
});
