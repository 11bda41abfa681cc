import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import type { RamUser } from '@/api/contract/ram';
import {
  ramQueries,
  useAddUserToGroup,
  useAttachPolicyToUser,
  useCan,
  useDeleteUser,
  useDetachPolicyFromUser,
  useRemoveUserFromGroup,
} from '@/api/resources/ram';
import { useFeedback } from '@/components/feedback';
import { useModalState } from '@/hooks/use-modal-state';
import { useT } from '@/lib/i18n';
import { CreatePrincipalModal } from './create-principal-modal';
import { PickModal } from './pick-modal';
import { grantedTo } from './policy-choice';
import { PrincipalPage } from './principal-page';
import { type Pick, usePolicyPicks } from './use-policy-picks';
import { useRamErrorMessage } from './use-ram-error';
import { type UserDialogKind, userColumns } from './user-columns';

/** 访问控制 > 用户: RAM users with their groups and policies; 创建用户, 添加/移除权限, 加入/移出用户组, 删除. */
export function RamUsersPage() {
  const t = useT();
  const { message } = useFeedback();
  const showError = useRamErrorMessage();
  const canList = useCan('ListUsers');
  const users = useQuery({ ...ramQueries.users(), enabled: canList.allowed });
  const groups = useQuery({ ...ramQueries.groups(), enabled: canList.allowed });
  const create = useModalState<void>();
  const [dialog, setDialog] = useState<{ kind: UserDialogKind; user: RamUser }>();
  const attach = useAttachPolicyToUser();
  const detach = useDetachPolicyFromUser();
  const join = useAddUserToGroup();
  const leave = useRemoveUserFromGroup();
  const remove = useDeleteUser();
  const { attachments, fail, policyPicks } = usePolicyPicks(
    'User',
    {
      attach: (policy, UserName) => attach.mutateAsync({ ...policy, UserName }),
      detach: (policy, UserName) => detach.mutateAsync({ ...policy, UserName }),
    },
    canList.allowed,
  );

  const columns = useMemo(
    () =>
      userColumns(t, {
        grantsOf: (user) => grantedTo(attachments, 'User', user.UserName),
        inheritedOf: (user) => user.Groups.flatMap((g) => grantedTo(attachments, 'Group', g)),
        onDialog: (kind, user) => setDialog({ kind, user }),
        onDelete: (user) =>
          remove
            .mutateAsync({ UserName: user.UserName })
            .then(() => void message.success(t('ram.users.deleted', { name: user.UserName })), showError),
      }),
    [t, attachments, remove.mutateAsync, message, showError],
  );

  const pick = dialog && pickFor(dialog.kind, dialog.user);
  function pickFor(kind: UserDialogKind, user: RamUser): Pick {
    const name = user.UserName;
    if (kind === 'attach' || kind === 'detach') return policyPicks(name)[kind];
    if (kind === 'join') {
      return {
        title: t('ram.users.join.title', { name }),
        label: t('ram.pick.group'),
        options: (groups.data?.Groups ?? [])
          .filter((g) => !user.Groups.includes(g.GroupName))
          .map((g) => ({ value: g.GroupName, label: g.GroupName })),
        onOk: (group) =>
          join
            .mutateAsync({ UserName: name, GroupName: group })
            .then(() => void message.success(t('ram.member-added', { user: name, group })), fail),
      };
    }
    return {
      title: t('ram.users.leave.title', { name }),
      label: t('ram.pick.group'),
      options: user.Groups.map((g) => ({ value: g, label: g })),
      onOk: (group) =>
        leave
          .mutateAsync({ UserName: name, GroupName: group })
          .then(() => void message.success(t('ram.member-removed', { user: name, group })), fail),
    };
  }

  return (
    <PrincipalPage<RamUser>
      title={t('menu.ram-users')}
      description={t('ram.users.description')}
      createLabel={t('ram.users.create')}
      createAction="CreateUser"
      onCreate={() => create.show()}
      canList={canList}
      query={users}
      rows={users.data?.Users}
      rowKey="UserName"
      columns={columns}
      empty={{ title: t('ram.users.empty'), description: t('ram.users.empty.description') }}
    >
      <CreatePrincipalModal key={create.key} kind="user" open={create.open} onClose={create.hide} />
      {pick && <PickModal open {...pick} onClose={() => setDialog(undefined)} />}
    </PrincipalPage>
  );
}
