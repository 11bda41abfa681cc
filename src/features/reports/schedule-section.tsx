import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Flex, Table, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import type { ReportSchedule } from '@/api/contract/reports';
import { usePermissions } from '@/api/resources/ram';
import { reportScheduleQueries, useDeleteReportSchedule, useRunReportSchedule } from '@/api/resources/reports';
import { EmptyState } from '@/components/empty-state';
import { ErrorResult } from '@/components/error-result';
import { useFeedback } from '@/components/feedback';
import { PermissionButton } from '@/components/permission-gate';
import { useApiErrorMessage } from '@/hooks/use-api-error';
import { useModalState } from '@/hooks/use-modal-state';
import { paths } from '@/hooks/use-route-params';
import { useT } from '@/lib/i18n';
import { deliveryStatusLabel, scheduleColumns } from './schedule-columns';
import { ScheduleFormModal } from './schedule-form-modal';

/** 定时报告: the instance's scheduled reports, 创建, 立即发送 and 删除. */
export function ScheduleSection({ regionId, instanceId }: { regionId: string; instanceId: string }) {
  const t = useT();
  const { message } = useFeedback();
  const showError = useApiErrorMessage();
  const navigate = useNavigate();
  const list = useQuery(reportScheduleQueries.list(instanceId));
  const run = useRunReportSchedule();
  const remove = useDeleteReportSchedule();
  const modal = useModalState<never>();
  const [runningId, setRunningId] = useState<string>();
  const recordsPath = paths.eventRecords(regionId, instanceId);
  const [canCreate, canRun, canDelete] = usePermissions(
    (['CreateReportSchedule', 'RunReportSchedule', 'DeleteReportSchedule'] as const).map((action) => ({
      action,
      params: { InstanceId: instanceId },
    })),
  );

  const columns = useMemo(
    () =>
      scheduleColumns(t, {
        runningId,
        recordsPath,
        canRun,
        canDelete,
        onRun: (s: ReportSchedule) => {
          setRunningId(s.ScheduleId);
          run
            .mutateAsync({ InstanceId: instanceId, ScheduleId: s.ScheduleId })
            .then(
              (res) =>
                void message.success(
                  <span>
                    {t('reports.schedule.sent', { name: s.Name, status: t(deliveryStatusLabel[res.DeliveryStatus]) })}{' '}
                    {/* The message renders outside the router: navigate from here instead of a <Link>. */}
                    <Typography.Link
                      onClick={() => navigate(paths.eventRecords(regionId, instanceId, { record: res.RecordId }))}
                    >
                      {t('reports.schedule.view-record')}
                    </Typography.Link>
                  </span>,
                ),
              showError,
            )
            .finally(() => setRunningId(undefined));
        },
        onDelete: (s: ReportSchedule) =>
          remove.mutateAsync({ InstanceId: instanceId, ScheduleId: s.ScheduleId }).then(
            () => void message.success(t('reports.schedule.deleted', { name: s.Name })),
            (err: unknown) => {
              showError(err);
              throw err;
            },
          ),
      }),
    [
      t,
      runningId,
      recordsPath,
      canRun,
      canDelete,
      run.mutateAsync,
      remove.mutateAsync,
      instanceId,
      regionId,
      message,
      showError,
      navigate,
    ],
  );

  if (list.isError) return <ErrorResult error={list.error} onRetry={() => list.refetch()} />;
  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" gap={16} wrap>
        <Typography.Text type="secondary" style={{ maxWidth: 760 }}>
          {t('reports.schedule.description')}
        </Typography.Text>
        <PermissionButton type="primary" icon={<PlusOutlined />} permission={canCreate} onClick={() => modal.show()}>
          {t('reports.schedule.create')}
        </PermissionButton>
      </Flex>
      <Table<ReportSchedule>
        rowKey="ScheduleId"
        columns={columns}
        dataSource={list.data?.Schedules}
        loading={list.isPending}
        pagination={false}
        locale={{
          emptyText: list.isPending ? (
            ' '
          ) : (
            <EmptyState
              title={t('reports.schedule.empty.title')}
              description={t('reports.schedule.empty.description')}
            />
          ),
        }}
      />
      <ScheduleFormModal key={modal.key} open={modal.open} instanceId={instanceId} onClose={modal.hide} />
    </Flex>
  );
}
