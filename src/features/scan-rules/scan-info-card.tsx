import { CheckCircleOutlined, CloseCircleOutlined, WarningOutlined } from '@ant-design/icons';
import { Card, Descriptions, Flex, Space, Typography } from 'antd';
import type { ScanService } from '@/api/contract/scans';
import { scanServiceLabel } from '@/lib/enum-labels';
import { useT } from '@/lib/i18n';

/** 扫描信息: the engine in use and what it can and cannot do. */
export function ScanInfoCard({ engine }: { engine: ScanService }) {
  const t = useT();
  return (
    <Card title={t('scan-rules.info.title')} size="small" style={{ marginBottom: 16 }}>
      <Descriptions
        column={{ xs: 1, md: 2 }}
        size="small"
        items={[
          {
            key: 'engine',
            label: t('scan-rules.info.engine'),
            children: (
              <Flex vertical gap={4}>
                <Typography.Text strong>{t(scanServiceLabel[engine])}</Typography.Text>
                <Typography.Text type="secondary">{t('scan-rules.info.trivy-desc')}</Typography.Text>
              </Flex>
            ),
          },
          {
            key: 'capabilities',
            label: t('scan-rules.info.capabilities'),
            children: (
              <Flex vertical gap={4}>
                <Space>
                  <CheckCircleOutlined style={{ color: '#52c41a' }} />
                  {t('scan-rules.info.system-vul')}
                </Space>
                <Space>
                  <CheckCircleOutlined style={{ color: '#52c41a' }} />
                  {t('scan-rules.info.app-vul')}
                </Space>
                <Space>
                  <CloseCircleOutlined style={{ color: '#8c8c8c' }} />
                  {t('scan-rules.info.no-fix')}
                </Space>
                <Space>
                  <WarningOutlined style={{ color: '#faad14' }} />
                  {t('scan-rules.info.layer-limit')}
                </Space>
              </Flex>
            ),
          },
        ]}
      />
    </Card>
  );
}
