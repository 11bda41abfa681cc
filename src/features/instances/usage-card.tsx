import { useQuery } from '@tanstack/react-query';
import { Card, Col, Progress, Row, Typography } from 'antd';
import type { InstanceUsage } from '@/api/contract/instances';
import { instanceQueries } from '@/api/resources/instances';
import { ErrorResult } from '@/components/error-result';
import { PageLoading } from '@/components/page-loading';
import { usagePercent } from '@/lib/format';
import { type MessageKey, useT } from '@/lib/i18n';

type UsagePair = [label: MessageKey, used: keyof InstanceUsage, quota: keyof InstanceUsage];

const USAGE: UsagePair[] = [
  ['overview.usage.namespace', 'NamespaceUsage', 'NamespaceQuota'],
  ['overview.usage.repo', 'RepoUsage', 'RepoQuota'],
  ['overview.usage.vpc', 'VpcUsage', 'VpcQuota'],
  ['overview.usage.chart-namespace', 'ChartNamespaceUsage', 'ChartNamespaceQuota'],
  ['overview.usage.chart-repo', 'ChartRepoUsage', 'ChartRepoQuota'],
];

export function UsageCard({ instanceId }: { instanceId: string }) {
  const t = useT();
  const usage = useQuery(instanceQueries.usage(instanceId));
  return (
    <Card title={t('overview.usage.title')}>
      {usage.isPending ? (
        <PageLoading rows={4} />
      ) : usage.isError ? (
        <ErrorResult error={usage.error} onRetry={() => usage.refetch()} />
      ) : (
        <Row gutter={[32, 16]}>
          {USAGE.map(([label, usedKey, quotaKey]) => {
            const used = Number(usage.data[usedKey]);
            const quota = Number(usage.data[quotaKey]);
            const percent = usagePercent(used, quota);
            return (
              <Col key={label} xs={24} md={12} xl={8}>
                <Typography.Text>{t(label)}</Typography.Text>
                <Progress
                  percent={percent}
                  showInfo={false}
                  status={percent >= 100 ? 'exception' : 'normal'}
                  aria-label={t(label)}
                />
                <Typography.Text type="secondary">{t('common.quota-used', { used, quota })}</Typography.Text>
              </Col>
            );
          })}
        </Row>
      )}
    </Card>
  );
}
