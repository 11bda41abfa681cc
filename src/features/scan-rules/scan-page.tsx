import { SecurityScanOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Flex, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import type { ScanService } from '@/api/contract/scans';
import { vpcQueries } from '@/api/resources/vpc';
import { PageHeader } from '@/components/page-header';
import { paths, useInstanceParams } from '@/hooks/use-route-params';
import { scanServiceLabel } from '@/lib/enum-labels';
import { useT } from '@/lib/i18n';
import { RuleSection } from './rule-section';
import { ScanInfoCard } from './scan-info-card';
import { TaskSection } from './task-section';

/** The engine of batch scans: Trivy until the cloud-security engine is bought (a later feature). */
const ENGINE: ScanService = 'ACR_SCAN_SERVICE';

/** 安全可信 > 镜像扫描: engine, 扫描规则 and 任务列表 of batch scans. */
export function ScanPage() {
  const t = useT();
  const { regionId, instanceId } = useInstanceParams();
  const endpoint = useQuery(vpcQueries.endpoint(instanceId));
  const noVpc = endpoint.isSuccess && endpoint.data.LinkedVpcs.length === 0;
  /** Why batch actions are disabled, if they are. */
  const disabledReason = noVpc ? t('scan-rules.no-vpc.reason') : undefined;

  return (
    <>
      <PageHeader
        title={t('menu.scan')}
        extra={
          <Flex align="center" gap={8} aria-label={t('scan-rules.engine')} role="group">
            <Typography.Text type="secondary">{t('scan-rules.engine')}:</Typography.Text>
            <Tag icon={<SecurityScanOutlined />} color="blue" style={{ marginInlineEnd: 0 }}>
              {t(scanServiceLabel[ENGINE])}
            </Tag>
          </Flex>
        }
      />
      {noVpc && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('scan-rules.no-vpc.title')}
          description={
            <>
              {t('scan-rules.no-vpc.description')}{' '}
              <Link to={paths.instance(regionId, instanceId, 'vpc')}>{t('scan-rules.no-vpc.link')}</Link>
            </>
          }
        />
      )}
      <ScanInfoCard engine={ENGINE} />
      <RuleSection instanceId={instanceId} disabledReason={disabledReason} />
      <TaskSection regionId={regionId} instanceId={instanceId} />
    </>
  );
}
