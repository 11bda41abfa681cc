import { beforeEach, describe, expect, it } from 'vitest';
import { backend } from '../node';
import { callAction, callError, expectBusinessError, instanceByName, repoIdOf } from '../testing/api';
import { buyCloudEngine, setImageQuota } from '../testing/cloud-engine';

let prodHz: string;

beforeEach(async () => {
  await callAction('UpdateDemoSpeed', { Speed: 'instant' });
  prodHz = (await instanceByName('acr-prod-hz')).InstanceId;
});

const at = (iso: string) => ({ now: () => Date.parse(iso) });

async function authorize() {
  await callAction('AuthorizeSasAccessRole', {});
  await callAction('CreateSasServiceLinkedRole', {});
}

/** 升级 by `ImageQuota` more authorisations, agreement accepted: the unpaid order. */
const orderUpgrade = (ImageQuota: number) =>
  callAction('CreateSasOrder', { OrderType: 'UPGRADE', ImageQuota, AgreementAccepted: true });

/** 升级 and 支付; returns the order as created. */
async function upgrade(ImageQuota: number) {
  const order = await orderUpgrade(ImageQuota);
  await callAction('PaySasOrder', { OrderId: order.OrderId });
  return order;
}

describe('升级 of the cloud-security engine', () => {
  it('adds the authorisations to the same subscription, keeping its start, expiry and counted images', async () => {
    const bought = await buyCloudEngine(100, 12);
    const tag = { InstanceId: prodHz, RepoId: await repoIdOf(prodHz, 'prod', 'nginx'), Tag: '1.25-alpine' };
    await callAction('CreateRepoTagScanTask', { ...tag, ScanService: 'SAS_SCAN_SERVICE' });
    await expect
      .poll(async () => (await callAction('GetRepoTagScanStatus', tag)).Status, { timeout: 20_000, interval: 50 })
      .toBe('COMPLETE');

    const order = await upgrade(150);
    expect(order).toMatchObject({ OrderType: 'UPGRADE', ImageQuota: 150, Status: 'UNPAID' });
    expect((await callAction('GetSasOrder', { OrderId: order.OrderId })).Status).toBe('PAID');
    const { Subscription } = await callAction('GetSasAccount', {});
    expect(Subscription).toEqual({ ...bought, ImageQuota: 250, ImagesUsed: 1 });
  });

  it('prices the added authorisations for the months left, a started month counting whole', async () => {
    backend.clock = at('2026-01-31T08:00:00Z');
    await buyCloudEngine(100, 12);
    // Right after buying a year: the year's price (ten months billed) for 50 more.
    const fresh = await orderUpgrade(50);
    expect({ Period: fresh.Period, Amount: fresh.Amount }).toEqual({ Period: 12, Amount: 50 * 8 * 10 });
    // 2026-03-15 → 2027-01-31 is 10 months and a half: 11 months, 11/12 of the year's price.
    backend.clock = at('2026-03-15T00:00:00Z');
    const later = await orderUpgrade(100);
    expect({ Period: later.Period, Amount: later.Amount }).toEqual({ Period: 11, Amount: 7333.33 });
    // The last day: one month at the monthly rate of the year.
    backend.clock = at('2027-01-30T08:00:00Z');
    const last = await orderUpgrade(50);
    expect({ Period: last.Period, Amount: last.Amount }).toEqual({ Period: 1, Amount: 333.33 });
  });

  it('prices a monthly subscription at the monthly price', async () => {
    backend.clock = at('2026-01-01T00:00:00Z');
    await buyCloudEngine(50, 1);
    backend.clock = at('2026-01-20T00:00:00Z');
    const order = await orderUpgrade(200);
    expect({ Period: order.Period, Amount: order.Amount }).toEqual({ Period: 1, Amount: 200 * 8 });
  });

  it('refuses 升级 without an active subscription, before the purchase and after the expiry', async () => {
    await authorize();
    const params = { OrderType: 'UPGRADE', ImageQuota: 50, AgreementAccepted: true } as const;
    await expectBusinessError('CreateSasOrder', params, 'SAS_UPGRADE_NO_SUBSCRIPTION');

    const bought = await buyCloudEngine(50, 1);
    const pending = await callAction('CreateSasOrder', params);
    backend.clock = { now: () => bought.ExpireTime + 1 };
    await expectBusinessError('PaySasOrder', { OrderId: pending.OrderId }, 'SAS_UPGRADE_NO_SUBSCRIPTION');
    await expectBusinessError('CreateSasOrder', params, 'SAS_UPGRADE_NO_SUBSCRIPTION');
    expect((await callAction('GetSasOrder', { OrderId: pending.OrderId })).Status).toBe('UNPAID');
  });

  it('still refuses a second purchase (BUY) while subscribed', async () => {
    await buyCloudEngine(50, 1);
    const buy = { ImageQuota: 100, Period: 1, AgreementAccepted: true };
    await expectBusinessError('CreateSasOrder', buy, 'SAS_ALREADY_PURCHASED');
    await expectBusinessError('CreateSasOrder', { ...buy, OrderType: 'BUY' }, 'SAS_ALREADY_PURCHASED');
  });

  it('needs the agreement, and takes only steps of 50 from 50 to 1000', async () => {
    await buyCloudEngine(50, 1);
    await expectBusinessError(
      'CreateSasOrder',
      { OrderType: 'UPGRADE', ImageQuota: 50, AgreementAccepted: false },
      'SAS_AGREEMENT_NOT_ACCEPTED',
    );
    for (const ImageQuota of [0, 70, 1050]) {
      const error = await callError('CreateSasOrder', { OrderType: 'UPGRADE', ImageQuota, AgreementAccepted: true });
      expect({ ImageQuota, code: error.code }).toEqual({ ImageQuota, code: 'InvalidParameter' });
    }
    expect((await upgrade(1000)).ImageQuota).toBe(1000);
  });

  it('lets an image refused for want of authorisations scan once upgraded', async () => {
    await buyCloudEngine(50, 1);
    await setImageQuota(backend, 1);
    const RepoId = await repoIdOf(prodHz, 'prod', 'nginx');
    const counted = { InstanceId: prodHz, RepoId, Tag: '1.25-alpine' };
    const refused = { InstanceId: prodHz, RepoId, Tag: '1.25.3-alpine' };
    await callAction('CreateRepoTagScanTask', { ...counted, ScanService: 'SAS_SCAN_SERVICE' });
    await expectBusinessError(
      'CreateRepoTagScanTask',
      { ...refused, ScanService: 'SAS_SCAN_SERVICE' },
      'SAS_IMAGE_QUOTA_EXCEEDED',
    );

    await upgrade(50);
    await callAction('CreateRepoTagScanTask', { ...refused, ScanService: 'SAS_SCAN_SERVICE' });
    await expect
      .poll(async () => (await callAction('GetRepoTagScanStatus', refused)).Status, { timeout: 20_000, interval: 50 })
      .toBe('COMPLETE');
    expect((await callAction('GetSasAccount', {})).Subscription).toMatchObject({ ImageQuota: 51, ImagesUsed: 2 });
  });
});
