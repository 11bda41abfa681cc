import type { Page } from '@playwright/test';
import { buyCloudEngine } from '../kit/cloud-engine';
import { expect, openConsole, test } from '../kit/console';

const engineOf = (page: Page) => page.getByRole('group', { name: '扫描引擎' });

/** Steps 2–5 of the seed: 地域 in the top bar, the instance in 实例列表, 安全可信 > 镜像扫描. */
async function openScanPage(page: Page) {
  await openConsole(page, 'cn-shanghai/instances');
  await page.getByRole('combobox', { name: '地域' }).click();
  await page.getByRole('option', { name: /杭州/ }).click();
  await expect(page).toHaveURL(/\/cn-hangzhou\/instances$/);
  await page.getByRole('row').filter({ hasText: 'acr-prod-hz' }).getByRole('link', { name: '管理' }).click();
  await page.getByRole('menuitem', { name: '镜像扫描' }).click();
  await expect(page.getByRole('heading', { name: '镜像扫描' })).toBeVisible();
}

/** 切换 → the engine → 提示 → 确定. */
async function switchTo(page: Page, engine: string) {
  await page.getByRole('button', { name: '切换扫描引擎' }).click();
  await page.getByRole('menuitem', { name: engine }).click();
  const dialog = page.getByRole('dialog').filter({ hasText: '提示' });
  await expect(dialog).toContainText(`确定将扫描引擎切换为${engine}吗`);
  await dialog.getByRole('button', { name: '确定' }).click();
  await expect(engineOf(page)).toContainText(engine);
}

test('buy the cloud-security engine: authorise, create the service role, purchase, pay, then switch both ways', async ({
  page,
  consoleErrors,
}) => {
  await openScanPage(page);
  // 6. Never bought: the top right uses Trivy, and 切换 to the cloud engine offers the upgrade instead.
  await expect(engineOf(page)).toContainText('Trivy扫描引擎');
  await page.getByRole('button', { name: '切换扫描引擎' }).click();
  await page.getByRole('menuitem', { name: '云安全扫描引擎' }).click();
  const notBought = page.getByRole('dialog').filter({ hasText: '尚未购买云安全扫描引擎' });
  await expect(notBought.getByRole('button', { name: '升级云安全引擎' })).toBeVisible();
  await notBought.getByRole('button', { name: '取消' }).click();

  // 1. 云资源访问授权 → 同意授权, back on 镜像扫描.
  await page.getByRole('link', { name: '云资源访问授权' }).click();
  await expect(page.getByRole('heading', { name: '云资源访问授权' })).toBeVisible();
  await expect(page.getByText('AliyunContainerRegistryAccessingSASRole')).toBeVisible();
  await page.getByRole('button', { name: '同意授权' }).click();
  await expect(page.getByRole('heading', { name: '镜像扫描' })).toBeVisible();
  await expect(page.getByRole('link', { name: '云资源访问授权' })).toBeHidden();

  // 2. 扫描信息 > 升级云安全引擎; the first visit to Security Center asks for AliyunServiceRoleForSas.
  await page.getByRole('button', { name: '升级云安全引擎' }).click();
  const role = page.getByRole('dialog', { name: '创建服务关联角色' });
  await expect(role).toContainText('AliyunServiceRoleForSas');
  await role.getByRole('button', { name: '创建' }).click();
  await expect(role).toBeHidden();

  // 3. 安全扫描 = 云安全扫描引擎, the agreement is required, the price follows the choices; 立即购买, 支付.
  await expect(page.getByRole('heading', { name: '云安全中心（包年包月）' })).toBeVisible();
  await page.getByText('不需要', { exact: true }).click();
  await page.getByRole('button', { name: '立即购买' }).click();
  await expect(page.getByText('请设置安全扫描为云安全扫描引擎')).toBeVisible();
  await expect(page.getByText('请阅读并同意《容器镜像服务协议》', { exact: true })).toBeVisible();
  await page.getByText('云安全扫描引擎', { exact: true }).click();
  await page.getByText('200 个/月').click();
  await page.getByText('3 个月').click();
  await expect(page.getByTestId('sas-price')).toHaveText('¥4,800.00');
  await page.getByText('1 年').click();
  await expect(page.getByTestId('sas-price')).toHaveText('¥16,000.00');
  await page.getByText('我已阅读并同意《容器镜像服务协议》').click();
  await page.getByRole('button', { name: '立即购买' }).click();

  await expect(page.getByRole('heading', { name: '支付订单' })).toBeVisible();
  await expect(page.getByText('¥16,000.00')).toBeVisible();
  await expect(page.getByText('镜像扫描授权数 200 个/月，购买时长 1 年')).toBeVisible();
  await page.getByRole('button', { name: '支付' }).click();
  await expect(page.getByText('支付成功')).toBeVisible();
  await page.getByRole('button', { name: '返回镜像扫描' }).click();

  // Back on 镜像扫描 the cloud engine is the default, with its subscription in 扫描信息.
  await expect(page.getByRole('heading', { name: '镜像扫描' })).toBeVisible();
  await expect(engineOf(page)).toContainText('云安全扫描引擎');
  await expect(page.getByText('已使用 0 / 200')).toBeVisible();

  // 切换 to Trivy and back, each through 提示 → 确定; the choice survives a reload.
  await switchTo(page, 'Trivy扫描引擎');
  await page.reload();
  await expect(engineOf(page)).toContainText('Trivy扫描引擎');
  await switchTo(page, '云安全扫描引擎');
  expect(consoleErrors).toEqual([]);
});

