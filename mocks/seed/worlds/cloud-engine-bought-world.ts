/**
 * The default world with the 云安全扫描引擎 already bought: both roles granted (同意授权, AliyunServiceRoleForSas),
 * a paid order for the purchase page's defaults (100 images, 12 months), the engine selected (切换) for
 * `acr-prod-hz` and its 设置 > 同步 on — the state `e2e/kit/cloud-engine.ts` reaches by clicking through the
 * purchase, seeded directly.
 */
import { sasPrice } from '@/api/contract/scan-engine';
import type { CloudSecurityRecord, InstanceRecord, SasOrderRecord } from '../../store/schema';
import { seededId } from '../prng';
import type { WorldSpec } from '../world-spec';
import { DEFAULT_WORLD } from './default-world';

export const CLOUD_ENGINE_BOUGHT_WORLD: WorldSpec = { ...DEFAULT_WORLD, name: 'cloud-engine-bought' };

/** The instance whose engine is switched to cloud security and synced (the seed's scan story instance). */
export const CLOUD_ENGINE_INSTANCE_NAME = 'acr-prod-hz';

const IMAGE_QUOTA = 100;
const PERIOD_MONTHS = 12;
const DAY = 86_400_000;

/** The account's cloud-security rows and the instances with the engine selected, for a world seeded at `epoch`. */
export function boughtCloudEngine(
  instances: readonly InstanceRecord[],
  epoch: number,
): { cloudSecurity: CloudSecurityRecord; sasOrders: SasOrderRecord[]; instances: InstanceRecord[] } {
  const purchased = epoch - 3 * DAY;
  const expires = new Date(purchased);
  expires.setUTCFullYear(expires.getUTCFullYear() + PERIOD_MONTHS / 12);
  const order: SasOrderRecord = {
    OrderId: '260101000000042',
    Status: 'PAID',
    ImageQuota: IMAGE_QUOTA,
    Period: PERIOD_MONTHS,
    Amount: sasPrice(IMAGE_QUOTA, PERIOD_MONTHS),
    CreateTime: purchased - 60_000,
    PayTime: purchased,
  };
  return {
    cloudSecurity: {
      key: 'account',
      AccessRoleAuthorized: true,
      ServiceLinkedRoleCreated: true,
      Subscription: {
        SasInstanceId: seededId('sas-', 'cloud-engine-bought/subscription'),
        ImageQuota: IMAGE_QUOTA,
        Period: PERIOD_MONTHS,
        PurchaseTime: purchased,
        ExpireTime: expires.getTime(),
      },
    },
    sasOrders: [order],
    instances: instances.map((instance) =>
      instance.InstanceName === CLOUD_ENGINE_INSTANCE_NAME
        ? { ...instance, ScanEngine: 'SAS_SCAN_SERVICE', SasSync: true }
        : instance,
    ),
  };
}
