import { expect, test } from '../kit/fixtures';

/**
 * A page's code is fetched when the page is first opened. If that download fails (a new deploy replaced the
 * files, the connection dropped), the console shows its error page with a reload, inside the shell, never a
 * blank content area; and once the files can be fetched again, 刷新页面 brings the page.
 */
test('a page whose code cannot be downloaded shows 页面出错了 with 刷新页面, and the reload brings it', async ({
  acr,
  page,
}) => {
  await expect(acr.instances.row('acr-prod-hz')).toBeVisible();
  await acr.openInstance('acr-prod-hz');
  // The instance's own page fully there first: only the next page's code is to be missing.
  await expect(acr.instance.info).toBeVisible();
  // Offline, the in-page backend still answers (it needs no network) but no new code can be fetched.
  // (page.route cannot stand in: the page's script requests go through the service worker.)
  await page.context().setOffline(true);
  await acr.namespaces.open();

  const alert = page.getByRole('alert').filter({ hasText: '页面出错了' });
  await expect(alert).toBeVisible();
  // The shell is still there around it: the top bar and the instance's side menu.
  await expect(page.getByRole('combobox', { name: '地域' })).toBeVisible();
  await expect(page.getByRole('menuitem', { name: /命名空间/ })).toBeVisible();

  await page.context().setOffline(false);
  await alert.getByRole('button', { name: '刷新页面' }).click();
  await expect(page.getByRole('heading', { name: '命名空间' })).toBeVisible();
});
