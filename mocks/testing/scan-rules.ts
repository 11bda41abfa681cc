/** Test helpers for batch scanning: a VPC link (its prerequisite), a rule's parameters, a settled rule task. */
import { expect } from 'vitest';
import type { ActionRequest } from '@/api/contract/actions';
import { callAction } from './api';

/** Links a VPC of cn-hangzhou (by name) to the instance, through the API, as 添加 VPC does. */
export async function linkVpc(InstanceId: string, vpcName = 'prod-vpc'): Promise<void> {
  const { Vpcs } = await callAction('DescribeVpcs', { RegionId: 'cn-hangzhou' });
  const vpc = Vpcs.find((v) => v.VpcName === vpcName);
  if (!vpc) throw new Error(`${vpcName} missing`);
  const { VSwitches } = await callAction('DescribeVSwitches', { RegionId: 'cn-hangzhou', VpcId: vpc.VpcId });
  const vswitch = VSwitches[0];
  if (!vswitch) throw new Error('no vSwitch');
  await callAction('CreateInstanceVpcEndpointLinkedVpc', {
    InstanceId,
    VpcId: vpc.VpcId,
    VswitchId: vswitch.VSwitchId,
  });
}

type CreateParams = ActionRequest<'CreateScanRule'>;

/** A manual rule scanning every tag of namespace `prod`, with `overrides`. */
export function ruleOn(instanceId: string, overrides: Partial<CreateParams> = {}): CreateParams {
  return {
    InstanceId: instanceId,
    RuleName: 'all-prod',
    ScanScope: 'NAMESPACE',
    TriggerType: 'MANUAL',
    Namespaces: ['prod'],
    RepoTagFilterPattern: '.*',
    ...overrides,
  };
}

/** The rule task once it is no longer SCANNING. */
export async function settledRuleTask(InstanceId: string, RuleTaskId: string) {
  const get = () => callAction('GetScanRuleTask', { InstanceId, RuleTaskId });
  await expect.poll(async () => (await get()).Status, { timeout: 30_000, interval: 50 }).not.toBe('SCANNING');
  return get();
}
