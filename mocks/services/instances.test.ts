import { describe, expect, it } from 'vitest';
import { INSTANCE_SPECIFICATIONS } from '@/api/contract/instances';
import { callAction, expectBusinessError, instanceByName } from '../testing/api';

describe('ListInstanceRegion', () => {
  it('answers in Chinese by default and for zh-CN / zh_CN', async () => {
    for (const Lang of [undefined, 'zh-CN', 'zh_CN'] as const) {
      const { Regions } = await callAction('ListInstanceRegion', Lang ? { Lang } : {});
      expect(Regions[0]).toEqual({ RegionId: 'cn-hangzhou', LocalName: '华东1（杭州）' });
      expect(Regions.find((r) => r.RegionId === 'ap-northeast-1')?.LocalName).toBe('日本（东京）');
    }
  });

  it('answers in English for en-US / en_US', async () => {
    for (const Lang of ['en-US', 'en_US'] as const) {
      const { Regions } = await callAction('ListInstanceRegion', { Lang });
      expect(Regions.find((r) => r.RegionId === 'cn-shenzhen')?.LocalName).toBe('China (Shenzhen)');
    }
  });

  it('lists at least the eleven regions of the selector', async () => {
    const { Regions } = await callAction('ListInstanceRegion', {});
    expect(Regions.map((r) => r.RegionId)).toEqual(
      expect.arrayContaining([
        'cn-hangzhou',
        'cn-shanghai',
        'cn-qingdao',
        'cn-beijing',
        'cn-zhangjiakou',
        'cn-shenzhen',
        'cn-hongkong',
        'ap-southeast-1',
        'ap-northeast-1',
        'us-west-1',
        'eu-central-1',
      ]),
    );
  });
});

describe('ListInstance', () => {
  it('lists the instances of one region, newest first, times as strings, TotalCount as a number', async () => {
    const list = await callAction('ListInstance', { RegionId: 'cn-hangzhou' });
    expect(list.Instances.map((i) => i.InstanceName)).toEqual(['acr-dev-hz', 'acr-prod-hz']);
    expect(list).toMatchObject({ TotalCount: 2, PageNo: 1, PageSize: 30 });
    for (const instance of list.Instances) {
      expect(instance.RegionId).toBe('cn-hangzhou');
      expect(instance.CreateTime).toMatch(/^\d{13}$/);
      expect(instance.InstanceId).toMatch(/^cri-[0-9a-z]{16}$/);
    }
  });

  it('answers an empty page for a region without instances', async () => {
    const list = await callAction('ListInstance', { RegionId: 'ap-northeast-1' });
    expect(list).toMatchObject({ Instances: [], TotalCount: 0 });
    expect((await callAction('GetInstanceCount', { RegionId: 'ap-northeast-1' })).Count).toBe(0);
  });

  it('filters by status and name and paginates', async () => {
    const running = await callAction('ListInstance', { RegionId: 'cn-hangzhou', InstanceStatus: 'STOPPED' });
    expect(running.TotalCount).toBe(0);
    const named = await callAction('ListInstance', { RegionId: 'cn-hangzhou', InstanceName: 'prod' });
    expect(named.Instances.map((i) => i.InstanceName)).toEqual(['acr-prod-hz']);
    const page = await callAction('ListInstance', { RegionId: 'cn-hangzhou', PageNo: 2, PageSize: 1 });
    expect(page.Instances.map((i) => i.InstanceName)).toEqual(['acr-prod-hz']);
    expect(page.TotalCount).toBe(2);
  });

  it('has every edition and a non-running instance somewhere', async () => {
    const { Regions } = await callAction('ListInstanceRegion', {});
    const all = (await Promise.all(Regions.map((r) => callAction('ListInstance', { RegionId: r.RegionId })))).flatMap(
      (list) => list.Instances,
    );
    expect(new Set(all.map((i) => i.InstanceSpecification))).toEqual(new Set(INSTANCE_SPECIFICATIONS));
    expect(all.some((i) => i.InstanceStatus !== 'RUNNING')).toBe(true);
  });
});

