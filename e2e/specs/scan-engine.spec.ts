import type { Acr } from '../kit/acr';
import { buyCloudEngine } from '../kit/cloud-engine';
import { expect, test } from '../kit/fixtures';
import type { ScanEngine } from '../kit/pages/scan';

// Step 2 of the seed starts elsewhere: the console opens on 华东2（上海）, and the user picks 杭州 in the top bar.
test.use({ startPath: 'cn-shanghai/instances' });

/** Steps 2–5 of the seed: 地域 in the top bar, the instance in 实例列表, 安全可信 > 镜像扫描. */
async function openScanPage(acr: Acr) {
  await acr.instances.selectRegion(/杭州/);
  await expect(acr.page).toHaveURL(/\/cn-hangzhou\/instances$/);
  await acr.instances.manage('acr-prod-hz');
  await acr.scan.open();
}

/** 切换 → the engine → 提示 (which names it) → 确定. */
async function switchTo(acr: Acr, engine: ScanEngine) {
  const dialog = await acr.scan.chooseEngine(engine);
  await expect(dialog).toContainText('提示');
  await expect(dialog).toContainText(`确定将扫描引擎切换为${engine}吗`);
  await dialog.getByRole('button', { name: '确定' }).click();
  await expect(acr.scan.engine).toContainText(engine);
}

test('buy the cloud-security engine: authorise, create the service role, purchase, pay, then switch both ways', async ({
  acr,
  page,
  consoleErrors,
}) => {
  await openScanPage(acr);
  // 6. Never bought: the top right uses Trivy, and 切换 to the cloud engine offers the upgrade instead.
  await expect(acr.scan.engine).toContainText('Trivy扫描引擎');
  const notBought = await acr.scan.chooseEngine('云安全扫描引擎');
  await expect(notBought).toContainText('尚未购买云安全扫描引擎');
  await expect(notBought.getByRole('button', { name: '升级云安全引擎' })).toBeVisible();
  await notBought.getByRole('button', { name: '取消' }).click();

  // 1. 云资源访问授权 → 同意授权, back on 镜像扫描.
  await page.getByRole('link', { name: '云资源访问授权' }).click();
  await expect(page.getByRole('heading', { name: '云资源访问授权' })).toBeVisible();
  await expect(page.getByText('AliyunContainerRegistryAccessingSASRole')).toBeVisible();
  await page.getByRole('button', { name: '同意授权' }).click();
  await expect(acr.scan.heading).toBeVisible();
  await expect(page.getByRole('link', { name: '云资源访问授权' })).toBeHidden();

  // 2. 扫描信息 > 升级云安全引擎; the first visit to Security Center asks for AliyunServiceRoleForSas.
  await acr.scan.upgradeCloudEngine();
  const role = page.getByRole('dialog', { name: '创建服务关联角色' });
  await expect(role).toContainText('AliyunServiceRoleForSas');
  await role.getByRole('button', { name: '创建' }).click();
  await expect(role).toBeHidden();

  // 3. 安全扫描 = 云安全扫描引擎, the agreement is required, the price follows the choices; 立即购买, 支付.
  // (The purchase pages have no page object: buyCloudEngine in kit/cloud-engine.ts walks them with defaults.)
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
  await expect(acr.scan.heading).toBeVisible();
  await expect(acr.scan.engine).toContainText('云安全扫描引擎');
  await expect(page.getByText('已使用 0 / 200')).toBeVisible();

  // 切换 to Trivy and back, each through 提示 → 确定; the choice survives a reload.
  await switchTo(acr, 'Trivy扫描引擎');
  await page.reload();
  await expect(acr.scan.engine).toContainText('Trivy扫描引擎');
  await switchTo(acr, '云安全扫描引擎');
  expect(consoleErrors).toEqual([]);
});

test('设置 > 同步 forwards image deletions to Security Center, visible in 同步记录', async ({
  acr,
  page,
  consoleErrors,
}) => {
  await openScanPage(acr);
  await buyCloudEngine(page);

  const settings = await acr.scan.openSyncSettings();
  await expect(settings).toContainText('实例删除、镜像推送、镜像删除、镜像仓库删除');
  await acr.scan.enableSync();
  const scanPage = page.url();

  // Delete a tag of prod/nginx; the sync log lists it.
  await acr.repositories.open();
  await acr.repositories.openTags('nginx');
  await acr.tags.deleteButton('1.25.3-alpine').click();
  await page.getByRole('button', { name: '确定' }).click();
  await expect(acr.tags.row('1.25.3-alpine')).toHaveCount(0);

  await page.goto(scanPage);
  const log = await acr.scan.openSyncLog();
  await expect(log.getByRole('row').filter({ hasText: 'prod/nginx:1.25.3-alpine' })).toContainText('镜像删除');
  await expect(log.getByRole('row').filter({ hasText: 'prod/nginx:1.25.3-alpine' })).toContainText('已同步');
  expect(consoleErrors).toEqual([]);
});

test('a cloud-engine scan of one image adds 基线检查 and 恶意样本 with where each risk is', async ({
  acr,
  page,
  consoleErrors,
}) => {
  await openScanPage(acr);
  await buyCloudEngine(page);
  await acr.repositories.open();
  await acr.repositories.openTags('nginx');
  await acr.tags.openScan('1.25-alpine');
  await acr.tagScan.scanNow();
  await expect(page.getByText('云安全扫描引擎').first()).toBeVisible();

  await expect(page.getByRole('tab', { name: '恶意样本 (0)' })).toBeVisible();
  await acr.tagScan.tab('基线检查').click();
  await expect(acr.tagScan.tab('基线检查')).toHaveAccessibleName(/基线检查 \(\d+\)/);
  const noUser = page.getByRole('row').filter({ hasText: '4.1' });
  await expect(noUser).toHaveCount(1);
  await noUser.getByRole('button', { name: /展开|Expand/ }).click();
  await expect(page.getByText('修复建议')).toBeVisible();
  await expect(page.getByText('config.User', { exact: true })).toBeVisible();
  await page.reload();
  await expect(acr.tagScan.tab('基线检查')).toHaveAttribute('aria-selected', 'true');

  // The compliance view: one row per CIS Docker Benchmark item, 4.1 failed by the missing USER.
  await page.getByText('CIS 合规').click();
  await expect(page.getByText('CIS Docker Benchmark 通过率')).toBeVisible();
  const cis41 = page.getByRole('row').filter({ has: page.getByRole('cell', { name: '4.1', exact: true }) });
  await expect(cis41).toContainText('未通过');
  await expect(
    page.getByRole('row').filter({ has: page.getByRole('cell', { name: '4.9', exact: true }) }),
  ).toContainText('通过');

  await acr.tagScan.tab('恶意样本').click();
  await expect(acr.tagScan.tab('恶意样本')).toHaveAccessibleName('恶意样本 (0)');
  await expect(page.getByText('未发现恶意样本')).toBeVisible();
  expect(consoleErrors).toEqual([]);
});
