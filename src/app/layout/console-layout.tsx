import { Layout } from 'antd';
import { Outlet } from 'react-router';
import { AppBreadcrumbs } from './app-breadcrumbs';
import { NavSider } from './nav-sider';
import { TopBar } from './top-bar';

/** The console shell: top bar, the left navigation of the current area, breadcrumbs, the page. */
export function ConsoleLayout() {
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <TopBar />
      <Layout>
        <NavSider />
        <Layout.Content style={{ padding: '16px 24px 32px', minWidth: 0 }}>
          <AppBreadcrumbs />
          <main>
            <Outlet />
          </main>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
