import { beforeEach, describe, expect, it } from 'vitest';
import type { ScanService } from '@/api/contract/scans';
import { backend } from '../node';
import { callAction, callError, instanceByName, repoIdOf } from '../testing/api';
import { buyCloudEngine, setImageQuota } from '../testing/cloud-engine';
import { linkVpc, settledRuleTask } from '../testing/scan-rules';

let prodHz: string;

beforeEach(async () => {
  await callAction('UpdateDemoSpeed', { Speed: 'instant' });
  prodHz = (await instanceByName('acr-prod-hz')).InstanceId;
});

const imagesUsed = async () => (await callAction('GetSasAccount', {})).Subscription?.ImagesUsed;

/** One tag of acr-prod-hz, as the scan actions locate it. */
async function prodTag(repo: string, Tag: string) {
  return { InstanceId: prodHz, RepoId: await repoIdOf(prodHz, 'prod', repo), Tag };
}

async function scanToEnd(tag: Awaited<ReturnType<typeof prodTag>>, ScanService: ScanService = 'SAS_SCAN_SERVICE') {
  await callAction('CreateRepoTagScanTask', { ...tag, ScanService });
  await expect
    .poll(async () => (await callAction('GetRepoTagScanStatus', tag)).Status, { timeout: 20_000, interval: 50 })
    .toBe('COMPLETE');
}

describe('image authorisations of the cloud-security engine on single scans', () => {
  it('refuses a third new image when 2 are authorised, saying used / quota and to upgrade', async () => {
    await buyCloudEngine(50, 1);
    await setImageQuota(backend, 2);
    await scanToEnd(await prodTag('nginx', '1.25-alpine'));
    await scanToEnd(await prodTag('nginx', '1.25.3-alpine'));
    expect(await imagesUsed()).toBe(2);

    const third = await prodTag('web-api', '1.4.2');
    const error = await callError('CreateRepoTagScanTask', { ...third, ScanService: 'SAS_SCAN_SERVICE' });
    expect({ code: error.code, status: error.httpStatus }).toEqual({ code: 'SAS_IMAGE_QUOTA_EXCEEDED', status: 200 });
    expect(error.message).toContain('(2/2)');
    expect(error.message).toMatch(/Upgrade the cloud-security engine/);
    // Nothing was recorded for the refused image, and no authorisation was taken.
    expect((await callError('GetRepoTagScanStatus', third)).code).toBe('SCAN_TASK_NOT_EXIST');
    expect(await imagesUsed()).toBe(2);
  });

  it('scans an image the subscription already counted again, at no further authorisation', async () => {
    await buyCloudEngine(50, 1);
    await setImageQuota(backend, 1);
    const tag = await prodTag('nginx', '1.25-alpine');
    await scanToEnd(tag);
    await scanToEnd(tag);
    expect(await imagesUsed()).toBe(1);
    const scans = await callAction('GetRepoTagScanStatus', tag);
    expect(scans).toMatchObject({ Status: 'COMPLETE', ScanService: 'SAS_SCAN_SERVICE' });
  });

  it('never limits Trivy', async () => {
    await buyCloudEngine(50, 1);
    await setImageQuota(backend, 1);
    await scanToEnd(await prodTag('nginx', '1.25-alpine'));
    const other = await prodTag('web-api', '1.4.2');
    await scanToEnd(other, 'ACR_SCAN_SERVICE');
    expect((await callAction('GetRepoTagScanStatus', other)).ScanService).toBe('ACR_SCAN_SERVICE');
    expect(await imagesUsed()).toBe(1);
  });

  it('scans new images again once more authorisations are bought', async () => {
    let now = Date.UTC(2026, 10, 1);
    backend.clock = { now: () => (now += 1000) };
    const first = await buyCloudEngine(50, 1);
    await setImageQuota(backend, 1);
    await scanToEnd(await prodTag('nginx', '1.25-alpine'));
    const next = await prodTag('web-api', '1.4.2');
    expect((await callError('CreateRepoTagScanTask', { ...next, ScanService: 'SAS_SCAN_SERVICE' })).code).toBe(
      'SAS_IMAGE_QUOTA_EXCEEDED',
    );
    // Upgrading raises the authorisations of the running subscription.
    await setImageQuota(backend, 2);
    await scanToEnd(next);
    expect(await imagesUsed()).toBe(2);

    // A new subscription after the old one ended starts counting afresh.
    const third = await prodTag('payment-gateway', '2.0.1');
    expect((await callError('CreateRepoTagScanTask', { ...third, ScanService: 'SAS_SCAN_SERVICE' })).code).toBe(
      'SAS_IMAGE_QUOTA_EXCEEDED',
    );
    now = first.ExpireTime + 1000;
    await buyCloudEngine(50, 1);
    await scanToEnd(third);
    expect(await imagesUsed()).toBe(1);
  });
});

