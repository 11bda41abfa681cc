import { expect, test } from '../kit/fixtures';

/**
 * A page that is leaving (reload, address bar) may still send API requests: a refetch on an interval, a query
 * its last render started. The mock backend stops answering it at `beforeunload`; the console's service worker
 * must not then pass those requests to the static host (a 404 in the console), but hold them and answer with
 * the API's error envelope if the page is somehow still there.
 */
test('an API request sent after beforeunload is held and answered with the API error, never a host 404', async ({
  acr,
  page,
  consoleErrors,
}) => {
  test.setTimeout(60_000);
  await expect(acr.instances.row('acr-prod-hz')).toBeVisible();
  const answer = await page.evaluate(async () => {
    // What a navigation does first: MSW tells its worker this page is closing.
    window.dispatchEvent(new Event('beforeunload'));
    await new Promise((resolve) => setTimeout(resolve, 300));
    const started = performance.now();
    const response = await fetch(`${location.origin}/api/?Action=ListInstance&Version=2018-12-01&RegionId=cn-hangzhou`);
    return { status: response.status, body: await response.json(), heldMs: performance.now() - started };
  });
  expect(answer.status).toBe(503);
  expect(answer.body.Code).toBe('ServiceUnavailable');
  expect(answer.body.Message).toMatch(/no longer answers this page/);
  expect(answer.heldMs).toBeGreaterThan(5_000);
  // The page itself is unharmed by the answer: a reload brings the backend back.
  await page.reload();
  await expect(acr.instances.row('acr-prod-hz')).toBeVisible();
  expect(consoleErrors.filter((e) => !e.includes('503'))).toEqual([]);
});
