import type { Page } from '@playwright/test';
import { expect, openConsole, test } from '../kit/console';

/** 实例列表 → 管理 → 镜像仓库 → <repo> 管理 → 镜像版本 → <tag> 安全扫描. */
async function openTagScan(page: Page, region: string, instance: string, repo: string, tag: string) {
  await openConsole(page, `${region}/instances`);
  await page.getByRole('row').filter({ hasText: instance }).getByRole('link', { name: '管理' }).click();
  await page.getByRole('menuitem', { name: '镜像仓库' }).click();
  await page.getByPlaceholder('按仓库名称搜索').fill(repo);
  await page.getByPlaceholder('按仓库名称搜索').press('Enter');
  await page.getByRole('row').filter({ hasText: repo }).getByRole('link', { name: /管理/ }).first().click();
  await page.getByRole('menuitem', { name: '镜像版本' }).click();
  const row = page.getByRole('row').filter({ has: page.getByRole('cell', { name: tag, exact: true }) });
  await expect(row).toContainText('未扫描');
  await row.getByRole('link', { name: '安全扫描' }).click();
  await expect(page.getByRole('heading', { name: '安全扫描' })).toBeVisible();
  await expect(page.getByText('未扫描').first()).toBeVisible();
}

test('scan a vulnerable tag from 镜像版本, read its vulnerabilities, and keep them across a reload', async ({
  page,
  consoleErrors,
}) => {
  await openTagScan(page, 'cn-hangzhou', 'acr-prod-hz', 'nginx', '1.25-alpine');
  await expect(page).toHaveURL(/\/repositories\/[^/]+\/tags\/1\.25-alpine\/scan$/);
  await expect(page.getByText('prod/nginx:1.25-alpine')).toBeVisible();

  await page.getByRole('button', { name: '立即扫描' }).click();
  await expect(page.getByText('扫描完成')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText('Trivy扫描引擎')).toBeVisible();
  await expect(page.getByText('漏洞库版本')).toBeVisible();
  await expect(page.getByRole('tab', { name: '系统漏洞' })).toHaveAttribute('aria-selected', 'true');

  const table = page.getByRole('table').filter({ has: page.getByRole('columnheader', { name: '漏洞编号' }) });
  const rows = table.getByRole('row').filter({ has: page.getByRole('cell') });
  await expect(rows.first()).toBeVisible();
  expect(await rows.count()).toBeGreaterThan(0);
  await expect(table.getByText('高危', { exact: true }).first()).toBeVisible();

  // The level filter and the search live in the URL and survive a reload, as does the result.
  await page.getByLabel('漏洞等级').click();
  await page.getByRole('option', { name: '高危' }).click();
  await expect(page).toHaveURL(/severity=High/);
  await page.getByPlaceholder('按漏洞编号或软件包搜索').fill('CVE-2022-48174');
  await page.getByPlaceholder('按漏洞编号或软件包搜索').press('Enter');
  await expect(page).toHaveURL(/q=CVE-2022-48174/);
  await page.reload();
  await expect(page.getByText('扫描完成')).toBeVisible();
  await expect(rows.first()).toBeVisible();
  await expect(table.getByText(/^(中危|低危|未知)$/)).toHaveCount(0);

  // A known advisory: BusyBox's CVE-2022-48174 (高危), installed 1.36.0-r9, fixed in 1.36.1-r1.
  const known = rows.filter({ has: page.getByRole('cell', { name: 'busybox', exact: true }) });
  await expect(known).toHaveCount(1);
  await expect(known).toContainText('CVE-2022-48174');
  await expect(known).toContainText('高危');
  await expect(known.getByRole('cell', { name: '1.36.0-r9', exact: true })).toBeVisible();
  await expect(known.getByRole('cell', { name: '1.36.1-r1', exact: true })).toBeVisible();

  // 漏洞编号 opens the details with the fix command.
  await known.getByRole('button', { name: 'CVE-2022-48174', exact: true }).click();
  const drawer = page.getByRole('dialog');
  await expect(drawer).toContainText('CVE-2022-48174');
  await expect(drawer).toContainText('apk upgrade busybox');
  await page.keyboard.press('Escape');
  await expect(drawer).toBeHidden();

  // Back in 镜像版本, the tag shows its status and counts.
  await page.getByRole('menuitem', { name: '镜像版本' }).click();
  const tagRow = page.getByRole('row').filter({ has: page.getByRole('cell', { name: '1.25-alpine', exact: true }) });
  await expect(tagRow).toContainText('扫描完成');
  await expect(tagRow).toContainText(/高危 [1-9]/);
  expect(consoleErrors).toEqual([]);
});

test('the clean image hello:1.0 shows 无漏洞', async ({ page, consoleErrors }) => {
  await openTagScan(page, 'ap-southeast-1', 'acr-global-sg', 'hello', '1.0');
  await expect(page.getByText('global/hello:1.0')).toBeVisible();
  await page.getByRole('button', { name: '立即扫描' }).click();
  await expect(page.getByText('扫描完成')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText('无漏洞', { exact: true })).toBeVisible();
  await page.reload();
  await expect(page.getByText('无漏洞', { exact: true })).toBeVisible();
  // The Trivy engine looks for neither baseline risks nor malicious samples, and the tabs say so.
  await page.getByRole('tab', { name: '基线检查' }).click();
  await expect(page.getByText('Trivy扫描引擎不提供基线检查')).toBeVisible();
  await page.getByRole('tab', { name: '恶意样本' }).click();
  await expect(page.getByText('Trivy扫描引擎不提供恶意样本检测')).toBeVisible();
  await expect(page.getByRole('link', { name: '前往镜像扫描设置扫描引擎' })).toBeVisible();
  expect(consoleErrors).toEqual([]);
});
