import { useQuery } from '@tanstack/react-query';
import { Alert, Descriptions, Drawer, Empty, Skeleton, Typography } from 'antd';
import { eventRecordQueries } from '@/api/resources/events';
import { ErrorResult } from '@/components/error-result';
import { formatTime } from '@/lib/format';
import { useT } from '@/lib/i18n';
import { reasonText } from '@/lib/reason-text';
import { AttemptView } from './attempt-view';
import { eventTypeLabel, notifyMethodLabel, recordSourceLabel } from './labels';
import { RecordStatus, recordImage } from './record-columns';

interface RecordDrawerProps {
  instanceId: string;
  /** The record to show; the drawer is closed when empty. */
  recordId: string;
  onClose: () => void;
}

/** One delivery in full: the record and every attempt with its request and response. */
export function RecordDrawer({ instanceId, recordId, onClose }: RecordDrawerProps) {
  const t = useT();
  const detail = useQuery({ ...eventRecordQueries.detail(instanceId, recordId), enabled: recordId !== '' });
  const record = detail.data?.Record;
  const attempts = detail.data?.Attempts ?? [];
  return (
    <Drawer open={recordId !== ''} onClose={onClose} size={720} title={t('events.drawer.title')}>
      {detail.isError && <ErrorResult error={detail.error} onRetry={() => detail.refetch()} />}
      {detail.isPending && recordId !== '' && <Skeleton active />}
      {record && (
        <>
          <Descriptions size="small" column={2} bordered style={{ marginBottom: 16 }}>
            <Descriptions.Item label={t('events.records.col.status')}>
              <RecordStatus t={t} record={record} />
            </Descriptions.Item>
            <Descriptions.Item label={t('events.records.col.http')}>{record.HttpStatus ?? '-'}</Descriptions.Item>
            <Descriptions.Item label={t('events.records.col.type')}>
              {t(eventTypeLabel[record.EventType])}
            </Descriptions.Item>
            <Descriptions.Item label={t('events.records.col.rule')}>{record.RuleName || '-'}</Descriptions.Item>
            <Descriptions.Item label={t('events.records.col.source')}>
              {t(recordSourceLabel[record.Source])}
            </Descriptions.Item>
            <Descriptions.Item label={t('events.records.col.image')}>{recordImage(record)}</Descriptions.Item>
            <Descriptions.Item label={t('events.records.col.notify')}>
              {t(notifyMethodLabel[record.EventNotifyMethod])}
            </Descriptions.Item>
            <Descriptions.Item label={t('events.records.col.attempts')}>{record.Attempts}</Descriptions.Item>
            <Descriptions.Item label={t('events.drawer.target')} span={2}>
              <Typography.Text style={{ wordBreak: 'break-all' }}>{record.Target}</Typography.Text>
            </Descriptions.Item>
            <Descriptions.Item label={t('events.drawer.record')}>
              <Typography.Text copyable>{record.RecordId}</Typography.Text>
            </Descriptions.Item>
            <Descriptions.Item label={t('events.drawer.notify-id')}>
              <Typography.Text copyable>{record.EventNotifyId}</Typography.Text>
            </Descriptions.Item>
            <Descriptions.Item label={t('events.records.col.time')} span={2}>
              {formatTime(record.CreateTime)}
            </Descriptions.Item>
          </Descriptions>
          {record.Status === 'FAILED' && record.Error && (
            <Alert type="error" showIcon title={reasonText(t, record.Error)} style={{ marginBottom: 16 }} />
          )}
          <Typography.Title level={5}>{t('events.drawer.attempts')}</Typography.Title>
          {attempts.length === 0 ? (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('events.drawer.no-attempts')} />
          ) : (
            attempts.map((attempt) => <AttemptView key={attempt.Attempt} attempt={attempt} />)
          )}
        </>
      )}
    </Drawer>
  );
}
