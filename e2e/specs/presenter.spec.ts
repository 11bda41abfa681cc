/**
 * 演示者模式: scans paced like the real service (the intermediate phase is visible for seconds before 扫描完成),
 * demo-only controls hidden, and the one-key reset (Shift+Alt+R) back to the chosen seed and the instance list.
 */
import type { Page } from '@playwright/test';
import { expect, openConsole, test } from '../kit/console';

// A paced scan really takes its ten-odd seconds; the default minute is too tight on a busy machine.
test.describe.configure({ timeout: 120_000 });

const PHASE = /当前阶段：(排队中|读取镜像清单|解析镜像层|分析软件包|匹配漏洞库|即将完成)/;

async function turnPresenterOn(page: Page) {
  await openConsole(page, 'settings');
  const toggle = page.getByRole('switch', { name: '演示者模式' });
  await toggle.click();
  await expect(toggle).toBeChecked();
  await expect(page.getByRole('banner').getByText('演示者模式')).toBeVisible();
}

/** 实例列表 → acr-prod-hz 管理 → 镜像仓库. */
async function openRepositories(page: Page) {
  await page.goto('cn-hangzhou/instances');
  await page.getByRole('row').filter({ hasText: 'acr-prod-hz' }).getByRole('link', { name: '管理' }).click();
  await page.getByRole('menuitem', { name: '镜像仓库' }).click();
}

test('presenter mode paces a scan through its phases, hides demo controls, and Shift+Alt+R resets the world', async ({
  page,
  consoleErrors,
}) => {
  await turnPresenterOn(page);
  // The pacing is the backend's: the speed is now 真实速度 and locked while presenting.
  await expect(page.getByRole('radio', { name: '真实速度' })).toBeChecked();
  await expect(page.getByRole('radio', { name: '真实速度' })).toBeDisabled();
  await expect(page.getByText('Shift+Alt+R').first()).toBeVisible();

  // Something to lose: a repository created during the demo.
  await openRepositories(page);
  await page.getByRole('button', { name: '创建镜像仓库' }).click();
  const repoDialog = page.getByRole('dialog', { name: '创建镜像仓库' });
  await repoDialog.getByLabel('命名空间').click();
  await page.getByRole('option', { name: 'dev' }).click();
  await repoDialog.getByLabel('仓库名称').fill('presenter-demo');
  await repoDialog.getByLabel('摘要').fill('Created during the demo');
  await repoDialog.getByRole('button', { name: '确定' }).click();
  await expect(repoDialog).toBeHidden();
  await expect(page.getByRole('row').filter({ hasText: 'presenter-demo' })).toBeVisible();

  // 镜像版本 of prod/nginx: no 从演示目录推送, and 更多 has no 模拟篡改.
  await page.getByPlaceholder('按仓库名称搜索').fill('nginx');
  await page.getByPlaceholder('按仓库名称搜索').press('Enter');
  await page.getByRole('row').filter({ hasText: 'prod' }).getByRole('link', { name: /管理/ }).first().click();
  await page.getByRole('menuitem', { name: '镜像版本' }).click();
  const row = page.getByRole('row').filter({ has: page.getByRole('cell', { name: '1.25-alpine', exact: true }) });
  await expect(row).toBeVisible();
  await expect(page.getByRole('button', { name: '上传镜像' })).toBeVisible();
  await expect(page.getByRole('button', { name: '从演示目录推送' })).toHaveCount(0);
  await page.getByRole('button', { name: '1.25-alpine 的更多操作' }).click();
  await expect(page.getByRole('menuitem', { name: '模拟部署' })).toBeVisible();
  await expect(page.getByRole('menuitem', { name: '模拟篡改' })).toHaveCount(0);
  await page.keyboard.press('Escape');

  // A scan at the real pace: an intermediate phase shows for seconds before 扫描完成.
  await row.getByRole('link', { name: '安全扫描' }).click();
  await page.getByRole('button', { name: '立即扫描' }).click();
  const started = Date.now();
  await expect(page.getByText(PHASE)).toBeVisible();
  await expect(page.getByText('扫描完成', { exact: true }).first()).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText(PHASE)).toBeHidden();
  expect(Date.now() - started).toBeGreaterThanOrEqual(3000);

  // One key: back to the chosen seed (演示环境) and the instance list, without a confirmation.
  await page.keyboard.press('Shift+Alt+KeyR');
  await expect(page.getByText('正在重置为“演示环境”…')).toBeVisible();
  await expect(page).toHaveURL(/\/cn-hangzhou\/instances$/, { timeout: 30_000 });
  await expect(page.getByText('已重置为“演示环境”')).toBeVisible();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await openRepositories(page);
  await expect(page.getByRole('row').filter({ hasText: 'web-api' }).first()).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: 'presenter-demo' })).toHaveCount(0);
  expect(consoleErrors).toEqual([]);
});

test('?presenter=1 turns the mode on; the reset key loads the chosen fresh-no-vpc seed, whose scan page has no VPC', async ({
  page,
  consoleErrors,
}) => {
  await openConsole(page, 'settings?presenter=1');
  await expect(page).not.toHaveURL(/presenter=/);
  await expect(page.getByRole('switch', { name: '演示者模式' })).toBeChecked();
  await page.getByRole('combobox', { name: '一键重置为' }).click();
  await page.getByRole('option', { name: '新账号（未配置VPC）' }).click();
  // The choice and the mode survive a reload.
  await page.reload();
  await expect(page.getByRole('switch', { name: '演示者模式' })).toBeChecked();
  await expect(page.getByText('新账号（未配置VPC）', { exact: true })).toBeVisible();

  await page.keyboard.press('Shift+Alt+KeyR');
  await expect(page).toHaveURL(/\/cn-hangzhou\/instances$/, { timeout: 30_000 });
  const instanceRow = page.getByRole('row').filter({ hasText: 'acr-first-hz' });
  await expect(instanceRow).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: 'acr-prod-hz' })).toHaveCount(0);
  await instanceRow.getByRole('link', { name: '管理' }).click();
  await page.getByRole('menuitem', { name: '镜像扫描' }).click();
  await expect(page.getByRole('heading', { name: '镜像扫描' })).toBeVisible();
  await expect(page.getByText('批量扫描镜像需要实例已配置专有网络')).toBeVisible();
  expect(consoleErrors).toEqual([]);
});
