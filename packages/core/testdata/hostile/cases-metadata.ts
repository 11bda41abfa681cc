/** Hostile cases: image metadata: manifest.json, index.json and config blobs that are broken, missing or lie. */
import { gzipSync } from 'fflate';
import { writeTar } from '../../src/image/tar-writer';
import { sha256Digest, webPlatform } from '../../src/platform';
import { dockerSave, garbage, legacyParts, ociTar, ZERO_DIFF_ID } from './builders';
import { type HostileCase, handled, reject } from './case-types';

export const METADATA_CASES: readonly HostileCase[] = [
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
];
