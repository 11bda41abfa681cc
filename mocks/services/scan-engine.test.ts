import { beforeEach, describe, expect, it } from 'vitest';
import { backend } from '../node';
import { callAction, callError, expectBusinessError, instanceByName, repoIdOf } from '../testing/api';
import { buyCloudEngine } from '../testing/cloud-engine';

let prodHz: string;
let devHz: string;

beforeEach(async () => {
  await callAction('UpdateDemoSpeed', { Speed: 'instant' });
  prodHz = (await instanceByName('acr-prod-hz')).InstanceId;
  devHz = (await instanceByName('acr-dev-hz')).InstanceId;
});

describe('buying the cloud-security engine', () => {
  it('starts on Trivy with nothing authorised or bought', async () => {
    const account = await callAction('GetSasAccount', {});
    expect(account).toMatchObject({ AccessRoleAuthorized: false, ServiceLinkedRoleCreated: false });
    expect(account.Subscription).toBeUndefined();
    expect(await callAction('GetInstanceScanEngine', { InstanceId: prodHz })).toMatchObject({
      ScanService: 'ACR_SCAN_SERVICE',
      SasPurchased: false,
      SyncEnabled: false,
    });
  });

  it('needs the access role, then the service-linked role, then the agreement, in that order', async () => {
    const order = { ImageQuota: 100, Period: 1, AgreementAccepted: true };
    await expectBusinessError('CreateSasOrder', order, 'SAS_ROLE_NOT_AUTHORIZED');
    await callAction('AuthorizeSasAccessRole', {});
    await expectBusinessError('CreateSasOrder', order, 'SAS_SERVICE_ROLE_NOT_EXIST');
    await callAction('CreateSasServiceLinkedRole', {});
    await expectBusinessError('CreateSasOrder', { ...order, AgreementAccepted: false }, 'SAS_AGREEMENT_NOT_ACCEPTED');
    const created = await callAction('CreateSasOrder', order);
    expect(created).toMatchObject({ Status: 'UNPAID', ImageQuota: 100, Period: 1, Amount: 800 });
    expect((await callAction('GetSasAccount', {})).Subscription).toBeUndefined();
  });

  it('rejects quotas and periods that are not on offer as an invalid parameter', async () => {
    await callAction('AuthorizeSasAccessRole', {});
    await callAction('CreateSasServiceLinkedRole', {});
    const error = await callError('CreateSasOrder', { ImageQuota: 7, Period: 1, AgreementAccepted: true });
    expect({ code: error.code, status: error.httpStatus }).toEqual({ code: 'InvalidParameter', status: 400 });
    const period = await callError('CreateSasOrder', { ImageQuota: 100, Period: 2, AgreementAccepted: true });
    expect(period.code).toBe('InvalidParameter');
    const none = await callError('CreateSasOrder', { ImageQuota: 100, AgreementAccepted: true });
    expect({ code: none.code, message: none.message }).toMatchObject({ code: 'MissingParameter' });
    expect(none.message).toContain('Period');
  });

  it('prices a year as ten months and starts the subscription when the order is paid', async () => {
    backend.clock = { now: () => Date.UTC(2026, 0, 31, 8) };
    await callAction('AuthorizeSasAccessRole', {});
    await callAction('CreateSasServiceLinkedRole', {});
    const order = await callAction('CreateSasOrder', { ImageQuota: 200, Period: 12, AgreementAccepted: true });
    expect(order.Amount).toBe(200 * 8 * 10);
    expect((await callAction('GetSasOrder', { OrderId: order.OrderId })).Status).toBe('UNPAID');
    const { Subscription } = await callAction('PaySasOrder', { OrderId: order.OrderId });
    expect(Subscription).toMatchObject({ ImageQuota: 200, Period: 12, ImagesUsed: 0 });
    expect(Subscription.SasInstanceId).toMatch(/^sas-[0-9a-z]{16}$/);
    expect(new Date(Subscription.ExpireTime).toISOString()).toBe('2027-01-31T08:00:00.000Z');
    expect((await callAction('GetSasOrder', { OrderId: order.OrderId })).Status).toBe('PAID');
    await expectBusinessError('PaySasOrder', { OrderId: order.OrderId }, 'SAS_ORDER_ALREADY_PAID');
    await expectBusinessError('PaySasOrder', { OrderId: 'nope' }, 'SAS_ORDER_NOT_EXIST');
    await expectBusinessError(
      'CreateSasOrder',
      { ImageQuota: 100, Period: 1, AgreementAccepted: true },
      'SAS_ALREADY_PURCHASED',
    );
  });

  it('ends a one-month subscription on the same day next month, clamped to the month end', async () => {
    backend.clock = { now: () => Date.UTC(2026, 0, 31) };
    const subscription = await buyCloudEngine(50, 1);
    expect(new Date(subscription.ExpireTime).toISOString()).toBe('2026-02-28T00:00:00.000Z');
  });
});

