import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Table } from 'antd';
import { useMemo } from 'react';
import { instanceQueries } from '@/api/resources/instances';
import { EmptyState } from '@/components/empty-state';
import { ErrorResult } from '@/components/error-result';
import { PageHeader } from '@/components/page-header';
import { Panel } from '@/components/panel';
import { useRegionId } from '@/hooks/use-route-params';
import { tablePagination, useClampPage, usePagination } from '@/hooks/use-url-state';
import { useT } from '@/lib/i18n';
import { instanceColumns } from './instance-columns';

export function InstanceListPage() {
  const t = useT();
  const regionId = useRegionId();
  const pagination = usePagination();
  const query = useQuery({
    ...instanceQueries.list({ RegionId: regionId, PageNo: pagination.page, PageSize: pagination.pageSize }),
    placeholderData: keepPreviousData,
  });
  const columns = useMemo(() => instanceColumns(t, regionId), [t, regionId]);
  const total = query.data?.TotalCount;
  useClampPage(pagination, total, query.data?.Instances.length);

  return (
    <>
      <PageHeader title={t('menu.instances')} />
      <Panel>
        {query.isError ? (
          <ErrorResult error={query.error} onRetry={() => query.refetch()} />
        ) : (
          <Table
            rowKey="InstanceId"
            columns={columns}
            dataSource={query.data?.Instances}
            loading={query.isPending || (query.isPlaceholderData && query.isFetching)}
            pagination={total ? tablePagination(pagination, total, (n) => t('common.total', { total: n })) : false}
            locale={{
              emptyText: query.isPending ? (
                ' '
              ) : (
                <EmptyState title={t('instances.empty.title')} description={t('instances.empty.description')} />
              ),
            }}
          />
        )}
      </Panel>
    </>
  );
}
