import { expect, test } from '../kit/fixtures';

test('the region selector changes the instance list, and an empty region says so', async ({
  acr,
  page,
  consoleErrors,
}) => {
  const list = acr.instances;
  await expect(page).toHaveTitle(/实例列表/);
  await expect(list.row('acr-prod-hz')).toBeVisible();
  await expect(list.row('acr-dev-hz')).toBeVisible();
  await expect(list.row('acr-prod-hz')).toContainText('高级版');
  await expect(list.row('acr-prod-hz')).toContainText('运行中');

  await list.selectRegion('华东2（上海）');
  await expect(page).toHaveURL(/\/cn-shanghai\/instances/);
  await expect(list.row('acr-prod-hz')).toHaveCount(0);
  await expect(page.getByRole('link', { name: '管理' })).toHaveCount(1);

  await list.selectRegion('日本（东京）');
  await expect(page).toHaveURL(/\/ap-northeast-1\/instances/);
  await expect(list.emptyState).toBeVisible();
  expect(consoleErrors).toEqual([]);
});

test('opening an instance shows its overview with usage and endpoints', async ({ acr, page, consoleErrors }) => {
  await acr.instances.manage('acr-prod-hz');
  await expect(page).toHaveURL(/\/cn-hangzhou\/instances\/cri-[0-9a-z]+\/overview/);
  await expect(page.getByRole('heading', { name: /acr-prod-hz/ }).first()).toBeVisible();
  await expect(acr.instance.info).toBeVisible();
  await expect(acr.instance.usage).toBeVisible();
  await expect(page.getByText('acr-prod-hz-registry.cn-hangzhou.cr.aliyuncs.com').first()).toBeVisible();
  const nav = page.getByRole('navigation').or(page.getByRole('menu')).first();
  for (const item of ['概览', '镜像仓库', '命名空间', '专有网络']) {
    await expect(nav.getByText(item, { exact: true }).first()).toBeVisible();
  }
  // A deep link survives a reload.
  await page.reload();
  await expect(acr.instance.info).toBeVisible();
  expect(consoleErrors).toEqual([]);
});

test.describe('an unknown instance', () => {
  test.use({ startPath: 'cn-hangzhou/instances/cri-doesnotexist0000/overview' });

  test('an unknown instance id says the instance does not exist', async ({ acr }) => {
    await expect(acr.page.getByText('实例不存在').first()).toBeVisible();
  });
});

test('the console switches to English, including antd built-ins', async ({ acr, page }) => {
  await expect(acr.instances.heading).toBeVisible();
  await page.getByText('English', { exact: true }).click();
  await expect(
    page.getByRole('columnheader', { name: 'Edition' }).or(page.getByRole('columnheader', { name: /Specification/ })),
  ).toBeVisible();
  await expect(page.getByRole('link', { name: 'Manage' }).first()).toBeVisible();
  await page.reload();
  await expect(page.getByRole('link', { name: 'Manage' }).first()).toBeVisible();
});
