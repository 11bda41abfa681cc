/**
 * 已使用 X / N of the cloud-security engine moves with every scan the engine takes (or refuses): the scan
 * mutations refresh the account, so 镜像扫描 and the buy page never show a stale count.
 */
import { MutationObserver, QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { callAction } from '../client';
import { scanEngineQueries } from './scan-engine';
import { ruleTaskMutation } from './scan-rules';
import { createScanTaskMutation } from './scans';

/** As the console's client, but answers stay fresh until invalidated: only a refresh can change them. */
const newClient = () => new QueryClient({ defaultOptions: { queries: { staleTime: Number.POSITIVE_INFINITY } } });

async function buyCloudEngine() {
  await callAction('AuthorizeSasAccessRole', {});
  await callAction('CreateSasServiceLinkedRole', {});
  const order = await callAction('CreateSasOrder', { ImageQuota: 50, Period: 1, AgreementAccepted: true });
  await callAction('PaySasOrder', { OrderId: order.OrderId });
}

async function prodNginx(Tag: string) {
  const { Instances } = await callAction('ListInstance', { RegionId: 'cn-hangzhou', InstanceName: 'acr-prod-hz' });
  const InstanceId = Instances[0]?.InstanceId ?? '';
  const { Repositories } = await callAction('ListRepository', { InstanceId, RepoNamespaceName: 'prod' });
  const RepoId = Repositories.find((r) => r.RepoName === 'nginx')?.RepoId ?? '';
  return { InstanceId, RepoId, Tag };
}

const imagesUsed = async (client: QueryClient) =>
  (await client.fetchQuery(scanEngineQueries.account())).Subscription?.ImagesUsed;

describe('已使用 after a scan', () => {
  it('counts the image a started cloud-engine scan took', async () => {
    await buyCloudEngine();
    const client = newClient();
    expect(await imagesUsed(client)).toBe(0);
    const scan = new MutationObserver(client, createScanTaskMutation(client));
    await scan.mutate({ ...(await prodNginx('1.25-alpine')), ScanService: 'SAS_SCAN_SERVICE' });
    expect(await imagesUsed(client)).toBe(1);
  });

  it('is refreshed when the scan is refused too', async () => {
    const client = newClient();
    await client.fetchQuery(scanEngineQueries.account());
    const scan = new MutationObserver(client, createScanTaskMutation(client));
    // Not bought: refused. The account is asked again all the same (it may have expired meanwhile).
    const refused = scan.mutate({ ...(await prodNginx('1.25-alpine')), ScanService: 'SAS_SCAN_SERVICE' });
    await expect(refused).rejects.toMatchObject({ code: 'SAS_NOT_PURCHASED' });
    expect(client.getQueryState(scanEngineQueries.account().queryKey)?.isInvalidated).toBe(true);
  });

  it('is refreshed after a rule task is retried or stopped, refused or not', async () => {
    const client = newClient();
    await client.fetchQuery(scanEngineQueries.account());
    const { InstanceId } = await prodNginx('1.25-alpine');
    const retry = new MutationObserver(client, ruleTaskMutation(client, 'RetryScanRuleTask'));
    await expect(retry.mutate({ InstanceId, RuleTaskId: 'no-such-task' })).rejects.toBeDefined();
    expect(client.getQueryState(scanEngineQueries.account().queryKey)?.isInvalidated).toBe(true);
  });
});
