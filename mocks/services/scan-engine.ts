/**
 * The cloud-security engine (console-only actions, see `src/api/contract/scan-engine.ts`): the account's two
 * roles, orders and their payment, the subscription they start, each instance's engine (切换) and its sync to
 * Security Center (设置 > 同步) with the log of what was forwarded.
 */
import type { ActionParams } from '@/api/contract/actions';
import {
  addBillingMonths,
  type SasSubscription,
  type SasSyncEvent,
  sasPrice,
  sasRemainingMonths,
  sasUpgradePrice,
} from '@/api/contract/scan-engine';
import type { ScanService } from '@/api/contract/scans';
import {
  type AcrTransaction,
  CLOUD_SECURITY_KEY,
  type CloudSecurityRecord,
  type InstanceRecord,
  type SasOrderRecord,
  type ScanTaskRecord,
} from '../store/schema';
import { read, write } from '../store/transactions';
import type { ServiceContext } from './context';
import { BusinessFailure } from './errors';
import { newId } from './ids';
import { requireInstance } from './lookup';
import { paginate } from './paging';
import type { Payload } from './payload';

type AnyTx = AcrTransaction<'readonly'> | AcrTransaction<'readwrite'>;

const NEW_ACCOUNT: CloudSecurityRecord = {
  key: CLOUD_SECURITY_KEY,
  AccessRoleAuthorized: false,
  ServiceLinkedRoleCreated: false,
};

/** The account row (a fresh account has none yet). */
export async function cloudSecurityAccount(tx: AnyTx): Promise<CloudSecurityRecord> {
  return (await tx.objectStore('cloudSecurity').get(CLOUD_SECURITY_KEY)) ?? NEW_ACCOUNT;
}

/** The subscription if it is paid and not expired at `now`. */
export function activeSubscription(account: CloudSecurityRecord, now: number) {
  const subscription = account.Subscription;
  return subscription && subscription.ExpireTime > now ? subscription : undefined;
}

/** The engine new scans of an instance use: its 切换 choice, else cloud security once bought, else Trivy. */
export function instanceEngine(instance: InstanceRecord, account: CloudSecurityRecord, now: number): ScanService {
  const purchased = activeSubscription(account, now) !== undefined;
  if (!purchased) return 'ACR_SCAN_SERVICE';
  return instance.ScanEngine ?? 'SAS_SCAN_SERVICE';
}

/**
 * The engine a scan of the instance runs with: the requested one, else the instance's. SAS_NOT_PURCHASED
 * when the cloud-security engine is asked for and not bought.
 */
export async function resolveScanEngine(
  ctx: ServiceContext,
  tx: AnyTx,
  instance: InstanceRecord,
  requested?: ScanService,
): Promise<ScanService> {
  const account = await cloudSecurityAccount(tx);
  if (requested === 'SAS_SCAN_SERVICE' && !activeSubscription(account, ctx.clock.now())) {
    throw new BusinessFailure('SAS_NOT_PURCHASED');
  }
  return requested ?? instanceEngine(instance, account, ctx.clock.now());
}

/**
 * Whether a scan task uses an image authorisation of the subscription started at `since`: a cloud-security scan
 * since then that was not refused for want of authorisations (see ./sas-quota.ts).
 */
export function countsAgainstQuota(task: ScanTaskRecord, since: number): boolean {
  return task.ScanService === 'SAS_SCAN_SERVICE' && task.StartTime >= since && !task.QuotaRefused;
}

/** Distinct images the cloud-security engine scanned since the subscription started. */
async function imagesUsed(ctx: ServiceContext, since: number): Promise<number> {
  const tasks = await read(ctx.store, ['scanTasks'], (tx) => tx.objectStore('scanTasks').getAll());
  return new Set(tasks.filter((t) => countsAgainstQuota(t, since)).map((t) => t.Digest)).size;
}

