import type { Acr } from '../kit/acr';
import { expect, test } from '../kit/fixtures';

/** 实例列表 → 管理 → 镜像仓库 → <repo> 管理 → 镜像版本 → <tag> 安全扫描. */
async function openTagScan(acr: Acr, region: string, instance: string, repo: string, tag: string) {
  await acr.instances.goto(region);
  await acr.instances.row(instance).getByRole('link', { name: '管理' }).click();
  await acr.repositories.open();
  await acr.repositories.search(repo);
  await acr.repositories.row(repo).getByRole('link', { name: /管理/ }).first().click();
  await acr.tags.open();
  await expect(acr.tags.row(tag)).toContainText('未扫描');
  await acr.tags.openScan(tag);
  await expect(acr.page.getByText('未扫描').first()).toBeVisible();
}

test('scan a vulnerable tag from 镜像版本, read its vulnerabilities, and keep them across a reload', async ({
  acr,
  page,
  consoleErrors,
}) => {
  await openTagScan(acr, 'cn-hangzhou', 'acr-prod-hz', 'nginx', '1.25-alpine');
  const scan = acr.tagScan;
  await expect(page).toHaveURL(/\/repositories\/[^/]+\/tags\/1\.25-alpine\/scan$/);
  await expect(page.getByText('prod/nginx:1.25-alpine')).toBeVisible();

  await scan.scanNowButton.click();
  await expect(page.getByText('扫描完成')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText('Trivy扫描引擎')).toBeVisible();
  await expect(page.getByText('漏洞库版本')).toBeVisible();
  await expect(scan.tab('系统漏洞')).toHaveAttribute('aria-selected', 'true');

  await expect(scan.rows.first()).toBeVisible();
  expect(await scan.rows.count()).toBeGreaterThan(0);
  await expect(scan.findings.getByText('高危', { exact: true }).first()).toBeVisible();

  // The level filter and the search live in the URL and survive a reload, as does the result.
  await scan.filterSeverity('High');
  await scan.search('CVE-2022-48174');
  await expect(page).toHaveURL(/q=CVE-2022-48174/);
  // Reload once the filtered answer is in: a request still in flight when the page unloads has no page left to
  // answer it (the mock backend lives in the page), so the service worker lets it through to the static server.
  await expect(scan.rows.first()).toBeVisible();
  await expect(scan.rows.filter({ hasNotText: 'CVE-2022-48174' })).toHaveCount(0);
  await page.reload();
  await expect(page.getByText('扫描完成')).toBeVisible();
  await expect(scan.rows.first()).toBeVisible();
  await expect(scan.findings.getByText(/^(中危|低危|未知)$/)).toHaveCount(0);

  // A known advisory: BusyBox's CVE-2022-48174 (高危), installed 1.36.0-r9, fixed in 1.36.1-r1.
  const known = scan.packageRow('busybox');
  await expect(known).toHaveCount(1);
  await expect(known).toContainText('CVE-2022-48174');
  await expect(known).toContainText('高危');
  await expect(known.getByRole('cell', { name: '1.36.0-r9', exact: true })).toBeVisible();
  await expect(known.getByRole('cell', { name: '1.36.1-r1', exact: true })).toBeVisible();

  // 漏洞编号 opens the details with the fix command.
  const drawer = await scan.openFinding(known);
  await expect(drawer).toContainText('CVE-2022-48174');
  await expect(drawer).toContainText('apk upgrade busybox');
  await page.keyboard.press('Escape');
  await expect(drawer).toBeHidden();

  // Back in 镜像版本, the tag shows its status and counts.
  await acr.tags.open();
  const tagRow = acr.tags.row('1.25-alpine');
  await expect(tagRow).toContainText('扫描完成');
  await expect(tagRow).toContainText(/高危 [1-9]/);
  expect(consoleErrors).toEqual([]);
});

test('the clean image hello:1.0 shows 无漏洞', async ({ acr, page, consoleErrors }) => {
  await openTagScan(acr, 'ap-southeast-1', 'acr-global-sg', 'hello', '1.0');
  await expect(page.getByText('global/hello:1.0')).toBeVisible();
  await acr.tagScan.scanNowButton.click();
  await expect(page.getByText('扫描完成')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText('无漏洞', { exact: true })).toBeVisible();
  await page.reload();
  await expect(page.getByText('无漏洞', { exact: true })).toBeVisible();
  // The Trivy engine looks for neither baseline risks nor malicious samples, and the tabs say so.
  await acr.tagScan.tab('基线检查').click();
  await expect(page.getByText('Trivy扫描引擎不提供基线检查')).toBeVisible();
  await acr.tagScan.tab('恶意样本').click();
  await expect(page.getByText('Trivy扫描引擎不提供恶意样本检测')).toBeVisible();
  await expect(page.getByRole('link', { name: '前往镜像扫描设置扫描引擎' })).toBeVisible();
  expect(consoleErrors).toEqual([]);
});
