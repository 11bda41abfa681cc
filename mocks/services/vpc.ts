/**
 * VPC access: the account's VPCs and vSwitches (console-only `DescribeVpcs`/`DescribeVSwitches`, mirroring
 * the VPC product) and the VPCs linked to an instance's VPC endpoint (`GetInstanceVpcEndpoint`,
 * `CreateInstanceVpcEndpointLinkedVpc`, `DeleteInstanceVpcEndpointLinkedVpc`).
 */
import type { ActionParams } from '@/api/contract/actions';
import type { LinkedVpc } from '@/api/contract/endpoints';
import { type LinkedVpcRecord, META_KEY } from '../store/schema';
import { read, write } from '../store/transactions';
import type { ServiceContext } from './context';
import { BusinessFailure } from './errors';
import { vpcDomain } from './instances';
import { requireInstance } from './lookup';
import { allocateIp } from './network';
import type { Payload } from './payload';

/** How long a new link stays CREATING at realistic speed (the real service takes tens of seconds). */
export const LINK_PROVISIONING_MS = 5000;

function toLinkedVpc(link: LinkedVpcRecord, now: number): LinkedVpc {
  return {
    VpcId: link.VpcId,
    VswitchId: link.VswitchId,
    Ip: link.Ip,
    DefaultAccess: link.DefaultAccess,
    // Derived from time, not flipped by a timer: correct after a reload and in every tab.
    Status: now >= link.ReadyTime ? 'RUNNING' : 'CREATING',
  };
}

/** `DescribeVpcs`: the account's VPCs in a region, the default VPC first. */
export async function describeVpcs(
  ctx: ServiceContext,
  params: ActionParams<'DescribeVpcs'>,
): Promise<Payload<'DescribeVpcs'>> {
  const vpcs = await read(ctx.store, ['vpcs'], (tx) =>
    tx.objectStore('vpcs').index('by-region').getAll(params.RegionId),
  );
  vpcs.sort((a, b) => Number(b.IsDefault) - Number(a.IsDefault) || a.VpcName.localeCompare(b.VpcName));
  return {
    Vpcs: vpcs.map(({ VpcId, VpcName, CidrBlock, Status, RegionId, IsDefault }) => ({
      VpcId,
      VpcName,
      CidrBlock,
      Status,
      RegionId,
      IsDefault,
    })),
  };
}

/** `DescribeVSwitches`: the vSwitches of a VPC; VPC_NOT_EXIST if the VPC is not in that region. */
export async function describeVSwitches(
  ctx: ServiceContext,
  params: ActionParams<'DescribeVSwitches'>,
): Promise<Payload<'DescribeVSwitches'>> {
  const vswitches = await read(ctx.store, ['vpcs', 'vswitches'], async (tx) => {
    const vpc = await tx.objectStore('vpcs').get(params.VpcId);
    if (!vpc || vpc.RegionId !== params.RegionId) throw new BusinessFailure('VPC_NOT_EXIST');
    return tx.objectStore('vswitches').index('by-vpc').getAll(params.VpcId);
  });
  vswitches.sort((a, b) => a.ZoneId.localeCompare(b.ZoneId) || a.VSwitchName.localeCompare(b.VSwitchName));
  return {
    VSwitches: vswitches.map(({ VSwitchId, VSwitchName, VpcId, ZoneId, CidrBlock, Status }) => ({
      VSwitchId,
      VSwitchName,
      VpcId,
      ZoneId,
      CidrBlock,
      Status,
    })),
  };
}

/** `GetInstanceVpcEndpoint`: the VPC domain of a module and the VPCs linked to it, with their status. */
export async function getInstanceVpcEndpoint(
  ctx: ServiceContext,
  params: ActionParams<'GetInstanceVpcEndpoint'>,
): Promise<Payload<'GetInstanceVpcEndpoint'>> {
  const ModuleName = params.ModuleName ?? 'Registry';
  const { instance, links } = await read(ctx.store, ['instances', 'linkedVpcs'], async (tx) => {
    const found = await requireInstance(tx, params.InstanceId);
    return { instance: found, links: await tx.objectStore('linkedVpcs').index('by-instance').getAll(found.InstanceId) };
  });
  const now = ctx.clock.now();
  return {
    Enable: true,
    Domains: [vpcDomain(instance, ModuleName)],
    ModuleName,
    LinkedVpcs: links
      .filter((link) => link.ModuleName === ModuleName)
      .sort((a, b) => a.CreateTime - b.CreateTime)
      .map((link) => toLinkedVpc(link, now)),
  };
}

