import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { reason } from '@/api/contract/reasons';
import { backend } from '../node';
import { callAction, contractBody, expectBusinessError, instanceByName } from '../testing/api';
import { linkVpc, ruleOn, settledRuleTask } from '../testing/scan-rules';
import { createScanHost } from './context';

let prodHz: string;

beforeEach(async () => {
  await callAction('UpdateDemoSpeed', { Speed: 'instant' });
  prodHz = (await instanceByName('acr-prod-hz')).InstanceId;
});

const originalHost = backend.scans;
afterEach(() => {
  backend.scans = originalHost;
});

describe('RunScanRule and rule tasks', () => {
  beforeEach(() => linkVpc(prodHz));

  it('scans every matched tag to COMPLETE with real findings, counts aggregated', async () => {
    const { ScanRuleId } = await callAction(
      'CreateScanRule',
      ruleOn(prodHz, {
        RuleName: 'alpine-3',
        ScanScope: 'REPO',
        Namespaces: ['base'],
        RepoNames: ['alpine'],
        RepoTagFilterPattern: '3\\.1[89]\\..*',
      }),
    );
    const run = await contractBody('RunScanRule', { InstanceId: prodHz, ScanRuleId });
    expect(run).toMatchObject({ Code: 'success', IsSuccess: true, ImageCount: 3 });
    expect(String(run.RuleTaskId)).toMatch(/^crscnrt-[0-9a-z]{16}$/);
    const RuleTaskId = String(run.RuleTaskId);

    const task = await settledRuleTask(prodHz, RuleTaskId);
    await contractBody('GetScanRuleTask', { InstanceId: prodHz, RuleTaskId });
    expect(task).toMatchObject({
      RuleTaskId,
      ScanRuleId,
      RuleName: 'alpine-3',
      ScanService: 'ACR_SCAN_SERVICE',
      TriggerType: 'MANUAL',
      ScanType: 'VUL',
      Status: 'COMPLETE',
      ImageCount: 3,
      FinishedCount: 3,
      FailedCount: 0,
      Progress: 100,
    });
    expect(task.FinishTime).toBeGreaterThanOrEqual(task.StartTime);
    expect(task.Images.map((i) => i.Tag)).toEqual(['3.18.0', '3.18.8', '3.19.1']);
    expect(task.Images.every((i) => i.Status === 'COMPLETE')).toBe(true);

    // Each image's counts are the real findings of its own scan task (readable with the single-scan API).
    const alpine = task.Images[0]?.RepoId as string;
    for (const image of task.Images) {
      const summary = await callAction('GetRepoTagScanSummary', { InstanceId: prodHz, ScanTaskId: image.ScanTaskId });
      expect(summary).toMatchObject({
        HighSeverity: image.HighSeverity,
        MediumSeverity: image.MediumSeverity,
        LowSeverity: image.LowSeverity,
        UnknownSeverity: image.UnknownSeverity,
        TotalSeverity: image.TotalSeverity,
      });
      // The child is the tag's latest task now.
      const status = await callAction('GetRepoTagScanStatus', { InstanceId: prodHz, RepoId: alpine, Tag: image.Tag });
      expect(status.ScanTaskId).toBe(image.ScanTaskId);
    }
    const byTag = Object.fromEntries(task.Images.map((i) => [i.Tag, i.TotalSeverity]));
    expect(byTag['3.18.0']).toBeGreaterThan(0);
    expect(byTag['3.19.1']).toBeGreaterThan(0);
    expect(byTag['3.18.8']).toBeLessThan(byTag['3.18.0'] as number);
    const sum = (key: 'HighSeverity' | 'MediumSeverity' | 'LowSeverity' | 'UnknownSeverity' | 'TotalSeverity') =>
      task.Images.reduce((total, image) => total + image[key], 0);
    expect(task.TotalSeverity).toBe(sum('TotalSeverity'));
    expect(task.HighSeverity).toBe(sum('HighSeverity'));
    expect(task.MediumSeverity).toBe(sum('MediumSeverity'));
    expect(task.LowSeverity + task.UnknownSeverity).toBe(sum('LowSeverity') + sum('UnknownSeverity'));
  });

  it('lists tasks newest first (optionally of one rule), and keeps them when the rule is deleted', async () => {
    const first = await callAction('CreateScanRule', ruleOn(prodHz, { RuleName: 'first', Namespaces: ['dev'] }));
    const second = await callAction(
      'CreateScanRule',
      ruleOn(prodHz, { RuleName: 'second', Namespaces: ['prod'], RepoTagFilterPattern: '1\\.4\\.\\d+' }),
    );
    const a = await callAction('RunScanRule', { InstanceId: prodHz, ScanRuleId: first.ScanRuleId });
    await new Promise((resolve) => setTimeout(resolve, 5));
    const b = await callAction('RunScanRule', { InstanceId: prodHz, ScanRuleId: second.ScanRuleId });
    await new Promise((resolve) => setTimeout(resolve, 5));
    const c = await callAction('RunScanRule', { InstanceId: prodHz, ScanRuleId: first.ScanRuleId });
    expect({ a: a.ImageCount, b: b.ImageCount }).toEqual({ a: 6, b: 2 });

    const list = await contractBody('ListScanRuleTask', { InstanceId: prodHz });
    const tasks = list.Tasks as { RuleTaskId: string }[];
    expect(tasks.map((t) => t.RuleTaskId)).toEqual([c.RuleTaskId, b.RuleTaskId, a.RuleTaskId]);
    const ofFirst = await callAction('ListScanRuleTask', { InstanceId: prodHz, ScanRuleId: first.ScanRuleId });
    expect(ofFirst.Tasks.map((t) => t.RuleTaskId)).toEqual([c.RuleTaskId, a.RuleTaskId]);
    const paged = await callAction('ListScanRuleTask', { InstanceId: prodHz, PageNo: 2, PageSize: 2 });
    expect({ ids: paged.Tasks.map((t) => t.RuleTaskId), total: paged.TotalCount }).toEqual({
      ids: [a.RuleTaskId],
      total: 3,
    });

    for (const id of [a.RuleTaskId, b.RuleTaskId, c.RuleTaskId]) await settledRuleTask(prodHz, id);
    await callAction('DeleteScanRule', { InstanceId: prodHz, ScanRuleId: second.ScanRuleId });
    const kept = await callAction('GetScanRuleTask', { InstanceId: prodHz, RuleTaskId: b.RuleTaskId });
    expect(kept).toMatchObject({ ScanRuleId: second.ScanRuleId, RuleName: 'second', Status: 'COMPLETE' });
    expect((await callAction('ListScanRuleTask', { InstanceId: prodHz })).TotalCount).toBe(3);
    await expectBusinessError(
      'RunScanRule',
      { InstanceId: prodHz, ScanRuleId: second.ScanRuleId },
      'SCAN_RULE_NOT_EXIST',
    );
  });

  it('answers SCAN_RULE_NO_MATCHED_IMAGE and creates nothing when no tag matches', async () => {
    const { ScanRuleId } = await callAction('CreateScanRule', ruleOn(prodHz, { RepoTagFilterPattern: 'nothing-\\d+' }));
    await expectBusinessError('RunScanRule', { InstanceId: prodHz, ScanRuleId }, 'SCAN_RULE_NO_MATCHED_IMAGE');
    expect((await callAction('ListScanRuleTask', { InstanceId: prodHz })).TotalCount).toBe(0);
    await expectBusinessError(
      'GetScanRuleTask',
      { InstanceId: prodHz, RuleTaskId: 'crscnrt-0000000000000000' },
      'SCAN_RULE_TASK_NOT_EXIST',
    );
  });

  it('shows progress while scanning and a FAILED count when an image fails', async () => {
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const inner = originalHost.runner;
    backend.scans = createScanHost({
      run: async (job, onProgress) => {
        if (job.artifactName.endsWith(':1.4.2')) throw new Error('layer 2 is truncated');
        await gate;
        return inner.run(job, onProgress);
      },
    });
    const { ScanRuleId } = await callAction(
      'CreateScanRule',
      ruleOn(prodHz, { ScanScope: 'REPO', Namespaces: ['prod'], RepoNames: ['web-api'] }),
    );
    const { RuleTaskId } = await callAction('RunScanRule', { InstanceId: prodHz, ScanRuleId });
    await expect
      .poll(async () => (await callAction('GetScanRuleTask', { InstanceId: prodHz, RuleTaskId })).FinishedCount, {
        timeout: 5000,
        interval: 20,
      })
      .toBe(1);
    const running = await callAction('GetScanRuleTask', { InstanceId: prodHz, RuleTaskId });
    expect(running).toMatchObject({ Status: 'SCANNING', Progress: 50, FailedCount: 1 });
    expect(running.FinishTime).toBeUndefined();
    release();
    const done = await settledRuleTask(prodHz, RuleTaskId);
    expect(done).toMatchObject({ Status: 'FAILED', FinishedCount: 2, FailedCount: 1, Progress: 100 });
    const failed = done.Images.find((i) => i.Tag === '1.4.2');
    expect(failed).toMatchObject({ Status: 'FAILED', FailReason: 'The scan failed: layer 2 is truncated' });
    expect(done.Images.find((i) => i.Tag === '1.4.3')?.Status).toBe('COMPLETE');
  });

  it('never stays SCANNING after a reload: orphaned images end FAILED', async () => {
    backend.scans = createScanHost({ run: () => new Promise(() => {}) });
    const { ScanRuleId } = await callAction('CreateScanRule', ruleOn(prodHz, { RepoTagFilterPattern: '1\\.4\\.\\d+' }));
    const { RuleTaskId } = await callAction('RunScanRule', { InstanceId: prodHz, ScanRuleId });
    expect((await callAction('GetScanRuleTask', { InstanceId: prodHz, RuleTaskId })).Status).toBe('SCANNING');
    // The runner no longer runs them (as after a reload of the same backend instance).
    backend.scans.running.clear();
    const task = await callAction('GetScanRuleTask', { InstanceId: prodHz, RuleTaskId });
    expect(task).toMatchObject({ Status: 'FAILED', FailedCount: 2, FinishedCount: 2 });
    expect(task.Images.every((i) => i.FailReason === reason('scan-interrupted'))).toBe(true);
    const listed = await callAction('ListScanRuleTask', { InstanceId: prodHz });
    expect(listed.Tasks[0]?.Status).toBe('FAILED');
  });

  it('starts an AUTO rule task when a matching tag is pushed (CreateRepoTag)', async () => {
    await callAction(
      'CreateScanRule',
      ruleOn(prodHz, { RuleName: 'auto-nginx', TriggerType: 'AUTO', RepoTagFilterPattern: 'stable|v\\d+' }),
    );
    await callAction('CreateScanRule', ruleOn(prodHz, { RuleName: 'manual', RepoTagFilterPattern: '.*' }));
    const push = { InstanceId: prodHz, NamespaceName: 'prod', RepoName: 'nginx', FromTag: '1.25-alpine' };
    await callAction('CreateRepoTag', { ...push, ToTag: 'canary' });
    expect((await callAction('ListScanRuleTask', { InstanceId: prodHz })).TotalCount).toBe(0);
    await callAction('CreateRepoTag', { ...push, ToTag: 'stable' });
    const { Tasks } = await callAction('ListScanRuleTask', { InstanceId: prodHz });
    expect(Tasks).toHaveLength(1);
    expect(Tasks[0]).toMatchObject({ RuleName: 'auto-nginx', TriggerType: 'AUTO', ImageCount: 1 });
    const done = await settledRuleTask(prodHz, Tasks[0]?.RuleTaskId as string);
    expect(done.Status).toBe('COMPLETE');
    expect(done.Images[0]).toMatchObject({ Namespace: 'prod', RepoName: 'nginx', Tag: 'stable' });
    expect(done.TotalSeverity).toBeGreaterThan(0);
  });
});
