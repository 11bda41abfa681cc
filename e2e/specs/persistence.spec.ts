import type { Page } from '@playwright/test';
import { type BoundApi, expect, test } from '../kit/fixtures';

interface RuleTaskImage {
  ScanTaskId: string;
  RepoId: string;
  Tag: string;
  Status: string;
  FailReason?: string;
}
interface RuleTask {
  RuleTaskId: string;
  Status: string;
  ImageCount: number;
  FinishedCount: number;
  FailedCount: number;
  Images: RuleTaskImage[];
}

const IMAGES = 50;
/** Deterministic, irregular pauses between reloads (ms): some land mid-start, some mid-scan. */
const RELOAD_PAUSES = [
  100, 400, 200, 600, 150, 300, 500, 150, 350, 250, 450, 100, 550, 300, 200, 400, 150, 500, 250, 350,
];

/** acr-dev-hz (it has a linked VPC) gets `IMAGES` tags of one image in one repository, by retagging through the API. */
async function manyTags(api: BoundApi) {
  const InstanceId = await api.instanceIdOf('acr-dev-hz');
  const { Repositories } = await api.call<{
    Repositories: { RepoId: string; RepoName: string; RepoNamespaceName: string }[];
  }>('ListRepository', { InstanceId, RepoNamespaceName: 'team-a', PageSize: 100 });
  const repo = Repositories[0];
  if (!repo) throw new Error('team-a has no repository');
  const { Images } = await api.call<{ Images: { Tag: string }[] }>('ListRepoTag', {
    InstanceId,
    RepoId: repo.RepoId,
    PageSize: 100,
  });
  const from = Images[0]?.Tag as string;
  await api.all(
    Array.from({ length: IMAGES }, (_, i) => [
      'CreateRepoTag',
      {
        InstanceId,
        NamespaceName: repo.RepoNamespaceName,
        RepoName: repo.RepoName,
        FromTag: from,
        ToTag: `reload-${String(i).padStart(2, '0')}`,
      },
    ]),
  );
  await api.call('CreateScanRule', {
    InstanceId,
    RuleName: 'reload-storm',
    TriggerType: 'MANUAL',
    ScanScope: 'REPO',
    Namespaces: [repo.RepoNamespaceName],
    RepoNames: [repo.RepoName],
    RepoTagFilterPattern: 'reload-.*',
  });
  return { InstanceId, repo };
}

/**
 * One reload. Once in CI, Playwright never saw the commit of such a navigation although it happened (the
 * document and its scripts loaded, the page ran): a goto not reported within 10 s is left, and the storm goes
 * on from whatever page is there; the checks after it judge the outcome. A goto overtaken by another navigation
 * to the same address (one left that way, arriving late) is a reload all the same.
 */
async function reload(page: Page, url: string): Promise<void> {
  await page.goto(url, { waitUntil: 'commit', timeout: 10_000 }).catch((error: Error) => {
    const sameAddress = error.message.includes(`interrupted by another navigation to "${url}"`);
    if (!sameAddress && !/Timeout|ERR_ABORTED/.test(error.message)) throw error;
  });
}

test('20 reloads during a rule scan of 50 images: nothing stuck in 扫描中, no result or rule lost', async ({
  acr,
  api,
  page,
  consoleErrors,
}) => {
  test.setTimeout(90_000);
  const { InstanceId } = await manyTags(api);

  // 立即扫描 from the rule list of 镜像扫描.
  await page.goto(`cn-hangzhou/instances/${InstanceId}/scan`);
  await acr.scan.scanNow('reload-storm');
  await expect(acr.scan.tasks).toHaveCount(1);
  // A navigation to the same address is a reload that does not trip over the previous one still loading.
  const here = page.url();
  for (const pause of RELOAD_PAUSES) {
    await reload(page, here);
    await page.waitForTimeout(pause);
  }
  await expect(acr.scan.heading).toBeVisible();
  // The task finishes (each read lets this page adopt what the reloaded pages left behind).
  const { Tasks } = await api.call<{ Tasks: { RuleTaskId: string; ScanRuleId: string }[] }>('ListScanRuleTask', {
    InstanceId,
    PageSize: 10,
  });
  expect(Tasks).toHaveLength(1);
  const RuleTaskId = Tasks[0]?.RuleTaskId as string;
  const read = () => api.call<RuleTask>('GetScanRuleTask', { InstanceId, RuleTaskId });
  await expect.poll(async () => (await read()).Status, { timeout: 60_000, intervals: [250] }).not.toBe('SCANNING');

  const task = await read();
  expect(task.ImageCount).toBe(IMAGES);
  expect(task.FinishedCount).toBe(IMAGES);
  expect(task.Images.filter((image) => image.Status === 'SCANNING')).toEqual([]);
  const complete = task.Images.filter((image) => image.Status === 'COMPLETE');
  const failed = task.Images.filter((image) => image.Status === 'FAILED');
  expect(complete.length + failed.length).toBe(IMAGES);
  expect(failed.length).toBe(task.FailedCount);
  // Resumed, not failed: a reload cuts off only the few scans in the worker, each resumed up to 3 times.
  expect(complete.length, JSON.stringify(failed.slice(0, 3))).toBeGreaterThanOrEqual(IMAGES - 5);
  for (const image of failed) expect(image.FailReason).toMatch(/interrupted/);
  expect(task.Status).toBe(failed.length ? 'FAILED' : 'COMPLETE');

  // No result lost: every finished image answers its findings.
  const ids = complete.map((image) => ({ InstanceId, ScanTaskId: image.ScanTaskId }));
  const results = await api.all<{ TotalCount: number | string }>(
    ids.map((id) => ['ListRepoTagScanResult', { ...id, PageSize: 1 }] as const),
  );
  const summaries = await api.all<{ TotalSeverity: number }>(ids.map((id) => ['GetRepoTagScanSummary', id] as const));
  expect(summaries.map((summary) => summary.TotalSeverity)).toEqual(results.map((r) => Number(r.TotalCount)));
  // The rule is still there, and the UI agrees with the API.
  const { ScanRules } = await api.call<{ ScanRules: { RuleName: string }[] }>('ListScanRule', {
    InstanceId,
    PageSize: 50,
  });
  expect(ScanRules.map((r) => r.RuleName)).toContain('reload-storm');
  await page.reload();
  await expect(acr.scan.tasks).toContainText(failed.length ? `${failed.length} 个镜像扫描失败` : '扫描完成');
  // Requests the leaving pages still sent never reached the static host (no 404 for an API call).
  expect(consoleErrors.filter((error) => /404/.test(error))).toEqual([]);
});
