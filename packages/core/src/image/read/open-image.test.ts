import { gzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildImage } from '../build-image';
import { writeDockerArchive } from '../docker-archive';
import type { ImageSpec } from '../image-spec';
import { writeTar } from '../tar-writer';
import { openImage } from './open-image';
import { type BlobLike, bytesBlob, memoryDirectory } from './sources';
import { legacyDockerArchive, ociLayoutFiles, rawLayerLayout, tarOfFiles } from './test-images';
import { expectScanError } from './walk-test-support';

const spec = (architecture = 'amd64', variant?: string): ImageSpec => ({
  architecture,
  variant,
  created: '2024-01-01T00:00:00Z',
  config: { Cmd: ['/bin/sh'] },
  layers: [
    { createdBy: 'ADD rootfs /', files: [{ path: 'etc/os-release', content: `ID=test\nARCH=${architecture}\n` }] },
    { createdBy: 'CMD ["/bin/sh"]', files: [], emptyLayer: true },
    { createdBy: 'RUN install app', files: [{ path: 'app/main', content: 'binary' }] },
  ],
});

describe('openImage: storage forms', async () => {
  const image = await buildImage(spec());
  const layout = await ociLayoutFiles([{ image }]);
  const cases: [string, () => BlobLike | ReturnType<typeof memoryDirectory>, string, string[], boolean][] = [
    [
      'docker save (Docker 25+, OCI inside)',
      () => bytesBlob(writeDockerArchive(image, ['app:1.0'])),
      'docker-archive',
      ['app:1.0'],
      true,
    ],
    [
      'docker save (legacy layer.tar)',
      () => bytesBlob(legacyDockerArchive(image, ['app:1.0'])),
      'docker-archive',
      ['app:1.0'],
      false,
    ],
    ['OCI layout directory', () => memoryDirectory(layout), 'oci-layout', [], true],
    ['OCI layout tar', () => bytesBlob(tarOfFiles(layout)), 'oci-archive', [], true],
    [
      'gzip-compressed docker save',
      () => bytesBlob(gzipSync(writeDockerArchive(image, ['app:1.0']))),
      'docker-archive',
      ['app:1.0'],
      true,
    ],
  ];
  it.each(cases)('reads a %s', async (_name, source, format, repoTags, hasManifestDigest) => {
    const opened = await openImage(source());
    expect(opened.format).toBe(format);
    expect(opened.repoTags).toEqual(repoTags);
    expect(opened.configDigest).toBe(image.config.digest);
    expect(opened.manifestDigest).toBe(hasManifestDigest ? image.digest : undefined);
    expect(opened.platform).toEqual({ os: 'linux', architecture: 'amd64' });
    expect(opened.layers.map((l) => l.diffId)).toEqual(image.layers.map((l) => l.diffId));
    // Legacy archives store uncompressed tars, whose digest is the diffId.
    const digests = hasManifestDigest ? image.layers.map((l) => l.digest) : image.layers.map((l) => l.diffId);
    expect(opened.layers.map((l) => l.digest)).toEqual(digests);
    expect(opened.layers.map((l) => l.createdBy)).toEqual(['ADD rootfs /', 'RUN install app']);
    expect(opened.layers.map((l) => l.index)).toEqual([0, 1]);
  });

  it('reads only tar headers and JSON members, never layer bodies', async () => {
    const big = await buildImage({
      ...spec(),
      layers: [
        { createdBy: 'ADD big', files: [{ path: 'big.bin', content: crypto.getRandomValues(new Uint8Array(60_000)) }] },
      ],
    });
    const archive = bytesBlob(legacyDockerArchive(big, ['big:1']));
    let bytesRead = 0;
    const counting = (blob: BlobLike): BlobLike => ({
      size: blob.size,
      slice: (start, end) => counting(blob.slice(start, end)),
      stream: () => {
        bytesRead += blob.size;
        return blob.stream();
      },
      arrayBuffer: () => {
        bytesRead += blob.size;
        return blob.arrayBuffer();
      },
    });
    await openImage(counting(archive));
    expect(archive.size).toBeGreaterThan(60_000);
    expect(bytesRead).toBeLessThan(10_000);
  });
});

