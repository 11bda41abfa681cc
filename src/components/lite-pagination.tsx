import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { ConfigProvider, Select, theme } from 'antd';
import enUS from 'antd/es/locale/en_US';
import { type CSSProperties, useContext } from 'react';

/** One entry of the page list: a page number, or a jump of several pages over the hidden ones. */
export type PageItem = { kind: 'page'; page: number } | { kind: 'jump-prev' | 'jump-next'; page: number };

/** Pages either side of the current one before the list folds into jumps (antd's pageBufferSize). */
const BUFFER = 2;
/** How far a fold (•••) jumps, as antd's. */
const JUMP = 5;

/**
 * The page list antd's Pagination shows: every page while there are few, else the first, the current with two
 * either side, the last, and ••• jumps in the gaps.
 */
export function pageItems(current: number, pageCount: number): PageItem[] {
  const pages = (from: number, to: number): PageItem[] =>
    Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => ({ kind: 'page', page: from + i }));
  if (pageCount <= 3 + BUFFER * 2) return pages(1, pageCount);
  let from = Math.max(1, current - BUFFER);
  let to = Math.min(pageCount, current + BUFFER);
  // Near either end antd keeps five pages in a row rather than a fold right after the first.
  if (current - 1 <= BUFFER) to = 1 + BUFFER * 2;
  if (pageCount - current <= BUFFER) from = pageCount - BUFFER * 2;
  const items = pages(from, to);
  if (from > 2) items.unshift({ kind: 'jump-prev', page: Math.max(1, current - JUMP) });
  if (from > 1) items.unshift({ kind: 'page', page: 1 });
  if (to < pageCount - 1) items.push({ kind: 'jump-next', page: Math.min(pageCount, current + JUMP) });
  if (to < pageCount) items.push({ kind: 'page', page: pageCount });
  return items;
}

// antd's look: square 32px items, no border but on the current page, a light fill on hover.
const PAGINATION_CSS = `
.lite-pagination { display: flex; flex-wrap: wrap; align-items: center; justify-content: flex-end;
  margin: var(--lp-margin) 0; padding: 0; color: var(--lp-text); }
.lite-pagination > li { list-style: none; min-width: var(--lp-size); height: var(--lp-size);
  line-height: var(--lp-size); margin-inline-end: var(--lp-gap); }
.lite-pagination > li.lite-pagination-total { min-width: 0; line-height: calc(var(--lp-size) - 2px); }
.lite-pagination > li.lite-pagination-next { margin-inline-end: 0; }
.lite-pagination > li.lite-pagination-options { margin-inline: var(--lp-margin) 0; }
.lite-pagination button { min-width: var(--lp-size); height: var(--lp-size); padding: 0 6px; font: inherit;
  line-height: calc(var(--lp-size) - 2px); color: inherit; background: transparent; border: 1px solid transparent;
  border-radius: var(--lp-radius); cursor: pointer; transition: all 0.2s; }
.lite-pagination > li.lite-pagination-step button { display: flex; align-items: center; justify-content: center;
  font-size: var(--lp-icon-size); }
.lite-pagination button:hover:not(:disabled) { background: var(--lp-hover); }
.lite-pagination button:focus-visible { outline: 4px solid var(--lp-focus); outline-offset: 1px; }
.lite-pagination button:disabled { color: var(--lp-disabled); cursor: not-allowed; }
.lite-pagination button[aria-current='page'] { color: var(--lp-active); font-weight: var(--lp-strong);
  background: var(--lp-active-bg); border-color: var(--lp-active); }
.lite-pagination button[aria-current='page']:hover { color: var(--lp-active-hover); border-color: var(--lp-active-hover); }
`;

export interface LitePaginationProps {
  current: number;
  pageSize: number;
  total: number;
  pageSizeOptions: number[];
  /** The `共 N 条` before the pages. */
  showTotal: (total: number) => string;
  /** A page or a page size was chosen (the same signature as antd's Pagination). */
  onChange: (page: number, pageSize: number) => void;
}

/**
 * antd's Pagination as tables show it (total, ‹ pages ›, page size), without rc-pagination: the same titles
 * (上一页, 下一页, the page number) and labels from antd's locale, so it reads and drives like the real one.
 */
export function LitePagination({
  current,
  pageSize,
  total,
  pageSizeOptions,
  showTotal,
  onChange,
}: LitePaginationProps) {
  const { token } = theme.useToken();
  // antd's own words (上一页, 条/页) in the console's language, as its Pagination would say them.
  const locale = { ...enUS.Pagination, ...useContext(ConfigProvider.ConfigContext).locale?.Pagination };
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const go = (page: number) => {
    if (page !== current && page >= 1 && page <= pageCount) onChange(page, pageSize);
  };
  // The stylesheet is static; the theme (light, dark) comes in through these variables.
  const vars = {
    '--lp-size': `${token.controlHeight}px`,
    '--lp-gap': `${token.marginXS}px`,
    '--lp-margin': `${token.margin}px`,
    '--lp-icon-size': `${token.fontSizeSM}px`,
    '--lp-radius': `${token.borderRadius}px`,
    '--lp-text': token.colorText,
    '--lp-disabled': token.colorTextDisabled,
    '--lp-hover': token.colorBgTextHover,
    '--lp-active': token.colorPrimary,
    '--lp-active-hover': token.colorPrimaryHover,
    '--lp-active-bg': token.colorBgContainer,
    '--lp-strong': token.fontWeightStrong,
    '--lp-focus': token.colorPrimaryBorder,
  } as CSSProperties;
  const sizeOptions = pageSizeOptions.map((size) => ({ value: size, label: `${size} ${locale.items_per_page}` }));

  return (
    <ul className="lite-pagination" style={vars}>
      <style href="lite-pagination" precedence="low">
        {PAGINATION_CSS}
      </style>
      <li className="lite-pagination-total">{showTotal(total)}</li>
      <li title={locale.prev_page} className="lite-pagination-step">
        <button type="button" aria-label={locale.prev_page} disabled={current <= 1} onClick={() => go(current - 1)}>
          <LeftOutlined />
        </button>
      </li>
      {pageItems(current, pageCount).map((entry) =>
        entry.kind === 'page' ? (
          <li key={entry.page} title={String(entry.page)}>
            <button
              type="button"
              aria-current={entry.page === current ? 'page' : undefined}
              onClick={() => go(entry.page)}
            >
              {entry.page}
            </button>
          </li>
        ) : (
          <li key={entry.kind} title={entry.kind === 'jump-prev' ? locale.prev_5 : locale.next_5}>
            <button
              type="button"
              aria-label={entry.kind === 'jump-prev' ? locale.prev_5 : locale.next_5}
              onClick={() => go(entry.page)}
            >
              •••
            </button>
          </li>
        ),
      )}
      <li title={locale.next_page} className="lite-pagination-step lite-pagination-next">
        <button
          type="button"
          aria-label={locale.next_page}
          disabled={current >= pageCount}
          onClick={() => go(current + 1)}
        >
          <RightOutlined />
        </button>
      </li>
      <li className="lite-pagination-options">
        <Select
          aria-label={locale.page_size}
          value={pageSize}
          options={sizeOptions}
          onChange={(size: number) => onChange(current, size)}
          popupMatchSelectWidth={false}
        />
      </li>
    </ul>
  );
}
