import { CheckOutlined, DownOutlined, SecurityScanOutlined } from '@ant-design/icons';
import { Button, Dropdown, Flex, Tag, Typography } from 'antd';
import { SCAN_SERVICES, type ScanService } from '@/api/contract/scans';
import { useCan } from '@/api/resources/ram';
import { useUpdateInstanceScanEngine } from '@/api/resources/scan-engine';
import { useFeedback } from '@/components/feedback';
import { PermissionGate } from '@/components/permission-gate';
import { useApiErrorMessage } from '@/hooks/use-api-error';
import { scanServiceLabel } from '@/lib/enum-labels';
import { useT } from '@/lib/i18n';
import { useUpgradeEngine } from './use-upgrade-engine';

interface EngineSwitchProps {
  instanceId: string;
  engine: ScanService;
  purchased: boolean;
}

/**
 * The engine at the top right of 镜像扫描 with 切换 next to it: picking the other engine asks in a 提示 dialog
 * and 确定 switches. Without the cloud-security engine bought, picking it offers 升级云安全引擎 instead.
 */
export function EngineSwitch({ instanceId, engine, purchased }: EngineSwitchProps) {
  const t = useT();
  const { message, modal } = useFeedback();
  const showError = useApiErrorMessage();
  const update = useUpdateInstanceScanEngine();
  const upgrade = useUpgradeEngine();
  const can = useCan('UpdateInstanceScanEngine', { InstanceId: instanceId });

  const choose = (next: ScanService) => {
    if (next === engine) return;
    const name = t(scanServiceLabel[next]);
    if (next === 'SAS_SCAN_SERVICE' && !purchased) {
      void modal.confirm({
        title: t('engine.switch.title'),
        content: t('engine.switch.not-purchased'),
        okText: t('engine.upgrade'),
        cancelText: t('common.cancel'),
        onOk: upgrade,
      });
      return;
    }
    void modal.confirm({
      title: t('engine.switch.title'),
      content: t('engine.switch.content', { engine: name }),
      okText: t('common.ok'),
      cancelText: t('common.cancel'),
      onOk: () =>
        update
          .mutateAsync({ InstanceId: instanceId, ScanService: next })
          .then(() => message.success(t('engine.switch.done', { engine: name })), showError),
    });
  };

  return (
    <Flex align="center" gap={8} role="group" aria-label={t('scan-rules.engine')} data-tour="scan-engine">
      <Typography.Text type="secondary">{t('scan-rules.engine')}:</Typography.Text>
      <Tag
        icon={<SecurityScanOutlined />}
        color={engine === 'SAS_SCAN_SERVICE' ? 'orange' : 'blue'}
        style={{ marginInlineEnd: 0 }}
      >
        {t(scanServiceLabel[engine])}
      </Tag>
      <PermissionGate permission={can}>
        {(gate) => (
          <Dropdown
            trigger={['click']}
            disabled={gate.disabled}
            menu={{
              selectedKeys: [engine],
              onClick: ({ key }) => choose(key as ScanService),
              items: SCAN_SERVICES.map((service) => ({
                key: service,
                label: t(scanServiceLabel[service]),
                icon: service === engine ? <CheckOutlined /> : undefined,
              })),
            }}
          >
            <Button
              type="link"
              size="small"
              aria-label={t('engine.switch.aria')}
              disabled={gate.disabled}
              aria-describedby={gate['aria-describedby']}
              aria-busy={gate['aria-busy']}
              style={gate.style}
            >
              {t('engine.switch')} <DownOutlined />
            </Button>
          </Dropdown>
        )}
      </PermissionGate>
    </Flex>
  );
}
