import { createHash } from 'node:crypto';
import { buildImage, demoImageRecipes } from '@acr-console/core';
import { gunzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { DEMO_SEEDS } from '@/api/contract/console';
import { backend } from '../node';
import { createServiceContext } from '../services/context';
import { ensureWorld } from '../services/demo';
import { read } from '../store/transactions';
import { buildWorld, SEED_EPOCH } from './build-world';
import { demoImage } from './images';
import { REGIONS } from './regions';

const sha256 = (bytes: Uint8Array) => `sha256:${createHash('sha256').update(bytes).digest('hex')}`;

describe('seeding speed', () => {
  it('seeds the default world from scratch (images included) well under 2 s', async () => {
    const start = performance.now();
    await ensureWorld(createServiceContext({ name: 'timing' }));
    expect(performance.now() - start).toBeLessThan(2000);
  });
});

describe('the scale seed', () => {
  it('holds 2,000 tags in scale/monorepo, 10,000 finished scan tasks and 50,000 findings', async () => {
    const world = await buildWorld('scale');
    const repo = world.repositories.find((r) => r.RepoNamespaceName === 'scale' && r.RepoName === 'monorepo');
    expect(world.tags.filter((t) => t.RepoId === repo?.RepoId)).toHaveLength(2000);
    expect(world.scanTasks).toHaveLength(10_000);
    expect(world.scanTasks?.every((t) => t.Status === 'COMPLETE' && t.FinishTime !== undefined)).toBe(true);
    const findings = (world.scanResults ?? []).flatMap((r) => r.Vulnerabilities);
    expect(findings).toHaveLength(50_000);
    expect(new Set(findings.map((f) => f.CveName)).size).toBeGreaterThan(50);
    for (const result of world.scanResults ?? []) {
      expect(result.Summary.TotalSeverity).toBe(result.Vulnerabilities.length);
    }
  }, 30_000);
});

describe('determinism', () => {
  // The scale world holds 50,000 findings: building and comparing it twice takes a few seconds.
  it.each(DEMO_SEEDS)(
    'builds the %s world identically every time',
    async (seed) => {
      const a = await buildWorld(seed);
      const b = await buildWorld(seed);
      expect(b).toEqual(a);
    },
    30_000,
  );

  it('derives the image digests from the recipes, not from the cache', async () => {
    const world = await buildWorld('default');
    const recipe = demoImageRecipes.find((r) => r.name === 'nginx:1.25-alpine');
    if (!recipe) throw new Error('recipe missing');
    const fresh = await buildImage(recipe.spec({ variant: 'vulnerable' }));
    const tag = world.tags.find((t) => t.Tag === '1.25-alpine' && t.Digest === fresh.digest.slice(7));
    expect(tag?.ImageId).toBe(fresh.imageId);
  });

  it('dates everything before the seed epoch', async () => {
    const world = await buildWorld('default');
    for (const time of [
      ...world.instances.map((i) => i.CreateTime),
      ...world.repositories.map((r) => r.ModifiedTime),
      ...world.tags.map((t) => t.ImageUpdate),
    ]) {
      expect(time).toBeLessThanOrEqual(SEED_EPOCH);
    }
  });

  it('uses real id prefixes with 16 lower-case alphanumerics', async () => {
    const world = await buildWorld('default');
    const ids = [
      ...world.instances.map((i) => i.InstanceId),
      ...world.namespaces.map((n) => n.NamespaceId),
      ...world.repositories.map((r) => r.RepoId),
      ...world.vpcs.map((v) => v.VpcId),
      ...world.vswitches.map((v) => v.VSwitchId),
    ];
    for (const id of ids) expect(id).toMatch(/^(cri|crn|crr|vpc|vsw)-[0-9a-z]{16}$/);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('the default world', () => {
  it('has the instances the demo stories need', async () => {
    const world = await buildWorld('default');
    const hz = world.instances.filter((i) => i.RegionId === 'cn-hangzhou');
    expect(hz.length).toBeGreaterThanOrEqual(2);
    const rich = hz.find((i) => i.InstanceSpecification === 'Enterprise_Advanced' && i.InstanceStatus === 'RUNNING');
    if (!rich) throw new Error('no running Advanced instance in cn-hangzhou');
    expect(world.linkedVpcs.filter((l) => l.InstanceId === rich.InstanceId)).toEqual([]);
    expect(world.namespaces.filter((n) => n.InstanceId === rich.InstanceId).length).toBeGreaterThanOrEqual(3);
    const repos = world.repositories.filter((r) => r.InstanceId === rich.InstanceId);
    expect(new Set(repos.map((r) => r.RepoType))).toEqual(new Set(['PUBLIC', 'PRIVATE']));
    expect(world.linkedVpcs.length).toBeGreaterThan(0);
    expect(world.instances.filter((i) => i.RegionId === 'ap-northeast-1')).toEqual([]);
    expect(new Set(world.instances.map((i) => i.InstanceSpecification)).size).toBe(3);
    expect(world.instances.some((i) => i.InstanceStatus !== 'RUNNING')).toBe(true);
    expect(new Set(world.regions.map((r) => r.RegionId))).toEqual(new Set(REGIONS.map((r) => r.RegionId)));
  });

  it('links VPCs only in the instance region, at an address inside the vSwitch', async () => {
    const world = await buildWorld('default');
    for (const link of world.linkedVpcs) {
      const instance = world.instances.find((i) => i.InstanceId === link.InstanceId);
      const vsw = world.vswitches.find((v) => v.VSwitchId === link.VswitchId);
      expect(vsw?.RegionId).toBe(instance?.RegionId);
      expect(vsw?.VpcId).toBe(link.VpcId);
    }
  });

  it.each([
    ['rockylinux', ['9', '9-patched'], 2],
    ['hello', ['1.0'], 1],
  ] as const)('seeds %s with tags %j (%i distinct images)', async (repoName, tagNames, distinct) => {
    const world = await buildWorld('default');
    const repo = world.repositories.find((r) => r.RepoName === repoName);
    if (!repo) throw new Error(`no repository ${repoName}`);
    const tags = world.tags.filter((t) => t.RepoId === repo.RepoId);
    expect(tags.map((t) => t.Tag).sort()).toEqual([...tagNames]);
    expect(new Set(tags.map((t) => t.Digest)).size).toBe(distinct);
  });

  it('gives the Rocky base a layer holding a real rpmdb.sqlite', async () => {
    const image = await demoImage({ recipe: 'rockylinux:9', variant: 'vulnerable' });
    const tar = gunzipSync(image.layers[0]?.bytes ?? new Uint8Array());
    // ustar: 512-byte headers whose first 100 bytes are the member name.
    let found: Uint8Array | undefined;
    for (let at = 0; at + 512 <= tar.length && !found; ) {
      const name = new TextDecoder().decode(tar.subarray(at, at + 100)).replace(/\0.*$/s, '');
      const size = Number.parseInt(new TextDecoder().decode(tar.subarray(at + 124, at + 136)).trim() || '0', 8);
      if (name === 'var/lib/rpm/rpmdb.sqlite') found = tar.subarray(at + 512, at + 512 + size);
      at += 512 + Math.ceil(size / 512) * 512;
    }
    expect(new TextDecoder().decode(found?.subarray(0, 16))).toBe('SQLite format 3\0');
  });

  it('has vulnerable and patched builds of the same image', async () => {
    const world = await buildWorld('default');
    const nginxDigests = new Set(world.tags.filter((t) => t.Tag.startsWith('1.25')).map((t) => t.Digest));
    expect(nginxDigests.size).toBeGreaterThanOrEqual(2);
  });
});

describe('stored image blobs', () => {
  it('holds, for every tag, a manifest, config and layers whose bytes hash to their digests', async () => {
    await ensureWorld(backend);
    const { tags, blobs } = await read(backend.store, ['tags', 'blobs'], async (tx) => ({
      tags: await tx.objectStore('tags').getAll(),
      blobs: new Map((await tx.objectStore('blobs').getAll()).map((blob) => [blob.digest, blob])),
    }));
    expect(tags.length).toBeGreaterThan(10);
    for (const blob of blobs.values()) {
      expect(blob.bytes).toBeInstanceOf(Uint8Array);
      expect(sha256(blob.bytes)).toBe(blob.digest);
      expect(blob.size).toBe(blob.bytes.length);
    }
    for (const tag of tags) {
      const manifest = blobs.get(`sha256:${tag.Digest}`);
      if (!manifest) throw new Error(`no manifest blob for ${tag.Tag}`);
      const parsed = JSON.parse(new TextDecoder().decode(manifest.bytes)) as {
        config: { digest: string; size: number };
        layers: { digest: string; size: number; mediaType: string }[];
      };
      expect(parsed.config.digest).toBe(`sha256:${tag.ImageId}`);
      const referenced = [parsed.config, ...parsed.layers];
      for (const ref of referenced) expect(blobs.get(ref.digest)?.size).toBe(ref.size);
      expect(tag.ImageSize).toBe(manifest.size + referenced.reduce((sum, ref) => sum + ref.size, 0));
      for (const layer of parsed.layers) {
        const bytes = blobs.get(layer.digest)?.bytes;
        // gzip magic: the layers are real tar.gz bytes.
        expect([bytes?.[0], bytes?.[1]]).toEqual([0x1f, 0x8b]);
      }
    }
  });
});