describe('image authorisations on rule tasks', () => {
  beforeEach(async () => {
    await linkVpc(prodHz);
    await buyCloudEngine(50, 1);
  });

  /** payment-gateway:2.0.1, web-api:1.4.2 and web-api:1.4.3: three images, in the order the task takes them. */
  const threeImages = { RepoTagFilterPattern: '2\\.0\\.1|1\\.4\\.\\d+' };

  async function runRule(overrides: { ScanService?: 'ACR_SCAN_SERVICE' } = {}) {
    const { ScanRuleId } = await callAction('CreateScanRule', {
      InstanceId: prodHz,
      RuleName: `three-${Math.random().toString(36).slice(2, 8)}`,
      ScanScope: 'NAMESPACE',
      TriggerType: 'MANUAL',
      Namespaces: ['prod'],
      ...threeImages,
    });
    const { RuleTaskId } = await callAction('RunScanRule', { InstanceId: prodHz, ScanRuleId, ...overrides });
    return RuleTaskId;
  }

  it('scans the first 2 of 3 new images with 2 authorised and fails the third with the reason', async () => {
    await setImageQuota(backend, 2);
    const task = await settledRuleTask(prodHz, await runRule());
    expect(task.Images.map((i) => `${i.RepoName}:${i.Tag}`)).toEqual([
      'payment-gateway:2.0.1',
      'web-api:1.4.2',
      'web-api:1.4.3',
    ]);
    expect(task).toMatchObject({ Status: 'FAILED', ImageCount: 3, FinishedCount: 3, FailedCount: 1 });
    expect(task.Images.map((i) => i.Status)).toEqual(['COMPLETE', 'COMPLETE', 'FAILED']);
    expect(task.Images[2]?.FailReason).toMatch(/authorisations .* are used up \(2\/2\)/);
    expect(await imagesUsed()).toBe(2);
  });

  it('still scans images already counted, counting the rest in the order the task takes them', async () => {
    await setImageQuota(backend, 2);
    await scanToEnd(await prodTag('web-api', '1.4.3'));
    const task = await settledRuleTask(prodHz, await runRule());
    // 2.0.1 takes the last authorisation, 1.4.2 is refused, 1.4.3 was counted before the task.
    expect(task.Images.map((i) => i.Status)).toEqual(['COMPLETE', 'FAILED', 'COMPLETE']);
    expect(task.FailedCount).toBe(1);
    expect(await imagesUsed()).toBe(2);
  });

  it('retries the refused images once the quota is raised', async () => {
    await setImageQuota(backend, 2);
    const RuleTaskId = await runRule();
    await settledRuleTask(prodHz, RuleTaskId);
    await setImageQuota(backend, 3);
    expect((await callAction('RetryScanRuleTask', { InstanceId: prodHz, RuleTaskId })).ImageCount).toBe(1);
    const retried = await settledRuleTask(prodHz, RuleTaskId);
    expect(retried).toMatchObject({ Status: 'COMPLETE', FailedCount: 0, RetryCount: 1 });
    expect(await imagesUsed()).toBe(3);
  });

  it('runs Trivy rule tasks whatever the quota', async () => {
    await setImageQuota(backend, 1);
    await scanToEnd(await prodTag('nginx', '1.25-alpine'));
    const task = await settledRuleTask(prodHz, await runRule({ ScanService: 'ACR_SCAN_SERVICE' }));
    expect(task).toMatchObject({ Status: 'COMPLETE', ScanService: 'ACR_SCAN_SERVICE', FailedCount: 0 });
    expect(await imagesUsed()).toBe(1);
  });

  it('fails a push-triggered scan of a new image once the authorisations are used up', async () => {
    await setImageQuota(backend, 1);
    await scanToEnd(await prodTag('web-api', '1.4.2'));
    await callAction('CreateScanRule', {
      InstanceId: prodHz,
      RuleName: 'auto-stable',
      ScanScope: 'NAMESPACE',
      TriggerType: 'AUTO',
      Namespaces: ['prod'],
      RepoTagFilterPattern: 'stable',
    });
    const push = { InstanceId: prodHz, NamespaceName: 'prod', FromTag: '1.4.2', RepoName: 'web-api' };
    // The same image under a new tag is already counted: it scans.
    await callAction('CreateRepoTag', { ...push, ToTag: 'stable' });
    // A new image is refused.
    await callAction('CreateRepoTag', { ...push, RepoName: 'nginx', FromTag: '1.25-alpine', ToTag: 'stable' });
    const { Tasks } = await callAction('ListScanRuleTask', { InstanceId: prodHz });
    const byRepo = new Map<string, Awaited<ReturnType<typeof settledRuleTask>>>();
    for (const summary of Tasks) {
      const task = await settledRuleTask(prodHz, summary.RuleTaskId);
      byRepo.set(task.Images[0]?.RepoName as string, task);
    }
    expect(byRepo.get('web-api')).toMatchObject({ TriggerType: 'AUTO', Status: 'COMPLETE' });
    expect(byRepo.get('nginx')).toMatchObject({ TriggerType: 'AUTO', Status: 'FAILED', FailedCount: 1 });
    expect(byRepo.get('nginx')?.Images[0]?.FailReason).toContain('(1/1)');
  });
});
