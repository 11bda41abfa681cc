import type { UseQueryResult } from '@tanstack/react-query';
import { Spin, theme } from 'antd';
import { type CSSProperties, type Key, lazy, type ReactNode, Suspense } from 'react';
import { type Pagination, tablePagination } from '@/hooks/use-url-state';
import { useT } from '@/lib/i18n';
import { LitePagination } from './lite-pagination';

// A failed list is the exception: antd's Result loads with it, not with every list page (as in QueryTable).
const ErrorResult = lazy(() => import('./error-result').then((m) => ({ default: m.ErrorResult })));

/** A column as antd's Table takes it, limited to what a plain list needs (no sorters, filters, fixed columns). */
export interface LiteColumn<Row> {
  key: string;
  title: ReactNode;
  /** The field shown when there is no `render`. */
  dataIndex?: keyof Row & string;
  render?: (value: unknown, row: Row, index: number) => ReactNode;
  width?: number | string;
  align?: 'left' | 'center' | 'right';
}

interface LiteTableProps<Row> {
  /** The list query behind the table: drives loading, error-with-retry and the empty state. */
  query: Pick<UseQueryResult, 'isError' | 'error' | 'refetch' | 'isPending' | 'isPlaceholderData' | 'isFetching'>;
  rows: Row[] | undefined;
  rowKey: keyof Row & string;
  columns: LiteColumn<Row>[];
  /** Page and page size bound to the URL. */
  pagination: Pagination;
  total: number | undefined;
  /** Shown once the query has answered with no rows. */
  empty: ReactNode;
}

// antd Table's default look: 16px cells, a filled header with thin splits between titles, a line under each
// row and a fill on the hovered one. Static, so it is written once; the theme comes in through the variables.
const TABLE_CSS = `
.lite-table { width: 100%; border-collapse: separate; border-spacing: 0; text-align: start;
  font-size: var(--lt-font-size); line-height: var(--lt-line-height); color: var(--lt-text); background: var(--lt-bg);
  border-radius: var(--lt-radius) var(--lt-radius) 0 0; }
.lite-table > thead > tr > th { position: relative; padding: var(--lt-pad); text-align: start;
  font-weight: var(--lt-strong); color: var(--lt-heading); background: var(--lt-header-bg);
  border-bottom: 1px solid var(--lt-border); overflow-wrap: break-word; }
.lite-table > thead > tr > th:first-child { border-start-start-radius: var(--lt-radius); }
.lite-table > thead > tr > th:last-child { border-start-end-radius: var(--lt-radius); }
.lite-table > thead > tr > th:not(:last-child)::before { content: ''; position: absolute; top: 50%;
  inset-inline-end: 0; width: 1px; height: 1.6em; background: var(--lt-border); transform: translateY(-50%); }
.lite-table > tbody > tr > td { padding: var(--lt-pad); border-bottom: 1px solid var(--lt-border);
  overflow-wrap: break-word; transition: background 0.2s; }
.lite-table > tbody > tr:not(.lite-table-placeholder):hover > td { background: var(--lt-hover); }
.lite-table > tbody > tr.lite-table-placeholder > td { text-align: center; color: var(--lt-text-quaternary); }
`;

/**
 * A server-paginated list as a plain `<table>`, looking like antd's default Table without loading it: the
 * first route (实例列表) keeps rc-table, its virtual list, tree filters, pagination, radio and checkbox out of
 * its download. Loading, errors and emptiness behave as in QueryTable; lists that need expandable or
 * selectable rows, sorters or filters use QueryTable.
 */
export function LiteTable<Row extends object>({
  query,
  rows,
  rowKey,
  columns,
  pagination,
  total,
  empty,
}: LiteTableProps<Row>) {
  const t = useT();
  const { token } = theme.useToken();
  if (query.isError)
    return (
      <Suspense fallback={null}>
        <ErrorResult error={query.error} onRetry={() => query.refetch()} />
      </Suspense>
    );
  const vars = {
    '--lt-pad': `${token.padding}px`,
    '--lt-radius': `${token.borderRadiusLG}px`,
    '--lt-font-size': `${token.fontSize}px`,
    '--lt-line-height': token.lineHeight,
    '--lt-text': token.colorText,
    '--lt-text-quaternary': token.colorTextQuaternary,
    '--lt-heading': token.colorTextHeading,
    '--lt-strong': token.fontWeightStrong,
    '--lt-bg': token.colorBgContainer,
    '--lt-header-bg': token.colorFillAlter,
    '--lt-hover': token.colorFillAlter,
    '--lt-border': token.colorBorderSecondary,
  } as CSSProperties;
  const loading = query.isPending || (query.isPlaceholderData && query.isFetching);
  const pager = total ? tablePagination(pagination, total, (n) => t('common.total', { total: n })) : undefined;

  return (
    <Spin spinning={loading}>
      <style href="lite-table" precedence="low">
        {TABLE_CSS}
      </style>
      <div style={{ overflowX: 'auto' }}>
        <table className="lite-table" style={vars}>
          <colgroup>
            {columns.map((column) => (
              <col key={column.key} style={column.width === undefined ? undefined : { width: column.width }} />
            ))}
          </colgroup>
          <thead>
            <tr>
              {columns.map((column) => (
                <th key={column.key} scope="col" style={column.align ? { textAlign: column.align } : undefined}>
                  {column.title}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows?.length ? (
              rows.map((row, index) => (
                <tr key={row[rowKey] as Key}>
                  {columns.map((column) => {
                    const value = column.dataIndex === undefined ? undefined : row[column.dataIndex];
                    return (
                      <td key={column.key} style={column.align ? { textAlign: column.align } : undefined}>
                        {column.render ? column.render(value, row, index) : (value as ReactNode)}
                      </td>
                    );
                  })}
                </tr>
              ))
            ) : (
              <tr className="lite-table-placeholder">
                {/* A blank while loading, so the empty illustration doesn't flash before the first answer. */}
                <td colSpan={columns.length}>{query.isPending ? ' ' : empty}</td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
      {pager && <LitePagination {...pager} />}
    </Spin>
  );
}
