import { useQuery } from '@tanstack/react-query';
import { Button, Card, Descriptions, Flex, Typography } from 'antd';
import { Link, useLocation } from 'react-router';
import { usePermissions } from '@/api/resources/ram';
import { scanEngineQueries } from '@/api/resources/scan-engine';
import { PermissionButton } from '@/components/permission-gate';
import { useModalState } from '@/hooks/use-modal-state';
import { paths } from '@/hooks/use-route-params';
import { formatTime } from '@/lib/format';
import { useT } from '@/lib/i18n';
import { EngineCapabilities } from './engine-capabilities';
import { QuotaUsedUpAlert } from './quota-used-up-alert';
import { SyncLogDrawer } from './sync-log-drawer';
import { SyncSettingsModal } from './sync-settings-modal';
import { useUpgradeEngine } from './use-upgrade-engine';

/**
 * 扫描信息: both engines and what they detect, the one in use; 升级云安全引擎 until the cloud-security engine is
 * bought, then its subscription, 设置 (同步) and the sync log, with a warning once its image authorisations are
 * used up.
 */
export function ScanInfoCard({ instanceId }: { instanceId: string }) {
  const t = useT();
  const location = useLocation();
  const engine = useQuery(scanEngineQueries.instance(instanceId));
  const account = useQuery(scanEngineQueries.account());
  const upgrade = useUpgradeEngine();
  const [canSync, canBuy] = usePermissions([
    { action: 'UpdateSasSync', params: { InstanceId: instanceId } },
    { action: 'CreateSasOrder' },
  ]);
  const settings = useModalState();
  const log = useModalState();
  const current = engine.data?.ScanService ?? 'ACR_SCAN_SERVICE';
  const subscription = account.data?.Subscription;

  const sasActions = subscription ? (
    <Flex vertical gap={8} style={{ marginTop: 8 }}>
      <Descriptions
        size="small"
        column={1}
        items={[
          {
            key: 'quota',
            label: t('engine.quota'),
            children: t('engine.quota.value', { used: subscription.ImagesUsed, quota: subscription.ImageQuota }),
          },
          { key: 'expire', label: t('engine.expire'), children: formatTime(subscription.ExpireTime) },
          {
            key: 'sync',
            label: t('engine.sync.state'),
            children: t(engine.data?.SyncEnabled ? 'engine.sync.enabled' : 'engine.sync.disabled'),
          },
        ]}
      />
      <Flex gap={8}>
        <PermissionButton permission={canSync} onClick={() => settings.show()}>
          {t('engine.settings')}
        </PermissionButton>
        <Button onClick={() => log.show()}>{t('engine.sync-log')}</Button>
      </Flex>
    </Flex>
  ) : (
    <Flex vertical gap={8} style={{ marginTop: 8 }}>
      {account.data && !account.data.AccessRoleAuthorized && (
        <Typography.Text type="secondary">
          {t('engine.authorize-hint')}{' '}
          {/* Underlined: a link inside grey text must not rely on colour alone (WCAG 1.4.1). */}
          <Link
            to={paths.ramAuthorize(location.pathname + location.search)}
            style={{ textDecoration: 'underline' }}
            data-tour="sas-authorize-link"
          >
            {t('menu.ram-authorize')}
          </Link>
        </Typography.Text>
      )}
      <div>
        <PermissionButton
          type="primary"
          onClick={upgrade}
          disabled={!account.data}
          permission={canBuy}
          data-tour="engine-upgrade"
        >
          {t('engine.upgrade')}
        </PermissionButton>
      </div>
    </Flex>
  );

  return (
    <Card
      title={t('scan-rules.info.title')}
      size="small"
      style={{ marginBottom: 16 }}
      data-tour="scan-info"
      // For the 引导 (which steps of the purchase are already done); unknown until the account has loaded.
      data-sas-authorized={account.data && String(account.data.AccessRoleAuthorized)}
      data-sas-bought={account.data && String(Boolean(subscription))}
    >
      {subscription && <QuotaUsedUpAlert subscription={subscription} onUpgrade={upgrade} permission={canBuy} />}
      <Flex gap={16} wrap>
        <EngineCapabilities service="ACR_SCAN_SERVICE" current={current === 'ACR_SCAN_SERVICE'} />
        <EngineCapabilities service="SAS_SCAN_SERVICE" current={current === 'SAS_SCAN_SERVICE'} actions={sasActions} />
      </Flex>
      <SyncSettingsModal
        key={settings.key}
        instanceId={instanceId}
        enabled={engine.data?.SyncEnabled ?? false}
        open={settings.open}
        onClose={settings.hide}
      />
      <SyncLogDrawer instanceId={instanceId} open={log.open} onClose={log.hide} />
    </Card>
  );
}
