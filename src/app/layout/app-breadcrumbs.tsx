import { Breadcrumb } from 'antd';
import { useEffect } from 'react';
import { Link } from 'react-router';
import { useT } from '@/lib/i18n';
import { useUiStore } from '@/stores/ui-store';
import { useRouteCrumbs } from './use-route-labels';

/** 容器镜像服务 / 实例列表 / <instance> / <page>, plus the matching document title. */
export function AppBreadcrumbs() {
  const t = useT();
  const crumbs = useRouteCrumbs();
  const lastRegionId = useUiStore((s) => s.lastRegionId);

  // Most specific first: "镜像仓库 - my-instance - 实例列表 - 容器镜像服务".
  const title = crumbs
    .slice(1)
    .reverse()
    .map((c) => c.label)
    .concat(t('app.product'))
    .join(' - ');
  useEffect(() => {
    document.title = title;
  }, [title]);

  const items = crumbs.map((crumb, i) => {
    const isLast = i === crumbs.length - 1;
    // The product crumb goes to the instance list, as the console's home.
    const to = crumb.entry.id === 'root' ? `/${lastRegionId}/instances` : crumb.pathname;
    return { key: crumb.entry.id, title: isLast ? crumb.label : <Link to={to}>{crumb.label}</Link> };
  });
  return <Breadcrumb items={items} aria-label={t('layout.breadcrumb')} style={{ marginBottom: 12 }} />;
}
