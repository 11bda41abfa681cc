/**
 * The cloud-security scan engine: authorisation, purchase, per-instance engine choice and the sync to the
 * Security Center (云安全中心). The real `cr` API has no action for any of this — the roles live in RAM, the
 * purchase in BSS, the engine choice in the console — so these are console-only actions sharing the `cr`
 * envelope.
 *
 * The account-level state (roles, subscription) is shared by every instance; each instance then uses the
 * cloud-security engine by default once it is bought, unless switched back to Trivy (切换).
 */
import { z } from 'zod';
import { SCAN_SERVICES } from './scans';
import { MillisSchema, pageParams, successEnvelope } from './wire';

/** The role ACR needs to call Security Center for you (云资源访问授权). */
export const SAS_ACCESS_ROLE = 'AliyunContainerRegistryAccessingSASRole';
/** Security Center's service-linked role, created on the first visit to its console. */
export const SAS_SERVICE_LINKED_ROLE = 'AliyunServiceRoleForSas';

/** 镜像扫描授权数: how many images a subscription may scan per month. */
export const SAS_IMAGE_QUOTAS = [50, 100, 200, 500, 1000] as const;
/** 购买时长, months. */
export const SAS_PERIODS = [1, 3, 6, 12] as const;
/** Demo list price of one image authorisation per month, CNY: 100 authorisations cost ¥800 a month. */
export const SAS_UNIT_PRICE_PER_MONTH = 8;

/**
 * The price of a subscription, CNY with two decimals. A year is billed as ten months (the usual annual
 * discount); shorter periods at the monthly price.
 */
export function sasPrice(imageQuota: number, period: number): number {
  const billedMonths = period === 12 ? 10 : period;
  return Math.round(imageQuota * SAS_UNIT_PRICE_PER_MONTH * billedMonths * 100) / 100;
}

/** 立即购买 starts a subscription; 升级 adds image authorisations to the active one. */
export const SAS_ORDER_TYPES = ['BUY', 'UPGRADE'] as const;
export type SasOrderType = (typeof SAS_ORDER_TYPES)[number];
/** 新增授权数 goes in the step of the smallest offered quota, from that quota up to the largest. */
export const SAS_UPGRADE_STEP = SAS_IMAGE_QUOTAS[0];
export const SAS_UPGRADE_MAX = SAS_IMAGE_QUOTAS[4];

export function isOfferedUpgrade(imageQuota: number): boolean {
  return imageQuota >= SAS_UPGRADE_STEP && imageQuota <= SAS_UPGRADE_MAX && imageQuota % SAS_UPGRADE_STEP === 0;
}

/** Months later, same day and time of day (clamped to the month's last day, as billing does). */
export function addBillingMonths(time: number, months: number): number {
  const date = new Date(time);
  const day = date.getUTCDate();
  date.setUTCDate(1);
  date.setUTCMonth(date.getUTCMonth() + months);
  const lastDay = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).getUTCDate();
  date.setUTCDate(Math.min(day, lastDay));
  return date.getTime();
}

/** Whole months left of a subscription at `now`, a started month counting as a whole one (0 once expired). */
export function sasRemainingMonths(subscription: Pick<SasSubscription, 'ExpireTime' | 'Period'>, now: number): number {
  if (subscription.ExpireTime <= now) return 0;
  let months = 1;
  while (months < subscription.Period && addBillingMonths(now, months) < subscription.ExpireTime) months++;
  return months;
}

/**
 * The price of 升级: the added authorisations for the months left, prorated from what the subscription's own
 * period costs (sasPrice(added, Period) × remaining / Period). Prorating the subscription's price rather than
 * pricing the remaining months afresh keeps the annual discount the subscriber already has, so a yearly
 * subscription is never charged more for eleven months left than a new one costs for twelve.
 */
export function sasUpgradePrice(
  addedQuota: number,
  subscription: Pick<SasSubscription, 'ExpireTime' | 'Period'>,
  now: number,
): number {
  const remaining = sasRemainingMonths(subscription, now);
  return Math.round((sasPrice(addedQuota, subscription.Period) * remaining * 100) / subscription.Period) / 100;
}

export const SasSubscriptionSchema = z.object({
  /** The Security Center instance the purchase created, e.g. `sas-…`. */
  SasInstanceId: z.string(),
  ImageQuota: z.number().int().positive(),
  /** Distinct images (manifest digests) scanned by the cloud-security engine since the purchase. */
  ImagesUsed: z.number().int().nonnegative(),
  Period: z.number().int().positive(),
  PurchaseTime: MillisSchema,
  ExpireTime: MillisSchema,
});
export type SasSubscription = z.infer<typeof SasSubscriptionSchema>;

export const GetSasAccountRequest = z.object({});
export const GetSasAccountResponse = z.object({
  ...successEnvelope,
  /** `AliyunContainerRegistryAccessingSASRole` granted (同意授权). */
  AccessRoleAuthorized: z.boolean(),
  /** `AliyunServiceRoleForSas` created (first visit to Security Center). */
  ServiceLinkedRoleCreated: z.boolean(),
  /** The active (paid, not expired) subscription, if any. */
  Subscription: SasSubscriptionSchema.optional(),
});

export const AuthorizeSasAccessRoleRequest = z.object({});
export const AuthorizeSasAccessRoleResponse = z.object({ ...successEnvelope });

