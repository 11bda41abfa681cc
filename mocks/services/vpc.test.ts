import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { backend } from '../node';
import { callAction, expectBusinessError, instanceByName } from '../testing/api';
import { patchInstance } from '../testing/store-access';
import { cidrContains } from './network';
import { LINK_PROVISIONING_MS } from './vpc';

let prodHz: string;
let devHz: string;

async function vpcNamed(regionId: string, name: string) {
  const { Vpcs } = await callAction('DescribeVpcs', { RegionId: regionId });
  const vpc = Vpcs.find((candidate) => candidate.VpcName === name);
  if (!vpc) throw new Error(`no VPC ${name} in ${regionId}`);
  const { VSwitches } = await callAction('DescribeVSwitches', { RegionId: regionId, VpcId: vpc.VpcId });
  return { vpc, vswitches: VSwitches };
}

beforeEach(async () => {
  prodHz = (await instanceByName('acr-prod-hz')).InstanceId;
  devHz = (await instanceByName('acr-dev-hz')).InstanceId;
});

afterEach(() => {
  vi.useRealTimers();
});

describe('the account VPCs (DescribeVpcs / DescribeVSwitches)', () => {
  it('lists the VPCs of a region, the default VPC first', async () => {
    const { Vpcs } = await callAction('DescribeVpcs', { RegionId: 'cn-hangzhou' });
    expect(Vpcs[0]).toMatchObject({ IsDefault: true, CidrBlock: '172.16.0.0/12', RegionId: 'cn-hangzhou' });
    expect(Vpcs.map((v) => v.VpcName)).toEqual(expect.arrayContaining(['prod-vpc', 'dev-vpc']));
    for (const vpc of Vpcs) expect(vpc.VpcId).toMatch(/^vpc-[0-9a-z]{16}$/);
  });

  it('has VPCs in every region, also without instances', async () => {
    const { Regions } = await callAction('ListInstanceRegion', {});
    for (const region of Regions) {
      expect((await callAction('DescribeVpcs', { RegionId: region.RegionId })).Vpcs.length).toBeGreaterThan(0);
    }
  });

  it('lists vSwitches inside their VPC block, in zones of the region', async () => {
    const { vpc, vswitches } = await vpcNamed('cn-hangzhou', 'prod-vpc');
    expect(vswitches.length).toBeGreaterThan(1);
    for (const vsw of vswitches) {
      expect(vsw.VSwitchId).toMatch(/^vsw-[0-9a-z]{16}$/);
      expect(vsw.VpcId).toBe(vpc.VpcId);
      expect(vsw.ZoneId).toMatch(/^cn-hangzhou-[a-z]$/);
      expect(cidrContains(vpc.CidrBlock, vsw.CidrBlock.split('/')[0] ?? '')).toBe(true);
    }
  });

  it('answers VPC_NOT_EXIST for a VPC of another region', async () => {
    const { vpc } = await vpcNamed('cn-hangzhou', 'prod-vpc');
    await expectBusinessError('DescribeVSwitches', { RegionId: 'cn-shanghai', VpcId: vpc.VpcId }, 'VPC_NOT_EXIST');
  });
});

