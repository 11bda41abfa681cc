import { useQuery } from '@tanstack/react-query';
import { Typography } from 'antd';
import { useMemo } from 'react';
import { SEARCH_EXPORT_FORMATS } from '@/api/contract/reports';
import { reportQueries, useExportSearchResults } from '@/api/resources/reports';
import { EmptyState } from '@/components/empty-state';
import { PageHeader } from '@/components/page-header';
import { Panel } from '@/components/panel';
import { QueryTable } from '@/components/query-table';
import { useInstanceParams } from '@/hooks/use-route-params';
import { useClampPage, usePagination } from '@/hooks/use-url-state';
import { useLocale, useT } from '@/lib/i18n';
import { ExportMenu } from './export-menu';
import { type SearchRow, searchColumns, searchRowKey } from './search-columns';
import { SearchFilters } from './search-filters';
import { searchRequest, useSearchFilters } from './use-search-filters';

/** 安全可信 > 漏洞检索: every finding of the instance's latest scans, filtered from the URL, paged by the server. */
export function VulnSearchPage() {
  const t = useT();
  const lang = useLocale();
  const { regionId, instanceId } = useInstanceParams();
  const pagination = usePagination();
  const [filters, setFilters] = useSearchFilters();
  const request = searchRequest(instanceId, filters);
  const list = useQuery(reportQueries.search({ ...request, PageNo: pagination.page, PageSize: pagination.pageSize }));
  const exportResults = useExportSearchResults();
  const total = list.data?.TotalCount;
  useClampPage(pagination, total, list.data?.Items.length);
  const rows = useMemo<SearchRow[] | undefined>(
    () => list.data?.Items.map((h) => ({ ...h, key: searchRowKey(h) })),
    [list.data],
  );
  const columns = useMemo(() => searchColumns(t, regionId, instanceId), [t, regionId, instanceId]);

  return (
    <>
      <PageHeader
        title={t('menu.vuln-search')}
        extra={
          <ExportMenu
            formats={SEARCH_EXPORT_FORMATS}
            disabled={!total}
            exportAs={(Format) => exportResults.mutateAsync({ ...request, Format, Lang: lang })}
          />
        }
      >
        <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0' }}>
          {t('reports.search.description')}
        </Typography.Paragraph>
      </PageHeader>
      <Panel>
        <SearchFilters filters={filters} onChange={setFilters} />
        <QueryTable<SearchRow>
          query={list}
          rows={rows}
          rowKey="key"
          columns={columns}
          pagination={pagination}
          total={total}
          empty={
            <EmptyState title={t('reports.search.empty.title')} description={t('reports.search.empty.description')} />
          }
        />
      </Panel>
    </>
  );
}
