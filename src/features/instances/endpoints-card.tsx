import { useQuery } from '@tanstack/react-query';
import { Badge, Card, Descriptions, Space, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { instanceQueries } from '@/api/resources/instances';
import { vpcQueries } from '@/api/resources/vpc';
import { CopyableText } from '@/components/copyable-text';
import { ErrorResult } from '@/components/error-result';
import { PageLoading } from '@/components/page-loading';
import { useT } from '@/lib/i18n';

/** 公网 and 专有网络 access domains, with copy buttons. */
export function EndpointsCard({ instanceId }: { instanceId: string }) {
  const t = useT();
  const endpoints = useQuery(instanceQueries.endpoints(instanceId));
  const vpc = useQuery(vpcQueries.endpoint(instanceId));
  const internet = endpoints.data?.Endpoints.find((e) => e.EndpointType === 'internet');
  const error = endpoints.error ?? vpc.error;

  let body: ReactNode;
  if (endpoints.isPending || vpc.isPending) body = <PageLoading rows={3} />;
  else if (error)
    body = <ErrorResult error={error} onRetry={() => Promise.all([endpoints.refetch(), vpc.refetch()])} />;
  else {
    const linked = vpc.data?.LinkedVpcs.length ?? 0;
    body = (
      <Descriptions
        column={1}
        items={[
          {
            key: 'internet',
            label: t('overview.endpoints.public'),
            children: (
              <Space orientation="vertical" size={4}>
                <Badge
                  status={internet?.Enable ? 'success' : 'default'}
                  text={internet?.Enable ? t('common.enabled') : t('common.disabled')}
                />
                {internet?.Domains.map((d) => (
                  <CopyableText key={d.Domain} text={d.Domain} label={t('overview.endpoints.public-domain')} code />
                ))}
              </Space>
            ),
          },
          {
            key: 'vpc',
            label: t('overview.endpoints.vpc'),
            children: (
              <Space orientation="vertical" size={4}>
                <Typography.Text type="secondary">{t('overview.endpoints.linked', { count: linked })}</Typography.Text>
                {vpc.data?.Domains.map((d) => (
                  <CopyableText key={d} text={d} label={t('overview.endpoints.vpc-domain')} code />
                ))}
                <Link to="../vpc">{t('overview.endpoints.manage-vpc')}</Link>
              </Space>
            ),
          },
        ]}
      />
    );
  }
  return <Card title={t('overview.endpoints.title')}>{body}</Card>;
}