describe('linking a VPC to an instance', () => {
  it('starts with no VPC on the rich Hangzhou instance and one on acr-dev-hz', async () => {
    const prod = await callAction('GetInstanceVpcEndpoint', { InstanceId: prodHz });
    expect(prod).toMatchObject({
      Enable: true,
      ModuleName: 'Registry',
      Domains: ['acr-prod-hz-registry-vpc.cn-hangzhou.cr.aliyuncs.com'],
      LinkedVpcs: [],
    });
    const dev = await callAction('GetInstanceVpcEndpoint', { InstanceId: devHz });
    expect(dev.LinkedVpcs).toHaveLength(1);
    expect(dev.LinkedVpcs[0]?.Status).toBe('RUNNING');
  });

  it('is CREATING at first and RUNNING a few seconds later (realistic speed)', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const start = Date.UTC(2026, 10, 28, 2);
    vi.setSystemTime(start);
    const { vpc, vswitches } = await vpcNamed('cn-hangzhou', 'prod-vpc');
    const vswitch = vswitches[0];
    if (!vswitch) throw new Error('no vSwitch');
    await callAction('CreateInstanceVpcEndpointLinkedVpc', {
      InstanceId: prodHz,
      VpcId: vpc.VpcId,
      VswitchId: vswitch.VSwitchId,
    });

    const creating = await callAction('GetInstanceVpcEndpoint', { InstanceId: prodHz });
    expect(creating.LinkedVpcs).toEqual([
      expect.objectContaining({
        VpcId: vpc.VpcId,
        VswitchId: vswitch.VSwitchId,
        Status: 'CREATING',
        DefaultAccess: false,
      }),
    ]);
    const ip = creating.LinkedVpcs[0]?.Ip ?? '';
    expect(cidrContains(vswitch.CidrBlock, ip)).toBe(true);
    expect((await callAction('GetInstanceUsage', { InstanceId: prodHz })).VpcUsage).toBe('1');

    vi.setSystemTime(start + LINK_PROVISIONING_MS - 1);
    expect((await callAction('GetInstanceVpcEndpoint', { InstanceId: prodHz })).LinkedVpcs[0]?.Status).toBe('CREATING');
    vi.setSystemTime(start + LINK_PROVISIONING_MS);
    const running = await callAction('GetInstanceVpcEndpoint', { InstanceId: prodHz });
    expect(running.LinkedVpcs[0]).toMatchObject({ Status: 'RUNNING', Ip: ip });
  });

  it('is RUNNING at once at instant speed', async () => {
    await callAction('UpdateDemoSpeed', { Speed: 'instant' });
    const { vpc, vswitches } = await vpcNamed('cn-hangzhou', 'dev-vpc');
    await callAction('CreateInstanceVpcEndpointLinkedVpc', {
      InstanceId: prodHz,
      VpcId: vpc.VpcId,
      VswitchId: vswitches[1]?.VSwitchId ?? '',
    });
    expect((await callAction('GetInstanceVpcEndpoint', { InstanceId: prodHz })).LinkedVpcs[0]?.Status).toBe('RUNNING');
  });

  it('gives two instances on one vSwitch different addresses', async () => {
    const dev = (await callAction('GetInstanceVpcEndpoint', { InstanceId: devHz })).LinkedVpcs[0];
    if (!dev) throw new Error('seed link missing');
    await callAction('CreateInstanceVpcEndpointLinkedVpc', {
      InstanceId: prodHz,
      VpcId: dev.VpcId,
      VswitchId: dev.VswitchId,
    });
    const prod = (await callAction('GetInstanceVpcEndpoint', { InstanceId: prodHz })).LinkedVpcs[0];
    expect(prod?.Ip).not.toBe(dev.Ip);
  });

  it('rejects a VPC or vSwitch of another region, or a vSwitch of another VPC, with VPC_NOT_EXIST', async () => {
    const sh = await vpcNamed('cn-shanghai', 'staging-vpc');
    const prod = await vpcNamed('cn-hangzhou', 'prod-vpc');
    const dev = await vpcNamed('cn-hangzhou', 'dev-vpc');
    const cases = [
      { VpcId: sh.vpc.VpcId, VswitchId: sh.vswitches[0]?.VSwitchId ?? '' },
      { VpcId: prod.vpc.VpcId, VswitchId: sh.vswitches[0]?.VSwitchId ?? '' },
      { VpcId: prod.vpc.VpcId, VswitchId: dev.vswitches[0]?.VSwitchId ?? '' },
      { VpcId: 'vpc-0000000000000000', VswitchId: prod.vswitches[0]?.VSwitchId ?? '' },
      { VpcId: prod.vpc.VpcId, VswitchId: 'vsw-0000000000000000' },
    ];
    for (const ids of cases) {
      await expectBusinessError('CreateInstanceVpcEndpointLinkedVpc', { InstanceId: prodHz, ...ids }, 'VPC_NOT_EXIST');
    }
    expect((await callAction('GetInstanceVpcEndpoint', { InstanceId: prodHz })).LinkedVpcs).toEqual([]);
  });

  it('rejects linking the same VPC twice', async () => {
    const { vpc, vswitches } = await vpcNamed('cn-hangzhou', 'prod-vpc');
    const link = { InstanceId: prodHz, VpcId: vpc.VpcId, VswitchId: vswitches[0]?.VSwitchId ?? '' };
    await callAction('CreateInstanceVpcEndpointLinkedVpc', link);
    await expectBusinessError('CreateInstanceVpcEndpointLinkedVpc', link, 'INSTANCE_VPC_ALREADY_LINKED');
    await expectBusinessError(
      'CreateInstanceVpcEndpointLinkedVpc',
      { ...link, VswitchId: vswitches[1]?.VSwitchId ?? '' },
      'INSTANCE_VPC_ALREADY_LINKED',
    );
  });

  it('enforces the VPC quota (Basic: 3)', async () => {
    const { Vpcs } = await callAction('DescribeVpcs', { RegionId: 'cn-hangzhou' });
    const linked = (await callAction('GetInstanceVpcEndpoint', { InstanceId: devHz })).LinkedVpcs.map((l) => l.VpcId);
    const free = Vpcs.filter((vpc) => !linked.includes(vpc.VpcId));
    expect(free.length).toBeGreaterThanOrEqual(3);
    const links = await Promise.all(
      free.map(async (vpc) => {
        const { VSwitches } = await callAction('DescribeVSwitches', { RegionId: 'cn-hangzhou', VpcId: vpc.VpcId });
        return { InstanceId: devHz, VpcId: vpc.VpcId, VswitchId: VSwitches[0]?.VSwitchId ?? '' };
      }),
    );
    const [first, second, third] = links;
    if (!first || !second || !third) throw new Error('not enough VPCs in cn-hangzhou');
    await callAction('CreateInstanceVpcEndpointLinkedVpc', first);
    await callAction('CreateInstanceVpcEndpointLinkedVpc', second);
    await expectBusinessError('CreateInstanceVpcEndpointLinkedVpc', third, 'INSTANCE_ACCESS_VPC_LIMIT_EXCEED');
    expect((await callAction('GetInstanceUsage', { InstanceId: devHz })).VpcUsage).toBe('3');
  });

  it('refuses when the instance has no VPC quota at all', async () => {
    await patchInstance(backend, prodHz, (i) => ({ ...i, Quota: { ...i.Quota, Vpc: 0 } }));
    const { vpc, vswitches } = await vpcNamed('cn-hangzhou', 'prod-vpc');
    await expectBusinessError(
      'CreateInstanceVpcEndpointLinkedVpc',
      { InstanceId: prodHz, VpcId: vpc.VpcId, VswitchId: vswitches[0]?.VSwitchId ?? '' },
      'INSTANCE_ACCESS_VPC_LIMIT_EXCEED',
    );
  });
});

