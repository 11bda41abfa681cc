/**
 * Deployment policies (安全可信 > 部署策略), console-only: `CreateDeployPolicy`, `UpdateDeployPolicy`,
 * `DeleteDeployPolicy`, `ListDeployPolicy`. One policy per namespace; its rule is checked as the core reads it
 * (see `deploy-policy-rule.ts`). Evaluation lives in `deploy-check.ts`.
 */
import type { ActionParams } from '@/api/contract/actions';
import { ID_PREFIX } from '@/api/contract/wire';
import type { DeployPolicyRecord } from '../store/schema';
import { read, write } from '../store/transactions';
import type { ServiceContext } from './context';
import { checkPolicyRule, requireWitnesses, ruleFields } from './deploy-policy-rule';
import { BusinessFailure } from './errors';
import { newId } from './ids';
import { requireInstance, requireNamespace } from './lookup';
import type { Payload } from './payload';
import type { AnyTx } from './scan-rule-checks';

const POLICY_STORES = ['instances', 'namespaces', 'signWitnesses', 'deployPolicies'] as const;

export async function requireDeployPolicy(tx: AnyTx, instanceId: string, policyId: string) {
  const policy = await tx.objectStore('deployPolicies').get(policyId);
  if (!policy || policy.InstanceId !== instanceId) throw new BusinessFailure('DEPLOY_POLICY_NOT_EXIST');
  return policy;
}

/** The namespace's policy, enabled or not (`undefined` when it has none). */
export function namespacePolicy(tx: AnyTx, instanceId: string, namespaceName: string) {
  return tx.objectStore('deployPolicies').index('by-instance-namespace').get([instanceId, namespaceName]);
}

/** The unique index is the last line of defence should two creates race past the check. */
function rethrowDuplicate(error: unknown): never {
  if (error instanceof Error && error.name === 'ConstraintError') throw new BusinessFailure('DEPLOY_POLICY_EXIST');
  throw error;
}

/** `CreateDeployPolicy`: DEPLOY_POLICY_EXIST when the namespace already has one. */
export async function createDeployPolicy(
  ctx: ServiceContext,
  params: ActionParams<'CreateDeployPolicy'>,
): Promise<Payload<'CreateDeployPolicy'>> {
  const rule = ruleFields(params);
  checkPolicyRule(rule);
  const now = ctx.clock.now();
  const policy: DeployPolicyRecord = {
    PolicyId: newId(ID_PREFIX.deployPolicy),
    InstanceId: params.InstanceId,
    NamespaceName: params.NamespaceName,
    Enabled: params.Enabled,
    ...rule,
    CreateTime: now,
    UpdateTime: now,
  };
  await write(ctx.store, POLICY_STORES, async (tx) => {
    await requireInstance(tx, policy.InstanceId, { running: true });
    await requireNamespace(tx, policy.InstanceId, policy.NamespaceName);
    await requireWitnesses(tx, policy.InstanceId, policy.Witnesses);
    if (await namespacePolicy(tx, policy.InstanceId, policy.NamespaceName)) {
      throw new BusinessFailure('DEPLOY_POLICY_EXIST');
    }
    await tx.objectStore('deployPolicies').add(policy);
  }).catch(rethrowDuplicate);
  return { PolicyId: policy.PolicyId };
}

/** `UpdateDeployPolicy`: replaces the rule and the switch; the namespace stays. */
export async function updateDeployPolicy(
  ctx: ServiceContext,
  params: ActionParams<'UpdateDeployPolicy'>,
): Promise<Payload<'UpdateDeployPolicy'>> {
  const rule = ruleFields(params);
  checkPolicyRule(rule);
  await write(ctx.store, POLICY_STORES, async (tx) => {
    await requireInstance(tx, params.InstanceId, { running: true });
    const stored = await requireDeployPolicy(tx, params.InstanceId, params.PolicyId);
    await requireWitnesses(tx, params.InstanceId, rule.Witnesses);
    // Rebuilt, not spread over the stored record: an absent IssueLevel must turn that condition off.
    await tx.objectStore('deployPolicies').put({
      PolicyId: stored.PolicyId,
      InstanceId: stored.InstanceId,
      NamespaceName: stored.NamespaceName,
      Enabled: params.Enabled,
      ...rule,
      CreateTime: stored.CreateTime,
      UpdateTime: Math.max(ctx.clock.now(), stored.CreateTime),
    });
  });
  return {};
}

/** `DeleteDeployPolicy`: the namespace is no longer checked. */
export async function deleteDeployPolicy(
  ctx: ServiceContext,
  params: ActionParams<'DeleteDeployPolicy'>,
): Promise<Payload<'DeleteDeployPolicy'>> {
  await write(ctx.store, ['instances', 'deployPolicies'], async (tx) => {
    await requireInstance(tx, params.InstanceId, { running: true });
    const policy = await requireDeployPolicy(tx, params.InstanceId, params.PolicyId);
    await tx.objectStore('deployPolicies').delete(policy.PolicyId);
  });
  return {};
}

/** `ListDeployPolicy`: every policy of the instance, by namespace name. */
export async function listDeployPolicy(
  ctx: ServiceContext,
  params: ActionParams<'ListDeployPolicy'>,
): Promise<Payload<'ListDeployPolicy'>> {
  const policies = await read(ctx.store, ['instances', 'deployPolicies'], async (tx) => {
    await requireInstance(tx, params.InstanceId);
    return tx.objectStore('deployPolicies').index('by-instance').getAll(params.InstanceId);
  });
  policies.sort((a, b) => a.NamespaceName.localeCompare(b.NamespaceName));
  return { Policies: policies, TotalCount: policies.length };
}
