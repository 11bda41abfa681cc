import { useQuery } from '@tanstack/react-query';
import { Flex } from 'antd';
import { instanceQueries } from '@/api/resources/instances';
import { ErrorResult } from '@/components/error-result';
import { PageLoading } from '@/components/page-loading';
import { useInstanceParams } from '@/hooks/use-route-params';
import { EndpointsCard } from './endpoints-card';
import { InstanceInfoCard } from './instance-info-card';
import { UsageCard } from './usage-card';

/** 概览: who the instance is, how much of its quota is used, and how to reach it. */
export function OverviewPage() {
  const { instanceId } = useInstanceParams();
  // Already cached by the instance layout.
  const instance = useQuery(instanceQueries.detail(instanceId));
  if (instance.isPending) return <PageLoading />;
  if (instance.isError) return <ErrorResult error={instance.error} onRetry={() => instance.refetch()} />;
  return (
    <Flex vertical gap={16}>
      <InstanceInfoCard instance={instance.data} />
      <UsageCard instanceId={instanceId} />
      <EndpointsCard instanceId={instanceId} />
    </Flex>
  );
}
