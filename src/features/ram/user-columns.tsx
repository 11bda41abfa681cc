import { Flex, type TableColumnsType } from 'antd';
import type { RamAttachment, RamUser } from '@/api/contract/ram';
import { formatTime } from '@/lib/format';
import type { TFunction } from '@/lib/i18n';
import { CanLink } from './can-button';
import { CanDelete } from './can-delete';
import { NameTags, PolicyTags } from './policy-tags';

export type UserDialogKind = 'attach' | 'detach' | 'join' | 'leave';

interface UserColumnOptions {
  grantsOf: (user: RamUser) => RamAttachment[];
  /** Policies the user has through its groups. */
  inheritedOf: (user: RamUser) => RamAttachment[];
  onDialog: (kind: UserDialogKind, user: RamUser) => void;
  onDelete: (user: RamUser) => Promise<unknown>;
}

/** 用户名, 显示名称, 所属用户组, 已授权策略, 创建时间, and the row's actions. */
export function userColumns(
  t: TFunction,
  { grantsOf, inheritedOf, onDialog, onDelete }: UserColumnOptions,
): TableColumnsType<RamUser> {
  return [
    { title: t('ram.users.col.name'), dataIndex: 'UserName', render: (name: string) => <strong>{name}</strong> },
    { title: t('ram.users.col.display'), dataIndex: 'DisplayName' },
    { title: t('ram.users.col.groups'), key: 'groups', render: (_, user) => <NameTags names={user.Groups} /> },
    {
      title: t('ram.users.col.policies'),
      key: 'policies',
      render: (_, user) => <PolicyTags attachments={grantsOf(user)} inherited={inheritedOf(user)} />,
    },
    { title: t('ram.col.created'), dataIndex: 'CreateDate', render: (ms: number) => formatTime(ms) },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 240,
      render: (_, user) => {
        const params = { UserName: user.UserName };
        return (
          <Flex gap="4px 12px" wrap>
            <CanLink action="AttachPolicyToUser" params={params} onClick={() => onDialog('attach', user)}>
              {t('ram.users.attach')}
            </CanLink>
            <CanLink
              action="DetachPolicyFromUser"
              params={params}
              disabled={grantsOf(user).length === 0}
              onClick={() => onDialog('detach', user)}
            >
              {t('ram.users.detach')}
            </CanLink>
            <CanLink action="AddUserToGroup" params={params} onClick={() => onDialog('join', user)}>
              {t('ram.users.join-group')}
            </CanLink>
            <CanLink
              action="RemoveUserFromGroup"
              params={params}
              disabled={user.Groups.length === 0}
              onClick={() => onDialog('leave', user)}
            >
              {t('ram.users.leave-group')}
            </CanLink>
            <CanDelete
              action="DeleteUser"
              params={params}
              title={t('ram.users.delete.title', { name: user.UserName })}
              warning={t('ram.users.delete.warning')}
              onConfirm={() => onDelete(user)}
            />
          </Flex>
        );
      },
    },
  ];
}
