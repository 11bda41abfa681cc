/** Pagination as the real API does it: `PageNo` from 1, `PageSize` default 30 (the schema caps it at 100). */
import { DEFAULT_PAGE_SIZE } from '@/api/contract/wire';

export interface Page<T> {
  items: T[];
  PageNo: number;
  PageSize: number;
  TotalCount: number;
}

/** Cuts one page out of an already filtered and sorted list. A page past the end is empty, not an error. */
export function paginate<T>(items: readonly T[], pageNo?: number, pageSize?: number): Page<T> {
  const PageNo = pageNo ?? 1;
  const PageSize = pageSize ?? DEFAULT_PAGE_SIZE;
  const start = (PageNo - 1) * PageSize;
  return { items: items.slice(start, start + PageSize), PageNo, PageSize, TotalCount: items.length };
}

/** Substring filter of the console's search boxes: empty or absent matches everything. */
export function matchesFilter(value: string, filter: string | undefined): boolean {
  return !filter || value.includes(filter);
}
