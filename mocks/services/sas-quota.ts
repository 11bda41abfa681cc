/**
 * The image authorisations (镜像扫描授权数) of the cloud-security engine, enforced: once a subscription has
 * counted `ImageQuota` distinct images, a new image is not scanned with that engine until the user upgrades.
 * An image the subscription already counted is always scanned again (it needs no further authorisation), and
 * Trivy is never limited.
 */

import { reason } from '@/api/contract/reasons';
import type { ScanService } from '@/api/contract/scans';
import type { AcrTransaction } from '../store/schema';
import type { ServiceContext } from './context';
import { BusinessFailure } from './errors';
import { activeSubscription, cloudSecurityAccount, countsAgainstQuota } from './scan-engine';

type AnyTx = AcrTransaction<'readonly'> | AcrTransaction<'readwrite'>;

/**
 * Decides, image by image in the order they are asked about, whether a scan with `engine` may run: undefined
 * when it may (the image is then counted, so later images see it), else the reason it is refused. Reads the
 * subscription and the counted images in `tx`, so a caller writing its tasks in the same transaction cannot be
 * overtaken by another scan.
 */
export async function sasQuotaGate(
  ctx: ServiceContext,
  tx: AnyTx,
  engine: ScanService,
): Promise<(digest: string) => string | undefined> {
  const subscription = activeSubscription(await cloudSecurityAccount(tx), ctx.clock.now());
  if (engine !== 'SAS_SCAN_SERVICE' || !subscription) return () => undefined;
  const tasks = await tx.objectStore('scanTasks').getAll();
  const counted = new Set(tasks.filter((t) => countsAgainstQuota(t, subscription.PurchaseTime)).map((t) => t.Digest));
  return (digest) => {
    if (counted.has(digest)) return undefined;
    if (counted.size >= subscription.ImageQuota)
      return reason('quota-exceeded', { used: counted.size, quota: subscription.ImageQuota });
    counted.add(digest);
    return undefined;
  };
}

/** SAS_IMAGE_QUOTA_EXCEEDED (with used / quota) when a scan of `digest` with `engine` would exceed the quota. */
export async function requireSasQuota(
  ctx: ServiceContext,
  tx: AnyTx,
  engine: ScanService,
  digest: string,
): Promise<void> {
  const refusal = (await sasQuotaGate(ctx, tx, engine))(digest);
  if (refusal) throw new BusinessFailure('SAS_IMAGE_QUOTA_EXCEEDED', refusal);
}
