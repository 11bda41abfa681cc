import { useQuery } from '@tanstack/react-query';
import { Typography } from 'antd';
import { useCallback, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import type { EventRecord, EventRecordStatus, EventType } from '@/api/contract/events';
import { eventRecordQueries, useResendEventRecord } from '@/api/resources/events';
import { useCan } from '@/api/resources/ram';
import { EmptyState } from '@/components/empty-state';
import { useFeedback } from '@/components/feedback';
import { PageHeader } from '@/components/page-header';
import { Panel } from '@/components/panel';
import { useStablePermissions } from '@/components/permission-gate';
import { QueryTable } from '@/components/query-table';
import { useApiErrorMessage } from '@/hooks/use-api-error';
import { useInstanceParams } from '@/hooks/use-route-params';
import { useClampPage, usePagination } from '@/hooks/use-url-state';
import { useT } from '@/lib/i18n';
import { eventRecordColumns } from './record-columns';
import { RecordDrawer } from './record-drawer';
import { RecordFilters, useRecordFilters } from './record-filters';

/** The open record (`?record=`), so a delivery's detail is deep-linkable; opening it keeps the page. */
function useOpenRecord(): [string, (recordId: string) => void] {
  const [params, setParams] = useSearchParams();
  const set = useCallback(
    (recordId: string) =>
      setParams((prev) => {
        const next = new URLSearchParams(prev);
        if (recordId) next.set('record', recordId);
        else next.delete('record');
        return next;
      }),
    [setParams],
  );
  return [params.get('record') ?? '', set];
}

/** 事件中心 > 事件记录: every delivery, filtered, with its attempts in a drawer and 重新发送 for failed ones. */
export function EventRecordsPage() {
  const t = useT();
  const { message } = useFeedback();
  const showError = useApiErrorMessage();
  const { instanceId } = useInstanceParams();
  const pagination = usePagination();
  const filters = useRecordFilters();
  const [openRecord, setOpenRecord] = useOpenRecord();
  const [resendingId, setResendingId] = useState<string>();
  const resend = useResendEventRecord();

  const list = useQuery(
    eventRecordQueries.list({
      InstanceId: instanceId,
      RuleId: filters.rule || undefined,
      EventType: (filters.type || undefined) as EventType | undefined,
      Status: (filters.status || undefined) as EventRecordStatus | undefined,
      RepoNamespaceName: filters.namespace || undefined,
      RepoName: filters.repo || undefined,
      PageNo: pagination.page,
      PageSize: pagination.pageSize,
    }),
  );
  const total = list.data?.TotalCount;
  useClampPage(pagination, total, list.data?.Records.length);

  const [canResend] = useStablePermissions([useCan('ResendEventCenterRecord', { InstanceId: instanceId })]);
  const columns = useMemo(
    () =>
      eventRecordColumns(t, {
        resendingId,
        canResend,
        onView: (record) => setOpenRecord(record.RecordId),
        onResend: (record: EventRecord) => {
          setResendingId(record.RecordId);
          resend
            .mutateAsync({ InstanceId: instanceId, RecordId: record.RecordId })
            .then(() => void message.success(t('events.records.resent')), showError)
            .finally(() => setResendingId(undefined));
        },
      }),
    [t, resendingId, canResend, setOpenRecord, resend.mutateAsync, instanceId, message, showError],
  );

  return (
    <>
      <PageHeader title={t('menu.event-records')}>
        <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0' }}>
          {t('events.records.description')}
        </Typography.Paragraph>
      </PageHeader>
      <Panel>
        <RecordFilters instanceId={instanceId} filters={filters} />
        <QueryTable<EventRecord>
          query={list}
          rows={list.data?.Records}
          rowKey="RecordId"
          columns={columns}
          pagination={pagination}
          total={total}
          empty={
            <EmptyState title={t('events.records.empty.title')} description={t('events.records.empty.description')} />
          }
        />
      </Panel>
      <RecordDrawer instanceId={instanceId} recordId={openRecord} onClose={() => setOpenRecord('')} />
    </>
  );
}
