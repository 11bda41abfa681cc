import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { expect, openConsole, test } from '../kit/console';

/**
 * A `docker save` tarball of a demo recipe, written by the scan core's image factory. Specs drive the app
 * through a browser only and import nothing of the repository, so the core runs as a script.
 */
function demoTarball(recipe: string, variant: 'vulnerable' | 'patched', repoTag: string): Buffer {
  const out = join(mkdtempSync(join(tmpdir(), 'acr-e2e-')), 'image.tar');
  execFileSync('npx', ['tsx', '--conditions=source', 'scripts/make-image-archive.ts', recipe, variant, repoTag, out], {
    cwd: fileURLToPath(new URL('../..', import.meta.url)),
    stdio: 'pipe',
  });
  return readFileSync(out);
}

/** 实例列表 → 管理 <instance>, on the default world reset to its seed. */
async function openInstance(page: Page, instance: string) {
  await openConsole(page, 'cn-hangzhou/instances');
  await page.getByRole('row').filter({ hasText: instance }).getByRole('link', { name: '管理' }).click();
}

/** 镜像仓库 → <repo> 管理 → 镜像版本. */
async function openTags(page: Page, repo: string) {
  await page.getByRole('menuitem', { name: '镜像仓库' }).click();
  await page.getByPlaceholder('按仓库名称搜索').fill(repo);
  await page.getByPlaceholder('按仓库名称搜索').press('Enter');
  await page.getByRole('row').filter({ hasText: repo }).getByRole('link', { name: /管理/ }).first().click();
  await page.getByRole('menuitem', { name: '镜像版本' }).click();
}

const tagRow = (page: Page, tag: string) =>
  page.getByRole('row').filter({ has: page.getByRole('cell', { name: tag, exact: true }) });

