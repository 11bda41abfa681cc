import type { TableColumnsType } from 'antd';
import { Space, Typography } from 'antd';
import type { ScanRuleListItem } from '@/api/contract/scan-rules';
import { DeleteConfirm } from '@/components/delete-confirm';
import { PermissionButton, type PermissionState } from '@/components/permission-gate';
import { scanRuleScopeLabel, scanRuleTriggerLabel } from '@/lib/enum-labels';
import { formatTime } from '@/lib/format';
import type { TFunction } from '@/lib/i18n';

interface RuleColumnActions {
  /** Why 立即扫描 and 编辑 are unavailable (no VPC), if they are. */
  disabledReason?: string;
  onRun: (rule: ScanRuleListItem) => void;
  onEdit: (rule: ScanRuleListItem) => void;
  onDelete: (rule: ScanRuleListItem) => Promise<unknown>;
  /** What RAM answers for RunScanRule, UpdateScanRule and DeleteScanRule (one answer per instance). */
  can?: { run?: PermissionState; edit?: PermissionState; remove?: PermissionState };
}

export function ruleColumns(t: TFunction, actions: RuleColumnActions): TableColumnsType<ScanRuleListItem> {
  return [
    { key: 'name', title: t('scan-rules.col.name'), dataIndex: 'RuleName' },
    {
      key: 'scope',
      title: t('scan-rules.col.scope'),
      render: (_, rule) => (
        <Space direction="vertical" size={0}>
          <span>{t(scanRuleScopeLabel[rule.ScanScope])}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {rule.ScanScope === 'REPO'
              ? rule.RepoNames.map((r) => `${rule.Namespaces[0] ?? ''}/${r}`).join(', ')
              : rule.Namespaces.join(', ')}
          </Typography.Text>
        </Space>
      ),
    },
    {
      key: 'trigger',
      title: t('scan-rules.col.trigger'),
      render: (_, rule) => t(scanRuleTriggerLabel[rule.TriggerType]),
    },
    {
      key: 'filter',
      title: t('scan-rules.col.filter'),
      render: (_, rule) => <Typography.Text code>{rule.RepoTagFilterPattern}</Typography.Text>,
    },
    { key: 'created', title: t('scan-rules.col.created'), render: (_, rule) => formatTime(rule.CreateTime) },
    {
      key: 'actions',
      title: t('scan-rules.col.actions'),
      width: 200,
      render: (_, rule) => (
        <Space size={12}>
          <PermissionButton
            type="link"
            size="small"
            style={{ padding: 0 }}
            permission={actions.can?.run}
            blockedReason={actions.disabledReason}
            data-tour="rule-run"
            onClick={() => actions.onRun(rule)}
          >
            {t('scan-rules.action.run')}
          </PermissionButton>
          <PermissionButton
            type="link"
            size="small"
            style={{ padding: 0 }}
            permission={actions.can?.edit}
            blockedReason={actions.disabledReason}
            onClick={() => actions.onEdit(rule)}
          >
            {t('scan-rules.action.edit')}
          </PermissionButton>
          <DeleteConfirm
            permission={actions.can?.remove}
            title={t('scan-rules.delete.title', { name: rule.RuleName })}
            warning={t('scan-rules.delete.warning')}
            ariaLabel={t('scan-rules.delete.aria', { name: rule.RuleName })}
            onConfirm={() => actions.onDelete(rule)}
          />
        </Space>
      ),
    },
  ];
}
