/** Test helpers for the 云安全扫描引擎: buying it as the console does, and a quota the API cannot set. */
import type { ServiceContext } from '../services/context';
import { CLOUD_SECURITY_KEY } from '../store/schema';
import { write } from '../store/transactions';
import { callAction } from './api';

/** 同意授权, the service-linked role, 立即购买 and 支付; returns the subscription. */
export async function buyCloudEngine(ImageQuota = 50, Period = 12) {
  await callAction('AuthorizeSasAccessRole', {});
  await callAction('CreateSasServiceLinkedRole', {});
  const order = await callAction('CreateSasOrder', { ImageQuota, Period, AgreementAccepted: true });
  return (await callAction('PaySasOrder', { OrderId: order.OrderId })).Subscription;
}

/**
 * Sets the subscription's authorisations directly: the smallest quota on offer is 50, and using them up through
 * scans would take 50 images.
 */
export async function setImageQuota(ctx: ServiceContext, ImageQuota: number): Promise<void> {
  await write(ctx.store, ['cloudSecurity'], async (tx) => {
    const account = await tx.objectStore('cloudSecurity').get(CLOUD_SECURITY_KEY);
    if (!account?.Subscription) throw new Error('nothing bought');
    await tx.objectStore('cloudSecurity').put({ ...account, Subscription: { ...account.Subscription, ImageQuota } });
  });
}