describe('openImage: choosing an image', async () => {
  const amd64 = await buildImage(spec('amd64'));
  const arm64 = await buildImage(spec('arm64', 'v8'));
  const armv7 = await buildImage(spec('arm', 'v7'));
  const platforms = [
    { image: amd64, platform: { os: 'linux', architecture: 'amd64' } },
    { image: arm64, platform: { os: 'linux', architecture: 'arm64', variant: 'v8' } },
    { image: armv7, platform: { os: 'linux', architecture: 'arm', variant: 'v7' } },
  ];
  it.each([
    [undefined, amd64.digest, false],
    ['linux/amd64', amd64.digest, false],
    ['linux/arm64', arm64.digest, false],
    ['linux/arm64/v8', arm64.digest, true],
    ['linux/arm/v7', armv7.digest, true],
  ])('selects platform %s', async (platform, digest, nested) => {
    const files = await ociLayoutFiles(platforms, { nested });
    const opened = await openImage(memoryDirectory(files), { platform });
    expect(opened.manifestDigest).toBe(digest);
    expect(opened.availablePlatforms).toHaveLength(3);
  });

  it('lists the platforms that exist when the requested one does not', async () => {
    const files = await ociLayoutFiles(platforms, { nested: true });
    await expectScanError(
      openImage(memoryDirectory(files), { platform: 'linux/s390x' }),
      'PLATFORM_NOT_FOUND',
      /linux\/s390x.*linux\/amd64, linux\/arm64\/v8, linux\/arm\/v7/,
    );
  });

  it('takes a lone image of another platform by default, but not when a platform is requested', async () => {
    const archive = bytesBlob(writeDockerArchive(arm64, ['arm:1']));
    expect((await openImage(archive)).platform).toEqual({ os: 'linux', architecture: 'arm64', variant: 'v8' });
    await expectScanError(openImage(archive, { platform: 'linux/amd64' }), 'PLATFORM_NOT_FOUND', /linux\/arm64\/v8/);
  });

  it('rejects a malformed platform', async () => {
    await expectScanError(
      openImage(bytesBlob(writeDockerArchive(amd64, [])), { platform: 'linux' }),
      'PLATFORM_NOT_FOUND',
      /os\/arch/,
    );
  });

  it.each([
    ['0.0.2', arm64.digest],
    ['0.0.1', amd64.digest],
  ])('selects OCI ref.name %s', async (tag, digest) => {
    const files = await ociLayoutFiles([
      { image: amd64, refName: '0.0.1' },
      { image: arm64, refName: '0.0.2' },
    ]);
    const opened = await openImage(memoryDirectory(files), { tag });
    expect(opened.manifestDigest).toBe(digest);
    expect(opened.refName).toBe(tag);
  });

  it('names the tags that exist when the requested one does not', async () => {
    const files = await ociLayoutFiles([{ image: amd64, refName: '0.0.1' }]);
    await expectScanError(openImage(memoryDirectory(files), { tag: '9.9' }), 'INVALID_IMAGE', /"9\.9".*0\.0\.1/);
  });

  it.each(['alpine:3.18', 'docker.io/library/alpine:3.18'])('selects docker tag %s', async (tag) => {
    const legacy = legacyDockerArchive(amd64, ['alpine:3.18']);
    expect((await openImage(bytesBlob(legacy), { tag })).repoTags).toEqual(['alpine:3.18']);
    const modern = writeDockerArchive(amd64, ['alpine:3.18']);
    expect((await openImage(bytesBlob(modern), { tag })).configDigest).toBe(amd64.config.digest);
  });
});