export const CreateSasServiceLinkedRoleRequest = z.object({});
export const CreateSasServiceLinkedRoleResponse = z.object({ ...successEnvelope });

export const SAS_ORDER_STATUSES = ['UNPAID', 'PAID'] as const;
export const SasOrderSchema = z.object({
  OrderId: z.string(),
  /** BUY: ImageQuota for Period months. UPGRADE: ImageQuota more, Period = the months left it was priced for. */
  OrderType: z.enum(SAS_ORDER_TYPES),
  Status: z.enum(SAS_ORDER_STATUSES),
  ImageQuota: z.number().int().positive(),
  Period: z.number().int().positive(),
  /** CNY. */
  Amount: z.number().nonnegative(),
  CreateTime: MillisSchema,
  PayTime: MillisSchema.optional(),
});
export type SasOrder = z.infer<typeof SasOrderSchema>;

/**
 * 立即购买 (BUY, the default): an unpaid order for ImageQuota (an offered quota) for Period (an offered period).
 * 升级 (UPGRADE): an unpaid order for ImageQuota more authorisations (新增授权数, see isOfferedUpgrade) until the
 * active subscription expires; it takes no Period. The 容器镜像服务协议 must be accepted either way.
 */
export const CreateSasOrderRequest = z
  .object({
    OrderType: z.enum(SAS_ORDER_TYPES).default('BUY'),
    ImageQuota: z.number().int(),
    Period: z.number().int().optional(),
    /** The buyer ticked 容器镜像服务协议. */
    AgreementAccepted: z.boolean(),
  })
  .superRefine((order, ctx) => {
    if (order.OrderType === 'UPGRADE') {
      if (!isOfferedUpgrade(order.ImageQuota)) {
        ctx.addIssue({ code: 'custom', path: ['ImageQuota'], message: 'not an offered upgrade' });
      }
      return;
    }
    if (!(SAS_IMAGE_QUOTAS as readonly number[]).includes(order.ImageQuota)) {
      ctx.addIssue({ code: 'custom', path: ['ImageQuota'], message: 'not an offered quota' });
    }
    if (order.Period === undefined) {
      ctx.addIssue({ code: 'custom', path: ['Period'], message: 'required to buy', params: { missing: true } });
    } else if (!(SAS_PERIODS as readonly number[]).includes(order.Period)) {
      ctx.addIssue({ code: 'custom', path: ['Period'], message: 'not an offered period' });
    }
  });
export const CreateSasOrderResponse = z.object({ ...successEnvelope, ...SasOrderSchema.shape });

export const GetSasOrderRequest = z.object({ OrderId: z.string() });
export const GetSasOrderResponse = z.object({ ...successEnvelope, ...SasOrderSchema.shape });

/** 支付: pays the order; a BUY starts the subscription now, an UPGRADE adds its authorisations to it. */
export const PaySasOrderRequest = z.object({ OrderId: z.string() });
export const PaySasOrderResponse = z.object({ ...successEnvelope, Subscription: SasSubscriptionSchema });

export const GetInstanceScanEngineRequest = z.object({ InstanceId: z.string() });
export const GetInstanceScanEngineResponse = z.object({
  ...successEnvelope,
  /** The engine new scans of the instance use. */
  ScanService: z.enum(SCAN_SERVICES),
  /** The cloud-security engine is bought (so 切换 to it is possible). */
  SasPurchased: z.boolean(),
  /** 同步: instance and image events are forwarded to Security Center. */
  SyncEnabled: z.boolean(),
});

/** 切换: chooses the instance's engine; the cloud-security engine must be bought. */
export const UpdateInstanceScanEngineRequest = z.object({
  InstanceId: z.string(),
  ScanService: z.enum(SCAN_SERVICES),
});
export const UpdateInstanceScanEngineResponse = z.object({ ...successEnvelope });

/** 设置 > 同步. */
export const UpdateSasSyncRequest = z.object({ InstanceId: z.string(), SyncEnabled: z.boolean() });
export const UpdateSasSyncResponse = z.object({ ...successEnvelope });

/** What the sync forwards: 实例删除, 镜像推送, 镜像删除, 镜像仓库删除. */
export const SAS_SYNC_EVENTS = ['INSTANCE_DELETE', 'IMAGE_PUSH', 'IMAGE_DELETE', 'REPO_DELETE'] as const;
export type SasSyncEvent = (typeof SAS_SYNC_EVENTS)[number];

export const SasSyncLogSchema = z.object({
  LogId: z.string(),
  InstanceId: z.string(),
  EventType: z.enum(SAS_SYNC_EVENTS),
  /** What the event is about: `namespace/repo:tag`, `namespace/repo` or the instance id. */
  Target: z.string(),
  /** `sha256:…` of the image, for image events. */
  Digest: z.string().optional(),
  SyncTime: MillisSchema,
  /** Delivered to Security Center (always, offline: both sides live in this console). */
  Status: z.enum(['SYNCED']),
});
export type SasSyncLog = z.infer<typeof SasSyncLogSchema>;

export const ListSasSyncLogRequest = z.object({ InstanceId: z.string(), ...pageParams });
export const ListSasSyncLogResponse = z.object({
  ...successEnvelope,
  Logs: z.array(SasSyncLogSchema),
  PageNo: z.number().int(),
  PageSize: z.number().int(),
  TotalCount: z.number().int().nonnegative(),
});
