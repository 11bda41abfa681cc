import type { ActionRequest } from '@/api/contract/actions';
import type { DeployPolicy, IssueLevel, PolicyAction, PolicyLogic } from '@/api/contract/policies';

/** 漏洞等级 of the form: `NONE` is 不检查 (no vulnerability condition). */
export type LevelChoice = IssueLevel | 'NONE';

export interface PolicyFormValues {
  NamespaceName: string;
  Level: LevelChoice;
  IssueCount: number;
  Logic: PolicyLogic;
  Action: PolicyAction;
  RequireSignature: boolean;
  Witnesses: string[];
  OnlyFixable: boolean;
  BlockUnscanned: boolean;
  Enabled: boolean;
}

/** The rule fields create, update and preview share. */
export type PolicyRuleFields = Omit<ActionRequest<'PreviewDeployPolicy'>, 'InstanceId' | 'NamespaceName'>;

export function initialPolicyValues(policy?: DeployPolicy): PolicyFormValues {
  return {
    NamespaceName: policy?.NamespaceName ?? '',
    Level: policy ? (policy.IssueLevel ?? 'NONE') : 'HIGH',
    IssueCount: policy?.IssueCount ?? 1,
    Logic: policy?.Logic ?? 'OR',
    Action: policy?.PolicyAction ?? 'BLOCK',
    RequireSignature: policy?.RequireSignature ?? false,
    Witnesses: policy?.Witnesses ?? [],
    OnlyFixable: policy?.OnlyFixable ?? false,
    BlockUnscanned: policy?.BlockUnscanned ?? false,
    Enabled: policy?.Enabled ?? true,
  };
}

export function policyRuleFields(values: PolicyFormValues): PolicyRuleFields {
  return {
    ...(values.Level === 'NONE' ? {} : { IssueLevel: values.Level }),
    IssueCount: values.IssueCount,
    Logic: values.Logic,
    PolicyAction: values.Action,
    RequireSignature: values.RequireSignature,
    Witnesses: values.RequireSignature ? values.Witnesses : [],
    OnlyFixable: values.OnlyFixable,
    BlockUnscanned: values.BlockUnscanned,
  };
}

/** A policy's rule fields with `Enabled` flipped, for the table's switch. */
export function toggledPolicy(policy: DeployPolicy, enabled: boolean): ActionRequest<'UpdateDeployPolicy'> {
  return {
    InstanceId: policy.InstanceId,
    PolicyId: policy.PolicyId,
    Enabled: enabled,
    ...(policy.IssueLevel ? { IssueLevel: policy.IssueLevel } : {}),
    IssueCount: policy.IssueCount,
    Logic: policy.Logic,
    PolicyAction: policy.PolicyAction,
    RequireSignature: policy.RequireSignature,
    Witnesses: policy.Witnesses,
    OnlyFixable: policy.OnlyFixable,
    BlockUnscanned: policy.BlockUnscanned,
  };
}
