/**
 * Attaching policies to RAM users and groups: `AttachPolicyToUser`, `DetachPolicyFromUser`,
 * `AttachPolicyToGroup`, `DetachPolicyFromGroup`, `ListAttachments`. Attaching twice or detaching what is
 * not attached changes nothing. Every change takes effect on the principal's next call.
 */
import type { PrincipalType, RamPolicyType } from '@/api/contract/ram';
import { read, write } from '../store/transactions';
import type { ServiceContext } from './context';
import type { Payload } from './payload';
import { requirePolicy } from './ram-policies';
import { requireGroup, requireUser } from './ram-users';

interface PolicyRef {
  PolicyName: string;
  PolicyType: RamPolicyType;
}

async function setAttachment(
  ctx: ServiceContext,
  policy: PolicyRef,
  principal: { type: PrincipalType; name: string },
  attached: boolean,
): Promise<Record<string, never>> {
  await write(ctx.store, ['ramUsers', 'ramGroups', 'ramPolicies', 'ramAttachments'], async (tx) => {
    if (principal.type === 'User') await requireUser(tx, principal.name);
    else await requireGroup(tx, principal.name);
    await requirePolicy(tx, policy.PolicyName, policy.PolicyType);
    const store = tx.objectStore('ramAttachments');
    const key: [string, string, string, string] = [
      principal.type,
      principal.name,
      policy.PolicyType,
      policy.PolicyName,
    ];
    if (!attached) {
      await store.delete(key);
      return;
    }
    if (await store.get(key)) return;
    await store.add({
      PolicyName: policy.PolicyName,
      PolicyType: policy.PolicyType,
      PrincipalType: principal.type,
      PrincipalName: principal.name,
      AttachDate: ctx.clock.now(),
    });
  });
  return {};
}

export const attachPolicyToUser = (ctx: ServiceContext, p: PolicyRef & { UserName: string }) =>
  setAttachment(ctx, p, { type: 'User', name: p.UserName }, true);
export const detachPolicyFromUser = (ctx: ServiceContext, p: PolicyRef & { UserName: string }) =>
  setAttachment(ctx, p, { type: 'User', name: p.UserName }, false);
export const attachPolicyToGroup = (ctx: ServiceContext, p: PolicyRef & { GroupName: string }) =>
  setAttachment(ctx, p, { type: 'Group', name: p.GroupName }, true);
export const detachPolicyFromGroup = (ctx: ServiceContext, p: PolicyRef & { GroupName: string }) =>
  setAttachment(ctx, p, { type: 'Group', name: p.GroupName }, false);

export async function listAttachments(
  ctx: ServiceContext,
  params: { PrincipalType?: PrincipalType; PrincipalName?: string; PolicyName?: string },
): Promise<Payload<'ListAttachments'>> {
  const all = await read(ctx.store, ['ramAttachments'], (tx) => tx.objectStore('ramAttachments').getAll());
  const Attachments = all
    .filter(
      (a) =>
        (!params.PrincipalType || a.PrincipalType === params.PrincipalType) &&
        (!params.PrincipalName || a.PrincipalName === params.PrincipalName) &&
        (!params.PolicyName || a.PolicyName === params.PolicyName),
    )
    .sort((a, b) => a.AttachDate - b.AttachDate || a.PolicyName.localeCompare(b.PolicyName));
  return { Attachments };
}
