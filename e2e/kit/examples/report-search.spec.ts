import { expect, test } from '../fixtures';

test('安全报告 → 高危 → 漏洞检索, narrowed to a repository, shows only its High findings', async ({
  acr,
  consoleErrors,
}) => {
  await acr.openTagScan('acr-prod-hz', 'nginx', '1.25-alpine');
  await acr.tagScan.scanNow();

  await acr.reports.open();
  await expect(acr.reports.levelLink('High')).toBeVisible();
  await acr.reports.openLevel('High');
  await acr.search.filter('仓库', 'nginx');
  await expect(acr.page).toHaveURL(/severity=High/);
  await expect(acr.page).toHaveURL(/repo=nginx/);
  await expect(acr.search.rows.first()).toBeVisible();
  await expect(acr.search.table.getByText(/^(中危|低危|未知)$/)).toHaveCount(0);
  for (const image of await acr.search.rows.getByRole('link').allTextContents()) expect(image).toMatch(/nginx:/);
  expect(consoleErrors).toEqual([]);
});
