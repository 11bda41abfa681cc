import { expect, test } from '../kit/fixtures';

test('the build served under /console/ runs the router and the mock backend there', async ({
  acr,
  page,
  consoleErrors,
}) => {
  await expect(page).toHaveURL(/\/console\/cn-hangzhou\/instances/);
  await expect(acr.instances.row('acr-prod-hz')).toBeVisible();
  const scope = await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.scope);
  expect(scope).toMatch(/\/console\/$/);
  await acr.instances.manage('acr-prod-hz');
  await expect(page).toHaveURL(/\/console\/cn-hangzhou\/instances\/cri-[0-9a-z]+\/overview/);
  await page.reload();
  await expect(acr.instance.info).toBeVisible();
  expect(consoleErrors).toEqual([]);
});
