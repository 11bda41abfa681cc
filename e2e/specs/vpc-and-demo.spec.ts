import { expect, test } from '../kit/fixtures';

test('add and remove a VPC on an instance', async ({ acr, page, consoleErrors }) => {
  await acr.openInstance('acr-prod-hz');
  await acr.vpc.open();
  await expect(page.getByRole('row')).toHaveCount(2); // header + empty placeholder row
  await acr.vpc.link();
  await expect(acr.vpc.linked).toHaveCount(1);
  await expect(acr.vpc.linked).toContainText('运行中');
  await expect(acr.vpc.linked).toContainText(/vsw-[0-9a-z]+/);

  await page.reload();
  await expect(acr.vpc.linked).toHaveCount(1);
  await acr.vpc.unlink();
  await expect(acr.vpc.linked).toHaveCount(0);
  expect(consoleErrors).toEqual([]);
});

test('reset the demo world from 设置 and from the URL', async ({ acr, page }) => {
  await acr.openInstance('acr-prod-hz');
  await acr.namespaces.open();
  await acr.namespaces.delete('dev');
  await expect(page.getByRole('row').filter({ hasText: /^dev/ })).toHaveCount(0);

  await acr.settings.open();
  await acr.settings.resetDemo();
  await expect(page).toHaveURL(/\/instances/);
  await acr.instances.manage('acr-prod-hz');
  await acr.namespaces.open();
  await expect(page.getByRole('button', { name: '删除命名空间 dev' })).toBeVisible();

  // A named seed from the URL: the empty world has no instances anywhere.
  await acr.open('cn-hangzhou/instances', 'empty');
  await expect(acr.instances.emptyState).toBeVisible();
  await page.reload();
  await expect(acr.instances.emptyState).toBeVisible();
});
