import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Acr } from '../kit/acr';
import { expect, test } from '../kit/fixtures';

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

/** 镜像仓库 → <repo> 管理 → 镜像版本. */
async function openTags(acr: Acr, repo: string) {
  await acr.repositories.open();
  await acr.repositories.openTags(repo);
}

test('上传镜像 counts as a push: an AUTO rule scans the uploaded tag and finds its CVE', async ({
  acr,
  page,
  consoleErrors,
}) => {
  test.setTimeout(120_000);
  const tarball = demoTarball('nginx:1.25-alpine', 'vulnerable', 'team-a/demo-app:1.25.1');

  // acr-dev-hz has a VPC, which batch (rule) scanning needs. 创建规则: AUTO, scoped to team-a/demo-app.
  await acr.openInstance('acr-dev-hz');
  await acr.scan.open();
  const rule = await acr.scan.createRule({
    name: 'demo-app-on-push',
    scope: { namespace: 'team-a', repository: 'demo-app', tagRegex: '1\\..*' },
    trigger: '自动触发',
  });
  await expect(rule).toContainText('自动触发');

  // 镜像版本 → 上传镜像: the tag is prefilled from the tarball's RepoTags.
  await openTags(acr, 'demo-app');
  const dialog = await acr.tags.startUpload({ name: 'demo-app.tar', buffer: tarball });
  await expect(dialog.getByText('文件已上传，确定后推送到仓库。')).toBeVisible();
  await expect(dialog.getByLabel('镜像版本')).toHaveValue('1.25.1');
  await dialog.getByRole('button', { name: '确定' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('镜像版本“1.25.1”推送成功；已触发自动扫描规则，开始扫描（1 个扫描任务）')).toBeVisible();
  await expect(acr.tags.row('1.25.1')).toBeVisible();

  // 任务列表: the push started a task of the rule, 自动触发, which reaches 扫描完成.
  // Back to the instance through the breadcrumb: a reload would end the scan this page runs.
  await acr.instance.backToInstance('acr-dev-hz');
  await acr.scan.open();
  const task = acr.scan.taskRow('demo-app-on-push');
  await expect(task).toHaveCount(1);
  await expect(task).toContainText('自动触发');
  await expect(task).toContainText('扫描完成', { timeout: 30_000 });

  // The tag's 安全扫描 shows the known advisory: BusyBox's CVE-2022-48174.
  await openTags(acr, 'demo-app');
  await expect(acr.tags.row('1.25.1')).toContainText('扫描完成');
  await acr.tags.openScan('1.25.1');
  await expect(page.getByText('team-a/demo-app:1.25.1')).toBeVisible();
  await expect(acr.tagScan.packageRow('busybox').filter({ hasText: 'CVE-2022-48174' })).toHaveCount(1);
  expect(consoleErrors).toEqual([]);
});

test('上传镜像 explains a file that is not an image tarball', async ({ acr, consoleErrors }) => {
  await acr.openInstance('acr-dev-hz');
  await openTags(acr, 'demo-app');
  const dialog = await acr.tags.startUpload({
    name: 'notes.tar',
    // 9 MiB: three chunks of the chunked upload before the backend can tell.
    buffer: Buffer.from('these are notes, not an image\n'.repeat(40).padEnd(9 * 1024 * 1024, '.')),
  });
  await expect(dialog.getByText(/该文件不是有效的镜像文件.*not a tar archive/)).toBeVisible();
  await expect(dialog.getByRole('button', { name: '确定' })).toBeDisabled();
  await dialog.getByRole('button', { name: '取消' }).click();
  await expect(dialog).toBeHidden();
  expect(consoleErrors).toEqual([]);
});

test('从演示目录推送 pushes a catalogue image as a new tag', async ({ acr, page, consoleErrors }) => {
  await acr.openInstance('acr-dev-hz');
  await openTags(acr, 'demo-app');
  const dialog = await acr.tags.startPushFromCatalog(/^python:3\.11-slim/);
  await expect(dialog.getByLabel('镜像版本')).toHaveValue('3.11-slim');
  await dialog.getByText('已修复版本').click();
  await dialog.getByLabel('镜像版本').fill('py-patched');
  await dialog.getByRole('button', { name: '确定' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('镜像版本“py-patched”推送成功')).toBeVisible();
  await expect(acr.tags.row('py-patched')).toContainText('未扫描');
  expect(consoleErrors).toEqual([]);
});
