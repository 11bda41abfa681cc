import type { TableColumnsType } from 'antd';
import { Space, Tag, Typography } from 'antd';
import type { SignRule } from '@/api/contract/signing';
import { useCan } from '@/api/resources/ram';
import { DeleteConfirm } from '@/components/delete-confirm';
import { PermissionButton, type PermissionState } from '@/components/permission-gate';
import { formatTime } from '@/lib/format';
import { type TFunction, useT } from '@/lib/i18n';
import { triggerLabel } from './labels';

interface RuleActions {
  instanceId: string;
  /** What RAM answers for DeleteSigningRule (per instance). */
  canRemove?: PermissionState;
  /** The witness's name, or undefined when it is gone (or still loading). */
  witnessName: (witnessId: string) => string | undefined;
  onEdit: (rule: SignRule) => void;
  onDelete: (rule: SignRule) => Promise<unknown>;
}

export function signRuleColumns(t: TFunction, actions: RuleActions): TableColumnsType<SignRule> {
  return [
    {
      key: 'name',
      title: t('signing.rules.col.name'),
      render: (_, rule) => <Typography.Text strong>{rule.RuleName}</Typography.Text>,
    },
    { key: 'namespace', title: t('signing.rules.col.namespace'), render: (_, rule) => rule.NamespaceName },
    {
      key: 'repo',
      title: t('signing.rules.col.repo'),
      render: (_, rule) => <Typography.Text code>{rule.RepoNameFilter || '.*'}</Typography.Text>,
    },
    {
      key: 'tag',
      title: t('signing.rules.col.tag'),
      render: (_, rule) => <Typography.Text code>{rule.TagFilterPattern || '.*'}</Typography.Text>,
    },
    {
      key: 'witness',
      title: t('signing.rules.col.witness'),
      render: (_, rule) =>
        actions.witnessName(rule.WitnessId) ?? <Typography.Text type="secondary">{rule.WitnessId}</Typography.Text>,
    },
    {
      key: 'trigger',
      title: t('signing.rules.col.trigger'),
      render: (_, rule) => (
        <Tag color={rule.TriggerType === 'PUSH' ? 'blue' : 'default'}>{t(triggerLabel[rule.TriggerType])}</Tag>
      ),
    },
    { key: 'created', title: t('common.create-time'), render: (_, rule) => formatTime(rule.CreateTime) },
    {
      key: 'actions',
      title: t('common.actions'),
      render: (_, rule) => (
        <Space size={12}>
          <RuleEdit rule={rule} actions={actions} />
          <DeleteConfirm
            permission={actions.canRemove}
            title={t('signing.rules.delete.title', { name: rule.RuleName })}
            warning={t('signing.rules.delete.warning')}
            ariaLabel={t('signing.rules.delete.aria', { name: rule.RuleName })}
            onConfirm={() => actions.onDelete(rule)}
          />
        </Space>
      ),
    },
  ];
}

/** 编辑 of a rule: UpdateSigningRule acts on the rule's namespace. */
function RuleEdit({ rule, actions }: { rule: SignRule; actions: RuleActions }) {
  const t = useT();
  const can = useCan('UpdateSigningRule', {
    InstanceId: actions.instanceId,
    SignRuleId: rule.SignRuleId,
    NamespaceName: rule.NamespaceName,
  });
  return (
    <PermissionButton
      type="link"
      size="small"
      style={{ padding: 0 }}
      aria-label={t('signing.rules.edit.aria', { name: rule.RuleName })}
      permission={can}
      onClick={() => actions.onEdit(rule)}
    >
      {t('common.edit')}
    </PermissionButton>
  );
}
