import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readlinkSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import type { Platform } from '../platform';
import { buildImage } from './build-image';
import { type ImageSpec, whiteout } from './image-spec';
import type { ImageConfig, ImageManifest } from './oci';

/** The element at `index`, failing the test when it is missing. */
function at<T>(items: readonly T[], index: number): T {
  const item = items[index];
  if (item === undefined) throw new Error(`no element at ${index}`);
  return item;
}

const sha256 = (bytes: Uint8Array) => `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
const json = <T>(bytes: Uint8Array) => JSON.parse(new TextDecoder().decode(bytes)) as T;

const workDir = mkdtempSync(join(tmpdir(), 'build-image-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

const spec: ImageSpec = {
  created: '2024-03-01T10:00:00Z',
  config: {
    Env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'],
    Cmd: ['/bin/sh'],
    ExposedPorts: { '8080/tcp': {} },
    Labels: { 'org.opencontainers.image.title': 'demo' },
    Healthcheck: { Test: ['CMD', 'true'], Interval: 30_000_000_000 },
  },
  layers: [
    {
      createdBy: '/bin/sh -c #(nop) ADD file:base in / ',
      files: [
        { path: 'etc/os-release', content: 'ID=demo\n' },
        { path: 'bin/busybox', content: 'stub', mode: 0o755 },
        { path: 'bin/sh', type: 'symlink', linkTarget: '/bin/busybox' },
      ],
    },
    { createdBy: '/bin/sh -c #(nop)  CMD ["/bin/sh"]', emptyLayer: true, files: [] },
    {
      createdBy: 'RUN rm /etc/motd && adduser app',
      created: '2024-03-02T00:00:00Z',
      comment: 'buildkit.dockerfile.v0',
      files: [whiteout('etc/motd'), { path: 'home/app', type: 'dir', uid: 1000, gid: 1000 }],
    },
  ],
};

describe('buildImage', () => {
  it('stores each layer as gzip whose tar hashes to the diff ID', async () => {
    const image = await buildImage(spec);
    expect(image.layers).toHaveLength(2);
    for (const layer of image.layers) {
      const tar = new Uint8Array(gunzipSync(layer.bytes));
      expect(sha256(tar)).toBe(layer.diffId);
      expect(tar.length).toBe(layer.uncompressedSize);
      expect(sha256(layer.bytes)).toBe(layer.digest);
      expect(layer.size).toBe(layer.bytes.length);
      expect(layer.mediaType).toBe('application/vnd.docker.image.rootfs.diff.tar.gzip');
      // No mtime, no file name: bytes 4-7 are zero and the FNAME flag is unset.
      expect([...layer.bytes.subarray(0, 4)]).toEqual([0x1f, 0x8b, 8, 0]);
      expect([...layer.bytes.subarray(4, 8)]).toEqual([0, 0, 0, 0]);
    }
  });

  it('digests config and manifest over their exact bytes', async () => {
    const image = await buildImage(spec);
    for (const blob of [image.config, image.manifest]) {
      expect(sha256(blob.bytes)).toBe(blob.digest);
      expect(blob.size).toBe(blob.bytes.length);
    }
    expect(image.digest).toBe(image.manifest.digest);
    expect(`sha256:${image.imageId}`).toBe(image.config.digest);
    expect(image.imageId).toMatch(/^[0-9a-f]{64}$/);
    expect(image.size).toBe(
      image.manifest.size + image.config.size + at(image.layers, 0).size + at(image.layers, 1).size,
    );
  });

  it('writes a Docker schema-2 manifest that references the config and layers', async () => {
    const image = await buildImage(spec);
    const manifest = json<ImageManifest>(image.manifest.bytes);
    expect(manifest).toEqual({
      schemaVersion: 2,
      mediaType: 'application/vnd.docker.distribution.manifest.v2+json',
      config: {
        mediaType: 'application/vnd.docker.container.image.v1+json',
        size: image.config.size,
        digest: image.config.digest,
      },
      layers: image.layers.map((l) => ({ mediaType: l.mediaType, size: l.size, digest: l.digest })),
    });
  });

  it('writes the config with defaults, diff IDs and one history entry per step', async () => {
    const image = await buildImage(spec);
    const config = json<ImageConfig>(image.config.bytes);
    expect(config.architecture).toBe('amd64');
    expect(config.os).toBe('linux');
    expect(config.created).toBe(spec.created);
    expect(config.config).toEqual(spec.config);
    expect(config.rootfs).toEqual({ type: 'layers', diff_ids: image.layers.map((l) => l.diffId) });
    expect(config.history).toEqual([
      { created: spec.created, created_by: '/bin/sh -c #(nop) ADD file:base in / ' },
      { created: spec.created, created_by: '/bin/sh -c #(nop)  CMD ["/bin/sh"]', empty_layer: true },
      {
        created: '2024-03-02T00:00:00Z',
        created_by: 'RUN rm /etc/motd && adduser app',
        comment: 'buildkit.dockerfile.v0',
      },
    ]);
  });

  it('serialises JSON with sorted keys and no whitespace', async () => {
    const text = new TextDecoder().decode((await buildImage(spec)).config.bytes);
    expect(text.startsWith('{"architecture":"amd64","config":{"Cmd":["/bin/sh"],"Env":')).toBe(true);
    // Re-serialising the parsed value with JSON.stringify adds no whitespace either.
    expect(JSON.stringify(JSON.parse(text))).toBe(text);
    const keysInOrder = (value: unknown): boolean =>
      typeof value !== 'object' || value === null
        ? true
        : Array.isArray(value)
          ? value.every(keysInOrder)
          : Object.keys(value).join() === Object.keys(value).sort().join() && Object.values(value).every(keysInOrder);
    expect(keysInOrder(JSON.parse(text))).toBe(true);
  });

  it('is deterministic: two builds give identical bytes and digests', async () => {
    const [a, b] = await Promise.all([buildImage(spec), buildImage(structuredClone(spec))]);
    expect(b.digest).toBe(a.digest);
    expect(b.imageId).toBe(a.imageId);
    expect(b.layers.map((l) => l.bytes)).toEqual(a.layers.map((l) => l.bytes));
  });

  it('changes every affected digest when one file changes', async () => {
    const changed = structuredClone(spec);
    at(changed.layers, 0).files[0] = { path: 'etc/os-release', content: 'ID=other\n' };
    const [a, b] = await Promise.all([buildImage(spec), buildImage(changed)]);
    expect(at(b.layers, 0).diffId).not.toBe(at(a.layers, 0).diffId);
    expect(at(b.layers, 1).diffId).toBe(at(a.layers, 1).diffId);
    expect(b.imageId).not.toBe(a.imageId);
    expect(b.digest).not.toBe(a.digest);
  });

  it('extracts a layer blob with `tar -xzf` to the declared files', async () => {
    const image = await buildImage(spec);
    const dir = mkdtempSync(join(workDir, 'layer-'));
    const blobPath = join(workDir, 'layer0.tar.gz');
    writeFileSync(blobPath, at(image.layers, 0).bytes);
    execFileSync('tar', ['-xzf', blobPath, '-C', dir]);
    expect(readFileSync(join(dir, 'etc/os-release'), 'utf8')).toBe('ID=demo\n');
    expect(readlinkSync(join(dir, 'bin/sh'))).toBe('/bin/busybox');
    const listing = execFileSync('tar', ['--utc', '-tvzf', blobPath], {
      encoding: 'utf8',
      env: { ...process.env, TZ: 'UTC' },
    });
    // Layer files carry the step's creation time.
    expect(listing).toContain('2024-03-01 10:00 etc/os-release');
    const upper = join(workDir, 'layer1.tar.gz');
    writeFileSync(upper, at(image.layers, 1).bytes);
    expect(execFileSync('tar', ['-tzf', upper], { encoding: 'utf8' }).split('\n')).toEqual([
      'etc/',
      'etc/.wh.motd',
      'home/',
      'home/app/',
      '',
    ]);
  });

  it('uses the injected platform for every digest', async () => {
    let calls = 0;
    const counting: Platform = {
      sha256: async (bytes) => {
        calls++;
        return new Uint8Array(createHash('sha256').update(bytes).digest());
      },
    };
    await buildImage(spec, counting);
    expect(calls).toBe(2 * 2 + 2); // diff ID + blob digest per layer, then config and manifest
  });

  it.each([
    {
      what: 'an invalid created time',
      patch: (s: ImageSpec) => {
        s.created = 'yesterday';
      },
    },
    {
      what: 'files on an empty-layer step',
      patch: (s: ImageSpec) => {
        at(s.layers, 1).files = [{ path: 'x' }];
      },
    },
    {
      what: 'a path escaping the root',
      patch: (s: ImageSpec) => {
        at(s.layers, 0).files.push({ path: '../x' });
      },
    },
  ])('rejects $what', async ({ patch }) => {
    const broken = structuredClone(spec);
    patch(broken);
    await expect(buildImage(broken)).rejects.toThrow();
  });
});
