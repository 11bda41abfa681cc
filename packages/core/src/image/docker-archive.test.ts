import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BuiltImage, buildImage } from './build-image';
import { normalizeImageName, writeDockerArchive } from './docker-archive';
import type { DockerArchiveManifestEntry, ImageIndex } from './oci';

const workDir = mkdtempSync(join(tmpdir(), 'docker-archive-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

let image: BuiltImage;
let extracted: string;

beforeAll(async () => {
  image = await buildImage({
    created: '2023-05-09T23:11:10Z',
    config: { Cmd: ['/bin/sh'] },
    layers: [
      { createdBy: 'ADD rootfs', files: [{ path: 'etc/alpine-release', content: '3.18.0\n' }] },
      { createdBy: 'COPY app', files: [{ path: 'srv/app/index.html', content: '<h1>hi</h1>\n' }] },
    ],
  });
  const archive = join(workDir, 'image.tar');
  writeFileSync(archive, writeDockerArchive(image, ['alpine:3.18', 'registry.example.com/team/alpine']));
  extracted = mkdtempSync(join(workDir, 'x-'));
  execFileSync('tar', ['-xf', archive, '-C', extracted]);
});

/** The element at `index`, failing the test when it is missing. */
function at<T>(items: readonly T[], index: number): T {
  const item = items[index];
  if (item === undefined) throw new Error(`no element at ${index}`);
  return item;
}

const read = (path: string) => readFileSync(join(extracted, path));
const readJson = <T>(path: string) => JSON.parse(read(path).toString('utf8')) as T;

describe('writeDockerArchive', () => {
  it('writes manifest.json whose Config and Layers exist in the archive', () => {
    const entries = readJson<DockerArchiveManifestEntry[]>('manifest.json');
    expect(entries).toHaveLength(1);
    const entry = at(entries, 0);
    expect(entry.RepoTags).toEqual(['alpine:3.18', 'registry.example.com/team/alpine:latest']);
    expect(entry.Config).toBe(`blobs/sha256/${image.imageId}`);
    expect(new Uint8Array(read(entry.Config))).toEqual(image.config.bytes);
    expect(entry.Layers).toEqual(image.layers.map((l) => `blobs/sha256/${l.digest.slice(7)}`));
    for (const [i, layer] of entry.Layers.entries())
      expect(new Uint8Array(read(layer))).toEqual(at(image.layers, i).bytes);
  });

  it('also stores the config as <image id>.json for pre-OCI readers', () => {
    expect(new Uint8Array(read(`${image.imageId}.json`))).toEqual(image.config.bytes);
  });

  it('is a valid OCI image layout: oci-layout, index.json and the manifest blob', () => {
    expect(readJson<unknown>('oci-layout')).toEqual({ imageLayoutVersion: '1.0.0' });
    const index = readJson<ImageIndex>('index.json');
    expect(index.mediaType).toBe('application/vnd.oci.image.index.v1+json');
    expect(index.manifests.map((m) => m.annotations)).toEqual([
      { 'io.containerd.image.name': 'docker.io/library/alpine:3.18', 'org.opencontainers.image.ref.name': '3.18' },
      {
        'io.containerd.image.name': 'registry.example.com/team/alpine:latest',
        'org.opencontainers.image.ref.name': 'latest',
      },
    ]);
    for (const descriptor of index.manifests) {
      expect(descriptor).toMatchObject({
        digest: image.digest,
        size: image.manifest.size,
        mediaType: image.manifest.mediaType,
      });
      expect(new Uint8Array(read(`blobs/sha256/${descriptor.digest.slice(7)}`))).toEqual(image.manifest.bytes);
    }
  });

  it('stores layers as gzip that `tar -xzf` extracts to the expected files', () => {
    const layers = at(readJson<DockerArchiveManifestEntry[]>('manifest.json'), 0).Layers;
    const out = mkdtempSync(join(workDir, 'rootfs-'));
    for (const layer of layers) execFileSync('tar', ['-xzf', join(extracted, layer), '-C', out]);
    expect(readFileSync(join(out, 'etc/alpine-release'), 'utf8')).toBe('3.18.0\n');
    expect(readFileSync(join(out, 'srv/app/index.html'), 'utf8')).toBe('<h1>hi</h1>\n');
  });

  it('lists exactly the expected members', () => {
    const members = execFileSync('tar', ['-tf', join(workDir, 'image.tar')], { encoding: 'utf8' })
      .trim()
      .split('\n');
    expect(members.sort()).toEqual(
      [
        'blobs/',
        'blobs/sha256/',
        ...[...image.layers, image.config, image.manifest].map((b) => `blobs/sha256/${b.digest.slice(7)}`),
        `${image.imageId}.json`,
        'index.json',
        'manifest.json',
        'oci-layout',
      ].sort(),
    );
  });

  it('is deterministic and writes each shared blob once', async () => {
    const twin = await buildImage({
      created: '2023-05-09T23:11:10Z',
      config: {},
      layers: [
        { createdBy: 'a', files: [] },
        { createdBy: 'b', files: [] },
      ],
    });
    expect(at(twin.layers, 0).digest).toBe(at(twin.layers, 1).digest);
    const bytes = writeDockerArchive(twin, []);
    expect(writeDockerArchive(twin, [])).toEqual(bytes);
    const path = join(workDir, 'twin.tar');
    writeFileSync(path, bytes);
    const members = execFileSync('tar', ['-tf', path], { encoding: 'utf8' }).trim().split('\n');
    expect(members.filter((m) => m === `blobs/sha256/${at(twin.layers, 0).digest.slice(7)}`)).toHaveLength(1);
    const dir = mkdtempSync(join(workDir, 'twin-'));
    execFileSync('tar', ['-xf', path, '-C', dir]);
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as DockerArchiveManifestEntry[];
    expect(manifest[0]?.RepoTags).toEqual([]);
    expect(manifest[0]?.Layers).toHaveLength(2);
    expect(existsSync(join(dir, at(at(manifest, 0).Layers, 1)))).toBe(true);
    expect(
      (JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')) as ImageIndex).manifests[0]?.annotations,
    ).toBeUndefined();
  });
});

describe('normalizeImageName', () => {
  it.each([
    ['alpine:3.18', 'docker.io/library/alpine:3.18'],
    ['bitnami/nginx:1.25', 'docker.io/bitnami/nginx:1.25'],
    ['localhost/app:1', 'localhost/app:1'],
    ['registry.cn-hangzhou.aliyuncs.com/ns/app:v1', 'registry.cn-hangzhou.aliyuncs.com/ns/app:v1'],
    ['myregistry:5000/app:v1', 'myregistry:5000/app:v1'],
  ])('%s -> %s', (input, expected) => {
    expect(normalizeImageName(input)).toBe(expected);
  });
});
