/**
 * The left navigation: the children of the deepest matched route marked `nav` (the region's 实例列表, an
 * instance's pages, a repository's pages), grouped by their menu group, in route-table order.
 */
import { ArrowLeftOutlined } from '@ant-design/icons';
import { Layout, Menu, type MenuProps, theme } from 'antd';
import { Link, useMatches } from 'react-router';
import { type TFunction, useT } from '@/lib/i18n';
import { useUiStore } from '@/stores/ui-store';
import { entryOf, type RouteEntry } from '../route-types';

type MenuItem = Required<MenuProps>['items'][number];

function buildItems(t: TFunction, entries: RouteEntry[], basePath: string): MenuItem[] {
  const items: MenuItem[] = [];
  const groupItems = new Map<string, MenuItem[]>();
  for (const entry of entries) {
    if (entry.index || entry.hideInMenu || entry.nameFrom || !entry.nameKey || !entry.path) continue;
    const item: MenuItem = {
      key: entry.id,
      icon: entry.icon,
      label: <Link to={`${basePath}/${entry.path}`}>{t(entry.nameKey)}</Link>,
    };
    if (!entry.group) {
      items.push(item);
      continue;
    }
    const existing = groupItems.get(entry.group.nameKey);
    if (existing) existing.push(item);
    else {
      const children = [item];
      groupItems.set(entry.group.nameKey, children);
      items.push({ key: entry.group.nameKey, icon: entry.group.icon, label: t(entry.group.nameKey), children });
    }
  }
  return items;
}

export function NavSider() {
  const t = useT();
  const split = theme.useToken().token.colorSplit;
  const matches = useMatches();
  const collapsed = useUiStore((s) => s.siderCollapsed);
  const navIndex = matches.findLastIndex((m) => entryOf(m)?.nav);
  const navMatch = matches[navIndex];
  const navEntry = navMatch && entryOf(navMatch);
  if (!navMatch || !navEntry?.children) return null;

  const basePath = navMatch.pathname.replace(/\/$/, '');
  const items = buildItems(t, navEntry.children, basePath);
  const selected = matches[navIndex + 1]?.id;
  const openKeys = navEntry.children.flatMap((c) => (c.group ? [c.group.nameKey] : []));
  const back = navEntry.navBack ? matches[navIndex - 1] : undefined;

  return (
    <Layout.Sider
      theme="light"
      // Wide enough for the longest English entries ("Vulnerability Search", "Deployment Policies") with their icon.
      width={232}
      collapsedWidth={56}
      collapsed={collapsed}
      trigger={null}
      style={{ borderRight: `1px solid ${split}` }}
    >
      <nav aria-label={t('layout.nav')}>
        {back && navEntry.navBack && (
          <Link
            to={back.pathname}
            aria-label={t(navEntry.navBack)}
            style={{ display: 'block', padding: '12px 20px', borderBottom: `1px solid ${split}` }}
          >
            <ArrowLeftOutlined /> {!collapsed && t(navEntry.navBack)}
          </Link>
        )}
        <Menu
          key={navEntry.id}
          mode="inline"
          items={items}
          selectedKeys={selected ? [selected] : []}
          defaultOpenKeys={openKeys}
          style={{ borderInlineEnd: 'none' }}
        />
      </nav>
    </Layout.Sider>
  );
}
