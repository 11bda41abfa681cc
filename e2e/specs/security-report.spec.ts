import { readFile } from 'node:fs/promises';
import type { Download } from '@playwright/test';
import type { Acr } from '../kit/acr';
import { type BoundApi, expect, test } from '../kit/fixtures';
import { SEVERITY_LABEL, type Severity } from '../kit/pages/shared';
import { waitForTagScan } from '../kit/wait';

const LEVELS: Severity[] = ['High', 'Medium', 'Low', 'Unknown'];

interface Repo {
  RepoId: string;
  RepoNamespaceName: string;
  RepoName: string;
}

/**
 * What the report should say, computed from the per-image results: every tag of the instance (signature
 * tags excluded), and for each scanned one the rows `ListRepoTagScanResult` lists, counted by level.
 */
async function perImageTotals(api: BoundApi, instanceId: string) {
  const repos = await api.call<{ Repositories: Repo[] }>('ListRepository', {
    InstanceId: instanceId,
    PageNo: 1,
    PageSize: 100,
  });
  const counts: Record<Severity, number> = { High: 0, Medium: 0, Low: 0, Unknown: 0 };
  let total = 0;
  let scanned = 0;
  for (const repo of repos.Repositories) {
    const tags = await api.call<{ Images: { Tag: string }[] }>('ListRepoTag', {
      InstanceId: instanceId,
      RepoId: repo.RepoId,
      PageNo: 1,
      PageSize: 100,
    });
    for (const { Tag } of tags.Images.filter((i) => !/^sha256-[0-9a-f]{64}\.sig$/.test(i.Tag))) {
      total++;
      let seen = 0;
      for (let pageNo = 1; ; pageNo++) {
        // Raw: a tag never scanned answers SCAN_TASK_NOT_EXIST, which is an answer here, not a failure.
        const { body } = await api.raw('ListRepoTagScanResult', {
          InstanceId: instanceId,
          RepoId: repo.RepoId,
          Tag,
          PageNo: pageNo,
          PageSize: 100,
        });
        const res = body as { Vulnerabilities?: { Severity: Severity }[]; TotalCount?: number };
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
async function scanTag(acr: Acr, tag: string) {
  await acr.tags.openScan(tag);
  await acr.tagScan.scanNow();
  await acr.tags.open();
}

async function savedText(download: Download): Promise<string> {
  return readFile(await download.path(), 'utf8');
}

test('安全报告 sums the per-image results and leads to 漏洞检索, exports and 扫描对比', async ({
  acr,
  api,
  page,
  consoleErrors,
}) => {
  test.setTimeout(180_000);
  await acr.openInstance('acr-prod-hz');
  const instanceId = acr.instance.instanceId();

  // Scan prod/legacy-portal 1.0 and 1.1.
  await acr.repositories.open();
  await acr.repositories.openTags('legacy-portal');
  await scanTag(acr, '1.0');
  await scanTag(acr, '1.1');

  // 安全报告: the cards equal the sum of the per-image results.
  await acr.reports.open();
  const expected = await perImageTotals(api, instanceId);
  expect(expected.scanned).toBeGreaterThanOrEqual(2);
  await expect(
    page.getByRole('link', { name: `已扫描制品 ${expected.scanned} 个，共 ${expected.total} 个，点击查看全部漏洞` }),
  ).toBeVisible();
  const sum = LEVELS.reduce((n, level) => n + expected.counts[level], 0);
  await expect(page.getByRole('link', { name: new RegExp(`^漏洞总数：${sum} 个，`) })).toBeVisible();
  for (const level of LEVELS) {
    await expect(
      page.getByRole('link', { name: new RegExp(`^${SEVERITY_LABEL[level]}：${expected.counts[level]} 个，`) }),
    ).toBeVisible();
  }
  expect(expected.counts.High).toBeGreaterThan(0);
  // The charts describe themselves to screen readers.
  await expect(page.getByRole('img', { name: /^近 30 天每日漏洞数/ })).toBeVisible();
  await expect(page.getByRole('img', { name: /^每日修复进度/ })).toBeVisible();

  // The report exports as JSON with the same numbers.
  const reportJson = JSON.parse(await savedText(await acr.reports.export('JSON')));
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
  await expect(acr.search.heading).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`/search\\?ecosystem=${eco?.Ecosystem}$`));
  await expect(page.getByLabel('生态', { exact: true })).toHaveValue(eco?.Ecosystem ?? '');
  await expect(acr.search.total(eco?.Count ?? -1)).toBeVisible();
  await page.goBack();
  await expect(acr.reports.heading).toBeVisible();
  // 修复进度 today: nothing fixed or ignored yet, so 未修复 is every finding; it leads to the fix-state search.
  const fixList = page.getByRole('list', { name: '今日修复进度' });
  await expect(fixList.getByRole('link')).toHaveCount(4);
  await fixList.getByRole('link', { name: `未修复：${sum}`, exact: true }).click();
  await expect(page).toHaveURL(/\/search\?fix=unfixed$/);
  await expect(acr.search.total(sum)).toBeVisible();
  await page.goBack();
  await expect(acr.reports.heading).toBeVisible();

  // 高危 → 漏洞检索 filtered to High: only 高危 rows.
  await acr.reports.openLevel('High');
  await expect(page).toHaveURL(/\/search\?severity=High$/);
  const rows = acr.search.rows;
  await expect(rows.first()).toBeVisible();
  await expect(acr.search.table.getByText(/^(中危|低危|未知)$/)).toHaveCount(0);
  await expect(acr.search.total(expected.counts.High)).toBeVisible();

  // Filters stack in the URL: a repository and a tag on top of the level, kept on reload and undone by 后退.
  await acr.search.filter('仓库', 'legacy-portal');
  await expect(page).toHaveURL(/severity=High/);
  await expect(page).toHaveURL(/repo=legacy-portal/);
  await acr.search.filter('Tag', '1.0');
  await expect(page).toHaveURL(/tag=1\.0/);
  await page.reload();
  await expect(page.getByLabel('Tag', { exact: true })).toHaveValue('1.0');
  await expect(rows.first()).toBeVisible();
  for (const image of await rows.getByRole('link').allTextContents()) expect(image).toMatch(/legacy-portal:1\.0/);
  await page.goBack();
  await expect(page).not.toHaveURL(/tag=1\.0/);
  await expect(page.getByLabel('Tag', { exact: true })).toHaveValue('');

  // Exports of the current filters: JSON and CSV parse and agree; SARIF is 2.1.0 with runs.
  const searchJson = JSON.parse(await savedText(await acr.search.export('JSON'))) as {
    TotalCount: number;
    Items: { Severity: string }[];
  };
  expect(searchJson.Items.length).toBe(searchJson.TotalCount);
  expect(searchJson.Items.length).toBeGreaterThan(0);
  expect(searchJson.Items.every((i) => i.Severity === 'High')).toBe(true);
  const csv = (await savedText(await acr.search.export('CSV'))).trim().split(/\r?\n/);
  expect(csv[0]).toContain('CveId');
  expect(csv.length - 1).toBe(searchJson.TotalCount);
  const sarif = JSON.parse(await savedText(await acr.search.export('SARIF'))) as { version: string; runs: unknown[] };
  expect(sarif.version).toBe('2.1.0');
  expect(Array.isArray(sarif.runs)).toBe(true);
  expect(sarif.runs.length).toBeGreaterThan(0);

  // 扫描对比: prod/legacy-portal 1.0 → 1.1 shows fixed vulnerabilities.
  await acr.diff.open();
  await acr.diff.compare(
    { repository: 'prod/legacy-portal', tag: '1.0' },
    { repository: 'prod/legacy-portal', tag: '1.1' },
  );
  await expect(page).toHaveURL(/diff\?base=crr-[^:]+%3A1\.0&target=crr-[^:]+%3A1\.1/);
  const fixedTab = acr.diff.tab('已修复漏洞');
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
  await expect(acr.diff.tab('新增漏洞')).toBeVisible();
  await expect(acr.diff.tab('软件包变化')).toBeVisible();
  expect(consoleErrors).toEqual([]);
});

test('安全报告 covers the region, prints as HTML, and sends 定时报告 now', async ({ acr, page, consoleErrors }) => {
  await acr.openInstance('acr-prod-hz');
  await acr.reports.open();

  // 地域内全部实例 and the window are in the URL.
  await acr.reports.coverRegion();
  await expect(page).toHaveURL(/scope=region/);
  await expect(page.getByText(/覆盖地域内 2 个实例/)).toBeVisible();
  await acr.reports.window(7);
  await expect(page).toHaveURL(/days=7/);
  // Nothing is scanned in a fresh world: the report says so instead of drawing empty charts.
  await expect(page.getByText('尚未扫描任何镜像')).toBeVisible();
  await expect(page.getByRole('link', { name: /^已扫描制品 0 个，共 \d+ 个/ })).toBeVisible();

  // The printable HTML report downloads, with how to print it.
  const html = await savedText(await acr.reports.export('HTML'));
  expect(html).toMatch(/<html/i);
  await expect(page.getByText(/另存为 PDF/)).toBeVisible();

  // 定时报告: create, 立即发送 (an event record), delete.
  await acr.reports.openSchedules();
  await expect(page).toHaveURL(/tab=schedules/);
  await expect(page.getByText('尚未创建定时报告')).toBeVisible();
  const dialog = await acr.reports.fillSchedule('weekly-security', 'http://webhook.demo.acr.local/reports', '每周');
  await acr.reports.saveSchedule();
  await expect(dialog.getByText('地址需以 https:// 开头')).toBeVisible();
  await dialog.getByLabel('地址', { exact: true }).fill('https://webhook.demo.acr.local/reports');
  await acr.reports.saveSchedule();
  await expect(dialog).toBeHidden();
  const row = acr.reports.scheduleRow('weekly-security');
  await expect(row).toContainText('每周');
  await expect(row).toContainText('尚未发送');
  await acr.reports.sendScheduleNow('weekly-security');
  await expect(page.getByText(/已发送“weekly-security”，结果：/)).toBeVisible();
  await expect(row).not.toContainText('尚未发送');
  await page.getByText('查看事件记录').click();
  await expect(page).toHaveURL(/events\/records\?record=/);
  await page.goBack();
  await expect(row).toBeVisible();
  await acr.reports.deleteSchedule('weekly-security');
  expect(consoleErrors).toEqual([]);
});

test('as the developer, 安全报告 and 漏洞检索 count only team-a, the namespace it may read', async ({
  acr,
  api,
  page,
  consoleErrors,
}) => {
  test.setTimeout(120_000);
  await expect(acr.instances.heading).toBeVisible();
  const devHz = await api.instanceIdOf('acr-dev-hz');

  // As the main account: a vulnerable image in team-a and one in sandbox (outside team-a), both scanned.
  await api.call('UpdateDemoSpeed', { Speed: 'instant' });
  await api.call('CreateRepository', {
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
    await api.call('PushDemoImage', {
      InstanceId: devHz,
      NamespaceName,
      RepoName,
      Tag: 'vuln',
      RecipeName,
      Variant: 'vulnerable',
    });
    const repoId = await api.repoIdOf(devHz, NamespaceName, RepoName);
    await api.call('CreateRepoTagScanTask', { InstanceId: devHz, RepoId: repoId, Tag: 'vuln' });
    await waitForTagScan(page, { instanceId: devHz, repoId, tag: 'vuln' });
  }
  const everything = await api.call<{ Levels: { Raw: { Total: number } } }>('GetSecurityReport', {
    InstanceId: devHz,
    RegionId: 'cn-hangzhou',
  });

  // The developer: the report says whose view it is, and counts team-a only.
  await acr.ram.switchIdentity(/开发者/, '开发者');
  await acr.openInstance('acr-dev-hz');
  await acr.reports.open();
  await expect(page.getByText('仅统计 developer 有权读取的仓库。')).toBeVisible();
  const mine = await api.call<{ TotalCount: number }>('SearchVulnerabilities', { InstanceId: devHz });
  expect(mine.TotalCount).toBeGreaterThan(0);
  expect(mine.TotalCount).toBeLessThan(everything.Levels.Raw.Total);
  await expect(page.getByRole('link', { name: new RegExp(`^漏洞总数：${mine.TotalCount} 个，`) })).toBeVisible();

  // Its ecosystem links lead to its own findings only.
  const ecoLink = page.getByRole('list', { name: '各生态的漏洞数' }).getByRole('link').first();
  await ecoLink.click();
  await expect(acr.search.heading).toBeVisible();
  await expect(page).toHaveURL(/\/search\?ecosystem=/);
  const images = page.getByRole('table').getByRole('link', { name: /:vuln$|:v1$/ });
  await expect(images.first()).toBeVisible();
  for (const image of await images.allTextContents()) expect(image).toMatch(/^team-a\//);
  // A forged search of the namespace it may not read finds nothing.
  const sandbox = await api.call<{ TotalCount: number }>('SearchVulnerabilities', {
    InstanceId: devHz,
    Namespace: 'sandbox',
  });
  expect(sandbox.TotalCount).toBe(0);
  expect(consoleErrors).toEqual([]);
});