describe('unlinking a VPC', () => {
  it('removes the link and frees the quota', async () => {
    const link = (await callAction('GetInstanceVpcEndpoint', { InstanceId: devHz })).LinkedVpcs[0];
    if (!link) throw new Error('seed link missing');
    await callAction('DeleteInstanceVpcEndpointLinkedVpc', {
      InstanceId: devHz,
      VpcId: link.VpcId,
      VswitchId: link.VswitchId,
    });
    expect((await callAction('GetInstanceVpcEndpoint', { InstanceId: devHz })).LinkedVpcs).toEqual([]);
    expect((await callAction('GetInstanceUsage', { InstanceId: devHz })).VpcUsage).toBe('0');
  });

  it('answers INSTANCE_VPC_NOT_LINKED for a VPC that is not linked or a wrong vSwitch', async () => {
    const link = (await callAction('GetInstanceVpcEndpoint', { InstanceId: devHz })).LinkedVpcs[0];
    if (!link) throw new Error('seed link missing');
    await expectBusinessError(
      'DeleteInstanceVpcEndpointLinkedVpc',
      { InstanceId: prodHz, VpcId: link.VpcId, VswitchId: link.VswitchId },
      'INSTANCE_VPC_NOT_LINKED',
    );
    await expectBusinessError(
      'DeleteInstanceVpcEndpointLinkedVpc',
      { InstanceId: devHz, VpcId: link.VpcId, VswitchId: 'vsw-0000000000000000' },
      'INSTANCE_VPC_NOT_LINKED',
    );
  });
});