async function subscriptionView(
  ctx: ServiceContext,
  subscription: NonNullable<CloudSecurityRecord['Subscription']>,
): Promise<SasSubscription> {
  return { ...subscription, ImagesUsed: await imagesUsed(ctx, subscription.PurchaseTime) };
}

/** `GetSasAccount` (console-only). */
export async function getSasAccount(ctx: ServiceContext): Promise<Payload<'GetSasAccount'>> {
  const account = await read(ctx.store, ['cloudSecurity'], cloudSecurityAccount);
  const subscription = activeSubscription(account, ctx.clock.now());
  return {
    AccessRoleAuthorized: account.AccessRoleAuthorized,
    ServiceLinkedRoleCreated: account.ServiceLinkedRoleCreated,
    ...(subscription ? { Subscription: await subscriptionView(ctx, subscription) } : {}),
  };
}

async function updateAccount(ctx: ServiceContext, change: Partial<CloudSecurityRecord>): Promise<void> {
  await write(ctx.store, ['cloudSecurity'], async (tx) => {
    await tx.objectStore('cloudSecurity').put({ ...(await cloudSecurityAccount(tx)), ...change });
  });
}

/** `AuthorizeSasAccessRole` (同意授权): grants AliyunContainerRegistryAccessingSASRole. Idempotent. */
export async function authorizeSasAccessRole(ctx: ServiceContext): Promise<Payload<'AuthorizeSasAccessRole'>> {
  await updateAccount(ctx, { AccessRoleAuthorized: true });
  return {};
}

/** `CreateSasServiceLinkedRole`: creates AliyunServiceRoleForSas. Idempotent. */
export async function createSasServiceLinkedRole(ctx: ServiceContext): Promise<Payload<'CreateSasServiceLinkedRole'>> {
  await updateAccount(ctx, { ServiceLinkedRoleCreated: true });
  return {};
}

function orderView({ SasInstanceId: _subscription, ...order }: SasOrderRecord): Payload<'GetSasOrder'> {
  return { ...order, OrderType: order.OrderType ?? 'BUY' };
}

/** What an order buys, checked against the account: a new subscription, or more of the active one. */
function orderTerms(
  params: ActionParams<'CreateSasOrder'>,
  subscription: ReturnType<typeof activeSubscription>,
  now: number,
): Pick<SasOrderRecord, 'OrderType' | 'SasInstanceId' | 'ImageQuota' | 'Period' | 'Amount'> {
  if (params.OrderType === 'UPGRADE') {
    if (!subscription) throw new BusinessFailure('SAS_UPGRADE_NO_SUBSCRIPTION');
    return {
      OrderType: 'UPGRADE',
      SasInstanceId: subscription.SasInstanceId,
      ImageQuota: params.ImageQuota,
      Period: sasRemainingMonths(subscription, now),
      Amount: sasUpgradePrice(params.ImageQuota, subscription, now),
    };
  }
  if (subscription) throw new BusinessFailure('SAS_ALREADY_PURCHASED');
  // The contract requires Period for a BUY.
  const period = params.Period ?? 0;
  return {
    OrderType: 'BUY',
    ImageQuota: params.ImageQuota,
    Period: period,
    Amount: sasPrice(params.ImageQuota, period),
  };
}

/**
 * `CreateSasOrder`: an unpaid order. Needs both roles and the accepted agreement. 立即购买 (BUY) needs no active
 * subscription (one at a time; renewals are not modelled); 升级 (UPGRADE) needs one, and is priced for the
 * months it has left.
 */
