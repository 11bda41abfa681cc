import { expect, openConsole, test } from '../kit/console';

test('the build served under /console/ runs the router and the mock backend there', async ({ page, consoleErrors }) => {
  await openConsole(page, 'cn-hangzhou/instances');
  await expect(page).toHaveURL(/\/console\/cn-hangzhou\/instances/);
  await expect(page.getByRole('row').filter({ hasText: 'acr-prod-hz' })).toBeVisible();
  const scope = await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.scope);
  expect(scope).toMatch(/\/console\/$/);
  await page.getByRole('row').filter({ hasText: 'acr-prod-hz' }).getByRole('link', { name: '管理' }).click();
  await expect(page).toHaveURL(/\/console\/cn-hangzhou\/instances\/cri-[0-9a-z]+\/overview/);
  await page.reload();
  await expect(page.getByText('实例信息')).toBeVisible();
  expect(consoleErrors).toEqual([]);
});
