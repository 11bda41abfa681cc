import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { callAction } from '../client';
import type { ActionRequest } from '../contract/actions';
import { instanceQueries } from './instances';

export const vpcQueries = {
  all: () => ['vpc'] as const,
  /** The VPC endpoint of an instance and the VPCs linked to it. */
  endpoint: (instanceId: string) =>
    queryOptions({
      queryKey: [...vpcQueries.all(), 'endpoint', instanceId],
      queryFn: ({ signal }) => callAction('GetInstanceVpcEndpoint', { InstanceId: instanceId }, { signal }),
    }),
  /** The account's VPCs in a region (console-only: the VPC product's DescribeVpcs). */
  vpcs: (regionId: string) =>
    queryOptions({
      queryKey: [...vpcQueries.all(), 'vpcs', regionId],
      queryFn: ({ signal }) => callAction('DescribeVpcs', { RegionId: regionId }, { signal }),
    }),
  vswitches: (regionId: string, vpcId: string) =>
    queryOptions({
      queryKey: [...vpcQueries.all(), 'vswitches', regionId, vpcId],
      queryFn: ({ signal }) => callAction('DescribeVSwitches', { RegionId: regionId, VpcId: vpcId }, { signal }),
      enabled: vpcId !== '',
    }),
};

function useInvalidateVpc() {
  const client = useQueryClient();
  return (instanceId: string) =>
    Promise.all([
      client.invalidateQueries({ queryKey: vpcQueries.endpoint(instanceId).queryKey }),
      client.invalidateQueries({ queryKey: instanceQueries.usage(instanceId).queryKey }),
    ]);
}

export function useLinkVpc() {
  const invalidate = useInvalidateVpc();
  return useMutation({
    mutationFn: (params: ActionRequest<'CreateInstanceVpcEndpointLinkedVpc'>) =>
      callAction('CreateInstanceVpcEndpointLinkedVpc', params),
    onSuccess: (_data, params) => invalidate(params.InstanceId),
  });
}

export function useUnlinkVpc() {
  const invalidate = useInvalidateVpc();
  return useMutation({
    mutationFn: (params: ActionRequest<'DeleteInstanceVpcEndpointLinkedVpc'>) =>
      callAction('DeleteInstanceVpcEndpointLinkedVpc', params),
    onSuccess: (_data, params) => invalidate(params.InstanceId),
  });
}
