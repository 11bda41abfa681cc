/**
 * The rule part of a deployment policy (shared by create, update and preview): its checks, and its
 * conversion to the core's camelCase types (which do the evaluation) and back for the reasons they give.
 */
import { type PolicyReason as CorePolicyReason, type DenyPolicy, validateDenyPolicy } from '@acr-console/core';
import type { ActionParams } from '@/api/contract/actions';
import type { PolicyReason } from '@/api/contract/policies';
import { BusinessFailure } from './errors';
import type { AnyTx } from './scan-rule-checks';

/** The fields of `policyRuleFields` in the contract. */
export type PolicyRule = Pick<
  ActionParams<'PreviewDeployPolicy'>,
  | 'IssueLevel'
  | 'IssueCount'
  | 'Logic'
  | 'PolicyAction'
  | 'RequireSignature'
  | 'Witnesses'
  | 'OnlyFixable'
  | 'BlockUnscanned'
>;

/** The rule as the core evaluates it. */
export function toDenyPolicy(rule: PolicyRule): DenyPolicy {
  return {
    ...(rule.IssueLevel ? { issueLevel: rule.IssueLevel } : {}),
    issueCount: rule.IssueCount,
    logic: rule.Logic,
    action: rule.PolicyAction,
    // Without RequireSignature the witnesses are kept (the form remembers them) but check nothing.
    ...(rule.RequireSignature ? { requireSignature: { witnesses: [...rule.Witnesses] } } : {}),
    onlyFixable: rule.OnlyFixable,
    blockUnscanned: rule.BlockUnscanned,
  };
}

/** Just the rule fields of a request, as stored: witnesses once each, no `IssueLevel` key when absent. */
export function ruleFields(request: PolicyRule): PolicyRule {
  return {
    ...(request.IssueLevel ? { IssueLevel: request.IssueLevel } : {}),
    IssueCount: request.IssueCount,
    Logic: request.Logic,
    PolicyAction: request.PolicyAction,
    RequireSignature: request.RequireSignature,
    Witnesses: [...new Set(request.Witnesses)],
    OnlyFixable: request.OnlyFixable,
    BlockUnscanned: request.BlockUnscanned,
  };
}

/**
 * DEPLOY_POLICY_ILLEGAL for a rule that checks nothing or that the core refuses; the core's problem codes go
 * into the message so the console can tell which field is wrong.
 */
export function checkPolicyRule(rule: PolicyRule): void {
  if (!rule.IssueLevel && !rule.RequireSignature && !rule.BlockUnscanned) {
    throw new BusinessFailure('DEPLOY_POLICY_ILLEGAL');
  }
  const problems = validateDenyPolicy(toDenyPolicy(rule));
  if (problems.length > 0) {
    throw new BusinessFailure('DEPLOY_POLICY_ILLEGAL', `The deployment policy is illegal: ${problems.join(', ')}.`);
  }
}

/** WITNESS_NOT_EXIST unless every witness of the rule is one of the instance's. */
export async function requireWitnesses(tx: AnyTx, instanceId: string, witnessIds: readonly string[]): Promise<void> {
  for (const witnessId of witnessIds) {
    const witness = await tx.objectStore('signWitnesses').get(witnessId);
    if (!witness || witness.InstanceId !== instanceId) throw new BusinessFailure('WITNESS_NOT_EXIST');
  }
}

/** A core reason in the contract's PascalCase (absent fields stay absent). */
export function toContractReason(reason: CorePolicyReason): PolicyReason {
  return {
    Code: reason.code,
    Message: { 'zh-CN': reason.message['zh-CN'], 'en-US': reason.message['en-US'] },
    ...(reason.count === undefined ? {} : { Count: reason.count }),
    ...(reason.threshold === undefined ? {} : { Threshold: reason.threshold }),
    ...(reason.witnesses === undefined ? {} : { Witnesses: [...reason.witnesses] }),
    ...(reason.signers === undefined ? {} : { Signers: [...reason.signers] }),
  };
}
