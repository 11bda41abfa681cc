import { readFile } from 'node:fs/promises';
import type { Locator } from '@playwright/test';
import type { Acr } from '../kit/acr';
import { expect, test } from '../kit/fixtures';
import { expectDisabledWithReason } from '../kit/pages/shared';

/** 镜像仓库 → <repo> 管理 → 镜像版本: the row of `tag`. */
async function openTagRow(acr: Acr, repo: string, tag: string): Promise<Locator> {
  await acr.repositories.open();
  await acr.repositories.openTags(repo);
  const row = acr.tags.row(tag);
  await expect(row).toHaveCount(1);
  return row;
}

test('as the read-only auditor 扫描 and 立即扫描 are disabled with cr:PutScan, and a forged scan answers NoPrivilege', async ({
  acr,
  api,
  page,
  consoleErrors,
}) => {
  await expect(acr.instances.heading).toBeVisible();
  const prodHz = await api.instanceIdOf('acr-prod-hz');
  const nginx = await api.repoIdOf(prodHz, 'prod', 'nginx');

  await acr.ram.switchIdentity(/只读审计员/, '只读审计员');
  await expect(acr.instances.heading).toBeVisible();
  await acr.openInstance('acr-prod-hz');
  await openTagRow(acr, 'nginx', '1.25-alpine');

  // The tag list: 扫描 and 删除 are disabled with RAM's reason; reading (安全扫描) stays open.
  await expectDisabledWithReason(page, acr.tags.scanButton('1.25-alpine'), 'cr:PutScan');
  await expectDisabledWithReason(page, acr.tags.deleteButton('1.25-alpine'), 'cr:DeleteRepoTag');
  await expect(acr.tags.uploadButton).toBeDisabled();

  // The scan page: 立即扫描 is disabled, with the reason naming cr:PutScan.
  await acr.tags.openScan('1.25-alpine');
  await expectDisabledWithReason(page, acr.tagScan.scanNowButton, '当前身份 auditor 无权限执行 cr:PutScan');

  // Past the UI, the backend refuses just the same.
  const forged = await api.raw('CreateRepoTagScanTask', {
    InstanceId: prodHz,
    RepoId: nginx,
    Tag: '1.25-alpine',
  });
  expect(forged.status).toBe(403);
  expect(forged.body.Code).toBe('NoPrivilege');
  expect(consoleErrors.filter((e) => !/403|NoPrivilege/.test(e))).toEqual([]);
});

test('as the developer only namespace team-a of acr-dev-hz is listed, other namespaces are refused, and scanning in team-a works', async ({
  acr,
  api,
  page,
  consoleErrors,
}) => {
  test.setTimeout(90_000);
  await expect(acr.instances.heading).toBeVisible();
  const devHz = await api.instanceIdOf('acr-dev-hz');
  const prodHz = await api.instanceIdOf('acr-prod-hz');
  const prodNginx = await api.repoIdOf(prodHz, 'prod', 'nginx');

  await acr.ram.switchIdentity(/开发者/, '开发者');
  await expect(acr.instances.heading).toBeVisible();
  await acr.openInstance('acr-dev-hz');

  // 命名空间: team-a only (sandbox is hidden); creating one is an instance-wide right the developer lacks.
  await acr.namespaces.open();
  const namespaces = page.getByRole('table');
  await expect(namespaces.getByRole('link', { name: 'team-a', exact: true })).toBeVisible();
  await expect(namespaces.getByRole('link', { name: 'sandbox', exact: true })).toHaveCount(0);
  await expect(namespaces.getByRole('row')).toHaveCount(2);
  await expectDisabledWithReason(page, acr.namespaces.createButton, 'cr:CreateNamespace');
  await expect(namespaces.getByRole('button', { name: /编辑/ })).toBeEnabled();

  // 镜像仓库: only team-a's repositories, and 创建镜像仓库 is open (team-a is the developer's).
  await acr.repositories.open();
  const repos = page.getByRole('table');
  await expect(repos.getByRole('link', { name: 'demo-app', exact: true })).toBeVisible();
  await expect(repos.getByRole('row')).toHaveCount(2);
  await expect(acr.repositories.createButton).toBeEnabled();

  // Forged reads of other namespaces are refused.
  const otherList = await api.raw('ListRepository', { InstanceId: devHz, RepoNamespaceName: 'sandbox' });
  expect(otherList.status).toBe(403);
  expect(otherList.body.Code).toBe('NoPrivilege');
  const otherRepo = await api.raw('GetRepository', { InstanceId: prodHz, RepoId: prodNginx });
  expect(otherRepo.status).toBe(403);
  expect(otherRepo.body.Code).toBe('NoPrivilege');

  // Scanning in team-a works: 扫描 of the row is enabled, 立即扫描 on the scan page completes.
  await openTagRow(acr, 'demo-app', 'v1');
  await expect(acr.tags.scanButton('v1')).toBeEnabled();
  await acr.tags.openScan('v1');
  await expect(acr.tagScan.scanNowButton).toBeEnabled();
  await acr.tagScan.scanNow();
  expect(consoleErrors.filter((e) => !/403|NoPrivilege/.test(e))).toEqual([]);
});

test('as the main account everything is enabled; a scan exports a CycloneDX SBOM and links to 扫描对比', async ({
  acr,
  page,
  consoleErrors,
}) => {
  test.setTimeout(90_000);
  await expect(acr.ram.identitySwitcher).toContainText('主账号');
  await expect(acr.instances.heading).toBeVisible();
  await acr.openInstance('acr-prod-hz');

  await acr.namespaces.open();
  await expect(acr.namespaces.createButton).toBeEnabled();
  await acr.repositories.open();
  await expect(acr.repositories.createButton).toBeEnabled();

  await openTagRow(acr, 'nginx', '1.25-alpine');
  await expect(acr.tags.scanButton('1.25-alpine')).toBeEnabled();
  await expect(acr.tags.deleteButton('1.25-alpine')).toBeEnabled();
  await expect(acr.tags.uploadButton).toBeEnabled();
  await expect(page.getByRole('button', { name: '从演示目录推送' })).toBeEnabled();

  // 更多 → 扫描对比 opens the diff page with this tag as the side compared.
  await acr.tags.openMore('1.25-alpine');
  await expect(page.getByRole('menuitem', { name: '加签' })).not.toHaveAttribute('aria-disabled', 'true');
  await expect(page.getByRole('menuitem', { name: '扫描对比' }).getByRole('link')).toHaveAttribute(
    'href',
    /\/diff\?target=[^&]+%3A1.25-alpine$/,
  );
  await page.keyboard.press('Escape');

  await acr.tags.openScan('1.25-alpine');
  await acr.tagScan.scanNow();
  await expect(page.getByRole('link', { name: /与其他版本对比/ })).toHaveAttribute('href', /\/diff\?target=/);

  // 导出 → 导出 CycloneDX SBOM: a CycloneDX document listing the image's packages.
  const download = await acr.tagScan.export('CycloneDX SBOM');
  const sbom = JSON.parse(await readFile(await download.path(), 'utf8'));
  expect(sbom.bomFormat).toBe('CycloneDX');
  expect(Array.isArray(sbom.components)).toBe(true);
  expect(sbom.components.length).toBeGreaterThan(0);
  expect(consoleErrors).toEqual([]);
});
