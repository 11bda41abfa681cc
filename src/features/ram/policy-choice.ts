import type { RamAttachment, RamPolicy, RamPolicyType } from '@/api/contract/ram';
import type { PickOption } from './pick-modal';

/** A policy as one select value: names cannot contain `:`, so `System:Name` splits back unambiguously. */
export const policyValue = (type: RamPolicyType, name: string) => `${type}:${name}`;

export function parsePolicyValue(value: string): { PolicyType: RamPolicyType; PolicyName: string } {
  const at = value.indexOf(':');
  return { PolicyType: value.slice(0, at) === 'System' ? 'System' : 'Custom', PolicyName: value.slice(at + 1) };
}

/** Policies not yet granted to the principal (for 添加权限). */
export function attachOptions(
  policies: RamPolicy[],
  granted: RamAttachment[],
  typeLabel: (type: RamPolicyType) => string,
): PickOption[] {
  const have = new Set(granted.map((a) => policyValue(a.PolicyType, a.PolicyName)));
  return policies
    .filter((p) => !have.has(policyValue(p.PolicyType, p.PolicyName)))
    .map((p) => ({
      value: policyValue(p.PolicyType, p.PolicyName),
      label: `${p.PolicyName} (${typeLabel(p.PolicyType)})`,
    }));
}

/** Policies granted to the principal (for 移除权限). */
export function detachOptions(granted: RamAttachment[]): PickOption[] {
  return granted.map((a) => ({ value: policyValue(a.PolicyType, a.PolicyName), label: a.PolicyName }));
}

/** Attachments of one principal. */
export function grantedTo(
  attachments: RamAttachment[] | undefined,
  type: 'User' | 'Group',
  name: string,
): RamAttachment[] {
  return (attachments ?? []).filter((a) => a.PrincipalType === type && a.PrincipalName === name);
}
