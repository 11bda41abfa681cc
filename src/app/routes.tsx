/**
 * THE route table. It drives the router (router.tsx), the left navigation, the breadcrumbs and
 * `document.title`. Order is menu order; adding a page or a navigation group is one entry here (plus its
 * catalog key).
 */
import { AppstoreOutlined, SafetyCertificateOutlined, UserOutlined } from '@ant-design/icons';
import { DEFAULT_REGION_ID } from '@/stores/ui-store';
import { ConsoleLayout } from './layout/console-layout';
import { NavIcon } from './layout/nav-icon';
import { RegionLayout } from './layout/region-layout';
import type { MenuGroup, RouteEntry } from './route-types';

const groups = {
  repo: { nameKey: 'menu.group.repo', icon: <NavIcon name="InboxOutlined" /> },
  access: { nameKey: 'menu.group.access', icon: <SafetyCertificateOutlined /> },
  security: { nameKey: 'menu.group.security', icon: <NavIcon name="SecurityScanOutlined" /> },
  events: { nameKey: 'menu.group.events', icon: <NavIcon name="NotificationOutlined" /> },
} satisfies Record<string, MenuGroup>;

const instanceRoutes: RouteEntry[] = [
  { id: 'instance-home', index: true, redirect: 'overview' },
  {
    id: 'overview',
    path: 'overview',
    nameKey: 'menu.overview',
    icon: <NavIcon name="DashboardOutlined" />,
    lazy: () => import('@/features/instances/overview-page').then((m) => m.OverviewPage),
  },
  {
    id: 'repositories',
    path: 'repositories',
    nameKey: 'menu.repositories',
    icon: <NavIcon name="DatabaseOutlined" />,
    group: groups.repo,
    children: [
      {
        id: 'repository-list',
        index: true,
        lazy: () => import('@/features/repositories/repository-list-page').then((m) => m.RepositoryListPage),
      },
      {
        id: 'repository',
        path: ':repoId',
        nameFrom: 'repository',
        nav: true,
        navBack: 'layout.back-to-repositories',
        lazy: () => import('@/features/repositories/repository-layout').then((m) => m.RepositoryLayout),
        children: [
          { id: 'repository-home', index: true, redirect: 'info' },
          {
            id: 'repository-info',
            path: 'info',
            nameKey: 'menu.repo-info',
            icon: <NavIcon name="InfoCircleOutlined" />,
            lazy: () => import('@/features/repositories/repository-info-page').then((m) => m.RepositoryInfoPage),
          },
          {
            id: 'repository-tags',
            path: 'tags',
            nameKey: 'menu.repo-tags',
            icon: <NavIcon name="TagsOutlined" />,
            children: [
              {
                id: 'tag-list',
                index: true,
                lazy: () => import('@/features/repositories/tag-list-page').then((m) => m.TagListPage),
              },
              {
                id: 'tag-scan',
                path: ':tag/scan',
                nameKey: 'menu.tag-scan',
                lazy: () => import('@/features/scans/tag-scan-page').then((m) => m.TagScanPage),
              },
            ],
          },
        ],
      },
    ],
  },
  {
    id: 'namespaces',
    path: 'namespaces',
    nameKey: 'menu.namespaces',
    icon: <NavIcon name="FolderOutlined" />,
    group: groups.repo,
    lazy: () => import('@/features/namespaces/namespace-list-page').then((m) => m.NamespaceListPage),
  },
  {
    id: 'vpc',
    path: 'vpc',
    nameKey: 'menu.vpc',
    icon: <NavIcon name="ClusterOutlined" />,
    group: groups.access,
    lazy: () => import('@/features/vpc/vpc-page').then((m) => m.VpcPage),
  },
  {
    id: 'scan',
    path: 'scan',
    nameKey: 'menu.scan',
    icon: <NavIcon name="ScanOutlined" />,
    group: groups.security,
    children: [
      {
        id: 'scan-home',
        index: true,
        lazy: () => import('@/features/scan-rules/scan-page').then((m) => m.ScanPage),
      },
      {
        id: 'scan-task',
        path: 'tasks/:ruleTaskId',
        nameKey: 'menu.scan-task',
        lazy: () => import('@/features/scan-rules/scan-task-page').then((m) => m.ScanTaskPage),
      },
    ],
  },
  {
    id: 'signing',
    path: 'signing',
    nameKey: 'menu.signing',
    icon: <NavIcon name="SafetyOutlined" />,
    group: groups.security,
    lazy: () => import('@/features/signing/signing-page').then((m) => m.SigningPage),
  },
  {
    id: 'policies',
    path: 'policies',
    nameKey: 'menu.policies',
    icon: <NavIcon name="AuditOutlined" />,
    group: groups.security,
    lazy: () => import('@/features/policies/policies-page').then((m) => m.PoliciesPage),
  },
  {
    id: 'reports',
    path: 'reports',
    nameKey: 'menu.reports',
    icon: <NavIcon name="BarChartOutlined" />,
    group: groups.security,
    lazy: () => import('@/features/reports/report-page').then((m) => m.SecurityReportPage),
  },
  {
    id: 'vuln-search',
    path: 'search',
    nameKey: 'menu.vuln-search',
    icon: <NavIcon name="FileSearchOutlined" />,
    group: groups.security,
    lazy: () => import('@/features/reports/search-page').then((m) => m.VulnSearchPage),
  },
  {
    id: 'scan-diff',
    path: 'diff',
    nameKey: 'menu.scan-diff',
    icon: <NavIcon name="DiffOutlined" />,
    group: groups.security,
    lazy: () => import('@/features/reports/diff-page').then((m) => m.ScanDiffPage),
  },
  {
    id: 'event-rules',
    path: 'events/rules',
    nameKey: 'menu.event-rules',
    icon: <NavIcon name="BellOutlined" />,
    group: groups.events,
    lazy: () => import('@/features/events/rules-page').then((m) => m.EventRulesPage),
  },
  {
    id: 'event-records',
    path: 'events/records',
    nameKey: 'menu.event-records',
    icon: <NavIcon name="HistoryOutlined" />,
    group: groups.events,
    lazy: () => import('@/features/events/records-page').then((m) => m.EventRecordsPage),
  },
  {
    id: 'event-demo-receiver',
    path: 'events/demo-receiver',
    nameKey: 'menu.event-demo-receiver',
    icon: <NavIcon name="ApiOutlined" />,
    group: groups.events,
    lazy: () => import('@/features/events/demo-receiver-page').then((m) => m.DemoReceiverPage),
  },
];

