import { useQuery } from '@tanstack/react-query';
import { Alert } from 'antd';
import { Link } from 'react-router';
import { scanEngineQueries } from '@/api/resources/scan-engine';
import { vpcQueries } from '@/api/resources/vpc';
import { PageHeader } from '@/components/page-header';
import { paths, useInstanceParams } from '@/hooks/use-route-params';
import { useT } from '@/lib/i18n';
import { EngineSwitch } from './engine-switch';
import { RuleSection } from './rule-section';
import { ScanInfoCard } from './scan-info-card';
import { TaskSection } from './task-section';

/** 安全可信 > 镜像扫描: engine, 扫描规则 and 任务列表 of batch scans. */
export function ScanPage() {
  const t = useT();
  const { regionId, instanceId } = useInstanceParams();
  const endpoint = useQuery(vpcQueries.endpoint(instanceId));
  const engine = useQuery(scanEngineQueries.instance(instanceId));
  const noVpc = endpoint.isSuccess && endpoint.data.LinkedVpcs.length === 0;
  /** Why batch actions are disabled, if they are. */
  const disabledReason = noVpc ? t('scan-rules.no-vpc.reason') : undefined;

  return (
    <>
      <PageHeader
        title={t('menu.scan')}
        extra={
          engine.data && (
            <EngineSwitch
              instanceId={instanceId}
              engine={engine.data.ScanService}
              purchased={engine.data.SasPurchased}
            />
          )
        }
      />
      {noVpc && (
        <Alert
          data-tour="vpc-alert"
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
      <ScanInfoCard instanceId={instanceId} />
      {/* Until the VPC answer is in, 创建规则 waits: it must not look available on an instance without one. */}
      <RuleSection instanceId={instanceId} disabledReason={disabledReason} waiting={endpoint.isPending} />
      <TaskSection regionId={regionId} instanceId={instanceId} />
    </>
  );
}
