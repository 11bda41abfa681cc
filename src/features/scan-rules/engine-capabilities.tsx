import { CheckCircleOutlined, CloseCircleOutlined, WarningOutlined } from '@ant-design/icons';
import { Card, Flex, Space, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import type { ScanService } from '@/api/contract/scans';
import { scanServiceLabel } from '@/lib/enum-labels';
import { type MessageKey, useT } from '@/lib/i18n';

type Mark = 'yes' | 'no' | 'warn';

/** What each engine does, as the documentation compares them. */
const CAPABILITIES: Record<ScanService, { desc: MessageKey; items: [Mark, MessageKey][] }> = {
  ACR_SCAN_SERVICE: {
    desc: 'engine.trivy.desc',
    items: [
      ['yes', 'engine.cap.system-vul'],
      ['yes', 'engine.cap.app-vul'],
      ['no', 'engine.cap.no-fix'],
      ['warn', 'engine.cap.layer-limit'],
    ],
  },
  SAS_SCAN_SERVICE: {
    desc: 'engine.sas.desc',
    items: [
      ['yes', 'engine.cap.system-vul-fix'],
      ['yes', 'engine.cap.app-vul-location'],
      ['yes', 'engine.cap.baseline'],
      ['yes', 'engine.cap.malicious'],
    ],
  },
};

const ICONS: Record<Mark, ReactNode> = {
  yes: <CheckCircleOutlined style={{ color: '#52c41a' }} />,
  no: <CloseCircleOutlined style={{ color: '#8c8c8c' }} />,
  warn: <WarningOutlined style={{ color: '#faad14' }} />,
};

/** One engine's card: its name, whether it is in use, what it detects, and the actions given. */
export function EngineCapabilities({
  service,
  current,
  actions,
}: {
  service: ScanService;
  current: boolean;
  actions?: ReactNode;
}) {
  const t = useT();
  const { desc, items } = CAPABILITIES[service];
  return (
    <Card
      size="small"
      style={{ flex: '1 1 320px' }}
      title={
        <Space>
          {t(scanServiceLabel[service])}
          {current && <Tag color="success">{t('engine.current')}</Tag>}
        </Space>
      }
      aria-label={t(scanServiceLabel[service])}
    >
      <Flex vertical gap={6}>
        <Typography.Text type="secondary">{t(desc)}</Typography.Text>
        {items.map(([mark, key]) => (
          <Space key={key}>
            {ICONS[mark]}
            {t(key)}
          </Space>
        ))}
        {actions}
      </Flex>
    </Card>
  );
}