test('设置 > 同步 forwards image deletions to Security Center, visible in 同步记录', async ({
  page,
  consoleErrors,
}) => {
  await openScanPage(page);
  await buyCloudEngine(page);

  await page.getByRole('button', { name: '设置' }).click();
  const settings = page.getByRole('dialog').filter({ hasText: '提示' });
  await expect(settings).toContainText('实例删除、镜像推送、镜像删除、镜像仓库删除');
  await settings.getByRole('checkbox', { name: '同步' }).check();
  await settings.getByRole('button', { name: '确定' }).click();
  await expect(page.getByText('已启用同步')).toBeVisible();
  const scanPage = page.url();

  // Delete a tag of prod/nginx; the sync log lists it.
  await page.getByRole('menuitem', { name: '镜像仓库' }).click();
  await page.getByRole('row').filter({ hasText: 'nginx' }).getByRole('link', { name: /管理/ }).first().click();
  await page.getByRole('menuitem', { name: '镜像版本' }).click();
  const tag = page.getByRole('row').filter({ has: page.getByRole('cell', { name: '1.25.3-alpine', exact: true }) });
  await tag.getByRole('button', { name: /删除/ }).click();
  await page.getByRole('button', { name: '确定' }).click();
  await expect(tag).toHaveCount(0);

  await page.goto(scanPage);
  await page.getByRole('button', { name: '同步记录' }).click();
  const log = page.getByRole('dialog', { name: '同步记录（云安全中心）' });
  await expect(log.getByRole('row').filter({ hasText: 'prod/nginx:1.25.3-alpine' })).toContainText('镜像删除');
  await expect(log.getByRole('row').filter({ hasText: 'prod/nginx:1.25.3-alpine' })).toContainText('已同步');
  expect(consoleErrors).toEqual([]);
});

test('a cloud-engine scan of one image adds 基线检查 and 恶意样本 with where each risk is', async ({
  page,
  consoleErrors,
}) => {
  await openScanPage(page);
  await buyCloudEngine(page);
  await page.getByRole('menuitem', { name: '镜像仓库' }).click();
  await page.getByRole('row').filter({ hasText: 'nginx' }).getByRole('link', { name: /管理/ }).first().click();
  await page.getByRole('menuitem', { name: '镜像版本' }).click();
  const row = page.getByRole('row').filter({ has: page.getByRole('cell', { name: '1.25-alpine', exact: true }) });
  await row.getByRole('link', { name: '安全扫描' }).click();
  await page.getByRole('button', { name: '立即扫描' }).click();
  await expect(page.getByText('扫描完成')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText('云安全扫描引擎').first()).toBeVisible();

  await expect(page.getByRole('tab', { name: '恶意样本 (0)' })).toBeVisible();
  await page.getByRole('tab', { name: /基线检查 \(\d+\)/ }).click();
  const noUser = page.getByRole('row').filter({ hasText: '4.1' });
  await expect(noUser).toHaveCount(1);
  await noUser.getByRole('button', { name: /展开|Expand/ }).click();
  await expect(page.getByText('修复建议')).toBeVisible();
  await expect(page.getByText('config.User', { exact: true })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('tab', { name: /基线检查/ })).toHaveAttribute('aria-selected', 'true');

  // The compliance view: one row per CIS Docker Benchmark item, 4.1 failed by the missing USER.
  await page.getByText('CIS 合规').click();
  await expect(page.getByText('CIS Docker Benchmark 通过率')).toBeVisible();
  const cis41 = page.getByRole('row').filter({ has: page.getByRole('cell', { name: '4.1', exact: true }) });
  await expect(cis41).toContainText('未通过');
  await expect(
    page.getByRole('row').filter({ has: page.getByRole('cell', { name: '4.9', exact: true }) }),
  ).toContainText('通过');

  await page.getByRole('tab', { name: '恶意样本 (0)' }).click();
  await expect(page.getByText('未发现恶意样本')).toBeVisible();
  expect(consoleErrors).toEqual([]);
});
