import type { TableColumnsType } from 'antd';
import { Badge, Button, Space, Typography } from 'antd';
import type { EventRecord } from '@/api/contract/events';
import { PermissionButton, type PermissionState } from '@/components/permission-gate';
import { formatTime } from '@/lib/format';
import type { TFunction } from '@/lib/i18n';
import { reasonText } from '@/lib/reason-text';
import { shortenTarget } from './event-config';
import { eventTypeLabel, notifyMethodLabel, recordSourceLabel, recordStatusBadge, recordStatusLabel } from './labels';

interface RecordColumnActions {
  onView: (record: EventRecord) => void;
  onResend: (record: EventRecord) => void;
  /** The record whose 重新发送 is running. */
  resendingId?: string;
  /** What RAM answers for ResendEventCenterRecord (per instance). */
  canResend?: PermissionState;
}

export function recordImage(record: EventRecord): string {
  if (!record.Namespace && !record.RepoName) return '-';
  return `${record.Namespace}/${record.RepoName}${record.Tag ? `:${record.Tag}` : ''}`;
}

export function RecordStatus({ t, record }: { t: TFunction; record: EventRecord }) {
  return <Badge status={recordStatusBadge[record.Status]} text={t(recordStatusLabel[record.Status])} />;
}

export function eventRecordColumns(t: TFunction, actions: RecordColumnActions): TableColumnsType<EventRecord> {
  return [
    {
      key: 'type',
      title: t('events.records.col.type'),
      minWidth: 120,
      render: (_, r) => t(eventTypeLabel[r.EventType]),
    },
    { key: 'rule', title: t('events.records.col.rule'), minWidth: 100, render: (_, r) => r.RuleName || '-' },
    {
      key: 'source',
      title: t('events.records.col.source'),
      minWidth: 80,
      render: (_, r) => t(recordSourceLabel[r.Source]),
    },
    { key: 'image', title: t('events.records.col.image'), render: (_, r) => recordImage(r) },
    {
      key: 'notify',
      title: t('events.records.col.notify'),
      render: (_, r) => (
        <Space direction="vertical" size={0}>
          <span>{t(notifyMethodLabel[r.EventNotifyMethod])}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12, wordBreak: 'break-all' }}>
            {shortenTarget(r.Target)}
          </Typography.Text>
        </Space>
      ),
    },
    {
      key: 'status',
      title: t('events.records.col.status'),
      minWidth: 90,
      render: (_, r) => (
        <Space direction="vertical" size={0}>
          <RecordStatus t={t} record={r} />
          {r.Status === 'FAILED' && r.Error && (
            <Typography.Text type="danger" style={{ fontSize: 12 }} ellipsis={{ tooltip: reasonText(t, r.Error) }}>
              {reasonText(t, r.Error)}
            </Typography.Text>
          )}
        </Space>
      ),
    },
    { key: 'http', title: t('events.records.col.http'), render: (_, r) => r.HttpStatus ?? '-' },
    { key: 'attempts', title: t('events.records.col.attempts'), dataIndex: 'Attempts' },
    { key: 'time', title: t('events.records.col.time'), minWidth: 170, render: (_, r) => formatTime(r.CreateTime) },
    {
      key: 'actions',
      title: t('events.records.col.actions'),
      width: 140,
      render: (_, r) => (
        <Space size={12}>
          <Button type="link" size="small" style={{ padding: 0 }} onClick={() => actions.onView(r)}>
            {t('events.records.action.view')}
          </Button>
          {r.Status === 'FAILED' && (
            <PermissionButton
              type="link"
              size="small"
              style={{ padding: 0 }}
              loading={actions.resendingId === r.RecordId}
              permission={actions.canResend}
              onClick={() => actions.onResend(r)}
            >
              {t('events.records.action.resend')}
            </PermissionButton>
          )}
        </Space>
      ),
    },
  ];
}
