/** 单镜像扫描 as a recorded walkthrough: acr-prod-hz → prod/nginx:1.25-alpine → 安全扫描 → 立即扫描 → results. */
import { rowWith, rowWithCell } from '../../e2e/kit/pages/shared';
import { findingsTable, INSTANCE, openFresh, TAG } from './flow-common';
import type { FlowDef } from './walkthrough';

export const SINGLE_IMAGE_SCAN: FlowDef = {
  id: 'single',
  title: { 'zh-CN': '单镜像扫描', 'en-US': 'Scan one image' },
  steps: [
    {
      id: 'single.instances',
      text: {
        'zh-CN': {
          title: '实例列表',
          caption: '登录容器镜像服务控制台，在顶部菜单栏选择地域（华东1（杭州）），打开实例列表',
        },
        'en-US': {
          title: 'Instances',
          caption:
            'Sign in to the Container Registry console, choose the region China (Hangzhou) in the top bar and open Instances',
        },
      },
      run: async (w) => {
        await openFresh(w.page, 'cn-hangzhou/instances');
        // The first visit registers the mock backend and seeds the world: slower than any later step.
        await w.visible(rowWith(w.page, INSTANCE), 60_000);
      },
    },
    {
      id: 'single.instance',
      text: {
        'zh-CN': { title: '企业版实例', caption: `单击企业版实例 ${INSTANCE} 的“管理”，进入实例概览` },
        'en-US': {
          title: 'Instance',
          caption: `Click "Manage" of the Enterprise Edition instance ${INSTANCE} to open its overview`,
        },
      },
      run: async (w) => {
        await w.click(rowWith(w.page, INSTANCE).getByRole('link', { name: w.t('common.manage') }));
        await w.page.waitForURL(/\/instances\/cri-[^/]+\/overview/);
      },
    },
    {
      id: 'single.repositories',
      text: {
        'zh-CN': { title: '镜像仓库', caption: '在左侧导航栏选择“镜像仓库”，按仓库名称搜索 nginx' },
        'en-US': {
          title: 'Repositories',
          caption: 'Choose "Repositories" in the side menu and search for nginx by name',
        },
      },
      run: async (w) => {
        await w.click(w.page.getByRole('menuitem', { name: w.t('menu.repositories') }));
        const search = w.page.getByPlaceholder(w.t('repos.search'));
        await w.type(search, 'nginx');
        await search.press('Enter');
        await w.visible(rowWith(w.page, 'nginx').filter({ hasText: 'prod' }));
      },
    },
    {
      id: 'single.repository',
      text: {
        'zh-CN': { title: '仓库 prod-nginx', caption: '单击仓库 prod/nginx 的“管理”，打开仓库详情' },
        'en-US': { title: 'Repository prod-nginx', caption: 'Click "Manage" of the repository prod/nginx to open it' },
      },
      run: async (w) => {
        const row = rowWith(w.page, 'nginx').filter({ hasText: 'prod' });
        await w.click(row.getByRole('link', { name: w.t('common.manage') }).first());
        await w.visible(w.page.getByRole('menuitem', { name: w.t('menu.repo-tags') }));
      },
    },
    {
      id: 'single.tags',
      text: {
        'zh-CN': { title: '镜像版本', caption: `选择“镜像版本”：${TAG} 尚未扫描` },
        'en-US': { title: 'Tags', caption: `Choose "Tags": ${TAG} has not been scanned yet` },
      },
      run: async (w) => {
        await w.click(w.page.getByRole('menuitem', { name: w.t('menu.repo-tags') }));
        const row = rowWithCell(w.page, w.page, TAG);
        await w.visible(row);
        await w.point(row.getByRole('link', { name: w.t('scans.action.scan') }));
      },
    },
    {
      id: 'single.scan-page',
      text: {
        'zh-CN': { title: '安全扫描', caption: `单击 ${TAG} 操作列的“安全扫描”，打开该镜像版本的扫描页` },
        'en-US': {
          title: 'Security scan',
          caption: `Click "Security Scan" in the ${TAG} row to open the tag's scan page`,
        },
      },
      run: async (w) => {
        await w.click(rowWithCell(w.page, w.page, TAG).getByRole('link', { name: w.t('scans.action.scan') }));
        await w.visible(w.page.getByRole('heading', { name: w.t('menu.tag-scan') }));
      },
    },
    {
      id: 'single.scan-now',
      text: {
        'zh-CN': { title: '立即扫描', caption: '单击“立即扫描”：扫描按阶段推进，进度实时显示' },
        'en-US': {
          title: 'Scan now',
          caption: 'Click "Scan Now": the scan goes through its phases with live progress',
        },
      },
      run: async (w) => {
        await w.click(w.page.getByRole('button', { name: w.t('scans.scan-now') }));
        await w.visible(w.page.getByText(w.t('scans.scanning.title')));
        // Past the queue, so the picture shows a phase at work (or the result, on a fast machine).
        const label = w.t('scans.progress', { percent: 'PERCENT' }).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        const underway = w.page.getByLabel(new RegExp(`^${label.replace('PERCENT', '[1-9]\\d')}$`));
        await w.visible(underway.or(findingsTable(w)).first());
      },
    },
    {
      id: 'single.results',
      text: {
        'zh-CN': { title: '扫描结果', caption: '扫描完成：系统漏洞按等级列出，含软件包、当前版本和修复版本' },
        'en-US': {
          title: 'Scan results',
          caption: 'Scan complete: vulnerabilities by severity, with package, installed and fixed versions',
        },
      },
      run: async (w) => {
        // Findings appear only once the scan is complete.
        await w.visible(findingsTable(w).getByText(w.t('enum.severity.high'), { exact: true }).first(), 60_000);
        await w.focus(w.page.getByRole('tab', { name: w.t('enum.vul-type.cve') }));
      },
    },
    {
      id: 'single.finding',
      text: {
        'zh-CN': { title: '漏洞详情', caption: '单击漏洞编号查看漏洞详情和修复命令' },
        'en-US': {
          title: 'Vulnerability details',
          caption: 'Click a vulnerability ID to read its details and the fix command',
        },
      },
      run: async (w) => {
        const high = findingsTable(w)
          .getByRole('row')
          .filter({ has: w.page.getByText(w.t('enum.severity.high'), { exact: true }) })
          .first();
        await w.click(high.getByRole('button').first());
        await w.visible(w.page.getByRole('dialog'));
      },
    },
  ],
};
