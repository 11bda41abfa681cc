import { describe, expect, it } from 'vitest';
import { createHandlers } from '../handlers';
import { backend, server, TEST_API_URL } from '../node';
import { SCHEMA_VERSION } from '../store/migrations';
import { callAction, expectBusinessError, instanceByName } from '../testing/api';

/** Every instance, namespace, repository and tag id of the world, region by region. */
async function snapshotIds(): Promise<string[]> {
  const ids: string[] = [];
  const { Regions } = await callAction('ListInstanceRegion', {});
  for (const region of Regions) {
    const { Instances } = await callAction('ListInstance', { RegionId: region.RegionId, PageSize: 100 });
    for (const instance of Instances) {
      ids.push(instance.InstanceId);
      const { Namespaces } = await callAction('ListNamespace', { InstanceId: instance.InstanceId, PageSize: 100 });
      ids.push(...Namespaces.map((ns) => ns.NamespaceId));
      const { Repositories } = await callAction('ListRepository', { InstanceId: instance.InstanceId, PageSize: 100 });
      for (const repo of Repositories) {
        ids.push(repo.RepoId);
        const { Images } = await callAction('ListRepoTag', { InstanceId: instance.InstanceId, RepoId: repo.RepoId });
        ids.push(...Images.map((image) => `${repo.RepoId}:${image.Tag}@${image.Digest}`));
      }
    }
  }
  return ids.sort();
}

describe('GetDemoState', () => {
  it('reports the default world at realistic speed after the first start', async () => {
    const before = Date.now();
    const state = await callAction('GetDemoState', {});
    expect(state).toMatchObject({ SeedName: 'default', Speed: 'realistic', SchemaVersion: SCHEMA_VERSION });
    expect(state.SeededAt).toBeGreaterThanOrEqual(before - 1);
  });
});

describe('UpdateDemoSpeed', () => {
  it('switches speed and keeps it', async () => {
    expect((await callAction('UpdateDemoSpeed', { Speed: 'instant' })).Speed).toBe('instant');
    expect((await callAction('GetDemoState', {})).Speed).toBe('instant');
    expect((await callAction('UpdateDemoSpeed', { Speed: 'realistic' })).Speed).toBe('realistic');
  });
});

describe('ResetDemoWorld', () => {
  it('restores the seed with identical ids, dropping every change', async () => {
    const seeded = await snapshotIds();
    const { InstanceId } = await instanceByName('acr-prod-hz');
    await callAction('CreateNamespace', { InstanceId, NamespaceName: 'scratch' });
    await callAction('DeleteNamespace', { InstanceId, NamespaceName: 'dev' });
    expect(await snapshotIds()).not.toEqual(seeded);

    const state = await callAction('ResetDemoWorld', { SeedName: 'default' });
    expect(state.SeedName).toBe('default');
    expect(await snapshotIds()).toEqual(seeded);
    await expectBusinessError('GetNamespace', { InstanceId, NamespaceName: 'scratch' }, 'NAMESPACE_NOT_EXIST');
  });

  it('loads the minimal world: one instance, one namespace, one repository, one tag, no VPC', async () => {
    await callAction('ResetDemoWorld', { SeedName: 'minimal' });
    const { Instances, TotalCount } = await callAction('ListInstance', { RegionId: 'cn-hangzhou' });
    expect(TotalCount).toBe(1);
    const instance = Instances[0];
    if (!instance) throw new Error('no instance');
    const { Namespaces } = await callAction('ListNamespace', { InstanceId: instance.InstanceId });
    const { Repositories } = await callAction('ListRepository', { InstanceId: instance.InstanceId });
    expect(Namespaces).toHaveLength(1);
    expect(Repositories).toHaveLength(1);
    const { Images } = await callAction('ListRepoTag', {
      InstanceId: instance.InstanceId,
      RepoId: Repositories[0]?.RepoId ?? '',
    });
    expect(Images).toHaveLength(1);
    expect((await callAction('GetInstanceVpcEndpoint', { InstanceId: instance.InstanceId })).LinkedVpcs).toEqual([]);
    expect((await callAction('GetDemoState', {})).SeedName).toBe('minimal');
  });

  it('loads the empty world: regions and VPCs, no instances', async () => {
    await callAction('ResetDemoWorld', { SeedName: 'empty' });
    const { Regions } = await callAction('ListInstanceRegion', {});
    expect(Regions.length).toBeGreaterThanOrEqual(11);
    for (const region of Regions) {
      expect((await callAction('GetInstanceCount', { RegionId: region.RegionId })).Count).toBe(0);
    }
    expect((await callAction('DescribeVpcs', { RegionId: 'cn-hangzhou' })).Vpcs.length).toBeGreaterThan(0);
  });

  it('keeps the demo speed across a reset', async () => {
    await callAction('UpdateDemoSpeed', { Speed: 'instant' });
    const state = await callAction('ResetDemoWorld', { SeedName: 'minimal' });
    expect(state.Speed).toBe('instant');
  });
});

describe('latency', () => {
  const timed = async () => {
    const start = performance.now();
    await callAction('GetInstanceCount', { RegionId: 'cn-hangzhou' });
    return performance.now() - start;
  };

  it('answers after 80–250 ms at realistic speed and at once at instant speed', async () => {
    await callAction('GetDemoState', {});
    server.use(...createHandlers(TEST_API_URL, { context: backend, latency: true }));
    const realistic = await timed();
    expect(realistic).toBeGreaterThanOrEqual(79);
    expect(realistic).toBeLessThan(400);
    await callAction('UpdateDemoSpeed', { Speed: 'instant' });
    expect(await timed()).toBeLessThan(79);
  });
});
