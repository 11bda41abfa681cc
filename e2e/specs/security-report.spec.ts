import { readFile } from 'node:fs/promises';
import type { Download, Page } from '@playwright/test';
import { expect, openConsole, test } from '../kit/console';

type Level = 'High' | 'Medium' | 'Low' | 'Unknown';
const LEVELS: Level[] = ['High', 'Medium', 'Low', 'Unknown'];
const LEVEL_LABEL: Record<Level, string> = { High: '高危', Medium: '中危', Low: '低危', Unknown: '未知' };

/** Calls the console's API from inside the page (through the mock backend's service worker). */
async function api<T>(page: Page, action: string, params: Record<string, unknown>): Promise<T> {
  return page.evaluate(
    async ([name, body]) => {
      const query = new URLSearchParams({ Action: name, Version: '2018-12-01' });
      for (const [key, value] of Object.entries(body)) {
        query.set(key, typeof value === 'object' ? JSON.stringify(value) : String(value));
      }
      const res = await fetch(`${location.origin}/api/?${query}`, { method: 'POST' });
      return res.json();
    },
    [action, params] as const,
  ) as Promise<T>;
}

interface Repo {
  RepoId: string;
  RepoNamespaceName: string;
  RepoName: string;
}

/**
 * What the report should say, computed from the per-image results: every tag of the instance (signature
 * tags excluded), and for each scanned one the rows `ListRepoTagScanResult` lists, counted by level.
 */
async function perImageTotals(page: Page, instanceId: string) {
  const repos = await api<{ Repositories: Repo[] }>(page, 'ListRepository', {
    InstanceId: instanceId,
    PageNo: 1,
    PageSize: 100,
  });
  const counts: Record<Level, number> = { High: 0, Medium: 0, Low: 0, Unknown: 0 };
  let total = 0;
  let scanned = 0;
  for (const repo of repos.Repositories) {
    const tags = await api<{ Images: { Tag: string }[] }>(page, 'ListRepoTag', {
      InstanceId: instanceId,
      RepoId: repo.RepoId,
      PageNo: 1,
      PageSize: 100,
    });
    for (const { Tag } of tags.Images.filter((i) => !/^sha256-[0-9a-f]{64}\.sig$/.test(i.Tag))) {
      total++;
      let seen = 0;
      for (let pageNo = 1; ; pageNo++) {
        const res = await api<{ Code?: string; Vulnerabilities?: { Severity: Level }[]; TotalCount?: number }>(
          page,
          'ListRepoTagScanResult',
          { InstanceId: instanceId, RepoId: repo.RepoId, Tag, PageNo: pageNo, PageSize: 100 },
        );
        if (!res.Vulnerabilities) break; // never scanned (SCAN_TASK_NOT_EXIST)
        if (pageNo === 1) scanned++;
        for (const row of res.Vulnerabilities) counts[row.Severity]++;
        seen += res.Vulnerabilities.length;
        if (res.Vulnerabilities.length === 0 || seen >= Number(res.TotalCount)) break;
      }
    }
  }
  return { counts, total, scanned };
}

/** From 镜像版本 of the open repository: <tag> 安全扫描 → 立即扫描 → 扫描完成, then back to 镜像版本. */
async function scanTag(page: Page, tag: string) {
  const row = page.getByRole('row').filter({ has: page.getByRole('cell', { name: tag, exact: true }) });
  await row.getByRole('link', { name: '安全扫描' }).click();
  await expect(page.getByRole('heading', { name: '安全扫描' })).toBeVisible();
  await page.getByRole('button', { name: '立即扫描' }).click();
  await expect(page.getByText('扫描完成').first()).toBeVisible({ timeout: 45_000 });
  await page.getByRole('menuitem', { name: '镜像版本' }).click();
}

async function savedText(download: Download): Promise<string> {
  return readFile(await download.path(), 'utf8');
}

