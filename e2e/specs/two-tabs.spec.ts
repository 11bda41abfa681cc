import { expect, test } from '../kit/console';

test('two tabs opened at once seed one world and see each other’s changes', async ({ context }) => {
  // A fresh browser profile: both tabs start the backend on an empty database at the same moment.
  const [a, b] = await Promise.all([context.newPage(), context.newPage()]);
  await Promise.all([a.goto('cn-hangzhou/instances'), b.goto('cn-hangzhou/instances')]);
  const manage = (page: typeof a) =>
    page.getByRole('row').filter({ hasText: 'acr-prod-hz' }).getByRole('link', { name: '管理' });
  await expect(manage(a)).toBeVisible();
  await expect(manage(b)).toBeVisible();
  // Seeded once: the same instance id in both tabs, and each region lists its instances once.
  expect(await manage(a).getAttribute('href')).toBe(await manage(b).getAttribute('href'));
  await expect(a.getByRole('row').filter({ hasText: 'acr-prod-hz' })).toHaveCount(1);

  const namespacesUrl = (await manage(a).getAttribute('href'))?.replace(/overview$/, 'namespaces') ?? '';
  await a.goto(namespacesUrl);
  await b.goto(namespacesUrl);
  await expect(b.getByRole('row').filter({ hasText: 'prod' }).first()).toBeVisible();
  const before = await b.getByRole('row').count();

  await a.getByRole('button', { name: '创建命名空间' }).click();
  const dialog = a.getByRole('dialog', { name: '创建命名空间' });
  await dialog.getByLabel('命名空间').fill('from-tab-a');
  await dialog.getByRole('button', { name: '确定' }).click();
  await expect(a.getByRole('row').filter({ hasText: 'from-tab-a' })).toBeVisible();

  // The other tab sees it when it reloads, and nothing else changed.
  await b.reload();
  await expect(b.getByRole('row').filter({ hasText: 'from-tab-a' })).toBeVisible();
  await expect(b.getByRole('row')).toHaveCount(before + 1);
});
