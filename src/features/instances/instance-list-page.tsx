import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { instanceQueries } from '@/api/resources/instances';
import { EmptyState } from '@/components/empty-state';
import { LiteTable } from '@/components/lite-table';
import { PageHeader } from '@/components/page-header';
import { Panel } from '@/components/panel';
import { useRegionId } from '@/hooks/use-route-params';
import { useClampPage, usePagination } from '@/hooks/use-url-state';
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
        {/* The guided tour's 实例列表 step outlines this list. */}
        <div data-tour="instance-list">
          <LiteTable
            query={query}
            rowKey="InstanceId"
            columns={columns}
            rows={query.data?.Instances}
            pagination={pagination}
            total={total}
            empty={<EmptyState title={t('instances.empty.title')} description={t('instances.empty.description')} />}
          />
        </div>
      </Panel>
    </>
  );
}
