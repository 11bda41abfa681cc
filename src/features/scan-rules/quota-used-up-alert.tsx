import { Alert } from 'antd';
import type { SasSubscription } from '@/api/contract/scan-engine';
import { PermissionButton, type PermissionState } from '@/components/permission-gate';
import { useT } from '@/lib/i18n';

/**
 * Shown once every image authorisation of the cloud-security engine is used: new images are no longer scanned
 * with it (images already scanned still are), until the user upgrades for more.
 */
export function QuotaUsedUpAlert({
  subscription,
  onUpgrade,
  permission,
}: {
  subscription: SasSubscription;
  onUpgrade: () => void;
  permission: PermissionState | undefined;
}) {
  const t = useT();
  if (subscription.ImagesUsed < subscription.ImageQuota) return null;
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginBottom: 16 }}
      title={t('engine.quota.used-up', { used: subscription.ImagesUsed, quota: subscription.ImageQuota })}
      description={t('engine.quota.used-up.desc')}
      action={
        <PermissionButton size="small" type="primary" onClick={onUpgrade} permission={permission}>
          {t('engine.upgrade')}
        </PermissionButton>
      }
    />
  );
}
