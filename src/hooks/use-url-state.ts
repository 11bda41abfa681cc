/**
 * Pagination and filters kept in the URL (`?page=&pageSize=&name=`), so every list is deep-linkable and
 * survives a reload. Changing a filter goes back to page 1.
 */
import { useCallback, useEffect } from 'react';
import { useSearchParams } from 'react-router';

export const PAGE_SIZE_OPTIONS = [10, 20, 50, 100];
const DEFAULT_PAGE_SIZE = 10;

function positiveInt(raw: string | null, fallback: number, max = Number.MAX_SAFE_INTEGER): number {
  const value = Number(raw);
  return Number.isInteger(value) && value >= 1 ? Math.min(value, max) : fallback;
}

export interface Pagination {
  page: number;
  pageSize: number;
  setPage: (page: number, pageSize: number) => void;
}

export function usePagination(): Pagination {
  const [params, setParams] = useSearchParams();
  const page = positiveInt(params.get('page'), 1);
  const pageSize = positiveInt(params.get('pageSize'), DEFAULT_PAGE_SIZE, 100);
  const setPage = useCallback(
    (nextPage: number, nextSize: number) =>
      setParams((prev) => {
        const next = new URLSearchParams(prev);
        // A new page size starts from the first page, as antd's own pagination does.
        const target = nextSize !== pageSize ? 1 : nextPage;
        if (target === 1) next.delete('page');
        else next.set('page', String(target));
        if (nextSize === DEFAULT_PAGE_SIZE) next.delete('pageSize');
        else next.set('pageSize', String(nextSize));
        return next;
      }),
    [setParams, pageSize],
  );
  return { page, pageSize, setPage };
}

/** A string filter in the URL; setting it resets the page. */
export function useUrlFilter(key: string): [string, (value: string) => void] {
  const [params, setParams] = useSearchParams();
  const value = params.get(key) ?? '';
  const setValue = useCallback(
    (nextValue: string) =>
      setParams((prev) => {
        const next = new URLSearchParams(prev);
        if (nextValue) next.set(key, nextValue);
        else next.delete(key);
        next.delete('page');
        return next;
      }),
    [key, setParams],
  );
  return [value, setValue];
}

/** After deletions the current page can fall past the end: move to the last page that has rows. */
export function useClampPage(pagination: Pagination, total: number | undefined, rowsOnPage: number | undefined): void {
  const { page, pageSize, setPage } = pagination;
  useEffect(() => {
    if (total === undefined || rowsOnPage === undefined || rowsOnPage > 0 || page <= 1) return;
    setPage(Math.max(1, Math.ceil(total / pageSize)), pageSize);
  }, [total, rowsOnPage, page, pageSize, setPage]);
}

/** antd Table pagination props bound to the URL. */
export function tablePagination(pagination: Pagination, total: number | undefined, showTotal: (n: number) => string) {
  return {
    current: pagination.page,
    pageSize: pagination.pageSize,
    total: total ?? 0,
    showSizeChanger: true,
    pageSizeOptions: PAGE_SIZE_OPTIONS,
    showTotal,
    onChange: pagination.setPage,
  };
}
