import { readFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import { instanceIdOf, rawApi, repoIdOf } from '../kit/api';
import { expect, openConsole, test } from '../kit/console';
import { switchIdentity } from '../kit/identity';

/** 实例列表 (where the spec stands) → <instance> 管理. */
async function openInstance(page: Page, name: string) {
  await expect(page.getByRole('heading', { name: '实例列表' })).toBeVisible();
  await page.getByRole('row').filter({ hasText: name }).getByRole('link', { name: '管理' }).click();
}

/** 镜像仓库 → <repo> 管理 → 镜像版本: the row of `tag`. */
async function openTagRow(page: Page, repo: string, tag: string): Promise<Locator> {
  await page.getByRole('menuitem', { name: '镜像仓库' }).click();
  await page.getByRole('row').filter({ hasText: repo }).getByRole('link', { name: /管理/ }).first().click();
  await page.getByRole('menuitem', { name: '镜像版本' }).click();
  const row = page.getByRole('row').filter({ has: page.getByRole('cell', { name: tag, exact: true }) });
  await expect(row).toHaveCount(1);
  return row;
}

/** A disabled control tells why on hover: the tooltip sits on its wrapper, since disabled controls get no hover. */
async function expectDeniedWith(page: Page, control: Locator, text: string) {
  await expect(control).toBeDisabled();
  await control.hover({ force: true });
  await expect(page.getByRole('tooltip').filter({ hasText: text })).toBeVisible();
  // The reason is also the control's description, for screen readers.
  await expect(control).toHaveAccessibleDescription(new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  await page.mouse.move(0, 0);
}

test('as the read-only auditor 扫描 and 立即扫描 are disabled with cr:PutScan, and a forged scan answers NoPrivilege', async ({
  page,
  consoleErrors,
}) => {
  await openConsole(page, 'cn-hangzhou/instances');
  await expect(page.getByRole('heading', { name: '实例列表' })).toBeVisible();
  const prodHz = await instanceIdOf(page, 'acr-prod-hz');
  const nginx = await repoIdOf(page, prodHz, 'prod', 'nginx');

  await switchIdentity(page, /只读审计员/, '只读审计员');
  await openInstance(page, 'acr-prod-hz');
  const row = await openTagRow(page, 'nginx', '1.25-alpine');

  // The tag list: 扫描 and 删除 are disabled with RAM's reason; reading (安全扫描) stays open.
  await expectDeniedWith(page, row.getByRole('button', { name: '扫描镜像版本 1.25-alpine' }), 'cr:PutScan');
  await expectDeniedWith(page, row.getByRole('button', { name: '删除镜像版本 1.25-alpine' }), 'cr:DeleteRepoTag');
  await expect(page.getByRole('button', { name: '上传镜像' })).toBeDisabled();

  // The scan page: 立即扫描 is disabled, with the reason naming cr:PutScan.
  await row.getByRole('link', { name: '安全扫描' }).click();
  await expect(page.getByRole('heading', { name: '安全扫描' })).toBeVisible();
  await expectDeniedWith(
    page,
    page.getByRole('button', { name: '立即扫描' }),
    '当前身份 auditor 无权限执行 cr:PutScan',
  );

  // Past the UI, the backend refuses just the same.
  const forged = await rawApi(page, 'CreateRepoTagScanTask', {
    InstanceId: prodHz,
    RepoId: nginx,
    Tag: '1.25-alpine',
  });
  expect(forged.status).toBe(403);
  expect(forged.body.Code).toBe('NoPrivilege');
  expect(consoleErrors.filter((e) => !/403|NoPrivilege/.test(e))).toEqual([]);
});

test('as the developer only namespace team-a of acr-dev-hz is listed, other namespaces are refused, and scanning in team-a works', async ({
  page,
  consoleErrors,
}) => {
  test.setTimeout(90_000);
  await openConsole(page, 'cn-hangzhou/instances');
  await expect(page.getByRole('heading', { name: '实例列表' })).toBeVisible();
  const devHz = await instanceIdOf(page, 'acr-dev-hz');
  const prodHz = await instanceIdOf(page, 'acr-prod-hz');
  const prodNginx = await repoIdOf(page, prodHz, 'prod', 'nginx');

  await switchIdentity(page, /开发者/, '开发者');
  await openInstance(page, 'acr-dev-hz');

  // 命名空间: team-a only (sandbox is hidden); creating one is an instance-wide right the developer lacks.
  await page.getByRole('menuitem', { name: '命名空间' }).click();
  const namespaces = page.getByRole('table');
  await expect(namespaces.getByRole('link', { name: 'team-a', exact: true })).toBeVisible();
  await expect(namespaces.getByRole('link', { name: 'sandbox', exact: true })).toHaveCount(0);
  await expect(namespaces.getByRole('row')).toHaveCount(2);
  await expectDeniedWith(page, page.getByRole('button', { name: /创建命名空间/ }), 'cr:CreateNamespace');
  await expect(namespaces.getByRole('button', { name: /编辑/ })).toBeEnabled();

  // 镜像仓库: only team-a's repositories, and 创建镜像仓库 is open (team-a is the developer's).
  await page.getByRole('menuitem', { name: '镜像仓库' }).click();
  const repos = page.getByRole('table');
  await expect(repos.getByRole('link', { name: 'demo-app', exact: true })).toBeVisible();
  await expect(repos.getByRole('row')).toHaveCount(2);
  await expect(page.getByRole('button', { name: /创建镜像仓库/ })).toBeEnabled();

  // Forged reads of other namespaces are refused.
  const otherList = await rawApi(page, 'ListRepository', { InstanceId: devHz, RepoNamespaceName: 'sandbox' });
  expect(otherList.status).toBe(403);
  expect(otherList.body.Code).toBe('NoPrivilege');
  const otherRepo = await rawApi(page, 'GetRepository', { InstanceId: prodHz, RepoId: prodNginx });
  expect(otherRepo.status).toBe(403);
  expect(otherRepo.body.Code).toBe('NoPrivilege');

  // Scanning in team-a works: 扫描 of the row is enabled, 立即扫描 on the scan page completes.
  const row = await openTagRow(page, 'demo-app', 'v1');
  await expect(row.getByRole('button', { name: '扫描镜像版本 v1' })).toBeEnabled();
  await row.getByRole('link', { name: '安全扫描' }).click();
  await expect(page.getByRole('heading', { name: '安全扫描' })).toBeVisible();
  const scan = page.getByRole('button', { name: '立即扫描' });
  await expect(scan).toBeEnabled();
  await scan.click();
  await expect(page.getByText('扫描完成')).toBeVisible({ timeout: 30_000 });
  expect(consoleErrors.filter((e) => !/403|NoPrivilege/.test(e))).toEqual([]);
});

test('as the main account everything is enabled; a scan exports a CycloneDX SBOM and links to 扫描对比', async ({
  page,
  consoleErrors,
}) => {
  test.setTimeout(90_000);
  await openConsole(page, 'cn-hangzhou/instances');
  await expect(page.getByRole('button', { name: '切换身份' })).toContainText('主账号');
  await openInstance(page, 'acr-prod-hz');

  await page.getByRole('menuitem', { name: '命名空间' }).click();
  await expect(page.getByRole('button', { name: /创建命名空间/ })).toBeEnabled();
  await page.getByRole('menuitem', { name: '镜像仓库' }).click();
  await expect(page.getByRole('button', { name: /创建镜像仓库/ })).toBeEnabled();

  const row = await openTagRow(page, 'nginx', '1.25-alpine');
  await expect(row.getByRole('button', { name: '扫描镜像版本 1.25-alpine' })).toBeEnabled();
  await expect(row.getByRole('button', { name: '删除镜像版本 1.25-alpine' })).toBeEnabled();
  await expect(page.getByRole('button', { name: '上传镜像' })).toBeEnabled();
  await expect(page.getByRole('button', { name: '从演示目录推送' })).toBeEnabled();

  // 更多 → 扫描对比 opens the diff page with this tag as the side compared.
  await row.getByRole('button', { name: '1.25-alpine 的更多操作' }).click();
  await expect(page.getByRole('menuitem', { name: '加签' })).not.toHaveAttribute('aria-disabled', 'true');
  await expect(page.getByRole('menuitem', { name: '扫描对比' }).getByRole('link')).toHaveAttribute(
    'href',
    /\/diff\?target=[^&]+%3A1.25-alpine$/,
  );
  await page.keyboard.press('Escape');

  await row.getByRole('link', { name: '安全扫描' }).click();
  await expect(page.getByRole('heading', { name: '安全扫描' })).toBeVisible();
  await page.getByRole('button', { name: '立即扫描' }).click();
  await expect(page.getByText('扫描完成')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('link', { name: /与其他版本对比/ })).toHaveAttribute('href', /\/diff\?target=/);

  // 导出 → 导出 CycloneDX SBOM: a CycloneDX document listing the image's packages.
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出' }).click();
  await page.getByRole('menuitem', { name: '导出 CycloneDX SBOM' }).click();
  const download = await downloading;
  const sbom = JSON.parse(await readFile(await download.path(), 'utf8'));
  expect(sbom.bomFormat).toBe('CycloneDX');
  expect(Array.isArray(sbom.components)).toBe(true);
  expect(sbom.components.length).toBeGreaterThan(0);
  expect(consoleErrors).toEqual([]);
});
