import { beforeEach, describe, expect, it } from 'vitest';
import { reason } from '@/api/contract/reasons';
import { callAction, expectBusinessError, instanceByName } from '../testing/api';
import { settledRuleTask } from '../testing/scan-rules';

let devHz: string;
let ScanRuleId: string;

beforeEach(async () => {
  devHz = (await instanceByName('acr-dev-hz')).InstanceId;
  ({ ScanRuleId } = await callAction('CreateScanRule', {
    InstanceId: devHz,
    RuleName: 'team-a',
    ScanScope: 'NAMESPACE',
    TriggerType: 'MANUAL',
    Namespaces: ['team-a'],
    RepoTagFilterPattern: '.*',
  }));
});

const getTask = (RuleTaskId: string) => callAction('GetScanRuleTask', { InstanceId: devHz, RuleTaskId });

describe('stopping and retrying a rule task', () => {
  it('stops a running task: unfinished images fail as stopped, and the task says 已停止', async () => {
    // Realistic pace: every image stays busy for seconds, long enough to stop it.
    await callAction('UpdateDemoSpeed', { Speed: 'realistic' });
    const { RuleTaskId } = await callAction('RunScanRule', { InstanceId: devHz, ScanRuleId });
    await callAction('StopScanRuleTask', { InstanceId: devHz, RuleTaskId });
    const stopped = await getTask(RuleTaskId);
    expect(stopped.Status).toBe('STOPPED');
    expect(stopped.FinishTime).toBeDefined();
    expect(stopped.FailedCount).toBeGreaterThan(0);
    for (const image of stopped.Images.filter((i) => i.Status === 'FAILED')) {
      expect(image.FailReason).toBe(reason('scan-stopped'));
    }
    await expectBusinessError('StopScanRuleTask', { InstanceId: devHz, RuleTaskId }, 'SCAN_RULE_TASK_NOT_RUNNING');
  });

  it('retries the failed images of a stopped task with new scans until the task completes', async () => {
    await callAction('UpdateDemoSpeed', { Speed: 'realistic' });
    const { RuleTaskId } = await callAction('RunScanRule', { InstanceId: devHz, ScanRuleId });
    await callAction('StopScanRuleTask', { InstanceId: devHz, RuleTaskId });
    const stopped = await getTask(RuleTaskId);
    const failedIds = stopped.Images.filter((i) => i.Status === 'FAILED').map((i) => i.ScanTaskId);

    await callAction('UpdateDemoSpeed', { Speed: 'instant' });
    const retried = await callAction('RetryScanRuleTask', { InstanceId: devHz, RuleTaskId });
    expect(retried.ImageCount).toBe(failedIds.length);
    const running = await getTask(RuleTaskId);
    expect(running.RetryCount).toBe(1);
    expect(running.Images.map((i) => i.ScanTaskId).filter((id) => failedIds.includes(id))).toEqual([]);

    const done = await settledRuleTask(devHz, RuleTaskId);
    expect(done).toMatchObject({ Status: 'COMPLETE', FailedCount: 0, FinishedCount: done.ImageCount, RetryCount: 1 });
    expect(done.HighSeverity + done.MediumSeverity + done.LowSeverity).toBeGreaterThan(0);
  });

  it('refuses to retry a task that is running or has nothing failed', async () => {
    await callAction('UpdateDemoSpeed', { Speed: 'realistic' });
    const running = await callAction('RunScanRule', { InstanceId: devHz, ScanRuleId });
    await expectBusinessError(
      'RetryScanRuleTask',
      { InstanceId: devHz, RuleTaskId: running.RuleTaskId },
      'SCAN_RULE_TASK_NOT_RETRYABLE',
    );
    await callAction('StopScanRuleTask', { InstanceId: devHz, RuleTaskId: running.RuleTaskId });

    await callAction('UpdateDemoSpeed', { Speed: 'instant' });
    const clean = await callAction('RunScanRule', { InstanceId: devHz, ScanRuleId });
    expect((await settledRuleTask(devHz, clean.RuleTaskId)).Status).toBe('COMPLETE');
    await expectBusinessError(
      'RetryScanRuleTask',
      { InstanceId: devHz, RuleTaskId: clean.RuleTaskId },
      'SCAN_RULE_TASK_NOT_RETRYABLE',
    );
    await expectBusinessError(
      'StopScanRuleTask',
      { InstanceId: devHz, RuleTaskId: 'nope' },
      'SCAN_RULE_TASK_NOT_EXIST',
    );
  });
});

describe('任务详情 paging', () => {
  it('pages the images of a task, while the counts and totals still cover all of them', async () => {
    await callAction('UpdateDemoSpeed', { Speed: 'instant' });
    // More tags in team-a (retags of the one there), for a task of several images.
    const { Repositories } = await callAction('ListRepository', { InstanceId: devHz, PageSize: 100 });
    const repo = Repositories.find((r) => r.RepoNamespaceName === 'team-a');
    if (!repo) throw new Error('no team-a repository');
    const [first] = (await callAction('ListRepoTag', { InstanceId: devHz, RepoId: repo.RepoId })).Images;
    if (!first) throw new Error('no tag in team-a');
    for (const ToTag of ['page-1', 'page-2', 'page-3', 'page-4']) {
      const names = { NamespaceName: repo.RepoNamespaceName, RepoName: repo.RepoName };
      await callAction('CreateRepoTag', { InstanceId: devHz, ...names, FromTag: first.Tag, ToTag });
    }
    const { RuleTaskId } = await callAction('RunScanRule', { InstanceId: devHz, ScanRuleId });
    const all = await settledRuleTask(devHz, RuleTaskId);
    expect(all.ImageCount).toBeGreaterThan(2);
    // Unpaged (as before): every image, and no paging fields.
    expect(all.Images).toHaveLength(all.ImageCount);
    expect(all.TotalCount).toBeUndefined();

    const pages = [];
    for (let PageNo = 1; PageNo <= Math.ceil(all.ImageCount / 2); PageNo++) {
      const page = await callAction('GetScanRuleTask', { InstanceId: devHz, RuleTaskId, PageNo, PageSize: 2 });
      const { Images, PageNo: _no, PageSize: _size, TotalCount: _total, RequestId: _id, ...summary } = page;
      const { Images: _all, RequestId: _wholeId, ...wholeSummary } = all;
      expect(summary).toEqual(wholeSummary);
      expect({ PageNo: page.PageNo, PageSize: page.PageSize, TotalCount: page.TotalCount }).toEqual({
        PageNo,
        PageSize: 2,
        TotalCount: all.ImageCount,
      });
      pages.push(...Images);
    }
    expect(pages).toEqual(all.Images);
    const past = await callAction('GetScanRuleTask', { InstanceId: devHz, RuleTaskId, PageNo: 99, PageSize: 2 });
    expect(past.Images).toEqual([]);
  });
});
