import { Flex, type TableColumnsType } from 'antd';
import type { RamAttachment, RamGroup } from '@/api/contract/ram';
import { formatTime } from '@/lib/format';
import type { TFunction } from '@/lib/i18n';
import { CanButton } from './can-button';
import { CanDelete } from './can-delete';
import { NameTags, PolicyTags } from './policy-tags';

export type GroupDialogKind = 'attach' | 'detach' | 'add' | 'remove';

interface GroupColumnOptions {
  grantsOf: (group: RamGroup) => RamAttachment[];
  onDialog: (kind: GroupDialogKind, group: RamGroup) => void;
  onDelete: (group: RamGroup) => Promise<unknown>;
}

/** 用户组名称, 成员, 已授权策略, 备注, 创建时间, and the row's actions. */
export function groupColumns(
  t: TFunction,
  { grantsOf, onDialog, onDelete }: GroupColumnOptions,
): TableColumnsType<RamGroup> {
  const link = { type: 'link', size: 'small', style: { padding: 0 } } as const;
  return [
    { title: t('ram.groups.col.name'), dataIndex: 'GroupName', render: (name: string) => <strong>{name}</strong> },
    { title: t('ram.groups.col.members'), key: 'members', render: (_, group) => <NameTags names={group.Members} /> },
    {
      title: t('ram.users.col.policies'),
      key: 'policies',
      render: (_, group) => <PolicyTags attachments={grantsOf(group)} />,
    },
    { title: t('ram.col.comments'), dataIndex: 'Comments', render: (text: string) => text || '-' },
    { title: t('ram.col.created'), dataIndex: 'CreateDate', render: (ms: number) => formatTime(ms) },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 240,
      render: (_, group) => {
        const params = { GroupName: group.GroupName };
        return (
          <Flex gap="4px 12px" wrap>
            <CanButton {...link} action="AddUserToGroup" params={params} onClick={() => onDialog('add', group)}>
              {t('ram.groups.add-member')}
            </CanButton>
            <CanButton
              {...link}
              action="RemoveUserFromGroup"
              params={params}
              disabled={group.Members.length === 0}
              onClick={() => onDialog('remove', group)}
            >
              {t('ram.groups.remove-member')}
            </CanButton>
            <CanButton {...link} action="AttachPolicyToGroup" params={params} onClick={() => onDialog('attach', group)}>
              {t('ram.users.attach')}
            </CanButton>
            <CanButton
              {...link}
              action="DetachPolicyFromGroup"
              params={params}
              disabled={grantsOf(group).length === 0}
              onClick={() => onDialog('detach', group)}
            >
              {t('ram.users.detach')}
            </CanButton>
            <CanDelete
              action="DeleteGroup"
              params={params}
              title={t('ram.groups.delete.title', { name: group.GroupName })}
              warning={t('ram.groups.delete.warning')}
              onConfirm={() => onDelete(group)}
            />
          </Flex>
        );
      },
    },
  ];
}
