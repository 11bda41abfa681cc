import { ArrowLeftOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Card, Descriptions, Flex, Table, type TableColumnsType, Typography } from 'antd';
import { useMemo } from 'react';
import { Link } from 'react-router';
import type { ScanRuleTaskImage } from '@/api/contract/scan-rules';
import { scanRuleTaskQueries } from '@/api/resources/scan-rules';
import { ButtonLink } from '@/components/button-link';
import { ErrorResult } from '@/components/error-result';
import { PageHeader } from '@/components/page-header';
import { PageLoading } from '@/components/page-loading';
import { PermissionButton } from '@/components/permission-gate';
import { ScanStatusBadge } from '@/components/scan-status-badge';
import { SeverityBar } from '@/components/severity-bar';
import { paths, useScanTaskParams } from '@/hooks/use-route-params';
import { PAGE_SIZE_OPTIONS, tablePagination, useClampPage, usePagination } from '@/hooks/use-url-state';
import { scanRuleTriggerLabel, scanServiceLabel } from '@/lib/enum-labels';
import { formatTime, shortHash } from '@/lib/format';
import type { TFunction } from '@/lib/i18n';
import { useT } from '@/lib/i18n';
import { reasonText } from '@/lib/reason-text';
import { formatDuration } from './format-duration';
import { useTaskActions } from './use-task-actions';

function imageColumns(
  t: TFunction,
  detailPath: (img: ScanRuleTaskImage) => string,
): TableColumnsType<ScanRuleTaskImage> {
  return [
    {
      key: 'image',
      title: t('scan-rules.task.col.image'),
      render: (_, img) => <Typography.Text strong>{`${img.Namespace}/${img.RepoName}:${img.Tag}`}</Typography.Text>,
    },
    {
      key: 'digest',
      title: t('scan-rules.task.col.digest'),
      render: (_, img) => (
        <Typography.Text code copyable={{ text: `sha256:${img.Digest}` }} title={`sha256:${img.Digest}`}>
          {shortHash(img.Digest)}
        </Typography.Text>
      ),
    },
    {
      key: 'status',
      title: t('scan-rules.task.col.status'),
      render: (_, img) => (
        <Flex vertical gap={2}>
          <ScanStatusBadge state={img.Status} />
          {img.FailReason && (
            <Typography.Text type="danger" style={{ fontSize: 12 }}>
              {reasonText(t, img.FailReason)}
            </Typography.Text>
          )}
        </Flex>
      ),
    },
    {
      key: 'severity',
      title: t('scan-rules.task.col.severity'),
      render: (_, img) => (img.Status === 'COMPLETE' ? <SeverityBar summary={img} /> : '-'),
    },
    {
      key: 'actions',
      title: t('scan-rules.task.col.actions'),
      render: (_, img) => <Link to={detailPath(img)}>{t('scan-rules.task.view')}</Link>,
    },
  ];
}

/** 任务详情: one row per image of a batch scan task, each linking to its 安全扫描 result. */
export function ScanTaskPage() {
  const t = useT();
  const { regionId, instanceId, ruleTaskId } = useScanTaskParams();
  const pagination = usePagination();
  // One page of images from the server: a batch task can hold thousands.
  const task = useQuery({
    ...scanRuleTaskQueries.detail(instanceId, ruleTaskId, {
      PageNo: pagination.page,
      PageSize: pagination.pageSize,
    }),
    placeholderData: keepPreviousData,
  });
  useClampPage(pagination, task.data?.TotalCount, task.data?.Images.length);
  const actions = useTaskActions(instanceId);
  const columns = useMemo(
    () => imageColumns(t, (img) => paths.tagScan(regionId, instanceId, img.RepoId, img.Tag)),
    [t, regionId, instanceId],
  );
  const back = (
    <ButtonLink to={paths.scan(regionId, instanceId)} icon={<ArrowLeftOutlined />}>
      {t('scan-rules.task.back')}
    </ButtonLink>
  );

  if (task.isError)
    return (
      <>
        <PageHeader title={t('scan-rules.task.title')} extra={back} />
        <ErrorResult error={task.error} onRetry={() => task.refetch()} />
      </>
    );
  if (task.isPending)
    return (
      <>
        <PageHeader title={t('scan-rules.task.title')} extra={back} />
        <PageLoading />
      </>
    );
  const data = task.data;
  return (
    <>
      <PageHeader
        title={t('scan-rules.task.title')}
        extra={
          <Flex gap={8}>
            {actions.canStop(data) && (
              <PermissionButton danger permission={actions.stopPermission} onClick={() => actions.stop(data)}>
                {t('scan-rules.tasks.stop')}
              </PermissionButton>
            )}
            {actions.canRetry(data) && (
              <PermissionButton permission={actions.retryPermission} onClick={() => actions.retry(data)}>
                {t('scan-rules.tasks.retry')}
              </PermissionButton>
            )}
            {back}
          </Flex>
        }
      />
      <Card size="small" style={{ marginBottom: 16 }}>
        <Descriptions
          size="small"
          column={{ xs: 1, md: 3 }}
          items={[
            { key: 'id', label: t('scan-rules.tasks.col.id'), children: data.RuleTaskId },
            { key: 'rule', label: t('scan-rules.task.rule'), children: data.RuleName },
            { key: 'engine', label: t('scan-rules.tasks.col.engine'), children: t(scanServiceLabel[data.ScanService]) },
            {
              key: 'trigger',
              label: t('scan-rules.tasks.col.trigger'),
              children: t(scanRuleTriggerLabel[data.TriggerType]),
            },
            {
              key: 'status',
              label: t('scan-rules.tasks.col.status'),
              children: (
                <ScanStatusBadge
                  state={data.Status}
                  progress={data.Status === 'SCANNING' ? data.Progress : undefined}
                />
              ),
            },
            { key: 'images', label: t('scan-rules.tasks.col.images'), children: data.ImageCount },
            { key: 'start', label: t('scan-rules.tasks.col.start'), children: formatTime(data.StartTime) },
            {
              key: 'duration',
              label: t('scan-rules.tasks.col.duration'),
              children: data.FinishTime === undefined ? '-' : formatDuration(t, data.FinishTime - data.StartTime),
            },
          ]}
        />
      </Card>
      <Card size="small">
        <Table<ScanRuleTaskImage>
          rowKey={(img) => `${img.RepoId}:${img.Tag}`}
          columns={columns}
          dataSource={data.Images}
          loading={task.isPlaceholderData && task.isFetching}
          pagination={
            // A single page needs no pager (as before paging moved to the server).
            data.ImageCount > Math.min(pagination.pageSize, ...PAGE_SIZE_OPTIONS)
              ? tablePagination(pagination, data.TotalCount, (n) => t('common.total', { total: n }))
              : false
          }
          locale={{ emptyText: t('scan-rules.task.empty') }}
        />
      </Card>
    </>
  );
}
