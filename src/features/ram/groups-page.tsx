import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import type { RamGroup } from '@/api/contract/ram';
import {
  ramQueries,
  useAddUserToGroup,
  useAttachPolicyToGroup,
  useCan,
  useDeleteGroup,
  useDetachPolicyFromGroup,
  useRemoveUserFromGroup,
} from '@/api/resources/ram';
import { useFeedback } from '@/components/feedback';
import { useModalState } from '@/hooks/use-modal-state';
import { useT } from '@/lib/i18n';
import { CreatePrincipalModal } from './create-principal-modal';
import { type GroupDialogKind, groupColumns } from './group-columns';
import { PickModal } from './pick-modal';
import { grantedTo } from './policy-choice';
import { PrincipalPage } from './principal-page';
import { type Pick, usePolicyPicks } from './use-policy-picks';
import { useRamErrorMessage } from './use-ram-error';

/** 访问控制 > 用户组: groups with their members and policies; members inherit the group's policies. */
export function RamGroupsPage() {
  const t = useT();
  const { message } = useFeedback();
  const showError = useRamErrorMessage();
  const canList = useCan('ListGroups');
  const groups = useQuery({ ...ramQueries.groups(), enabled: canList.allowed });
  const users = useQuery({ ...ramQueries.users(), enabled: canList.allowed });
  const create = useModalState<void>();
  const [dialog, setDialog] = useState<{ kind: GroupDialogKind; group: RamGroup }>();
  const attach = useAttachPolicyToGroup();
  const detach = useDetachPolicyFromGroup();
  const add = useAddUserToGroup();
  const removeMember = useRemoveUserFromGroup();
  const remove = useDeleteGroup();
  const { attachments, fail, policyPicks } = usePolicyPicks(
    'Group',
    {
      attach: (policy, GroupName) => attach.mutateAsync({ ...policy, GroupName }),
      detach: (policy, GroupName) => detach.mutateAsync({ ...policy, GroupName }),
    },
    canList.allowed,
  );

  const columns = useMemo(
    () =>
      groupColumns(t, {
        grantsOf: (group) => grantedTo(attachments, 'Group', group.GroupName),
        onDialog: (kind, group) => setDialog({ kind, group }),
        onDelete: (group) =>
          remove
            .mutateAsync({ GroupName: group.GroupName })
            .then(() => void message.success(t('ram.groups.deleted', { name: group.GroupName })), showError),
      }),
    [t, attachments, remove.mutateAsync, message, showError],
  );

  function pickFor(kind: GroupDialogKind, group: RamGroup): Pick {
    const name = group.GroupName;
    switch (kind) {
      case 'attach':
      case 'detach':
        return policyPicks(name)[kind];
      case 'add':
        return {
          title: t('ram.groups.add-member.title', { name }),
          label: t('ram.pick.user'),
          options: (users.data?.Users ?? [])
            .filter((u) => !group.Members.includes(u.UserName))
            .map((u) => ({
              value: u.UserName,
              label: u.DisplayName ? `${u.DisplayName} (${u.UserName})` : u.UserName,
            })),
          onOk: (user) =>
            add
              .mutateAsync({ UserName: user, GroupName: name })
              .then(() => void message.success(t('ram.member-added', { user, group: name })), fail),
        };
      case 'remove':
        return {
          title: t('ram.groups.remove-member.title', { name }),
          label: t('ram.pick.user'),
          options: group.Members.map((u) => ({ value: u, label: u })),
          onOk: (user) =>
            removeMember
              .mutateAsync({ UserName: user, GroupName: name })
              .then(() => void message.success(t('ram.member-removed', { user, group: name })), fail),
        };
    }
  }
  const pick = dialog && pickFor(dialog.kind, dialog.group);

  return (
    <PrincipalPage<RamGroup>
      title={t('menu.ram-groups')}
      description={t('ram.groups.description')}
      createLabel={t('ram.groups.create')}
      createAction="CreateGroup"
      onCreate={() => create.show()}
      canList={canList}
      query={groups}
      rows={groups.data?.Groups}
      rowKey="GroupName"
      columns={columns}
      empty={{ title: t('ram.groups.empty'), description: t('ram.groups.empty.description') }}
    >
      <CreatePrincipalModal key={create.key} kind="group" open={create.open} onClose={create.hide} />
      {pick && <PickModal open {...pick} onClose={() => setDialog(undefined)} />}
    </PrincipalPage>
  );
}
