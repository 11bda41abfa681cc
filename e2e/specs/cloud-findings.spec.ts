import type { Page } from '@playwright/test';
import { buyCloudEngine } from '../kit/cloud-engine';
import { expect, openConsole, test } from '../kit/console';

/** 镜像仓库 → prod/legacy-portal → 镜像版本 → <tag> 安全扫描 → 立即扫描, until 扫描完成. */
async function scanLegacyPortal(page: Page, tag: string) {
  await page.getByRole('menuitem', { name: '镜像仓库' }).click();
  await page.getByPlaceholder('按仓库名称搜索').fill('legacy-portal');
  await page.getByPlaceholder('按仓库名称搜索').press('Enter');
  await page.getByRole('row').filter({ hasText: 'legacy-portal' }).getByRole('link', { name: /管理/ }).first().click();
  await page.getByRole('menuitem', { name: '镜像版本' }).click();
  const row = page.getByRole('row').filter({ has: page.getByRole('cell', { name: tag, exact: true }) });
  await row.getByRole('link', { name: '安全扫描' }).click();
  await page.getByRole('button', { name: '立即扫描' }).click();
  await expect(page.getByText('扫描完成')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText('恶意样本特征库版本')).toBeVisible();
}

/** Opens the row of a check or file (matched by its text) and returns it with its expanded details. */
async function expand(page: Page, text: string | RegExp) {
  const row = page.getByRole('row').filter({ hasText: text }).first();
  await row.getByRole('button', { name: /展开|Expand/ }).click();
  // antd renders the details as the next table row.
  return row.locator('xpath=following-sibling::tr[1]');
}

test('the cloud engine finds every risk legacy-portal:1.0 carries, each with where it is', async ({
  page,
  consoleErrors,
}) => {
  test.setTimeout(120_000);
  await openConsole(page, 'cn-hangzhou/instances');
  await page.getByRole('row').filter({ hasText: 'acr-prod-hz' }).getByRole('link', { name: '管理' }).click();
  await buyCloudEngine(page);
  await scanLegacyPortal(page, '1.0');

  // 恶意样本: the EICAR test file, the reverse shell and the PHP web shell, by path and level.
  await page.getByRole('tab', { name: /恶意样本 \(\d+\)/ }).click();
  const malware = page.getByRole('table').filter({ has: page.getByRole('columnheader', { name: '文件路径' }) });
  for (const path of ['/var/www/uploads/eicar.com', '/usr/local/bin/backup.sh', '/var/www/html/.cache.php']) {
    await expect(malware.getByRole('row').filter({ hasText: path })).toContainText('紧急');
  }
  const shell = await expand(page, '/usr/local/bin/backup.sh');
  await expect(shell).toContainText('/usr/local/bin/backup.sh:5');
  await expect(shell).toContainText('/dev/tcp/');

  // 基线检查 > 敏感信息: the SSH private key and the AWS key, by file and line, never the whole secret.
  await page.getByRole('tab', { name: /基线检查 \(\d+\)/ }).click();
  await page.getByRole('combobox', { name: '类型' }).click();
  await page.getByRole('option', { name: '敏感信息' }).click();
  const key = await expand(page, /私钥|Private key/i);
  await expect(key).toContainText('/root/.ssh/id_rsa');
  const aws = await expand(page, /AWS.*(ID|Key ID)|AccessKey ID/i);
  await expect(aws).toContainText('/var/www/config/aws.ini:5');
  await expect(aws).toContainText('****');

  // 基线检查 > 基线风险: password in Env, root user, port 22, an empty-password account, a setuid binary.
  await page.getByRole('combobox', { name: '类型' }).click();
  await page.getByRole('option', { name: '基线风险' }).click();
  const checks = page.getByRole('table').filter({ has: page.getByRole('columnheader', { name: '检查项' }) });
  await expect(checks.getByRole('row').filter({ hasText: 'config.Env' }).first()).toBeVisible();
  await expect(checks.getByRole('row').filter({ hasText: 'config.User' })).toHaveCount(1);
  await expect(checks.getByRole('row').filter({ hasText: 'config.ExposedPorts.22/tcp' })).toHaveCount(1);
  await expect(checks.getByRole('row').filter({ hasText: '/etc/shadow' }).filter({ hasText: 'deploy' })).toHaveCount(1);
  await expect(checks.getByRole('row').filter({ hasText: '/usr/local/bin/php-helper' })).toHaveCount(1);
  expect(consoleErrors).toEqual([]);
});

test('its clean rebuild 1.1 carries none of them', async ({ page, consoleErrors }) => {
  test.setTimeout(120_000);
  await openConsole(page, 'cn-hangzhou/instances');
  await page.getByRole('row').filter({ hasText: 'acr-prod-hz' }).getByRole('link', { name: '管理' }).click();
  await buyCloudEngine(page);
  await scanLegacyPortal(page, '1.1');
  await expect(page.getByRole('tab', { name: '恶意样本 (0)' })).toBeVisible();
  await page.getByRole('tab', { name: /基线检查/ }).click();
  await page.getByRole('combobox', { name: '类型' }).click();
  await page.getByRole('option', { name: '敏感信息' }).click();
  await expect(page.getByText('没有符合筛选条件的基线风险')).toBeVisible();
  await page.getByRole('combobox', { name: '类型' }).click();
  await page.getByRole('option', { name: '全部', exact: true }).click();
  const checks = page.getByRole('table').filter({ has: page.getByRole('columnheader', { name: '检查项' }) });
  for (const where of ['config.User', 'config.ExposedPorts.22/tcp', '/etc/shadow', '/usr/local/bin/php-helper']) {
    await expect(checks.getByRole('row').filter({ hasText: where })).toHaveCount(0);
  }
  expect(consoleErrors).toEqual([]);
});
