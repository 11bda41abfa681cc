/**
 * The named story seeds tell the story their name promises, seen through the API as the console sees it:
 * reset to the seed, then list, scan and read state.
 */
import { describe, expect, it } from 'vitest';
import { DEMO_SEEDS, type DemoSeedName } from '@/api/contract/console';
import { callAction, expectBusinessError } from '../testing/api';

type Tag = { InstanceId: string; RepoId: string; Tag: string };

async function resetTo(seed: DemoSeedName) {
  await callAction('UpdateDemoSpeed', { Speed: 'instant' });
  return callAction('ResetDemoWorld', { SeedName: seed });
}

/** Every instance of the account, every region. */
async function allInstances() {
  const { Regions } = await callAction('ListInstanceRegion', {});
  const lists = await Promise.all(
    Regions.map((r) => callAction('ListInstance', { RegionId: r.RegionId, PageSize: 100 })),
  );
  return lists.flatMap((l) => l.Instances);
}

/** Every tag of an instance, with its repository's path. */
async function allTags(instanceId: string): Promise<(Tag & { path: string })[]> {
  const { Repositories } = await callAction('ListRepository', { InstanceId: instanceId, PageSize: 100 });
  const tags = await Promise.all(
    Repositories.map(async (repo) => {
      const { Images } = await callAction('ListRepoTag', {
        InstanceId: instanceId,
        RepoId: repo.RepoId,
        PageSize: 100,
      });
      return Images.map((image) => ({
        InstanceId: instanceId,
        RepoId: repo.RepoId,
        Tag: image.Tag,
        path: `${repo.RepoNamespaceName}/${repo.RepoName}:${image.Tag}`,
      }));
    }),
  );
  return tags.flat();
}

/** Scans a tag with the real scan core and returns its summary once the task ends. */
async function scanned(tag: Tag) {
  await callAction('CreateRepoTagScanTask', tag);
  await expect
    .poll(async () => (await callAction('GetRepoTagScanStatus', tag)).Status, { timeout: 30_000, interval: 50 })
    .toBe('COMPLETE');
  const summary = await callAction('GetRepoTagScanSummary', tag);
  const rows = await callAction('ListRepoTagScanResult', { ...tag, PageSize: 100 });
  return { summary, severities: new Set(rows.Vulnerabilities.map((v) => v.Severity)) };
}

describe('resetting to each named seed', () => {
  it.each(DEMO_SEEDS.filter((s) => s !== 'scale'))('%s: GetDemoState reports the seed just loaded', async (seed) => {
    const state = await resetTo(seed);
    expect(state.SeedName).toBe(seed);
    expect((await callAction('GetDemoState', {})).SeedName).toBe(seed);
  });
});

describe('fresh-no-vpc', () => {
  it('is one new Enterprise instance with images, no VPC linked, no rules, nothing scanned', async () => {
    await resetTo('fresh-no-vpc');
    const instances = await allInstances();
    expect(instances).toHaveLength(1);
    const [instance] = instances;
    expect(instance).toMatchObject({ InstanceName: 'acr-first-hz', InstanceStatus: 'RUNNING' });
    expect(instance?.InstanceSpecification).toMatch(/^Enterprise_/);
    const id = instance?.InstanceId ?? '';
    expect((await callAction('GetInstanceVpcEndpoint', { InstanceId: id })).LinkedVpcs).toEqual([]);
    expect((await callAction('ListScanRule', { InstanceId: id })).ScanRules).toEqual([]);
    const tags = await allTags(id);
    expect(tags.length).toBeGreaterThanOrEqual(2);
    for (const tag of tags) {
      await expectBusinessError('GetRepoTagScanStatus', tag, 'SCAN_TASK_NOT_EXIST');
    }
  });
});

describe('vulnerable', () => {
  it('holds Alpine, Debian, Node, Python and Java images over several namespaces, VPC linked, scans full of High', async () => {
    await resetTo('vulnerable');
    const [instance, ...others] = await allInstances();
    expect(others).toEqual([]);
    const id = instance?.InstanceId ?? '';
    expect((await callAction('GetInstanceVpcEndpoint', { InstanceId: id })).LinkedVpcs).toHaveLength(1);
    const tags = await allTags(id);
    expect(new Set(tags.map((t) => t.path.split('/')[0])).size).toBeGreaterThanOrEqual(3);
    expect(tags.length).toBeGreaterThanOrEqual(10);
    let high = 0;
    for (const tag of tags) {
      const { summary } = await scanned(tag);
      // Every image of this seed carries High findings, not just a few of them.
      expect(summary.HighSeverity, tag.path).toBeGreaterThan(0);
      high += summary.HighSeverity;
    }
    expect(high).toBeGreaterThan(150);
  }, 60_000);
});

describe('clean-fleet', () => {
  it('scans every image with the real scan core and finds no High (or Critical, which folds into High)', async () => {
    await resetTo('clean-fleet');
    const [instance] = await allInstances();
    const id = instance?.InstanceId ?? '';
    expect((await callAction('GetInstanceVpcEndpoint', { InstanceId: id })).LinkedVpcs).toHaveLength(1);
    const tags = await allTags(id);
    expect(tags.length).toBeGreaterThanOrEqual(8);
    for (const tag of tags) {
      const { summary, severities } = await scanned(tag);
      expect({ path: tag.path, high: summary.HighSeverity }).toEqual({ path: tag.path, high: 0 });
      expect(severities.has('High')).toBe(false);
    }
  }, 60_000);
});

describe('cloud-engine-bought', () => {
  it('has both roles, a paid subscription, and acr-prod-hz on the cloud engine with 同步 on', async () => {
    await resetTo('cloud-engine-bought');
    const account = await callAction('GetSasAccount', {});
    expect(account).toMatchObject({ AccessRoleAuthorized: true, ServiceLinkedRoleCreated: true });
    expect(account.Subscription).toMatchObject({ ImageQuota: 100, Period: 12, ImagesUsed: 0 });
    const instances = await allInstances();
    const prodHz = instances.find((i) => i.InstanceName === 'acr-prod-hz');
    const engine = await callAction('GetInstanceScanEngine', { InstanceId: prodHz?.InstanceId ?? '' });
    expect(engine).toMatchObject({ ScanService: 'SAS_SCAN_SERVICE', SasPurchased: true, SyncEnabled: true });
    // Otherwise the default world: the same instances by name.
    expect(instances.map((i) => i.InstanceName).sort()).toContain('acr-global-sg');
  });

  it('is gone again after a reset to default (the purchase belongs to the seed, not the account forever)', async () => {
    await resetTo('cloud-engine-bought');
    await resetTo('default');
    const account = await callAction('GetSasAccount', {});
    expect(account).toMatchObject({ AccessRoleAuthorized: false, ServiceLinkedRoleCreated: false });
    expect(account.Subscription).toBeUndefined();
  });
});