describe('the engine of an instance', () => {
  it('is the cloud-security engine on every instance once bought, and 切换 moves between the two', async () => {
    await expectBusinessError(
      'UpdateInstanceScanEngine',
      { InstanceId: prodHz, ScanService: 'SAS_SCAN_SERVICE' },
      'SAS_NOT_PURCHASED',
    );
    await buyCloudEngine(100);
    for (const InstanceId of [prodHz, devHz]) {
      expect(await callAction('GetInstanceScanEngine', { InstanceId })).toMatchObject({
        ScanService: 'SAS_SCAN_SERVICE',
        SasPurchased: true,
      });
    }
    await callAction('UpdateInstanceScanEngine', { InstanceId: prodHz, ScanService: 'ACR_SCAN_SERVICE' });
    expect((await callAction('GetInstanceScanEngine', { InstanceId: prodHz })).ScanService).toBe('ACR_SCAN_SERVICE');
    expect((await callAction('GetInstanceScanEngine', { InstanceId: devHz })).ScanService).toBe('SAS_SCAN_SERVICE');
    await callAction('UpdateInstanceScanEngine', { InstanceId: prodHz, ScanService: 'SAS_SCAN_SERVICE' });
    expect((await callAction('GetInstanceScanEngine', { InstanceId: prodHz })).ScanService).toBe('SAS_SCAN_SERVICE');
  });

  it('falls back to Trivy when the subscription expires', async () => {
    const subscription = await buyCloudEngine(50, 1);
    backend.clock = { now: () => subscription.ExpireTime + 1 };
    expect(await callAction('GetInstanceScanEngine', { InstanceId: prodHz })).toMatchObject({
      ScanService: 'ACR_SCAN_SERVICE',
      SasPurchased: false,
    });
    expect((await callAction('GetSasAccount', {})).Subscription).toBeUndefined();
  });

  it('refuses a cloud-security scan before the purchase, and counts the images it scans after', async () => {
    const RepoId = await repoIdOf(prodHz, 'prod', 'nginx');
    const tag = { InstanceId: prodHz, RepoId, Tag: '1.25-alpine' };
    await expectBusinessError(
      'CreateRepoTagScanTask',
      { ...tag, ScanService: 'SAS_SCAN_SERVICE' },
      'SAS_NOT_PURCHASED',
    );
    await buyCloudEngine(100);
    await callAction('CreateRepoTagScanTask', { ...tag, ScanService: 'SAS_SCAN_SERVICE' });
    await expect
      .poll(async () => (await callAction('GetRepoTagScanStatus', tag)).Status, { timeout: 20_000, interval: 50 })
      .toBe('COMPLETE');
    expect((await callAction('GetRepoTagScanStatus', tag)).ScanService).toBe('SAS_SCAN_SERVICE');
    // The same image again does not use another authorisation.
    await callAction('CreateRepoTagScanTask', { ...tag, ScanService: 'SAS_SCAN_SERVICE' });
    expect((await callAction('GetSasAccount', {})).Subscription?.ImagesUsed).toBe(1);
  });

  it('runs rule tasks with the instance engine', async () => {
    await buyCloudEngine(100);
    const { ScanRuleId } = await callAction('CreateScanRule', {
      InstanceId: devHz,
      RuleName: 'team-a',
      ScanScope: 'NAMESPACE',
      TriggerType: 'MANUAL',
      Namespaces: ['team-a'],
      RepoTagFilterPattern: '.*',
    });
    const sas = await callAction('RunScanRule', { InstanceId: devHz, ScanRuleId });
    expect((await callAction('GetScanRuleTask', { InstanceId: devHz, RuleTaskId: sas.RuleTaskId })).ScanService).toBe(
      'SAS_SCAN_SERVICE',
    );
    await callAction('UpdateInstanceScanEngine', { InstanceId: devHz, ScanService: 'ACR_SCAN_SERVICE' });
    const trivy = await callAction('RunScanRule', { InstanceId: devHz, ScanRuleId });
    expect((await callAction('GetScanRuleTask', { InstanceId: devHz, RuleTaskId: trivy.RuleTaskId })).ScanService).toBe(
      'ACR_SCAN_SERVICE',
    );
  });
});