test('安全报告 sums the per-image results and leads to 漏洞检索, exports and 扫描对比', async ({
  page,
  consoleErrors,
}) => {
  test.setTimeout(180_000);
  await openConsole(page, 'cn-hangzhou/instances');
  await page.getByRole('row').filter({ hasText: 'acr-prod-hz' }).getByRole('link', { name: '管理' }).click();
  await expect(page).toHaveURL(/\/instances\/cri-[^/]+\/overview/);
  const instanceId = /\/instances\/(cri-[^/]+)\//.exec(page.url())?.[1] ?? '';

  // Scan prod/legacy-portal 1.0 and 1.1.
  await page.getByRole('menuitem', { name: '镜像仓库' }).click();
  await page.getByPlaceholder('按仓库名称搜索').fill('legacy-portal');
  await page.getByPlaceholder('按仓库名称搜索').press('Enter');
  await page.getByRole('row').filter({ hasText: 'legacy-portal' }).getByRole('link', { name: /管理/ }).first().click();
  await page.getByRole('menuitem', { name: '镜像版本' }).click();
  await scanTag(page, '1.0');
  await scanTag(page, '1.1');

  // 安全报告: the cards equal the sum of the per-image results.
  await page.getByRole('link', { name: '返回镜像仓库' }).click();
  await page.getByRole('menuitem', { name: '安全报告' }).click();
  await expect(page.getByRole('heading', { name: '安全报告' })).toBeVisible();
  const expected = await perImageTotals(page, instanceId);
  expect(expected.scanned).toBeGreaterThanOrEqual(2);
  await expect(
    page.getByRole('link', { name: `已扫描制品 ${expected.scanned} 个，共 ${expected.total} 个，点击查看全部漏洞` }),
  ).toBeVisible();
  const sum = LEVELS.reduce((n, level) => n + expected.counts[level], 0);
  await expect(page.getByRole('link', { name: new RegExp(`^漏洞总数：${sum} 个，`) })).toBeVisible();
  for (const level of LEVELS) {
    await expect(
      page.getByRole('link', { name: new RegExp(`^${LEVEL_LABEL[level]}：${expected.counts[level]} 个，`) }),
    ).toBeVisible();
  }
  expect(expected.counts.High).toBeGreaterThan(0);
  // The charts describe themselves to screen readers.
  await expect(page.getByRole('img', { name: /^近 30 天每日漏洞数/ })).toBeVisible();
  await expect(page.getByRole('img', { name: /^每日修复进度/ })).toBeVisible();

  // The report exports as JSON with the same numbers.
  let downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出' }).click();
  await page.getByRole('menuitem', { name: '导出 JSON' }).click();
  const reportJson = JSON.parse(await savedText(await downloading));
  expect(reportJson.Levels.Raw).toEqual({ Total: sum, ...expected.counts });
  expect(reportJson.ArtifactsScanned).toBe(expected.scanned);

  // Every chart has its numbers as links under it (the keyboard and screen-reader path); an ecosystem leads to
  // 漏洞检索 filtered to exactly that ecosystem, with the chart's count.
  const ecosystems = reportJson.Ecosystems as { Ecosystem: string; Count: number }[];
  expect(ecosystems.length).toBeGreaterThan(0);
  const ecoList = page.getByRole('list', { name: '各生态的漏洞数' });
  await expect(ecoList.getByRole('link')).toHaveCount(ecosystems.length);
  const [eco] = ecosystems;
  await ecoList.getByRole('link', { name: `${eco?.Ecosystem}：${eco?.Count}`, exact: true }).click();
  await expect(page.getByRole('heading', { name: '漏洞检索' })).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`/search\\?ecosystem=${eco?.Ecosystem}$`));
  await expect(page.getByLabel('生态', { exact: true })).toHaveValue(eco?.Ecosystem ?? '');
  await expect(page.getByText(`共 ${eco?.Count} 条`)).toBeVisible();
  await page.goBack();
  await expect(page.getByRole('heading', { name: '安全报告' })).toBeVisible();
  // 修复进度 today: nothing fixed or ignored yet, so 未修复 is every finding; it leads to the fix-state search.
  const fixList = page.getByRole('list', { name: '今日修复进度' });
  await expect(fixList.getByRole('link')).toHaveCount(4);
  await fixList.getByRole('link', { name: `未修复：${sum}`, exact: true }).click();
  await expect(page).toHaveURL(/\/search\?fix=unfixed$/);
  await expect(page.getByText(`共 ${sum} 条`)).toBeVisible();
  await page.goBack();
  await expect(page.getByRole('heading', { name: '安全报告' })).toBeVisible();

  // 高危 → 漏洞检索 filtered to High: only 高危 rows.
  await page.getByRole('link', { name: /^高危：/ }).click();
  await expect(page.getByRole('heading', { name: '漏洞检索' })).toBeVisible();
  await expect(page).toHaveURL(/\/search\?severity=High$/);
  const table = page.getByRole('table').filter({ has: page.getByRole('columnheader', { name: '漏洞编号' }) });
  const rows = table.getByRole('row').filter({ has: page.getByRole('cell') });
  await expect(rows.first()).toBeVisible();
  await expect(table.getByText(/^(中危|低危|未知)$/)).toHaveCount(0);
  await expect(page.getByText(`共 ${expected.counts.High} 条`)).toBeVisible();

  // Filters stack in the URL: a repository and a tag on top of the level, kept on reload and undone by 后退.
  await page.getByLabel('仓库', { exact: true }).fill('legacy-portal');
  await page.getByLabel('仓库', { exact: true }).press('Enter');
  await expect(page).toHaveURL(/severity=High/);
  await expect(page).toHaveURL(/repo=legacy-portal/);
  await page.getByLabel('Tag', { exact: true }).fill('1.0');
  await page.getByLabel('Tag', { exact: true }).press('Enter');
  await expect(page).toHaveURL(/tag=1\.0/);
  await page.reload();
  await expect(page.getByLabel('Tag', { exact: true })).toHaveValue('1.0');
  await expect(rows.first()).toBeVisible();
  for (const image of await rows.getByRole('link').allTextContents()) expect(image).toMatch(/legacy-portal:1\.0/);
  await page.goBack();
  await expect(page).not.toHaveURL(/tag=1\.0/);
  await expect(page.getByLabel('Tag', { exact: true })).toHaveValue('');

  // Exports of the current filters: JSON and CSV parse and agree; SARIF is 2.1.0 with runs.
  downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出' }).click();
  await page.getByRole('menuitem', { name: '导出 JSON' }).click();
  const searchJson = JSON.parse(await savedText(await downloading)) as {
    TotalCount: number;
    Items: { Severity: string }[];
  };
  expect(searchJson.Items.length).toBe(searchJson.TotalCount);
  expect(searchJson.Items.length).toBeGreaterThan(0);
  expect(searchJson.Items.every((i) => i.Severity === 'High')).toBe(true);
  downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出' }).click();
  await page.getByRole('menuitem', { name: '导出 CSV' }).click();
  const csv = (await savedText(await downloading)).trim().split(/\r?\n/);
  expect(csv[0]).toContain('CveId');
  expect(csv.length - 1).toBe(searchJson.TotalCount);
  downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出' }).click();
  await page.getByRole('menuitem', { name: '导出 SARIF' }).click();
  const sarif = JSON.parse(await savedText(await downloading)) as { version: string; runs: unknown[] };
  expect(sarif.version).toBe('2.1.0');
  expect(Array.isArray(sarif.runs)).toBe(true);
  expect(sarif.runs.length).toBeGreaterThan(0);

  // 扫描对比: prod/legacy-portal 1.0 → 1.1 shows fixed vulnerabilities.
  await page.getByRole('menuitem', { name: '扫描对比' }).click();
  await expect(page.getByRole('heading', { name: '扫描对比' })).toBeVisible();
  for (const [side, tag] of [
    ['基准版本', '1.0'],
    ['对比版本', '1.1'],
  ] as const) {
    await page.getByRole('combobox', { name: `${side} 仓库` }).click();
    await page.getByRole('option', { name: 'prod/legacy-portal' }).click();
    await page.getByRole('combobox', { name: `${side} 版本` }).click();
    await page.getByRole('option', { name: tag, exact: true }).click();
  }
  await page.getByRole('button', { name: '开始对比' }).click();
  await expect(page).toHaveURL(/diff\?base=crr-[^:]+%3A1\.0&target=crr-[^:]+%3A1\.1/);
  const fixedTab = page.getByRole('tab', { name: /^已修复漏洞 \((\d+)\)$/ });
  await expect(fixedTab).toBeVisible();
  const fixedCount = Number(/\((\d+)\)/.exec((await fixedTab.textContent()) ?? '')?.[1]);
  expect(fixedCount).toBeGreaterThan(0);
  await fixedTab.click();
  await expect(
    page
      .getByRole('tabpanel')
      .getByRole('row')
      .filter({ has: page.getByRole('cell') })
      .first(),
  ).toBeVisible();
  await expect(page.getByRole('tab', { name: /^新增漏洞 \(\d+\)$/ })).toBeVisible();
  await expect(page.getByRole('tab', { name: /^软件包变化 \(\d+\)$/ })).toBeVisible();
  expect(consoleErrors).toEqual([]);
});

