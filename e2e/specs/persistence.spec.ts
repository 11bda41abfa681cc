import type { Page } from '@playwright/test';
import { api, apiAll, instanceIdOf } from '../kit/api';
import { expect, openConsole, test } from '../kit/console';

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
async function manyTags(page: Page) {
  const InstanceId = await instanceIdOf(page, 'acr-dev-hz');
  const { Repositories } = await api<{
    Repositories: { RepoId: string; RepoName: string; RepoNamespaceName: string }[];
  }>(page, 'ListRepository', { InstanceId, RepoNamespaceName: 'team-a', PageSize: 100 });
  const repo = Repositories[0];
  if (!repo) throw new Error('team-a has no repository');
  const { Images } = await api<{ Images: { Tag: string }[] }>(page, 'ListRepoTag', {
    InstanceId,
    RepoId: repo.RepoId,
    PageSize: 100,
  });
  const from = Images[0]?.Tag as string;
  await apiAll(
    page,
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
  await api(page, 'CreateScanRule', {
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

test('20 reloads during a rule scan of 50 images: nothing stuck in 扫描中, no result or rule lost', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await openConsole(page, 'cn-hangzhou/instances');
  const { InstanceId } = await manyTags(page);

  // 立即扫描 from the rule list of 镜像扫描.
  await page.goto(`cn-hangzhou/instances/${InstanceId}/scan`);
  const rule = page.getByRole('row').filter({ hasText: 'reload-storm' });
  await rule.getByRole('button', { name: '立即扫描' }).click();
  await page.getByRole('dialog').getByRole('button', { name: '确定' }).click();
  await expect(page.getByRole('row').filter({ has: page.getByRole('link', { name: '查看任务' }) })).toHaveCount(1);
  // A navigation to the same address is a reload that does not trip over the previous one still loading.
  const here = page.url();
  for (const pause of RELOAD_PAUSES) {
    await page.goto(here, { waitUntil: 'commit' });
    await page.waitForTimeout(pause);
  }
  await expect(page.getByRole('heading', { name: '镜像扫描' })).toBeVisible();
  // The task finishes (each read lets this page adopt what the reloaded pages left behind).
  const { Tasks } = await api<{ Tasks: { RuleTaskId: string; ScanRuleId: string }[] }>(page, 'ListScanRuleTask', {
    InstanceId,
    PageSize: 10,
  });
  expect(Tasks).toHaveLength(1);
  const RuleTaskId = Tasks[0]?.RuleTaskId as string;
  const read = () => api<RuleTask>(page, 'GetScanRuleTask', { InstanceId, RuleTaskId });
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
  const results = await apiAll<{ TotalCount: number | string }>(
    page,
    ids.map((id) => ['ListRepoTagScanResult', { ...id, PageSize: 1 }] as const),
  );
  const summaries = await apiAll<{ TotalSeverity: number }>(
    page,
    ids.map((id) => ['GetRepoTagScanSummary', id] as const),
  );
  expect(summaries.map((summary) => summary.TotalSeverity)).toEqual(results.map((r) => Number(r.TotalCount)));
  // The rule is still there, and the UI agrees with the API.
  const { ScanRules } = await api<{ ScanRules: { RuleName: string }[] }>(page, 'ListScanRule', {
    InstanceId,
    PageSize: 50,
  });
  expect(ScanRules.map((r) => r.RuleName)).toContain('reload-storm');
  await page.reload();
  const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: '查看任务' }) });
  await expect(row).toContainText(failed.length ? `${failed.length} 个镜像扫描失败` : '扫描完成');
});
