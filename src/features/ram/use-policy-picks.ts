import { useQuery } from '@tanstack/react-query';
import type { RamPolicyType } from '@/api/contract/ram';
import { ramQueries } from '@/api/resources/ram';
import { useFeedback } from '@/components/feedback';
import type { MessageKey } from '@/lib/i18n';
import { useT } from '@/lib/i18n';
import type { PickOption } from './pick-modal';
import { attachOptions, detachOptions, grantedTo, parsePolicyValue } from './policy-choice';
import { useRamErrorMessage } from './use-ram-error';

/** One 选择 dialog: what it asks for and what choosing does (a rejection keeps it open). */
export interface Pick {
  title: string;
  label: string;
  options: PickOption[];
  onOk: (value: string) => Promise<unknown>;
}

type PrincipalType = 'User' | 'Group';
type PolicyRef = ReturnType<typeof parsePolicyValue>;
/** Grants or revokes a policy for the named principal. */
type PolicyOp = (policy: PolicyRef, principalName: string) => Promise<unknown>;

const TITLES: Record<PrincipalType, { attach: MessageKey; detach: MessageKey }> = {
  User: { attach: 'ram.users.attach.title', detach: 'ram.users.detach.title' },
  Group: { attach: 'ram.groups.attach.title', detach: 'ram.groups.detach.title' },
};

/**
 * What users and groups share: the attachments and policies lists, the 添加权限 / 移除权限 dialogs, and `fail`,
 * which shows an error and rethrows it so the dialog stays open for a retry.
 */
export function usePolicyPicks(type: PrincipalType, ops: { attach: PolicyOp; detach: PolicyOp }, enabled: boolean) {
  const t = useT();
  const { message } = useFeedback();
  const showError = useRamErrorMessage();
  const policies = useQuery({ ...ramQueries.policies(), enabled });
  const attachments = useQuery({ ...ramQueries.attachments(), enabled });
  const fail = (error: unknown): never => {
    showError(error);
    throw error;
  };
  const typeLabel = (policyType: RamPolicyType) =>
    t(policyType === 'System' ? 'ram.policies.type.System' : 'ram.policies.type.Custom');

  function policyPicks(name: string): { attach: Pick; detach: Pick } {
    const granted = grantedTo(attachments.data?.Attachments, type, name);
    const run = (op: PolicyOp, done: MessageKey) => (value: string) => {
      const policy = parsePolicyValue(value);
      return op(policy, name).then(() => void message.success(t(done, { policy: policy.PolicyName })), fail);
    };
    return {
      attach: {
        title: t(TITLES[type].attach, { name }),
        label: t('ram.pick.policy'),
        options: attachOptions(policies.data?.Policies ?? [], granted, typeLabel),
        onOk: run(ops.attach, 'ram.attached'),
      },
      detach: {
        title: t(TITLES[type].detach, { name }),
        label: t('ram.pick.policy'),
        options: detachOptions(granted),
        onOk: run(ops.detach, 'ram.detached'),
      },
    };
  }
  return { attachments: attachments.data?.Attachments, fail, policyPicks };
}