export async function createSasOrder(
  ctx: ServiceContext,
  params: ActionParams<'CreateSasOrder'>,
): Promise<Payload<'CreateSasOrder'>> {
  const order = await write(ctx.store, ['cloudSecurity', 'sasOrders'], async (tx) => {
    const account = await cloudSecurityAccount(tx);
    if (!account.AccessRoleAuthorized) throw new BusinessFailure('SAS_ROLE_NOT_AUTHORIZED');
    if (!account.ServiceLinkedRoleCreated) throw new BusinessFailure('SAS_SERVICE_ROLE_NOT_EXIST');
    if (!params.AgreementAccepted) throw new BusinessFailure('SAS_AGREEMENT_NOT_ACCEPTED');
    const now = ctx.clock.now();
    const created: SasOrderRecord = {
      OrderId: String(now).slice(-8) + String(Math.floor(Math.random() * 1e7)).padStart(7, '0'),
      Status: 'UNPAID',
      ...orderTerms(params, activeSubscription(account, now), now),
      CreateTime: now,
    };
    await tx.objectStore('sasOrders').put(created);
    return created;
  });
  return orderView(order);
}

/** `GetSasOrder` (console-only); SAS_ORDER_NOT_EXIST when unknown. */
export async function getSasOrder(
  ctx: ServiceContext,
  params: ActionParams<'GetSasOrder'>,
): Promise<Payload<'GetSasOrder'>> {
  const order = await read(ctx.store, ['sasOrders'], (tx) => tx.objectStore('sasOrders').get(params.OrderId));
  if (!order) throw new BusinessFailure('SAS_ORDER_NOT_EXIST');
  return orderView(order);
}

/**
 * The subscription after paying `order`: a BUY starts one now; an UPGRADE adds its authorisations to the
 * subscription it was created for, keeping PurchaseTime and ExpireTime (so the images counted stay counted).
 */
function subscriptionAfter(
  order: SasOrderRecord,
  active: ReturnType<typeof activeSubscription>,
  now: number,
): NonNullable<CloudSecurityRecord['Subscription']> {
  if (order.OrderType === 'UPGRADE') {
    // Expired, or replaced by a new purchase since the order was made: nothing left to upgrade.
    if (!active || active.SasInstanceId !== order.SasInstanceId) {
      throw new BusinessFailure('SAS_UPGRADE_NO_SUBSCRIPTION');
    }
    return { ...active, ImageQuota: active.ImageQuota + order.ImageQuota };
  }
  if (active) throw new BusinessFailure('SAS_ALREADY_PURCHASED');
  return {
    SasInstanceId: newId('sas-'),
    ImageQuota: order.ImageQuota,
    Period: order.Period,
    PurchaseTime: now,
    ExpireTime: addBillingMonths(now, order.Period),
  };
}

/** `PaySasOrder` (支付): pays an unpaid order, starting or upgrading the subscription. */
export async function paySasOrder(
  ctx: ServiceContext,
  params: ActionParams<'PaySasOrder'>,
): Promise<Payload<'PaySasOrder'>> {
  const subscription = await write(ctx.store, ['cloudSecurity', 'sasOrders'], async (tx) => {
    const order = await tx.objectStore('sasOrders').get(params.OrderId);
    if (!order) throw new BusinessFailure('SAS_ORDER_NOT_EXIST');
    if (order.Status === 'PAID') throw new BusinessFailure('SAS_ORDER_ALREADY_PAID');
    const account = await cloudSecurityAccount(tx);
    const now = ctx.clock.now();
    const subscription = subscriptionAfter(order, activeSubscription(account, now), now);
    await tx.objectStore('sasOrders').put({ ...order, Status: 'PAID', PayTime: now });
    await tx.objectStore('cloudSecurity').put({ ...account, Subscription: subscription });
    return subscription;
  });
  return { Subscription: await subscriptionView(ctx, subscription) };
}

/** `GetInstanceScanEngine` (console-only). */
export async function getInstanceScanEngine(
  ctx: ServiceContext,
  params: ActionParams<'GetInstanceScanEngine'>,
): Promise<Payload<'GetInstanceScanEngine'>> {
  return read(ctx.store, ['instances', 'cloudSecurity'], async (tx) => {
    const instance = await requireInstance(tx, params.InstanceId);
    const account = await cloudSecurityAccount(tx);
    const purchased = activeSubscription(account, ctx.clock.now()) !== undefined;
    return {
      ScanService: instanceEngine(instance, account, ctx.clock.now()),
      SasPurchased: purchased,
      SyncEnabled: purchased && instance.SasSync === true,
    };
  });
}

