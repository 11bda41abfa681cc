import type { Page } from '@playwright/test';
import type { Acr } from '../kit/acr';
import { buyCloudEngine } from '../kit/cloud-engine';
import { expect, test } from '../kit/fixtures';

/** 镜像仓库 → prod/legacy-portal → 镜像版本 → <tag> 安全扫描 → 立即扫描, until 扫描完成. */
async function scanLegacyPortal(acr: Acr, tag: string) {
  await acr.repositories.open();
  await acr.repositories.openTags('legacy-portal');
  await acr.tags.openScan(tag);
  await acr.tagScan.scanNow();
  await expect(acr.page.getByText('恶意样本特征库版本')).toBeVisible();
}

/** Opens the row of a check or file (matched by its text) and returns it with its expanded details. */
async function expand(page: Page, text: string | RegExp) {
  const row = page.getByRole('row').filter({ hasText: text }).first();
  await row.getByRole('button', { name: /展开|Expand/ }).click();
  // antd renders the details as the next table row.
  return row.locator('xpath=following-sibling::tr[1]');
}

test('the cloud engine finds every risk legacy-portal:1.0 carries, each with where it is', async ({
  acr,
  page,
  consoleErrors,
}) => {
  test.setTimeout(120_000);
  await acr.openInstance('acr-prod-hz');
  await buyCloudEngine(page);
  await scanLegacyPortal(acr, '1.0');

  // 恶意样本: the EICAR test file, the reverse shell and the PHP web shell, by path and level.
  await acr.tagScan.tab('恶意样本').click();
  await expect(acr.tagScan.tab('恶意样本')).toHaveAccessibleName(/恶意样本 \(\d+\)/);
  const malware = page.getByRole('table').filter({ has: page.getByRole('columnheader', { name: '文件路径' }) });
  for (const path of ['/var/www/uploads/eicar.com', '/usr/local/bin/backup.sh', '/var/www/html/.cache.php']) {
    await expect(malware.getByRole('row').filter({ hasText: path })).toContainText('紧急');
  }
  const shell = await expand(page, '/usr/local/bin/backup.sh');
  await expect(shell).toContainText('/usr/local/bin/backup.sh:5');
  await expect(shell).toContainText('/dev/tcp/');

  // 基线检查 > 敏感信息: the SSH private key and the AWS key, by file and line, never the whole secret.
  await acr.tagScan.tab('基线检查').click();
  await expect(acr.tagScan.tab('基线检查')).toHaveAccessibleName(/基线检查 \(\d+\)/);
  await acr.tagScan.filterCheckType('敏感信息');
  const key = await expand(page, /私钥|Private key/i);
  await expect(key).toContainText('/root/.ssh/id_rsa');
  const aws = await expand(page, /AWS.*(ID|Key ID)|AccessKey ID/i);
  await expect(aws).toContainText('/var/www/config/aws.ini:5');
  await expect(aws).toContainText('****');

  // 基线检查 > 基线风险: password in Env, root user, port 22, an empty-password account, a setuid binary.
  await acr.tagScan.filterCheckType('基线风险');
  const checks = acr.tagScan.checks;
  await expect(checks.getByRole('row').filter({ hasText: 'config.Env' }).first()).toBeVisible();
  await expect(checks.getByRole('row').filter({ hasText: 'config.User' })).toHaveCount(1);
  await expect(checks.getByRole('row').filter({ hasText: 'config.ExposedPorts.22/tcp' })).toHaveCount(1);
  await expect(checks.getByRole('row').filter({ hasText: '/etc/shadow' }).filter({ hasText: 'deploy' })).toHaveCount(1);
  await expect(checks.getByRole('row').filter({ hasText: '/usr/local/bin/php-helper' })).toHaveCount(1);
  expect(consoleErrors).toEqual([]);
});

test('its clean rebuild 1.1 carries none of them', async ({ acr, page, consoleErrors }) => {
  test.setTimeout(120_000);
  await acr.openInstance('acr-prod-hz');
  await buyCloudEngine(page);
  await scanLegacyPortal(acr, '1.1');
  await expect(page.getByRole('tab', { name: '恶意样本 (0)' })).toBeVisible();
  await acr.tagScan.tab('基线检查').click();
  await acr.tagScan.filterCheckType('敏感信息');
  await expect(page.getByText('没有符合筛选条件的基线风险')).toBeVisible();
  await acr.tagScan.filterCheckType('全部');
  for (const where of ['config.User', 'config.ExposedPorts.22/tcp', '/etc/shadow', '/usr/local/bin/php-helper']) {
    await expect(acr.tagScan.checks.getByRole('row').filter({ hasText: where })).toHaveCount(0);
  }
  expect(consoleErrors).toEqual([]);
});
