import type { Acr } from '../kit/acr';
import { buyCloudEngine, setImageQuota } from '../kit/cloud-engine';
import { expect, test } from '../kit/fixtures';
import { expectDisabledWithReason } from '../kit/pages/shared';

/** 镜像仓库 → prod/nginx 管理 → 镜像版本 → 1.25-alpine 安全扫描. */
async function openNginxScan(acr: Acr) {
  await acr.repositories.open();
  await acr.repositories.openTags('nginx');
  await acr.tags.openScan('1.25-alpine');
}

/** The result row of BusyBox's CVE-2022-48174 (高危, fixed in 1.36.1-r1). */
const busyboxRow = (acr: Acr) => acr.tagScan.findingRow('CVE-2022-48174', 'busybox');

/** acr-prod-hz with the cloud engine bought, and prod/nginx:1.25-alpine scanned by it (on its 安全扫描 page). */
async function scanNginxWithCloudEngine(acr: Acr) {
  await acr.openInstance('acr-prod-hz');
  await acr.scan.open();
  await buyCloudEngine(acr.page);
  await openNginxScan(acr);
  await acr.tagScan.scanNow();
}

/** The 修复任务 table of the 安全扫描 page. */
const fixTasks = (acr: Acr) =>
  acr.page.getByRole('table').filter({ has: acr.page.getByRole('columnheader', { name: '修复后镜像版本' }) });

async function searchBusyboxCve(acr: Acr) {
  await acr.tagScan.search('CVE-2022-48174');
  await expect(acr.page).toHaveURL(/q=CVE-2022-48174/);
}

test('一键修复 of a selected system vulnerability pushes a fixed tag whose scan no longer has it', async ({
  acr,
  page,
  consoleErrors,
}) => {
  await scanNginxWithCloudEngine(acr);
  const original = page.url();
  await expect(page.getByText('云安全扫描引擎').first()).toBeVisible();
  await expect(page.getByRole('columnheader', { name: '修复状态' })).toBeVisible();

  // Pick the BusyBox vulnerability: 未修复, and selectable because it has a fixed version.
  await searchBusyboxCve(acr);
  await expect(busyboxRow(acr)).toHaveCount(1);
  await expect(busyboxRow(acr)).toContainText('未修复');
  await busyboxRow(acr).getByRole('checkbox').check();

  // 一键修复: the plan names the upgrade, the command and the Dockerfile.
  const dialog = await acr.tagScan.startOneClickFix();
  await expect(dialog).toContainText('将修复所选的 1 个系统漏洞');
  const upgrade = dialog.getByRole('row').filter({ has: page.getByRole('cell', { name: 'busybox', exact: true }) });
  await expect(upgrade).toContainText('1.36.0-r9');
  await expect(upgrade).toContainText('1.36.1-r1');
  await expect(dialog).toContainText('apk add --no-cache --upgrade busybox=1.36.1-r1');
  await expect(dialog).toContainText('FROM prod/nginx:1.25-alpine');
  await expect(dialog.getByRole('button', { name: '复制 Dockerfile' })).toBeVisible();
  await dialog.getByRole('button', { name: '确定' }).click();
  await expect(page.getByText(/已开始修复，修复后的镜像版本为 1\.25-alpine_fix_\d{13}/)).toBeVisible();

  // 修复任务 ends 修复成功; the row says so too.
  await expect(page.getByText('修复任务', { exact: true })).toBeVisible();
  const fixes = fixTasks(acr);
  await expect(fixes.getByText('修复成功')).toBeVisible({ timeout: 30_000 });
  await expect(busyboxRow(acr)).toContainText('修复成功');
  const newTag = fixes.getByRole('link', { name: /1\.25-alpine_fix_\d{13}/ });
  const newTagName = (await newTag.textContent()) ?? '';
  expect(newTagName).toMatch(/^1\.25-alpine_fix_\d{13}$/);

  // The new tag's 安全扫描: scanned by the cloud engine, without the fixed vulnerability.
  await newTag.click();
  await expect(page).toHaveURL(new RegExp(`/tags/${newTagName}/scan`));
  await expect(page.getByText(`prod/nginx:${newTagName}`)).toBeVisible();
  await acr.tagScan.expectComplete();
  await expect(page.getByText('云安全扫描引擎').first()).toBeVisible();
  await expect(acr.tagScan.rows.first()).toBeVisible();
  await searchBusyboxCve(acr);
  await expect(page.getByText('没有符合条件的漏洞')).toBeVisible();
  await expect(busyboxRow(acr)).toHaveCount(0);

  // The original tag still has it.
  await page.goto(original);
  await acr.tagScan.expectComplete();
  await searchBusyboxCve(acr);
  await expect(busyboxRow(acr)).toHaveCount(1);
  expect(consoleErrors).toEqual([]);
});

test('a fix on used-up image authorisations succeeds and says its new tag was not scanned', async ({
  acr,
  page,
  consoleErrors,
}) => {
  await scanNginxWithCloudEngine(acr);
  await setImageQuota(page, 1); // this image took the only authorisation; the fixed image is a new one

  const dialog = await acr.tagScan.startOneClickFix();
  await dialog.getByRole('button', { name: '确定' }).click();
  const fixes = fixTasks(acr);
  await expect(fixes.getByText('修复成功')).toBeVisible({ timeout: 30_000 });
  await expect(fixes).toContainText('修复后镜像版本未扫描：云安全扫描引擎授权数已用完（1/1）');

  await fixes.getByRole('link', { name: /1\.25-alpine_fix_\d{13}/ }).click();
  await expect(page.getByText('该镜像版本尚未扫描')).toBeVisible();
  expect(consoleErrors).toEqual([]);
});

test('a Trivy result keeps 修复命令 but offers no 一键修复', async ({ acr, page, consoleErrors }) => {
  await acr.openInstance('acr-prod-hz');
  await acr.scan.open();
  await openNginxScan(acr);
  await acr.tagScan.scanNow();
  await expect(page.getByRole('columnheader', { name: '修复命令' })).toBeVisible();
  await expect(page.getByRole('columnheader', { name: '修复状态' })).toHaveCount(0);
  const fix = page.getByRole('button', { name: '一键修复' });
  await expectDisabledWithReason(page, fix, '一键修复仅支持云安全扫描引擎');
  expect(consoleErrors).toEqual([]);
});