describe('openImage: broken input', async () => {
  const image = await buildImage(spec());
  const layout = await ociLayoutFiles([{ image }]);
  const without = (name: string) => new Map([...layout].filter(([key]) => key !== name));
  const withFile = (name: string, data: Uint8Array | string) =>
    new Map([...layout, [name, typeof data === 'string' ? new TextEncoder().encode(data) : data]]);
  const configPath = `blobs/sha256/${image.config.digest.slice(7)}`;
  const layerPath = `blobs/sha256/${image.layers[0]?.digest.slice(7)}`;
  const archive = legacyDockerArchive(image, ['x:1']);
  const cases: [string, () => BlobLike | ReturnType<typeof memoryDirectory>, string, RegExp][] = [
    ['empty file', () => bytesBlob(new Uint8Array(0)), 'INVALID_IMAGE', /empty/],
    [
      'non-tar bytes',
      () => bytesBlob(new TextEncoder().encode('hello world'.repeat(100))),
      'INVALID_IMAGE',
      /not a tar/,
    ],
    [
      'a tar that is no image',
      () => bytesBlob(writeTar([{ name: 'readme.txt', data: 'hi' }])),
      'INVALID_IMAGE',
      /neither index\.json/,
    ],
    ['a truncated archive', () => bytesBlob(archive.subarray(0, 3000)), 'INVALID_IMAGE', /truncated/],
    [
      'a truncated gzip archive',
      () => bytesBlob(gzipSync(archive).subarray(0, 400)),
      'INVALID_IMAGE',
      /corrupt or truncated/,
    ],
    ['bzip2 archive', () => bytesBlob(new TextEncoder().encode('BZh91AY&SY')), 'UNSUPPORTED_COMPRESSION', /bzip2/],
    [
      'bad JSON in manifest.json',
      () => bytesBlob(writeTar([{ name: 'manifest.json', data: '[{"Config": ' }])),
      'INVALID_IMAGE',
      /manifest\.json is not valid JSON/,
    ],
    [
      'manifest.json of the wrong shape',
      () => bytesBlob(writeTar([{ name: 'manifest.json', data: '{"a":1}' }])),
      'INVALID_IMAGE',
      /must be an array/,
    ],
    ['missing layer blob', () => memoryDirectory(without(layerPath)), 'MISSING_BLOB', /layer 0/],
    ['missing config', () => memoryDirectory(without(configPath)), 'MISSING_BLOB', /image config/],
    [
      'tampered config',
      () => memoryDirectory(withFile(configPath, new TextEncoder().encode(' '.repeat(image.config.size)))),
      'DIGEST_MISMATCH',
      /hashes to/,
    ],
    [
      'config of the wrong size',
      () => memoryDirectory(withFile(configPath, '{}')),
      'DIGEST_MISMATCH',
      /bytes but its descriptor says/,
    ],
    [
      'bad JSON in index.json',
      () => memoryDirectory(withFile('index.json', '{')),
      'INVALID_IMAGE',
      /index\.json is not valid JSON/,
    ],
    [
      'a digest that tries to leave the layout',
      () =>
        memoryDirectory(
          withFile(
            'index.json',
            JSON.stringify({
              schemaVersion: 2,
              manifests: [{ mediaType: 'x', digest: 'sha256:../../etc/passwd', size: 1 }],
            }),
          ),
        ),
      'INVALID_IMAGE',
      /malformed digest/,
    ],
  ];
  it.each(cases)('rejects %s', async (_name, source, code, message) => {
    await expectScanError(openImage(source()), code, message);
  });

  it('rejects a config whose diff_ids do not match the manifest layers', async () => {
    const files = await rawLayerLayout([{ stored: writeTar([]) }]);
    const configEntry = [...files].find(([, bytes]) => new TextDecoder().decode(bytes).includes('diff_ids'));
    expect(configEntry).toBeDefined();
    const text = new TextDecoder()
      .decode(configEntry?.[1])
      .replace('"diff_ids":[', `"diff_ids":["sha256:${'a'.repeat(64)}",`);
    const legacy = writeTar([
      { name: 'c.json', data: text },
      { name: 'l/layer.tar', data: writeTar([]) },
      { name: 'manifest.json', data: JSON.stringify([{ Config: 'c.json', RepoTags: [], Layers: ['l/layer.tar'] }]) },
    ]);
    await expectScanError(openImage(bytesBlob(legacy)), 'INVALID_IMAGE', /1 layers but the config has 2 diff_ids/);
  });

  it('enforces the metadata size limit', async () => {
    await expectScanError(
      openImage(memoryDirectory(layout), { limits: { maxMetadataBytes: 10 } }),
      'LIMIT_EXCEEDED',
      /index\.json/,
    );
  });
});
