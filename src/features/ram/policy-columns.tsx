import { Button, Flex, type TableColumnsType, Tag } from 'antd';
import type { RamPolicy } from '@/api/contract/ram';
import { useCan } from '@/api/resources/ram';
import { formatTime } from '@/lib/format';
import type { TFunction } from '@/lib/i18n';
import { CanDelete } from './can-delete';

interface PolicyColumnOptions {
  onOpen: (policy: RamPolicy) => void;
  onDelete: (policy: RamPolicy) => Promise<unknown>;
}

export function PolicyTypeTag({ t, type }: { t: TFunction; type: RamPolicy['PolicyType'] }) {
  return type === 'System' ? (
    <Tag color="blue">{t('ram.policies.type.System')}</Tag>
  ) : (
    <Tag color="purple">{t('ram.policies.type.Custom')}</Tag>
  );
}

/** 编辑 when the identity may save a new version, else 查看 (the editor opens read-only then). */
function OpenPolicyButton({ t, policy, onOpen }: { t: TFunction; policy: RamPolicy; onOpen: (p: RamPolicy) => void }) {
  const can = useCan('CreatePolicyVersion', { PolicyName: policy.PolicyName });
  return (
    <Button type="link" size="small" style={{ padding: 0 }} onClick={() => onOpen(policy)}>
      {can.allowed || can.loading ? t('ram.policies.edit') : t('ram.policies.view')}
    </Button>
  );
}

/** 策略名称, 策略类型, 描述, 引用次数, 版本, 更新时间, and 查看/编辑 and 删除.
 * Editing always opens (to read the document); its 保存 is what RAM may deny. */
export function policyColumns(t: TFunction, { onOpen, onDelete }: PolicyColumnOptions): TableColumnsType<RamPolicy> {
  const link = { type: 'link', size: 'small', style: { padding: 0 } } as const;
  return [
    { title: t('ram.policies.col.name'), dataIndex: 'PolicyName', render: (name: string) => <strong>{name}</strong> },
    {
      title: t('ram.policies.col.type'),
      dataIndex: 'PolicyType',
      render: (type: RamPolicy['PolicyType']) => <PolicyTypeTag t={t} type={type} />,
    },
    { title: t('ram.policies.col.description'), dataIndex: 'Description', render: (text: string) => text || '-' },
    { title: t('ram.policies.col.references'), dataIndex: 'AttachmentCount' },
    { title: t('ram.policies.col.version'), dataIndex: 'DefaultVersion' },
    { title: t('ram.policies.col.updated'), dataIndex: 'UpdateDate', render: (ms: number) => formatTime(ms) },
    {
      title: t('common.actions'),
      key: 'actions',
      render: (_, policy) => {
        if (policy.PolicyType === 'System') {
          return (
            <Button {...link} onClick={() => onOpen(policy)}>
              {t('ram.policies.view')}
            </Button>
          );
        }
        const params = { PolicyName: policy.PolicyName };
        return (
          <Flex gap={12}>
            <OpenPolicyButton t={t} policy={policy} onOpen={onOpen} />
            <CanDelete
              action="DeletePolicy"
              params={params}
              title={t('ram.policies.delete.title', { name: policy.PolicyName })}
              warning={t('ram.policies.delete.warning')}
              blockedReason={
                policy.AttachmentCount > 0 ? t('ram.policies.in-use', { count: policy.AttachmentCount }) : undefined
              }
              onConfirm={() => onDelete(policy)}
            />
          </Flex>
        );
      },
    },
  ];
}
