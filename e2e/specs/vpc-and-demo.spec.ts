import { expect, openConsole, test } from '../kit/console';

test('add and remove a VPC on an instance', async ({ page, consoleErrors }) => {
  await openConsole(page, 'cn-hangzhou/instances');
  await page.getByRole('row').filter({ hasText: 'acr-prod-hz' }).getByRole('link', { name: '管理' }).click();
  await page.getByRole('menuitem', { name: '专有网络' }).click();
  await expect(page.getByRole('row')).toHaveCount(2); // header + empty placeholder row
  await page.getByRole('button', { name: '添加专有网络' }).first().click();
  const dialog = page.getByRole('dialog', { name: '添加专有网络' });
  await dialog.getByLabel('专有网络').click();
  await page.getByRole('option', { name: /vpc-/ }).first().click();
  await dialog.getByLabel('交换机').click();
  await page.getByRole('option', { name: /vsw-/ }).first().click();
  await dialog.getByRole('button', { name: '确定' }).click();
  await expect(dialog).toBeHidden();
  const linked = page.getByRole('row').filter({ hasText: /vpc-[0-9a-z]+/ });
  await expect(linked).toHaveCount(1);
  await expect(linked).toContainText('运行中');
  await expect(linked).toContainText(/vsw-[0-9a-z]+/);

  await page.reload();
  await expect(linked).toHaveCount(1);
  await linked.getByRole('button', { name: /删除/ }).click();
  await page.getByRole('button', { name: '确定' }).click();
  await expect(linked).toHaveCount(0);
  expect(consoleErrors).toEqual([]);
});

test('reset the demo world from 设置 and from the URL', async ({ page }) => {
  await openConsole(page, 'cn-hangzhou/instances');
  await page.getByRole('row').filter({ hasText: 'acr-prod-hz' }).getByRole('link', { name: '管理' }).click();
  await page.getByRole('menuitem', { name: '命名空间' }).click();
  await page.getByRole('button', { name: '删除命名空间 dev' }).click();
  await page.getByRole('button', { name: '确定' }).click();
  await expect(page.getByRole('row').filter({ hasText: /^dev/ })).toHaveCount(0);

  await page.getByRole('link', { name: '设置' }).click();
  await page.getByRole('button', { name: '重置演示环境' }).click();
  await page.getByRole('dialog').getByRole('button', { name: '确定' }).click();
  await expect(page).toHaveURL(/\/instances/);
  await page.getByRole('row').filter({ hasText: 'acr-prod-hz' }).getByRole('link', { name: '管理' }).click();
  await page.getByRole('menuitem', { name: '命名空间' }).click();
  await expect(page.getByRole('button', { name: '删除命名空间 dev' })).toBeVisible();

  // A named seed from the URL: the empty world has no instances anywhere.
  await openConsole(page, 'cn-hangzhou/instances', 'empty');
  await expect(page.getByText('该地域下暂无实例')).toBeVisible();
  await page.reload();
  await expect(page.getByText('该地域下暂无实例')).toBeVisible();
});