describe('同步 to Security Center', () => {
  it('needs the engine bought', async () => {
    await expectBusinessError('UpdateSasSync', { InstanceId: prodHz, SyncEnabled: true }, 'SAS_NOT_PURCHASED');
  });

  it('forwards pushes, image deletions and repository deletions only while enabled', async () => {
    await buyCloudEngine(100);
    const push = { InstanceId: prodHz, NamespaceName: 'prod', RepoName: 'nginx', FromTag: '1.25-alpine' };
    await callAction('CreateRepoTag', { ...push, ToTag: 'before-sync' });
    expect((await callAction('ListSasSyncLog', { InstanceId: prodHz })).TotalCount).toBe(0);

    await callAction('UpdateSasSync', { InstanceId: prodHz, SyncEnabled: true });
    expect((await callAction('GetInstanceScanEngine', { InstanceId: prodHz })).SyncEnabled).toBe(true);
    let now = Date.UTC(2026, 10, 1);
    backend.clock = { now: () => (now += 1000) };
    await callAction('CreateRepoTag', { ...push, ToTag: 'synced' });
    const RepoId = await repoIdOf(prodHz, 'prod', 'nginx');
    await callAction('DeleteRepoTag', { InstanceId: prodHz, RepoId, Tag: 'synced' });
    await callAction('DeleteRepository', { InstanceId: prodHz, RepoId });

    const { Logs, TotalCount } = await callAction('ListSasSyncLog', { InstanceId: prodHz });
    expect(TotalCount).toBe(3);
    expect(Logs.map((log) => [log.EventType, log.Target])).toEqual([
      ['REPO_DELETE', 'prod/nginx'],
      ['IMAGE_DELETE', 'prod/nginx:synced'],
      ['IMAGE_PUSH', 'prod/nginx:synced'],
    ]);
    expect(Logs[1]?.Digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    // Another instance does not sync unless told to.
    expect((await callAction('ListSasSyncLog', { InstanceId: devHz })).TotalCount).toBe(0);

    await callAction('UpdateSasSync', { InstanceId: prodHz, SyncEnabled: false });
    await callAction('CreateRepoTag', {
      InstanceId: prodHz,
      NamespaceName: 'prod',
      RepoName: 'web-api',
      FromTag: (
        await callAction('ListRepoTag', { InstanceId: prodHz, RepoId: await repoIdOf(prodHz, 'prod', 'web-api') })
      ).Images[0]?.Tag as string,
      ToTag: 'after-sync',
    });
    expect((await callAction('ListSasSyncLog', { InstanceId: prodHz })).TotalCount).toBe(3);
  });
});
