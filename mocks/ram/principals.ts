/**
 * Who is calling and which policies apply to it: the session identity (MetaRecord.Identity; absent or
 * `root` = the main account), and the policies attached to the RAM user and to each of its groups.
 */
import { parseRamPolicy, type RamPolicy, SYSTEM_POLICIES } from '@acr-console/core';
import { MAIN_ACCOUNT_NAME, type RamPolicyType, type RamPolicy as RamPolicyView } from '@/api/contract/ram';
import type { AcrTransaction, RamUserRecord, StoreName } from '../store/schema';

type AnyTx = AcrTransaction<'readonly'> | AcrTransaction<'readwrite'>;

/** The stores `loadPrincipal` reads. */
export const PRINCIPAL_STORES: readonly StoreName[] = ['ramUsers', 'ramAttachments', 'ramPolicies'];

/** System policies have no dates of their own in the demo: the day ACR EE's policies were published. */
const SYSTEM_POLICY_DATE = Date.UTC(2019, 2, 1);
const SYSTEM_DESCRIPTIONS: Record<string, string> = {
  AliyunContainerRegistryFullAccess: '管理容器镜像服务（CR）的权限',
  AliyunContainerRegistryReadOnlyAccess: '只读访问容器镜像服务（CR）的权限',
};

export type Principal =
  | { kind: 'root'; name: typeof MAIN_ACCOUNT_NAME }
  /** `user` is undefined when the session names a user that was deleted since: it has no policies. */
  | { kind: 'user'; name: string; user: RamUserRecord | undefined; policies: RamPolicy[] };

export function isRoot(identity: string | undefined): boolean {
  return !identity || identity === MAIN_ACCOUNT_NAME;
}

/** The session's principal with its effective policies (its own and its groups'). */
export async function loadPrincipal(tx: AnyTx, identity: string | undefined): Promise<Principal> {
  if (!identity || isRoot(identity)) return { kind: 'root', name: MAIN_ACCOUNT_NAME };
  const user = await tx.objectStore('ramUsers').get(identity);
  if (!user) return { kind: 'user', name: identity, user, policies: [] };
  const attachments = await tx.objectStore('ramAttachments').getAll();
  const groups = new Set(user.Groups);
  const policies: RamPolicy[] = [];
  const seen = new Set<string>();
  for (const a of attachments) {
    const applies =
      (a.PrincipalType === 'User' && a.PrincipalName === user.UserName) ||
      (a.PrincipalType === 'Group' && groups.has(a.PrincipalName));
    const key = `${a.PolicyType}/${a.PolicyName}`;
    if (!applies || seen.has(key)) continue;
    seen.add(key);
    const policy = await findPolicy(tx, a.PolicyName, a.PolicyType);
    if (policy) policies.push(policy);
  }
  return { kind: 'user', name: user.UserName, user, policies };
}

/** A system policy, or a custom one parsed from the store; undefined if there is none of that name. */
export async function findPolicy(tx: AnyTx, name: string, type: RamPolicyType): Promise<RamPolicy | undefined> {
  if (type === 'System') return SYSTEM_POLICIES.find((p) => p.PolicyName === name);
  const record = await tx.objectStore('ramPolicies').get(name);
  if (!record) return undefined;
  const parsed = parseRamPolicy(record.PolicyDocument);
  // Saved documents were validated; one that no longer parses grants nothing rather than failing every call.
  return parsed.ok ? { PolicyName: record.PolicyName, PolicyType: 'Custom', Document: parsed.document } : undefined;
}

export function isSystemPolicy(name: string): boolean {
  return SYSTEM_POLICIES.some((p) => p.PolicyName === name);
}

/** The system policies as the API shows them. */
export function systemPolicyViews(): Omit<RamPolicyView, 'AttachmentCount'>[] {
  return SYSTEM_POLICIES.map((p) => ({
    PolicyName: p.PolicyName,
    PolicyType: 'System',
    Description: SYSTEM_DESCRIPTIONS[p.PolicyName] ?? '',
    PolicyDocument: JSON.stringify(p.Document, null, 2),
    DefaultVersion: 'v1',
    CreateDate: SYSTEM_POLICY_DATE,
    UpdateDate: SYSTEM_POLICY_DATE,
  }));
}
