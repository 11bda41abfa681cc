/**
 * The tests run in Node without a DOM, so they read the server-rendered markup for what a person sees, and
 * reach the click handlers through the element tree a component returned (`capture`): the same functions a
 * click would call.
 */
import { ConfigProvider, Select } from 'antd';
import zhCN from 'antd/es/locale/zh_CN';
import { isValidElement, type ReactElement, type ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { prerenderToNodeStream } from 'react-dom/static';
import { describe, expect, it, vi } from 'vitest';
import type { Pagination } from '@/hooks/use-url-state';
import type { MessageKey, MessageVars } from '@/lib/i18n';
import { LitePagination, type LitePaginationProps, pageItems } from './lite-pagination';
import { type LiteColumn, LiteTable } from './lite-table';

// Server rendering reads zustand stores at their initial state, where no language is shown yet: the tests
// speak zh-CN through the real catalog instead.
vi.mock('@/lib/i18n', async (importOriginal) => {
  const i18n = await importOriginal<typeof import('@/lib/i18n')>();
  return { ...i18n, useT: () => (key: MessageKey, vars?: MessageVars) => i18n.translate('zh-CN', key, vars) };
});

interface Instance {
  id: string;
  name: string;
}

const columns: LiteColumn<Instance>[] = [
  { key: 'name', title: '实例名称', dataIndex: 'name' },
  { key: 'actions', title: '操作', width: 100, render: (_, row) => <a href={`/i/${row.id}`}>管理</a> },
];
const ROWS: Instance[] = [
  { id: 'cri-1', name: 'acr-prod-hz' },
  { id: 'cri-2', name: 'acr-dev-hz' },
];
const answered = { isError: false, error: null, refetch: vi.fn(), isPending: false, isPlaceholderData: false };
const settled = { ...answered, isFetching: false };
const pagination = (page = 1, pageSize = 10): Pagination => ({ page, pageSize, setPage: vi.fn() });

const inZh = (node: ReactNode) => <ConfigProvider locale={zhCN}>{node}</ConfigProvider>;
const html = (node: ReactNode) => renderToStaticMarkup(inZh(node));

/** Renders `render()` inside a component and hands back the element tree it returned. */
let captured: ReactNode;
function Capture({ render }: { render: () => ReactNode }) {
  captured = render();
  return captured;
}
function capture(render: () => ReactNode): ReactElement {
  renderToStaticMarkup(inZh(<Capture render={render} />));
  if (!isValidElement(captured)) throw new Error('nothing rendered');
  return captured;
}

/** Calls the handler prop `name` of an element, as a click (or a choice) would. */
function fire(el: ReactElement<Record<string, unknown>> | undefined, name: string, ...args: unknown[]) {
  const handler = el?.props[name];
  if (typeof handler !== 'function') throw new Error(`no ${name} handler`);
  handler(...args);
}

/** Every element in a tree whose props match. */
function findAll(node: ReactNode, match: (el: ReactElement<Record<string, unknown>>) => boolean) {
  const found: ReactElement<Record<string, unknown>>[] = [];
  const walk = (n: ReactNode) => {
    if (Array.isArray(n)) n.forEach(walk);
    else if (isValidElement<Record<string, unknown>>(n)) {
      if (match(n)) found.push(n);
      walk(n.props.children as ReactNode);
    }
  };
  walk(node);
  return found;
}

const textOf = (node: ReactNode): string =>
  Array.isArray(node) ? node.map(textOf).join('') : typeof node === 'object' ? '' : String(node ?? '');

describe('LiteTable', () => {
  it('renders a header row and one row per item, with rendered and plain cells', () => {
    const markup = html(
      <LiteTable
        query={settled}
        rows={ROWS}
        rowKey="id"
        columns={columns}
        pagination={pagination()}
        total={2}
        empty="none"
      />,
    );
    expect(markup).toContain('<th scope="col">实例名称</th>');
    expect(markup.match(/<tr>/g)).toHaveLength(3);
    expect(markup).toContain('<td>acr-prod-hz</td>');
    expect(markup).toContain('href="/i/cri-2"');
    expect(markup).toMatch(/<col style="width:100px"/);
    expect(markup).toContain('共 2 条');
    expect(markup).not.toContain('ant-spin-spinning');
  });

  it('shows the empty node once answered with no rows, and no pagination', () => {
    const markup = html(
      <LiteTable
        query={settled}
        rows={[]}
        rowKey="id"
        columns={columns}
        pagination={pagination()}
        total={0}
        empty="该地域下暂无实例"
      />,
    );
    expect(markup).toMatch(/<td colSpan="2">该地域下暂无实例<\/td>/i);
    expect(markup).not.toContain('lite-pagination"');
    expect(markup).not.toContain('共 0 条');
  });

  it('shows a blank (not the empty node) and a spinner while the first page loads', () => {
    const markup = html(
      <LiteTable
        query={{ ...settled, isPending: true, isFetching: true }}
        rows={undefined}
        rowKey="id"
        columns={columns}
        pagination={pagination()}
        total={undefined}
        empty="该地域下暂无实例"
      />,
    );
    expect(markup).not.toContain('该地域下暂无实例');
    expect(markup).toContain('ant-spin-spinning');
  });

  it('keeps the previous rows, dimmed under a spinner, while another page loads', () => {
    const markup = html(
      <LiteTable
        query={{ ...answered, isPlaceholderData: true, isFetching: true }}
        rows={ROWS}
        rowKey="id"
        columns={columns}
        pagination={pagination(2)}
        total={12}
        empty="none"
      />,
    );
    // antd dims the content of a spinning Spin (ant-spin-container) and marks it busy.
    expect(markup).toContain('aria-busy="true"');
    expect(markup).toMatch(/class="ant-spin-container">.*acr-prod-hz.*acr-dev-hz/);
  });

  it('shows the error with a retry that refetches', async () => {
    const refetch = vi.fn();
    const query = { ...settled, isError: true, error: new Error('boom'), refetch };
    const table = (
      <LiteTable query={query} rows={ROWS} rowKey="id" columns={columns} pagination={pagination()} total={2} empty="" />
    );
    // The error view loads lazily: prerender waits for it as the browser would.
    const { prelude } = await prerenderToNodeStream(inZh(table));
    let markup = '';
    for await (const chunk of prelude) markup += chunk;
    expect(markup).toContain('加载失败');
    expect(markup).toMatch(/<button[^>]*ant-btn-primary[^>]*><span>重\s?试<\/span>/);
    expect(markup).not.toContain('acr-prod-hz');

    const tree = capture(() =>
      LiteTable({ query, rows: ROWS, rowKey: 'id', columns, pagination: pagination(), total: 2, empty: '' }),
    );
    const [errorResult] = findAll(tree, (el) => typeof el.props.onRetry === 'function');
    fire(errorResult, 'onRetry');
    expect(refetch).toHaveBeenCalledOnce();
  });
});

describe('LitePagination', () => {
  const props = (over: Partial<LitePaginationProps> = {}): LitePaginationProps => ({
    current: 1,
    pageSize: 10,
    total: 25,
    pageSizeOptions: [10, 20, 50, 100],
    showTotal: (n) => `共 ${n} 条`,
    onChange: vi.fn(),
    ...over,
  });
  const buttons = (tree: ReactElement) => findAll(tree, (el) => el.type === 'button');
  const labelled = (tree: ReactElement, label: string) =>
    buttons(tree).find((el) => el.props['aria-label'] === label || textOf(el.props.children as ReactNode) === label);

  it('shows the total, antd titles on prev/next and pages, and marks the current page', () => {
    const markup = html(<LitePagination {...props({ current: 2 })} />);
    expect(markup).toContain('共 25 条');
    expect(markup).toContain('title="上一页"');
    expect(markup).toContain('title="下一页"');
    for (const page of ['1', '2', '3']) expect(markup).toContain(`title="${page}"`);
    expect(markup).toMatch(/aria-current="page"[^>]*>2<\/button>/);
    expect(markup).toContain('10 条/页');
  });

  it('disables 上一页 on the first page and 下一页 on the last', () => {
    expect(html(<LitePagination {...props({ current: 1 })} />)).toMatch(/aria-label="上一页" disabled/);
    expect(html(<LitePagination {...props({ current: 3 })} />)).toMatch(/aria-label="下一页" disabled/);
  });

  it('changes the page from a page number, 上一页 and 下一页, keeping the page size', () => {
    const onChange = vi.fn();
    const tree = capture(() => LitePagination(props({ current: 2, onChange })));
    fire(labelled(tree, '3'), 'onClick');
    fire(labelled(tree, '上一页'), 'onClick');
    fire(labelled(tree, '下一页'), 'onClick');
    // The current page is no change.
    fire(labelled(tree, '2'), 'onClick');
    expect(onChange.mock.calls).toEqual([
      [3, 10],
      [1, 10],
      [3, 10],
    ]);
  });

  it('changes the page size from its select', () => {
    const onChange = vi.fn();
    const tree = capture(() => LitePagination(props({ current: 2, onChange })));
    const [select] = findAll(tree, (el) => el.type === Select);
    expect(select?.props['aria-label']).toBe('页码');
    fire(select, 'onChange', 20);
    expect(onChange).toHaveBeenCalledWith(2, 20);
  });

  it('folds long page lists as antd does', () => {
    const pages = (current: number, count: number) =>
      pageItems(current, count).map((item) => (item.kind === 'page' ? item.page : item.kind));
    expect(pages(1, 7)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(pages(1, 20)).toEqual([1, 2, 3, 4, 5, 'jump-next', 20]);
    expect(pages(10, 20)).toEqual([1, 'jump-prev', 8, 9, 10, 11, 12, 'jump-next', 20]);
    expect(pages(20, 20)).toEqual([1, 'jump-prev', 16, 17, 18, 19, 20]);
    expect(pageItems(10, 20).find((item) => item.kind === 'jump-next')?.page).toBe(15);
  });
});
