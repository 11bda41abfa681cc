/**
 * 演示者模式: scans paced like the real service (the intermediate phase is visible for seconds before 扫描完成),
 * demo-only controls hidden, and the one-key reset (Shift+Alt+R) back to the chosen seed and the instance list.
 */
import { expect, test } from '../kit/fixtures';

// A paced scan really takes its ten-odd seconds; the default minute is too tight on a busy machine.
test.describe.configure({ timeout: 120_000 });
test.use({ startPath: 'settings' });

const PHASE = /当前阶段：(排队中|读取镜像清单|解析镜像层|分析软件包|匹配漏洞库|即将完成)/;

test('presenter mode paces a scan through its phases, hides demo controls, and Shift+Alt+R resets the world', async ({
  acr,
  page,
  consoleErrors,
}) => {
  await acr.settings.setPresenterMode(true);
  await expect(page.getByRole('banner').getByText('演示者模式')).toBeVisible();
  // The pacing is the backend's: the speed is now 真实速度 and locked while presenting.
  await expect(page.getByRole('radio', { name: '真实速度' })).toBeChecked();
  await expect(page.getByRole('radio', { name: '真实速度' })).toBeDisabled();
  await expect(page.getByText('Shift+Alt+R').first()).toBeVisible();

  // Something to lose: a repository created during the demo.
  await acr.openInstance('acr-prod-hz');
  await acr.repositories.open();
  await acr.repositories.create({ namespace: 'dev', name: 'presenter-demo', summary: 'Created during the demo' });

  // 镜像版本 of prod/nginx: no 从演示目录推送, and 更多 has no 模拟篡改.
  await acr.repositories.search('nginx');
  await acr.repositories.openTags('nginx', 'prod');
  const row = acr.tags.row('1.25-alpine');
  await expect(row).toBeVisible();
  await expect(acr.tags.uploadButton).toBeVisible();
  await expect(page.getByRole('button', { name: '从演示目录推送' })).toHaveCount(0);
  await acr.tags.openMore('1.25-alpine');
  await expect(page.getByRole('menuitem', { name: '模拟部署' })).toBeVisible();
  await expect(page.getByRole('menuitem', { name: '模拟篡改' })).toHaveCount(0);
  await page.keyboard.press('Escape');

  // A scan at the real pace: an intermediate phase shows for seconds before 扫描完成.
  await acr.tags.openScan('1.25-alpine');
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
  await acr.openInstance('acr-prod-hz');
  await acr.repositories.open();
  await expect(acr.repositories.row('web-api').first()).toBeVisible();
  await expect(acr.repositories.row('presenter-demo')).toHaveCount(0);
  expect(consoleErrors).toEqual([]);
});

test.describe('from the address bar', () => {
  test.use({ startPath: 'settings?presenter=1' });

  test('?presenter=1 turns the mode on; the reset key loads the chosen fresh-no-vpc seed, whose scan page has no VPC', async ({
    acr,
    page,
    consoleErrors,
  }) => {
    await expect(page).not.toHaveURL(/presenter=/);
    await expect(acr.settings.presenterSwitch).toBeChecked();
    await acr.settings.chooseResetSeed('新账号（未配置VPC）');
    // The choice and the mode survive a reload.
    await page.reload();
    await expect(acr.settings.presenterSwitch).toBeChecked();
    await expect(page.getByText('新账号（未配置VPC）', { exact: true })).toBeVisible();

    await acr.settings.pressPresenterReset();
    await expect(acr.instances.row('acr-first-hz')).toBeVisible();
    await expect(acr.instances.row('acr-prod-hz')).toHaveCount(0);
    await acr.instances.manage('acr-first-hz');
    await acr.scan.open();
    await expect(page.getByText('批量扫描镜像需要实例已配置专有网络')).toBeVisible();
    // The 演示接收器's address hint is a demo aid, left out while presenting.
    await acr.events.openRules();
    const dialog = await acr.events.startRule({ name: 'audience', method: 'HTTP', url: 'http://hooks.example.com/' });
    await expect(dialog.getByLabel('地址', { exact: true })).toHaveValue('http://hooks.example.com/');
    await expect(dialog.getByText(/演示接收器开启时/)).toHaveCount(0);
    await acr.events.cancelRule();
    expect(consoleErrors).toEqual([]);
  });
});
