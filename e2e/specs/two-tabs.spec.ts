import { Acr } from '../kit/acr';
import { api, apiAll, instanceIdOf } from '../kit/api';
import { expect, test } from '../kit/fixtures';

test('two tabs opened at once seed one world and see each other’s changes', async ({ context }) => {
  // A fresh browser profile: both tabs start the backend on an empty database at the same moment.
  const [a, b] = await Promise.all([context.newPage(), context.newPage()]);
  const [acrA, acrB] = [new Acr(a), new Acr(b)];
  // Not `acr.open`: that resets to a seed, and this is about two tabs seeding the empty database themselves.
  await Promise.all([a.goto('cn-hangzhou/instances'), b.goto('cn-hangzhou/instances')]);
  const manage = (acr: Acr) => acr.instances.row('acr-prod-hz').getByRole('link', { name: '管理' });
  // Seeding the world on an empty database takes seconds on a loaded machine: wait longer than for a click.
  await expect(manage(acrA)).toBeVisible({ timeout: 30_000 });
  await expect(manage(acrB)).toBeVisible({ timeout: 30_000 });
  // Seeded once: the same instance id in both tabs, and each region lists its instances once.
  expect(await manage(acrA).getAttribute('href')).toBe(await manage(acrB).getAttribute('href'));
  await expect(acrA.instances.row('acr-prod-hz')).toHaveCount(1);

  const namespacesUrl = (await manage(acrA).getAttribute('href'))?.replace(/overview$/, 'namespaces') ?? '';
  await a.goto(namespacesUrl);
  await b.goto(namespacesUrl);
  await expect(acrB.namespaces.row('prod').first()).toBeVisible();
  const before = await b.getByRole('row').count();

  await acrA.namespaces.create('from-tab-a');

  // The other tab sees it when it reloads, and nothing else changed.
  await b.reload();
  await expect(acrB.namespaces.row('from-tab-a')).toBeVisible();
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
  const acrA = new Acr(a);
  // Realistic pace, so the scan is still running when its tab closes.
  await acrA.open('cn-hangzhou/instances', 'default', 'realistic');
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

  await acrA.openInstance('acr-dev-hz');
  await acrA.scan.open();
  const b = await context.newPage();
  const acrB = new Acr(b);
  await b.goto(a.url());
  await expect(acrB.scan.ruleRow('two-tabs')).toBeVisible();

  await acrA.scan.scanNow('two-tabs');
  await expect(acrA.scan.taskRow('two-tabs')).toContainText('扫描中');

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
  const task = acrB.scan.taskRow('two-tabs');
  await expect(task).toHaveCount(1);
  await expect(task).toContainText('扫描完成', { timeout: 40_000 });
  await expect(task).not.toContainText('扫描失败');
  // Every scan lock is released (a finished task lets go right after its last write), and tab B now leads.
  await expect
    .poll(async () => (await lockSnapshot(b)).held.filter((lock) => lock.name.includes(':scan:')).length)
    .toBe(0);
  const after = await lockSnapshot(b);
  expect(after.held.find((lock) => lock.name.startsWith('acr-console-runner'))?.client).not.toBe(runner);
});
