import { expect, openConsole, test } from '../kit/console';

test('the region selector changes the instance list, and an empty region says so', async ({ page, consoleErrors }) => {
  await openConsole(page, 'cn-hangzhou/instances');
  await expect(page).toHaveTitle(/实例列表/);
  const rows = page.getByRole('row');
  await expect(rows.filter({ hasText: 'acr-prod-hz' })).toBeVisible();
  await expect(rows.filter({ hasText: 'acr-dev-hz' })).toBeVisible();
  await expect(rows.filter({ hasText: 'acr-prod-hz' })).toContainText('高级版');
  await expect(rows.filter({ hasText: 'acr-prod-hz' })).toContainText('运行中');

  await page.getByRole('combobox', { name: '地域' }).click();
  await page.getByRole('option', { name: '华东2（上海）' }).click();
  await expect(page).toHaveURL(/\/cn-shanghai\/instances/);
  await expect(rows.filter({ hasText: 'acr-prod-hz' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: '管理' })).toHaveCount(1);

  await page.getByRole('combobox', { name: '地域' }).click();
  await page.getByRole('option', { name: '日本（东京）' }).click();
  await expect(page).toHaveURL(/\/ap-northeast-1\/instances/);
  await expect(page.getByText('该地域下暂无实例')).toBeVisible();
  expect(consoleErrors).toEqual([]);
});

test('opening an instance shows its overview with usage and endpoints', async ({ page, consoleErrors }) => {
  await openConsole(page, 'cn-hangzhou/instances');
  await page.getByRole('row').filter({ hasText: 'acr-prod-hz' }).getByRole('link', { name: '管理' }).click();
  await expect(page).toHaveURL(/\/cn-hangzhou\/instances\/cri-[0-9a-z]+\/overview/);
  await expect(page.getByRole('heading', { name: /acr-prod-hz/ }).first()).toBeVisible();
  await expect(page.getByText('实例信息')).toBeVisible();
  await expect(page.getByText('资源使用')).toBeVisible();
  await expect(page.getByText('acr-prod-hz-registry.cn-hangzhou.cr.aliyuncs.com').first()).toBeVisible();
  const nav = page.getByRole('navigation').or(page.getByRole('menu')).first();
  for (const item of ['概览', '镜像仓库', '命名空间', '专有网络']) {
    await expect(nav.getByText(item, { exact: true }).first()).toBeVisible();
  }
  // A deep link survives a reload.
  await page.reload();
  await expect(page.getByText('实例信息')).toBeVisible();
  expect(consoleErrors).toEqual([]);
});

test('an unknown instance id says the instance does not exist', async ({ page }) => {
  await openConsole(page, 'cn-hangzhou/instances/cri-doesnotexist0000/overview');
  await expect(page.getByText('实例不存在').first()).toBeVisible();
});

test('the console switches to English, including antd built-ins', async ({ page }) => {
  await openConsole(page, 'cn-hangzhou/instances');
  await page.getByText('English', { exact: true }).click();
  await expect(
    page.getByRole('columnheader', { name: 'Edition' }).or(page.getByRole('columnheader', { name: /Specification/ })),
  ).toBeVisible();
  await expect(page.getByRole('link', { name: 'Manage' }).first()).toBeVisible();
  await page.reload();
  await expect(page.getByRole('link', { name: 'Manage' }).first()).toBeVisible();
});
