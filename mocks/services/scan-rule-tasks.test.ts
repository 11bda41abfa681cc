import { beforeEach, describe, expect, it } from 'vitest';
import { callAction, expectBusinessError, instanceByName } from '../testing/api';
import { STOPPED_REASON } from './scan-tasks';

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

async function settled(RuleTaskId: string) {
  await expect
    .poll(async () => (await getTask(RuleTaskId)).Status, { timeout: 30_000, interval: 50 })
    .not.toBe('SCANNING');
  return getTask(RuleTaskId);
}

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
      expect(image.FailReason).toBe(STOPPED_REASON);
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

    const done = await settled(RuleTaskId);
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
    expect((await settled(clean.RuleTaskId)).Status).toBe('COMPLETE');
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
