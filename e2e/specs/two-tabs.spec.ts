import { api, apiAll, instanceIdOf } from '../kit/api';
import { expect, test } from '../kit/console';

test('two tabs opened at once seed one world and see each other’s changes', async ({ context }) => {
  // A fresh browser profile: both tabs start the backend on an empty database at the same moment.
  const [a, b] = await Promise.all([context.newPage(), context.newPage()]);
  await Promise.all([a.goto('cn-hangzhou/instances'), b.goto('cn-hangzhou/instances')]);
  const manage = (page: typeof a) =>
    page.getByRole('row').filter({ hasText: 'acr-prod-hz' }).getByRole('link', { name: '管理' });
  // Seeding the world on an empty database takes seconds on a loaded machine: wait longer than for a click.
  await expect(manage(a)).toBeVisible({ timeout: 30_000 });
  await expect(manage(b)).toBeVisible({ timeout: 30_000 });
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

/** What the browser's lock manager says, seen from `page`: who holds and who waits for the backend's locks. */
async function lockSnapshot(page: import('@playwright/test').Page) {
  return page.evaluate(async () => {
    const { held = [], pending = [] } = await navigator.locks.query();
    const pick = (lock: LockInfo) => ({ name: lock.name ?? '', client: lock.clientId ?? '' });
    return { held: held.map(pick), pending: pending.map(pick) };
  });
}

test('two tabs run a scan once; the other tab takes it over when the running tab closes', async ({ context }) => {
  // Realistic pace makes every call slower; usually 30–45 s.
  test.setTimeout(90_000);
  const a = await context.newPage();
  // Realistic pace, so the scan is still running when its tab closes.
  await a.goto('cn-hangzhou/instances?demoSeed=default&demoSpeed=realistic');
  await expect(a).not.toHaveURL(/demoSeed=/);
  const InstanceId = await instanceIdOf(a, 'acr-dev-hz');
  const { Repositories } = await api<{
    Repositories: { RepoId: string; RepoName: string; RepoNamespaceName: string }[];
  }>(a, 'ListRepository', { InstanceId, RepoNamespaceName: 'team-a', PageSize: 100 });
  const repo = Repositories[0] as { RepoId: string; RepoName: string; RepoNamespaceName: string };
  const { Images } = await api<{ Images: { Tag: string }[] }>(a, 'ListRepoTag', {
    InstanceId,
    RepoId: repo.RepoId,
    PageSize: 100,
  });
  await apiAll(
    a,
    ['t1', 't2', 't3', 't4'].map((ToTag) => [
      'CreateRepoTag',
      { InstanceId, NamespaceName: 'team-a', RepoName: repo.RepoName, FromTag: Images[0]?.Tag, ToTag },
    ]),
  );
  await api(a, 'CreateScanRule', {
    InstanceId,
    RuleName: 'two-tabs',
    TriggerType: 'MANUAL',
    ScanScope: 'REPO',
    Namespaces: ['team-a'],
    RepoNames: [repo.RepoName],
    RepoTagFilterPattern: 't[0-9]',
  });

  await a.getByRole('row').filter({ hasText: 'acr-dev-hz' }).getByRole('link', { name: '管理' }).click();
  await a.getByRole('menuitem', { name: '镜像扫描' }).click();
  await expect(a.getByRole('heading', { name: '镜像扫描' })).toBeVisible();
  const b = await context.newPage();
  await b.goto(a.url());
  await expect(b.getByRole('row').filter({ hasText: 'two-tabs' }).first()).toBeVisible();

  await a.getByRole('row').filter({ hasText: 'two-tabs' }).getByRole('button', { name: '立即扫描' }).click();
  await a.getByRole('dialog').getByRole('button', { name: '确定' }).click();
  const task = (page: typeof a) =>
    page
      .getByRole('row')
      .filter({ hasText: 'two-tabs' })
      .filter({ has: page.getByRole('link', { name: '查看任务' }) });
  await expect(task(a)).toContainText('扫描中');

  // Exactly one runner: each image's scan lock is held once, all by tab A; one tab leads, the other waits.
  const locks = await lockSnapshot(a);
  const scans = locks.held.filter((lock) => lock.name.includes(':scan:'));
  expect(scans.length).toBeGreaterThan(0);
  expect(new Set(scans.map((lock) => lock.name)).size).toBe(scans.length);
  expect(new Set(scans.map((lock) => lock.client)).size).toBe(1);
  expect(locks.held.filter((lock) => lock.name.startsWith('acr-console-runner'))).toHaveLength(1);
  expect(locks.pending.filter((lock) => lock.name.startsWith('acr-console-runner'))).toHaveLength(1);
  const runner = scans[0]?.client;

  // Tab A closes mid-scan: tab B shows the same task, takes its scans over and finishes them; nothing fails.
  await a.close();
  await b.reload();
  await expect(task(b)).toHaveCount(1);
  await expect(task(b)).toContainText('扫描完成', { timeout: 40_000 });
  await expect(task(b)).not.toContainText('扫描失败');
  // Every scan lock is released (a finished task lets go right after its last write), and tab B now leads.
  await expect
    .poll(async () => (await lockSnapshot(b)).held.filter((lock) => lock.name.includes(':scan:')).length)
    .toBe(0);
  const after = await lockSnapshot(b);
  expect(after.held.find((lock) => lock.name.startsWith('acr-console-runner'))?.client).not.toBe(runner);
});