/**
 * `CreateInstanceVpcEndpointLinkedVpc`. The VPC and the vSwitch must exist in the instance's region and the
 * vSwitch must belong to the VPC (VPC_NOT_EXIST); a VPC links once per module (INSTANCE_VPC_ALREADY_LINKED);
 * the instance's VPC quota applies (INSTANCE_ACCESS_VPC_LIMIT_EXCEED). The link is CREATING for a few
 * seconds at realistic speed, RUNNING at once at instant speed, and gets a free address of the vSwitch.
 */
export async function linkVpc(
  ctx: ServiceContext,
  params: ActionParams<'CreateInstanceVpcEndpointLinkedVpc'>,
): Promise<Payload<'CreateInstanceVpcEndpointLinkedVpc'>> {
  const ModuleName = params.ModuleName ?? 'Registry';
  const now = ctx.clock.now();
  await write(ctx.store, ['meta', 'instances', 'vpcs', 'vswitches', 'linkedVpcs'], async (tx) => {
    const instance = await requireInstance(tx, params.InstanceId, { running: true });
    const vpc = await tx.objectStore('vpcs').get(params.VpcId);
    const vswitch = await tx.objectStore('vswitches').get(params.VswitchId);
    if (
      !vpc ||
      !vswitch ||
      vpc.RegionId !== instance.RegionId ||
      vswitch.RegionId !== instance.RegionId ||
      vswitch.VpcId !== vpc.VpcId
    ) {
      throw new BusinessFailure('VPC_NOT_EXIST');
    }
    const links = tx.objectStore('linkedVpcs');
    if (await links.count([instance.InstanceId, ModuleName, vpc.VpcId])) {
      throw new BusinessFailure('INSTANCE_VPC_ALREADY_LINKED');
    }
    const linked = (await links.index('by-instance').getAll(instance.InstanceId)).filter(
      (link) => link.ModuleName === ModuleName,
    );
    if (linked.length >= instance.Quota.Vpc) throw new BusinessFailure('INSTANCE_ACCESS_VPC_LIMIT_EXCEED');
    const taken = new Set((await links.index('by-vswitch').getAll(vswitch.VSwitchId)).map((link) => link.Ip));
    const Ip = allocateIp(vswitch.CidrBlock, Math.floor(Math.random() * 4096), taken);
    const speed = (await tx.objectStore('meta').get(META_KEY))?.Speed ?? 'realistic';
    await links.add({
      InstanceId: instance.InstanceId,
      ModuleName,
      VpcId: vpc.VpcId,
      VswitchId: vswitch.VSwitchId,
      Ip,
      DefaultAccess: false,
      CreateTime: now,
      ReadyTime: speed === 'instant' ? now : now + LINK_PROVISIONING_MS,
    });
  });
  return {};
}

/** `DeleteInstanceVpcEndpointLinkedVpc`: INSTANCE_VPC_NOT_LINKED unless that VPC is linked via that vSwitch. */
export async function unlinkVpc(
  ctx: ServiceContext,
  params: ActionParams<'DeleteInstanceVpcEndpointLinkedVpc'>,
): Promise<Payload<'DeleteInstanceVpcEndpointLinkedVpc'>> {
  const ModuleName = params.ModuleName ?? 'Registry';
  await write(ctx.store, ['instances', 'linkedVpcs'], async (tx) => {
    const instance = await requireInstance(tx, params.InstanceId, { running: true });
    const key: [string, string, string] = [instance.InstanceId, ModuleName, params.VpcId];
    const link = await tx.objectStore('linkedVpcs').get(key);
    if (!link || link.VswitchId !== params.VswitchId) throw new BusinessFailure('INSTANCE_VPC_NOT_LINKED');
    await tx.objectStore('linkedVpcs').delete(key);
  });
  return {};
}