test('安全报告 covers the region, prints as HTML, and sends 定时报告 now', async ({ page, consoleErrors }) => {
  await openConsole(page, 'cn-hangzhou/instances');
  await page.getByRole('row').filter({ hasText: 'acr-prod-hz' }).getByRole('link', { name: '管理' }).click();
  await page.getByRole('menuitem', { name: '安全报告' }).click();
  await expect(page.getByRole('heading', { name: '安全报告' })).toBeVisible();

  // 地域内全部实例 and the window are in the URL.
  await page.getByText('地域内全部实例', { exact: true }).click();
  await expect(page).toHaveURL(/scope=region/);
  await expect(page.getByText(/覆盖地域内 2 个实例/)).toBeVisible();
  await page.getByText('近 7 天', { exact: true }).click();
  await expect(page).toHaveURL(/days=7/);
  // Nothing is scanned in a fresh world: the report says so instead of drawing empty charts.
  await expect(page.getByText('尚未扫描任何镜像')).toBeVisible();
  await expect(page.getByRole('link', { name: /^已扫描制品 0 个，共 \d+ 个/ })).toBeVisible();

  // The printable HTML report downloads, with how to print it.
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出' }).click();
  await page.getByRole('menuitem', { name: '导出 HTML' }).click();
  const html = await savedText(await downloading);
  expect(html).toMatch(/<html/i);
  await expect(page.getByText(/另存为 PDF/)).toBeVisible();

  // 定时报告: create, 立即发送 (an event record), delete.
  await page.getByRole('tab', { name: '定时报告' }).click();
  await expect(page).toHaveURL(/tab=schedules/);
  await expect(page.getByText('尚未创建定时报告')).toBeVisible();
  await page.getByRole('button', { name: '创建定时报告' }).click();
  const dialog = page.getByRole('dialog', { name: '创建定时报告' });
  await dialog.getByLabel('名称').fill('weekly-security');
  await dialog.getByText('每周', { exact: true }).click();
  await dialog.getByText('HTTPS', { exact: true }).click();
  await dialog.getByLabel('地址', { exact: true }).fill('http://webhook.demo.acr.local/reports');
  await dialog.getByRole('button', { name: '确定' }).click();
  await expect(dialog.getByText('地址需以 https:// 开头')).toBeVisible();
  await dialog.getByLabel('地址', { exact: true }).fill('https://webhook.demo.acr.local/reports');
  await dialog.getByRole('button', { name: '确定' }).click();
  await expect(dialog).toBeHidden();
  const row = page.getByRole('row').filter({ hasText: 'weekly-security' });
  await expect(row).toContainText('每周');
  await expect(row).toContainText('尚未发送');
  await row.getByRole('button', { name: '立即发送' }).click();
  await expect(page.getByText(/已发送“weekly-security”，结果：/)).toBeVisible();
  await expect(row).not.toContainText('尚未发送');
  await page.getByText('查看事件记录').click();
  await expect(page).toHaveURL(/events\/records\?record=/);
  await page.goBack();
  await expect(row).toBeVisible();
  await row.getByRole('button', { name: '删除定时报告 weekly-security' }).click();
  await page
    .getByRole('button', { name: '确 定' })
    .or(page.getByRole('button', { name: '确定' }))
    .click();
  await expect(row).toHaveCount(0);
  expect(consoleErrors).toEqual([]);
});

