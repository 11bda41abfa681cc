import { expect, test } from '../kit/fixtures';

test.beforeEach(async ({ acr }) => {
  await acr.instances.manage('acr-prod-hz');
});

test('create a namespace and a repository, reload, they are still there, delete them', async ({
  acr,
  page,
  consoleErrors,
}) => {
  await acr.namespaces.open();
  await acr.namespaces.create('e2e-team');

  await acr.repositories.open();
  await acr.repositories.create({
    namespace: 'e2e-team',
    name: 'checkout-api',
    summary: 'Checkout service',
    visibility: '公开',
  });
  const repoRow = acr.repositories.row('checkout-api');
  await expect(repoRow).toBeVisible();
  await expect(repoRow).toContainText('公开');

  await page.reload();
  await expect(acr.repositories.row('checkout-api')).toBeVisible();
  await acr.namespaces.open();
  await expect(acr.namespaces.row('e2e-team')).toBeVisible();

  await acr.repositories.open();
  await acr.repositories.delete('checkout-api');
  await expect(acr.repositories.row('checkout-api')).toHaveCount(0);

  await acr.namespaces.open();
  await page.getByRole('button', { name: '删除命名空间 e2e-team' }).click();
  await expect(page.getByText('该命名空间下的所有镜像仓库和镜像都将被一并删除')).toBeVisible();
  await page.getByRole('button', { name: '确定' }).click();
  await expect(acr.namespaces.row('e2e-team')).toHaveCount(0);
  await page.reload();
  await expect(acr.namespaces.row('e2e-team')).toHaveCount(0);
  expect(consoleErrors).toEqual([]);
});

test('invalid and duplicate names are explained and the form keeps what was typed', async ({ acr }) => {
  await acr.namespaces.open();
  await acr.namespaces.startCreate();
  const dialog = acr.namespaces.createDialog;
  const name = dialog.getByLabel('命名空间');

  await name.fill('Team A');
  await expect(dialog.getByText(/不能使用大写字母、空格或其他符号/)).toBeVisible();
  await name.fill('-team');
  await expect(dialog.getByText('分隔符不能在首位或末位')).toBeVisible();
  await name.fill('a');
  await expect(dialog.getByText(/至少需要 2 个字符/)).toBeVisible();

  // "prod" exists in the seed: the backend rejects it and the message lands at the field.
  await name.fill('prod');
  await dialog.getByRole('button', { name: '确定' }).click();
  await expect(dialog.getByText('命名空间已存在，请换一个名称。')).toBeVisible();
  await expect(name).toHaveValue('prod');
  await dialog.getByRole('button', { name: '取消' }).click();

  await acr.repositories.open();
  await acr.repositories.fillCreate({ namespace: 'prod', name: 'nginx', summary: 'duplicate' });
  const repoDialog = acr.repositories.createDialog;
  await repoDialog.getByRole('button', { name: '确定' }).click();
  await expect(repoDialog.getByText('该命名空间下已存在同名仓库，请换一个名称。')).toBeVisible();
  await expect(repoDialog.getByLabel('仓库名称')).toHaveValue('nginx');
});

test('repository filters and tag list live in the URL; the pull command is copied', async ({ acr, page }) => {
  await acr.repositories.open();
  await acr.repositories.search('web-api');
  await expect(page).toHaveURL(/web-api/);
  await expect(acr.repositories.row('web-api')).toHaveCount(2);
  await page.reload();
  await expect(acr.repositories.row('web-api')).toHaveCount(2);

  await acr.repositories.row('web-api', 'prod').getByRole('link', { name: /管理/ }).click();
  await acr.tags.open();
  const row = page.getByRole('row').filter({ hasText: '1.4.2' });
  await expect(row).toContainText(/sha256:[0-9a-f]{6,}/);
  await acr.tags.copyPullCommand('1.4.2');
  await expect(page.getByText('已复制')).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toMatch(/^docker pull acr-prod-hz-registry\.cn-hangzhou\.cr\.aliyuncs\.com\/prod\/web-api:1\.4\.2$/);
});