describe('GetInstance / GetInstanceCount', () => {
  it('returns the instance with numeric times', async () => {
    const summary = await instanceByName('acr-prod-hz');
    const detail = await callAction('GetInstance', { InstanceId: summary.InstanceId });
    expect(detail).toMatchObject({
      InstanceName: 'acr-prod-hz',
      InstanceSpecification: 'Enterprise_Advanced',
      InstanceStatus: 'RUNNING',
      RegionId: 'cn-hangzhou',
    });
    expect(String(detail.CreateTime)).toBe(summary.CreateTime);
  });

  it('does not find an instance through another region', async () => {
    const { InstanceId } = await instanceByName('acr-prod-hz');
    await expectBusinessError('GetInstance', { InstanceId, RegionId: 'cn-shanghai' }, 'INSTANCE_NOT_EXIST');
    await expectBusinessError('GetInstance', { InstanceId: 'cri-0000000000000000' }, 'INSTANCE_NOT_EXIST');
  });

  it('counts instances per region', async () => {
    expect((await callAction('GetInstanceCount', { RegionId: 'cn-hangzhou' })).Count).toBe(2);
    expect((await callAction('GetInstanceCount', { RegionId: 'cn-shanghai' })).Count).toBe(1);
  });
});

describe('GetInstanceUsage', () => {
  it('reports quotas of the edition and live usage, all as strings', async () => {
    const { InstanceId } = await instanceByName('acr-prod-hz');
    const usage = await callAction('GetInstanceUsage', { InstanceId });
    expect(usage).toMatchObject({
      NamespaceQuota: '50',
      NamespaceUsage: '4',
      RepoQuota: '5000',
      RepoUsage: '13',
      VpcQuota: '10',
      VpcUsage: '0',
    });
    await callAction('CreateNamespace', { InstanceId, NamespaceName: 'qa' });
    await callAction('CreateRepository', {
      InstanceId,
      RepoNamespaceName: 'qa',
      RepoName: 'app',
      RepoType: 'PRIVATE',
      Summary: 's',
    });
    const after = await callAction('GetInstanceUsage', { InstanceId });
    expect(after).toMatchObject({ NamespaceUsage: '5', RepoUsage: '14' });
  });

  it('uses the quotas of Basic and Standard', async () => {
    const basic = await callAction('GetInstanceUsage', { InstanceId: (await instanceByName('acr-dev-hz')).InstanceId });
    expect(basic).toMatchObject({ NamespaceQuota: '15', RepoQuota: '1000', VpcQuota: '3', VpcUsage: '1' });
    const standard = await callAction('GetInstanceUsage', {
      InstanceId: (await instanceByName('acr-staging-sh', 'cn-shanghai')).InstanceId,
    });
    expect(standard).toMatchObject({ NamespaceQuota: '25', RepoQuota: '3000', VpcQuota: '5' });
  });
});

describe('ListInstanceEndpoint', () => {
  it('reports the public endpoint with its ACL and system domain', async () => {
    const { InstanceId } = await instanceByName('acr-prod-hz');
    const { Endpoints } = await callAction('ListInstanceEndpoint', { InstanceId });
    expect(Endpoints).toHaveLength(1);
    expect(Endpoints[0]).toMatchObject({
      EndpointType: 'internet',
      Enable: true,
      AclEnable: true,
      Domains: [{ Domain: 'acr-prod-hz-registry.cn-hangzhou.cr.aliyuncs.com', Type: 'SYSTEM' }],
      Status: 'RUNNING',
    });
    expect(Endpoints[0]?.AclEntries.map((e) => e.Entry)).toContain('203.0.113.0/24');
  });

  it('reports a disabled public endpoint and the Chart module domain', async () => {
    const { InstanceId } = await instanceByName('acr-dev-hz');
    const { Endpoints } = await callAction('ListInstanceEndpoint', { InstanceId, ModuleName: 'Chart' });
    expect(Endpoints[0]).toMatchObject({
      Enable: false,
      Domains: [{ Domain: 'acr-dev-hz-chart.cn-hangzhou.cr.aliyuncs.com' }],
    });
  });

  it('answers INSTANCE_NOT_EXIST for an unknown instance', async () => {
    await expectBusinessError('ListInstanceEndpoint', { InstanceId: 'cri-0000000000000000' }, 'INSTANCE_NOT_EXIST');
  });
});
