import type { UseQueryResult } from '@tanstack/react-query';
import { Table, type TableColumnsType, type TableProps } from 'antd';
import { lazy, type ReactNode, Suspense } from 'react';
import { type Pagination, tablePagination } from '@/hooks/use-url-state';
import { useT } from '@/lib/i18n';

// A failed list is the exception: antd's Result loads with it, not with every list page.
const ErrorResult = lazy(() => import('./error-result').then((m) => ({ default: m.ErrorResult })));

interface QueryTableProps<Row> {
  /** The list query behind the table: drives loading, error-with-retry and the empty state. */
  query: Pick<UseQueryResult, 'isError' | 'error' | 'refetch' | 'isPending' | 'isPlaceholderData' | 'isFetching'>;
  rows: Row[] | undefined;
  rowKey: keyof Row & string;
  columns: TableColumnsType<Row>;
  /** Page and page size bound to the URL. */
  pagination: Pagination;
  total: number | undefined;
  /** Shown once the query has answered with no rows. */
  empty: ReactNode;
  /** Rows that open to show more (details, locations). */
  expandable?: TableProps<Row>['expandable'];
  /** Rows that can be picked for a bulk action (e.g. 一键修复 of the selected vulnerabilities). */
  rowSelection?: TableProps<Row>['rowSelection'];
}

/** A server-paginated list: every list page shows loading, errors and emptiness the same way. */
export function QueryTable<Row extends object>({
  query,
  rows,
  rowKey,
  columns,
  pagination,
  total,
  empty,
  expandable,
  rowSelection,
}: QueryTableProps<Row>) {
  const t = useT();
  if (query.isError)
    return (
      <Suspense fallback={null}>
        <ErrorResult error={query.error} onRetry={() => query.refetch()} />
      </Suspense>
    );
  return (
    <Table<Row>
      rowKey={rowKey}
      columns={columns}
      dataSource={rows}
      expandable={expandable}
      rowSelection={rowSelection}
      loading={query.isPending || (query.isPlaceholderData && query.isFetching)}
      pagination={total ? tablePagination(pagination, total, (n) => t('common.total', { total: n })) : false}
      // A blank while loading, so the empty illustration doesn't flash before the first answer.
      locale={{ emptyText: query.isPending ? ' ' : empty }}
    />
  );
}
