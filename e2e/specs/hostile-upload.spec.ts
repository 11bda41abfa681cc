import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import type { Acr } from '../kit/acr';
import { expect, test } from '../kit/fixtures';

/**
 * 上传镜像 with tarballs from the hostile-input corpus (packages/core/testdata/hostile): each ends in a readable
 * error in the modal, nothing is pushed, and the console keeps working. Specs import nothing of the repository,
 * so the corpus writer runs as a script.
 */
const CASES = ['truncated-gzip', 'gzip-bomb-archive-1g', 'missing-layer-blob', 'oci-blob-digest-mismatch'] as const;
type CaseId = (typeof CASES)[number];

function writeCorpus(): Record<CaseId, Buffer> {
  const dir = mkdtempSync(join(tmpdir(), 'acr-e2e-hostile-'));
  execFileSync('npx', ['tsx', '--conditions=source', 'packages/core/testdata/hostile/write-corpus.ts', dir, ...CASES], {
    cwd: fileURLToPath(new URL('../..', import.meta.url)),
    stdio: 'pipe',
  });
  return Object.fromEntries(CASES.map((id) => [id, readFileSync(join(dir, `${id}.tar`))])) as Record<CaseId, Buffer>;
}

/** 实例列表 → 管理 acr-dev-hz → 镜像仓库 → demo-app 管理 → 镜像版本. */
async function openTags(acr: Acr) {
  await acr.openInstance('acr-dev-hz');
  await acr.repositories.open();
  await acr.repositories.openTags('demo-app');
}

/** The tags (first cells) of the 镜像版本 table, once its rows have loaded. */
async function tagsListed(page: Page): Promise<string[]> {
  const table = page.getByRole('table');
  await expect(table.getByRole('link', { name: '安全扫描' }).first()).toBeVisible();
  return (await table.getByRole('row').allInnerTexts()).map((row) => row.trim().split(/\s/)[0] ?? '');
}

test('上传镜像 refuses hostile tarballs with a readable error and the console keeps working', async ({
  acr,
  page,
  consoleErrors,
}) => {
  test.setTimeout(120_000);
  const files = writeCorpus();
  await openTags(acr);
  const before = await tagsListed(page);

  // Refused as soon as the upload is inspected: the modal names the problem and 确定 stays disabled.
  const refusedOnInspect: [CaseId, RegExp][] = [
    ['truncated-gzip', /该文件不是有效的镜像文件.*corrupt or truncated/],
    ['gzip-bomb-archive-1g', /该文件不是有效的镜像文件.*decompression bomb/],
  ];
  for (const [id, says] of refusedOnInspect) {
    const dialog = await acr.tags.startUpload({ name: `${id}.tar`, buffer: files[id] });
    await expect(dialog.getByRole('alert').filter({ hasText: says })).toBeVisible({ timeout: 30_000 });
    await expect(dialog.getByRole('button', { name: '确定' })).toBeDisabled();
    await dialog.getByRole('button', { name: '取消' }).click();
    await expect(dialog).toBeHidden();
  }

  // Well-formed metadata, broken blobs: refused when pushed, after the layers are checked.
  const refusedOnPush: [CaseId, RegExp][] = [
    ['missing-layer-blob', /镜像文件不完整，缺少镜像层或配置：.*missing/],
    ['oci-blob-digest-mismatch', /镜像文件已损坏，内容与摘要不一致：.*hashes to/],
  ];
  for (const [id, says] of refusedOnPush) {
    const dialog = await acr.tags.startUpload({ name: `${id}.tar`, buffer: files[id] });
    await expect(dialog.getByText('文件已上传，确定后推送到仓库。')).toBeVisible({ timeout: 30_000 });
    await dialog.getByLabel('镜像版本').fill(`hostile-${id}`);
    await dialog.getByRole('button', { name: '确定' }).click();
    await expect(dialog.getByRole('alert').filter({ hasText: says })).toBeVisible({ timeout: 30_000 });
    await dialog.getByRole('button', { name: '取消' }).click();
    await expect(dialog).toBeHidden();
  }

  // Nothing was pushed, and the console still answers: the tag list is unchanged, after a reload too.
  expect(await tagsListed(page)).toEqual(before);
  await page.reload();
  expect(await tagsListed(page)).toEqual(before);
  await acr.instance.backToInstance('acr-dev-hz');
  await acr.scan.open();
  expect(consoleErrors).toEqual([]);
});
