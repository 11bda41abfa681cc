import { Layout } from 'antd';
import { Outlet } from 'react-router';
import { useIdentityKey } from '@/api/resources/ram';
import { AppBreadcrumbs } from './app-breadcrumbs';
import { NavSider } from './nav-sider';
import { TopBar } from './top-bar';

/** The console shell: top bar, the left navigation of the current area, breadcrumbs, the page. */
export function ConsoleLayout() {
  // Switching identity remounts the page: it reloads everything as the new identity (see useSwitchIdentity).
  const identityKey = useIdentityKey();
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <TopBar />
      <Layout>
        <NavSider />
        <Layout.Content style={{ padding: '16px 24px 32px', minWidth: 0 }}>
          <AppBreadcrumbs />
          {/* Layout.Content already is the page's one <main> landmark. */}
          <div key={identityKey}>
            <Outlet />
          </div>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
