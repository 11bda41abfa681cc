import type { TableColumnsType } from 'antd';
import { Space, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import type { EventNotifyMethod, EventRecordStatus } from '@/api/contract/events';
import type { ReportSchedule } from '@/api/contract/reports';
import { DeleteConfirm } from '@/components/delete-confirm';
import { PermissionButton, type PermissionState } from '@/components/permission-gate';
import { formatTime } from '@/lib/format';
import type { MessageKey, TFunction } from '@/lib/i18n';
import { frequencyLabel } from './labels';

export const notifyMethodLabel: Record<EventNotifyMethod, MessageKey> = {
  dingding: 'events.method.dingding',
  http: 'events.method.http',
  https: 'events.method.https',
};

export const deliveryStatusLabel: Record<EventRecordStatus, MessageKey> = {
  PENDING: 'events.status.pending',
  SUCCESS: 'events.status.success',
  FAILED: 'events.status.failed',
};

interface ScheduleActions {
  onRun: (schedule: ReportSchedule) => void;
  onDelete: (schedule: ReportSchedule) => Promise<unknown>;
  /** The schedule whose 立即发送 is running. */
  runningId?: string;
  /** The event records of a delivery. */
  recordsPath: string;
  /** Whether the identity may 立即发送 / 删除 (instance-level, the same for every schedule). */
  canRun?: PermissionState;
  canDelete?: PermissionState;
}

/** 名称, 频率, 格式, 通知方式 (+ 地址), 上次发送, 下次发送, 操作 (立即发送, 删除). */
export function scheduleColumns(t: TFunction, actions: ScheduleActions): TableColumnsType<ReportSchedule> {
  return [
    { key: 'name', title: t('reports.schedule.col.name'), dataIndex: 'Name' },
    { key: 'frequency', title: t('reports.schedule.col.frequency'), render: (_, s) => t(frequencyLabel[s.Frequency]) },
    { key: 'format', title: t('reports.schedule.col.format'), dataIndex: 'Format' },
    {
      key: 'notify',
      title: t('reports.schedule.col.notify'),
      render: (_, s) => (
        <Space direction="vertical" size={0}>
          <Space size={4}>
            <span>{t(notifyMethodLabel[s.NotifyMethod])}</span>
            {s.HasSecret && <Tag>{t('reports.schedule.secret-set')}</Tag>}
          </Space>
          <Typography.Text type="secondary" style={{ fontSize: 12, wordBreak: 'break-all' }}>
            {s.NotifyUrl}
          </Typography.Text>
        </Space>
      ),
    },
    {
      key: 'last',
      title: t('reports.schedule.col.last'),
      render: (_, s) =>
        s.LastRunTime ? (
          <Link to={actions.recordsPath}>{formatTime(s.LastRunTime)}</Link>
        ) : (
          <Typography.Text type="secondary">{t('reports.schedule.never')}</Typography.Text>
        ),
    },
    { key: 'next', title: t('reports.schedule.col.next'), render: (_, s) => formatTime(s.NextRunTime) },
    {
      key: 'actions',
      title: t('reports.schedule.col.actions'),
      render: (_, s) => (
        <Space size={12}>
          <PermissionButton
            type="link"
            size="small"
            style={{ padding: 0 }}
            permission={actions.canRun}
            loading={actions.runningId === s.ScheduleId}
            onClick={() => actions.onRun(s)}
          >
            {t('reports.schedule.run')}
          </PermissionButton>
          <DeleteConfirm
            title={t('reports.schedule.delete.title', { name: s.Name })}
            warning={t('reports.schedule.delete.warning')}
            ariaLabel={t('reports.schedule.delete.aria', { name: s.Name })}
            onConfirm={() => actions.onDelete(s)}
            permission={actions.canDelete}
          />
        </Space>
      ),
    },
  ];
}
