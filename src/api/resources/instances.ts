import { queryOptions } from '@tanstack/react-query';
import { callAction } from '../client';
import type { ActionRequest } from '../contract/actions';

export const instanceQueries = {
  all: () => ['instances'] as const,
  list: (params: ActionRequest<'ListInstance'>) =>
    queryOptions({
      queryKey: [...instanceQueries.all(), 'list', params],
      queryFn: ({ signal }) => callAction('ListInstance', params, { signal }),
    }),
  count: (regionId: string) =>
    queryOptions({
      queryKey: [...instanceQueries.all(), 'count', regionId],
      queryFn: ({ signal }) => callAction('GetInstanceCount', { RegionId: regionId }, { signal }),
    }),
  detail: (instanceId: string) =>
    queryOptions({
      queryKey: [...instanceQueries.all(), 'detail', instanceId],
      queryFn: ({ signal }) => callAction('GetInstance', { InstanceId: instanceId }, { signal }),
    }),
  usage: (instanceId: string) =>
    queryOptions({
      queryKey: [...instanceQueries.all(), 'usage', instanceId],
      queryFn: ({ signal }) => callAction('GetInstanceUsage', { InstanceId: instanceId }, { signal }),
    }),
  endpoints: (instanceId: string) =>
    queryOptions({
      queryKey: [...instanceQueries.all(), 'endpoints', instanceId],
      queryFn: ({ signal }) => callAction('ListInstanceEndpoint', { InstanceId: instanceId }, { signal }),
    }),
};
