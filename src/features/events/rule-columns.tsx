import type { TableColumnsType } from 'antd';
import { Space, Typography } from 'antd';
import type { EventRule } from '@/api/contract/events';
import { DeleteConfirm } from '@/components/delete-confirm';
import { PermissionButton, type PermissionState } from '@/components/permission-gate';
import { formatTime } from '@/lib/format';
import type { TFunction } from '@/lib/i18n';
import { shortenTarget } from './event-config';
import { eventScopeLabel, eventTypeLabel, notifyMethodLabel, severityThresholdLabel } from './labels';

interface RuleColumnActions {
  onEdit: (rule: EventRule) => void;
  onTest: (rule: EventRule) => void;
  onDelete: (rule: EventRule) => Promise<unknown>;
  /** The rule whose 测试发送 is running. */
  testingId?: string;
  /** What RAM answers for UpdateEventCenterRule, TestEventCenterRule and DeleteEventCenterRule (per instance). */
  can?: { edit?: PermissionState; test?: PermissionState; remove?: PermissionState };
}

function scopeDetail(rule: EventRule): string {
  if (rule.EventScope === 'REPO') return rule.RepoNames.map((r) => `${rule.Namespaces[0] ?? ''}/${r}`).join(', ');
  return rule.Namespaces.join(', ');
}

export function eventRuleColumns(t: TFunction, actions: RuleColumnActions): TableColumnsType<EventRule> {
  return [
    { key: 'name', title: t('events.col.name'), dataIndex: 'RuleName' },
    { key: 'type', title: t('events.col.type'), render: (_, rule) => t(eventTypeLabel[rule.EventType]) },
    {
      key: 'scope',
      title: t('events.col.scope'),
      render: (_, rule) => (
        <Space direction="vertical" size={0}>
          <span>{t(eventScopeLabel[rule.EventScope])}</span>
          {rule.EventScope !== 'INSTANCE' && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {scopeDetail(rule)}
            </Typography.Text>
          )}
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('events.col.tag-filter', { pattern: rule.RepoTagFilterPattern })}
          </Typography.Text>
        </Space>
      ),
    },
    {
      key: 'notify',
      title: t('events.col.notify'),
      render: (_, rule) => (
        <Space direction="vertical" size={0}>
          <span>{t(notifyMethodLabel[rule.EventConfig.notifyMethod])}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12, wordBreak: 'break-all' }}>
            {shortenTarget(rule.EventConfig.notifyConfig.Url)}
          </Typography.Text>
        </Space>
      ),
    },
    {
      key: 'severity',
      title: t('events.col.severity'),
      render: (_, rule) =>
        rule.EventType === 'cr:Artifact:ScanCompleted'
          ? t(severityThresholdLabel[rule.EventConfig.notifyFilter?.Severity ?? 'ANY'])
          : '-',
    },
    { key: 'created', title: t('events.col.created'), render: (_, rule) => formatTime(rule.CreateTime) },
    {
      key: 'actions',
      title: t('events.col.actions'),
      width: 220,
      render: (_, rule) => (
        <Space size={12}>
          <PermissionButton
            type="link"
            size="small"
            style={{ padding: 0 }}
            permission={actions.can?.edit}
            onClick={() => actions.onEdit(rule)}
          >
            {t('events.action.edit')}
          </PermissionButton>
          <PermissionButton
            type="link"
            size="small"
            style={{ padding: 0 }}
            loading={actions.testingId === rule.RuleId}
            permission={actions.can?.test}
            onClick={() => actions.onTest(rule)}
          >
            {t('events.action.test')}
          </PermissionButton>
          <DeleteConfirm
            permission={actions.can?.remove}
            title={t('events.delete.title', { name: rule.RuleName })}
            warning={t('events.delete.warning')}
            ariaLabel={t('events.delete.aria', { name: rule.RuleName })}
            onConfirm={() => actions.onDelete(rule)}
          />
        </Space>
      ),
    },
  ];
}