/** `UpdateInstanceScanEngine` (切换): SAS_NOT_PURCHASED when switching to an engine not bought. */
export async function updateInstanceScanEngine(
  ctx: ServiceContext,
  params: ActionParams<'UpdateInstanceScanEngine'>,
): Promise<Payload<'UpdateInstanceScanEngine'>> {
  await write(ctx.store, ['instances', 'cloudSecurity'], async (tx) => {
    const instance = await requireInstance(tx, params.InstanceId, { running: true });
    const account = await cloudSecurityAccount(tx);
    if (params.ScanService === 'SAS_SCAN_SERVICE' && !activeSubscription(account, ctx.clock.now())) {
      throw new BusinessFailure('SAS_NOT_PURCHASED');
    }
    await tx.objectStore('instances').put({ ...instance, ScanEngine: params.ScanService });
  });
  return {};
}

/** `UpdateSasSync` (设置 > 同步): needs the cloud-security engine bought. */
export async function updateSasSync(
  ctx: ServiceContext,
  params: ActionParams<'UpdateSasSync'>,
): Promise<Payload<'UpdateSasSync'>> {
  await write(ctx.store, ['instances', 'cloudSecurity'], async (tx) => {
    const instance = await requireInstance(tx, params.InstanceId, { running: true });
    if (!activeSubscription(await cloudSecurityAccount(tx), ctx.clock.now())) {
      throw new BusinessFailure('SAS_NOT_PURCHASED');
    }
    await tx.objectStore('instances').put({ ...instance, SasSync: params.SyncEnabled });
  });
  return {};
}

/**
 * Forwards an event to Security Center when the instance syncs (同步 on, engine bought) and logs it. Called
 * right after the event committed; never fails the caller (a failed forward is reported and dropped).
 * Returns whether the event was forwarded.
 */
export async function forwardToSas(
  ctx: ServiceContext,
  event: { InstanceId: string; EventType: SasSyncEvent; Target: string; Digest?: string },
): Promise<boolean> {
  try {
    return await write(ctx.store, ['instances', 'cloudSecurity', 'sasSyncLogs'], async (tx) => {
      const instance = await tx.objectStore('instances').get(event.InstanceId);
      if (!instance?.SasSync) return false;
      if (!activeSubscription(await cloudSecurityAccount(tx), ctx.clock.now())) return false;
      await tx.objectStore('sasSyncLogs').put({
        LogId: crypto.randomUUID().toUpperCase(),
        InstanceId: event.InstanceId,
        EventType: event.EventType,
        Target: event.Target,
        ...(event.Digest ? { Digest: event.Digest } : {}),
        SyncTime: ctx.clock.now(),
        Status: 'SYNCED',
      });
      return true;
    });
  } catch (error) {
    console.error('[mock backend] forwarding to Security Center failed:', error);
    return false;
  }
}

/** `ListSasSyncLog` (console-only): newest first. */
export async function listSasSyncLog(
  ctx: ServiceContext,
  params: ActionParams<'ListSasSyncLog'>,
): Promise<Payload<'ListSasSyncLog'>> {
  const logs = await read(ctx.store, ['instances', 'sasSyncLogs'], async (tx) => {
    await requireInstance(tx, params.InstanceId);
    return tx.objectStore('sasSyncLogs').index('by-instance').getAll(params.InstanceId);
  });
  const sorted = logs.sort((a, b) => b.SyncTime - a.SyncTime || b.LogId.localeCompare(a.LogId));
  const page = paginate(sorted, params.PageNo, params.PageSize);
  return { Logs: page.items, PageNo: page.PageNo, PageSize: page.PageSize, TotalCount: page.TotalCount };
}