test('as the developer, 安全报告 and 漏洞检索 count only team-a, the namespace it may read', async ({
  page,
  consoleErrors,
}) => {
  test.setTimeout(120_000);
  await openConsole(page, 'cn-hangzhou/instances');
  await expect(page.getByRole('heading', { name: '实例列表' })).toBeVisible();
  const { Instances } = await api<{ Instances: { InstanceId: string; InstanceName: string }[] }>(page, 'ListInstance', {
    RegionId: 'cn-hangzhou',
    PageSize: 50,
  });
  const devHz = Instances.find((i) => i.InstanceName === 'acr-dev-hz')?.InstanceId ?? '';
  expect(devHz).not.toBe('');

  // As the main account: a vulnerable image in team-a and one in sandbox (outside team-a), both scanned.
  await api(page, 'UpdateDemoSpeed', { Speed: 'instant' });
  await api(page, 'CreateRepository', {
    InstanceId: devHz,
    RepoNamespaceName: 'sandbox',
    RepoName: 'tools',
    RepoType: 'PRIVATE',
    Summary: 'outside team-a',
  });
  for (const [NamespaceName, RepoName, RecipeName] of [
    ['team-a', 'demo-app', 'nginx:1.25-alpine'],
    ['sandbox', 'tools', 'python:3.11-slim'],
  ] as const) {
    await api(page, 'PushDemoImage', {
      InstanceId: devHz,
      NamespaceName,
      RepoName,
      Tag: 'vuln',
      RecipeName,
      Variant: 'vulnerable',
    });
    const repo = await api<{ RepoId: string }>(page, 'GetRepository', {
      InstanceId: devHz,
      RepoNamespaceName: NamespaceName,
      RepoName,
    });
    const tag = { InstanceId: devHz, RepoId: repo.RepoId, Tag: 'vuln' };
    await api(page, 'CreateRepoTagScanTask', tag);
    await expect
      .poll(async () => (await api<{ Status?: string }>(page, 'GetRepoTagScanStatus', tag)).Status, { timeout: 45_000 })
      .toBe('COMPLETE');
  }
  const everything = await api<{ Levels: { Raw: { Total: number } } }>(page, 'GetSecurityReport', {
    InstanceId: devHz,
    RegionId: 'cn-hangzhou',
  });

  // The developer: the report says whose view it is, and counts team-a only.
  const switcher = page.getByRole('button', { name: '切换身份' });
  await switcher.click();
  await page.getByRole('menuitem', { name: /开发者/ }).click();
  await expect(switcher).toContainText('开发者');
  await page.getByRole('row').filter({ hasText: 'acr-dev-hz' }).getByRole('link', { name: '管理' }).click();
  await page.getByRole('menuitem', { name: '安全报告' }).click();
  await expect(page.getByRole('heading', { name: '安全报告' })).toBeVisible();
  await expect(page.getByText('仅统计 developer 有权读取的仓库。')).toBeVisible();
  const mine = await api<{ TotalCount: number }>(page, 'SearchVulnerabilities', { InstanceId: devHz });
  expect(mine.TotalCount).toBeGreaterThan(0);
  expect(mine.TotalCount).toBeLessThan(everything.Levels.Raw.Total);
  await expect(page.getByRole('link', { name: new RegExp(`^漏洞总数：${mine.TotalCount} 个，`) })).toBeVisible();

  // Its ecosystem links lead to its own findings only.
  const ecoLink = page.getByRole('list', { name: '各生态的漏洞数' }).getByRole('link').first();
  await ecoLink.click();
  await expect(page.getByRole('heading', { name: '漏洞检索' })).toBeVisible();
  await expect(page).toHaveURL(/\/search\?ecosystem=/);
  const images = page.getByRole('table').getByRole('link', { name: /:vuln$|:v1$/ });
  await expect(images.first()).toBeVisible();
  for (const image of await images.allTextContents()) expect(image).toMatch(/^team-a\//);
  // A forged search of the namespace it may not read finds nothing.
  const sandbox = await api<{ TotalCount: number }>(page, 'SearchVulnerabilities', {
    InstanceId: devHz,
    Namespace: 'sandbox',
  });
  expect(sandbox.TotalCount).toBe(0);
  expect(consoleErrors).toEqual([]);
});