test('上传镜像 counts as a push: an AUTO rule scans the uploaded tag and finds its CVE', async ({
  page,
  consoleErrors,
}) => {
  test.setTimeout(120_000);
  const tarball = demoTarball('nginx:1.25-alpine', 'vulnerable', 'team-a/demo-app:1.25.1');

  // acr-dev-hz has a VPC, which batch (rule) scanning needs. 创建规则: AUTO, scoped to team-a/demo-app.
  await openInstance(page, 'acr-dev-hz');
  await page.getByRole('menuitem', { name: '镜像扫描' }).click();
  await expect(page.getByRole('heading', { name: '镜像扫描' })).toBeVisible();
  await page.getByRole('button', { name: /创建规则/ }).click();
  const wizard = page.getByRole('dialog', { name: '创建规则' });
  await wizard.getByLabel('规则名称').fill('demo-app-on-push');
  await wizard.getByText('按照仓库扫描').click();
  await wizard.getByRole('combobox', { name: '命名空间' }).click();
  await page.getByRole('option', { name: 'team-a', exact: true }).click();
  await wizard.getByRole('combobox', { name: '仓库' }).click();
  await page.getByRole('option', { name: 'demo-app', exact: true }).click();
  await wizard.getByLabel('规则名称').click(); // close the dropdown
  await wizard.getByLabel('镜像版本过滤').fill('1\\..*');
  await wizard.getByText('自动触发', { exact: true }).click();
  await wizard.getByRole('button', { name: '下一步' }).click();
  await wizard.getByRole('button', { name: '创建' }).click();
  await expect(wizard).toBeHidden();
  await expect(page.getByRole('row').filter({ hasText: 'demo-app-on-push' })).toContainText('自动触发');

  // 镜像版本 → 上传镜像: the tag is prefilled from the tarball's RepoTags.
  await openTags(page, 'demo-app');
  await page.getByRole('button', { name: '上传镜像' }).click();
  const dialog = page.getByRole('dialog', { name: '上传镜像' });
  await dialog
    .locator('input[type=file]')
    .setInputFiles({ name: 'demo-app.tar', mimeType: 'application/x-tar', buffer: tarball });
  await expect(dialog.getByText('文件已上传，确定后推送到仓库。')).toBeVisible();
  await expect(dialog.getByLabel('镜像版本')).toHaveValue('1.25.1');
  await dialog.getByRole('button', { name: '确定' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('镜像版本“1.25.1”推送成功；已触发自动扫描规则，开始扫描（1 个扫描任务）')).toBeVisible();
  await expect(tagRow(page, '1.25.1')).toBeVisible();

  // 任务列表: the push started a task of the rule, 自动触发, which reaches 扫描完成.
  // Back to the instance through the breadcrumb: a reload would end the scan this page runs.
  await page.getByRole('navigation').getByRole('link', { name: 'acr-dev-hz' }).click();
  await page.getByRole('menuitem', { name: '镜像扫描' }).click();
  const task = page
    .getByRole('row')
    .filter({ hasText: 'demo-app-on-push' })
    .filter({ has: page.getByRole('link', { name: '查看任务' }) });
  await expect(task).toHaveCount(1);
  await expect(task).toContainText('自动触发');
  await expect(task).toContainText('扫描完成', { timeout: 30_000 });

  // The tag's 安全扫描 shows the known advisory: BusyBox's CVE-2022-48174.
  await openTags(page, 'demo-app');
  await expect(tagRow(page, '1.25.1')).toContainText('扫描完成');
  await tagRow(page, '1.25.1').getByRole('link', { name: '安全扫描' }).click();
  await expect(page.getByRole('heading', { name: '安全扫描' })).toBeVisible();
  await expect(page.getByText('team-a/demo-app:1.25.1')).toBeVisible();
  const findings = page.getByRole('table').filter({ has: page.getByRole('columnheader', { name: '漏洞编号' }) });
  const busybox = findings.getByRole('row').filter({ has: page.getByRole('cell', { name: 'busybox', exact: true }) });
  await expect(busybox.filter({ hasText: 'CVE-2022-48174' })).toHaveCount(1);
  expect(consoleErrors).toEqual([]);
});

test('上传镜像 explains a file that is not an image tarball', async ({ page, consoleErrors }) => {
  await openInstance(page, 'acr-dev-hz');
  await openTags(page, 'demo-app');
  await page.getByRole('button', { name: '上传镜像' }).click();
  const dialog = page.getByRole('dialog', { name: '上传镜像' });
  await dialog.locator('input[type=file]').setInputFiles({
    name: 'notes.tar',
    mimeType: 'application/x-tar',
    // 9 MiB: three chunks of the chunked upload before the backend can tell.
    buffer: Buffer.from('these are notes, not an image\n'.repeat(40).padEnd(9 * 1024 * 1024, '.')),
  });
  await expect(dialog.getByText(/该文件不是有效的镜像文件.*not a tar archive/)).toBeVisible();
  await expect(dialog.getByRole('button', { name: '确定' })).toBeDisabled();
  await dialog.getByRole('button', { name: '取消' }).click();
  await expect(dialog).toBeHidden();
  expect(consoleErrors).toEqual([]);
});

test('从演示目录推送 pushes a catalogue image as a new tag', async ({ page, consoleErrors }) => {
  await openInstance(page, 'acr-dev-hz');
  await openTags(page, 'demo-app');
  await page.getByRole('button', { name: '从演示目录推送' }).click();
  const dialog = page.getByRole('dialog', { name: '从演示目录推送' });
  await dialog.getByRole('combobox', { name: '演示镜像' }).click();
  await page.getByRole('option', { name: /^python:3\.11-slim/ }).click();
  await expect(dialog.getByLabel('镜像版本')).toHaveValue('3.11-slim');
  await dialog.getByText('已修复版本').click();
  await dialog.getByLabel('镜像版本').fill('py-patched');
  await dialog.getByRole('button', { name: '确定' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('镜像版本“py-patched”推送成功')).toBeVisible();
  await expect(tagRow(page, 'py-patched')).toContainText('未扫描');
  expect(consoleErrors).toEqual([]);
});