export const routeTable: RouteEntry[] = [
  {
    id: 'root',
    path: '/',
    nameKey: 'app.product',
    Component: ConsoleLayout,
    children: [
      { id: 'home', index: true, redirect: `/${DEFAULT_REGION_ID}/instances` },
      {
        id: 'settings',
        path: 'settings',
        nameKey: 'menu.settings',
        lazy: () => import('@/features/settings/settings-page').then((m) => m.SettingsPage),
      },
      {
        id: 'ram',
        path: 'ram',
        nameKey: 'menu.ram',
        nav: true,
        children: [
          { id: 'ram-home', index: true, redirect: 'users' },
          {
            id: 'ram-users',
            path: 'users',
            nameKey: 'menu.ram-users',
            icon: <UserOutlined />,
            lazy: () => import('@/features/ram/users-page').then((m) => m.RamUsersPage),
          },
          {
            id: 'ram-groups',
            path: 'groups',
            nameKey: 'menu.ram-groups',
            icon: <NavIcon name="TeamOutlined" />,
            lazy: () => import('@/features/ram/groups-page').then((m) => m.RamGroupsPage),
          },
          {
            id: 'ram-policies',
            path: 'policies',
            nameKey: 'menu.ram-policies',
            icon: <NavIcon name="FileProtectOutlined" />,
            lazy: () => import('@/features/ram/policies-page').then((m) => m.RamPoliciesPage),
          },
          {
            id: 'ram-audit',
            path: 'audit',
            nameKey: 'menu.ram-audit',
            icon: <NavIcon name="FileSearchOutlined" />,
            lazy: () => import('@/features/ram/audit-page').then((m) => m.RamAuditPage),
          },
        ],
      },
      {
        id: 'ram-authorize',
        path: 'ram/authorize',
        nameKey: 'menu.ram-authorize',
        lazy: () => import('@/features/cloud-security/authorize-page').then((m) => m.AuthorizePage),
      },
      {
        id: 'sas-buy',
        path: 'sas/buy',
        nameKey: 'menu.sas-buy',
        lazy: () => import('@/features/cloud-security/buy-page').then((m) => m.BuyPage),
      },
      {
        id: 'sas-pay',
        path: 'sas/orders/:orderId',
        nameKey: 'menu.sas-pay',
        lazy: () => import('@/features/cloud-security/pay-page').then((m) => m.PayPage),
      },
      {
        id: 'region',
        path: ':regionId',
        nav: true,
        Component: RegionLayout,
        children: [
          { id: 'region-home', index: true, redirect: 'instances' },
          {
            id: 'instances',
            path: 'instances',
            nameKey: 'menu.instances',
            icon: <AppstoreOutlined />,
            children: [
              {
                id: 'instance-list',
                index: true,
                lazy: () => import('@/features/instances/instance-list-page').then((m) => m.InstanceListPage),
              },
              {
                id: 'instance',
                path: ':instanceId',
                nameFrom: 'instance',
                nav: true,
                navBack: 'layout.back-to-instances',
                // Not needed to show the instance list (the first route): fetched with the first instance page.
                lazy: () => import('./layout/instance-layout').then((m) => m.InstanceLayout),
                children: instanceRoutes,
              },
            ],
          },
        ],
      },
      {
        id: 'not-found',
        path: '*',
        nameKey: 'menu.not-found',
        lazy: () => import('./not-found-page').then((m) => m.NotFoundPage),
      },
    ],
  },
];
