import { useQuery } from '@tanstack/react-query';
import { App } from 'antd';
import { useMemo, useState } from 'react';
import type { RamPolicyType, RamUser } from '@/api/contract/ram';
import {
  ramQueries,
  useAddUserToGroup,
  useAttachPolicyToUser,
  useCan,
  useDeleteUser,
  useDetachPolicyFromUser,
  useRemoveUserFromGroup,
} from '@/api/resources/ram';
import { useModalState } from '@/hooks/use-modal-state';
import { useT } from '@/lib/i18n';
import { CreatePrincipalModal } from './create-principal-modal';
import { PickModal, type PickOption } from './pick-modal';
import { attachOptions, detachOptions, grantedTo, parsePolicyValue } from './policy-choice';
import { PrincipalPage } from './principal-page';
import { useRamErrorMessage } from './use-ram-error';
import { type UserDialogKind, userColumns } from './user-columns';

/** 访问控制 > 用户: RAM users with their groups and policies; 创建用户, 添加/移除权限, 加入/移出用户组, 删除. */
export function RamUsersPage() {
  const t = useT();
  const { message } = App.useApp();
  const showError = useRamErrorMessage();
  const canList = useCan('ListUsers');
  const users = useQuery({ ...ramQueries.users(), enabled: canList.allowed });
  const groups = useQuery({ ...ramQueries.groups(), enabled: canList.allowed });
  const policies = useQuery({ ...ramQueries.policies(), enabled: canList.allowed });
  const attachments = useQuery({ ...ramQueries.attachments(), enabled: canList.allowed });
  const create = useModalState<void>();
  const [dialog, setDialog] = useState<{ kind: UserDialogKind; user: RamUser }>();
  const attach = useAttachPolicyToUser();
  const detach = useDetachPolicyFromUser();
  const join = useAddUserToGroup();
  const leave = useRemoveUserFromGroup();
  const remove = useDeleteUser();

  const columns = useMemo(
    () =>
      userColumns(t, {
        grantsOf: (user) => grantedTo(attachments.data?.Attachments, 'User', user.UserName),
        inheritedOf: (user) => user.Groups.flatMap((g) => grantedTo(attachments.data?.Attachments, 'Group', g)),
        onDialog: (kind, user) => setDialog({ kind, user }),
        onDelete: (user) =>
          remove
            .mutateAsync({ UserName: user.UserName })
            .then(() => void message.success(t('ram.users.deleted', { name: user.UserName })), showError),
      }),
    [t, attachments.data, remove.mutateAsync, message, showError],
  );

  const typeLabel = (type: RamPolicyType) =>
    t(type === 'System' ? 'ram.policies.type.System' : 'ram.policies.type.Custom');
  const pick = dialog && pickFor(dialog.kind, dialog.user);
  function pickFor(kind: UserDialogKind, user: RamUser) {
    const name = user.UserName;
    const granted = grantedTo(attachments.data?.Attachments, 'User', name);
    const fail = (error: unknown) => {
      showError(error);
      throw error;
    };
    const byKind: Record<
      UserDialogKind,
      { title: string; label: string; options: PickOption[]; onOk: (v: string) => Promise<unknown> }
    > = {
      attach: {
        title: t('ram.users.attach.title', { name }),
        label: t('ram.pick.policy'),
        options: attachOptions(policies.data?.Policies ?? [], granted, typeLabel),
        onOk: (value) => {
          const policy = parsePolicyValue(value);
          return attach
            .mutateAsync({ ...policy, UserName: name })
            .then(() => void message.success(t('ram.attached', { policy: policy.PolicyName })), fail);
        },
      },
      detach: {
        title: t('ram.users.detach.title', { name }),
        label: t('ram.pick.policy'),
        options: detachOptions(granted),
        onOk: (value) => {
          const policy = parsePolicyValue(value);
          return detach
            .mutateAsync({ ...policy, UserName: name })
            .then(() => void message.success(t('ram.detached', { policy: policy.PolicyName })), fail);
        },
      },
      join: {
        title: t('ram.users.join.title', { name }),
        label: t('ram.pick.group'),
        options: (groups.data?.Groups ?? [])
          .filter((g) => !user.Groups.includes(g.GroupName))
          .map((g) => ({ value: g.GroupName, label: g.GroupName })),
        onOk: (group) =>
          join
            .mutateAsync({ UserName: name, GroupName: group })
            .then(() => void message.success(t('ram.member-added', { user: name, group })), fail),
      },
      leave: {
        title: t('ram.users.leave.title', { name }),
        label: t('ram.pick.group'),
        options: user.Groups.map((g) => ({ value: g, label: g })),
        onOk: (group) =>
          leave
            .mutateAsync({ UserName: name, GroupName: group })
            .then(() => void message.success(t('ram.member-removed', { user: name, group })), fail),
      },
    };
    return byKind[kind];
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
      {pick && (
        <PickModal
          open
          title={pick.title}
          label={pick.label}
          options={pick.options}
          onOk={pick.onOk}
          onClose={() => setDialog(undefined)}
        />
      )}
    </PrincipalPage>
  );
}
