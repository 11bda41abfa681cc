import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { callAction } from '../client';
import type { ActionRequest } from '../contract/actions';
import { instanceQueries } from './instances';
import { repositoryQueries } from './repositories';

export const namespaceQueries = {
  all: (instanceId: string) => ['namespaces', instanceId] as const,
  list: (params: ActionRequest<'ListNamespace'>) =>
    queryOptions({
      queryKey: [...namespaceQueries.all(params.InstanceId), 'list', params],
      queryFn: ({ signal }) => callAction('ListNamespace', params, { signal }),
    }),
  detail: (instanceId: string, namespaceName: string) =>
    queryOptions({
      queryKey: [...namespaceQueries.all(instanceId), 'detail', namespaceName],
      queryFn: ({ signal }) =>
        callAction('GetNamespace', { InstanceId: instanceId, NamespaceName: namespaceName }, { signal }),
    }),
};

function useInvalidateNamespaces() {
  const client = useQueryClient();
  return (instanceId: string) =>
    Promise.all([
      client.invalidateQueries({ queryKey: namespaceQueries.all(instanceId) }),
      client.invalidateQueries({ queryKey: repositoryQueries.all(instanceId) }),
      client.invalidateQueries({ queryKey: instanceQueries.usage(instanceId).queryKey }),
    ]);
}

export function useCreateNamespace() {
  const invalidate = useInvalidateNamespaces();
  return useMutation({
    mutationFn: (params: ActionRequest<'CreateNamespace'>) => callAction('CreateNamespace', params),
    onSuccess: (_data, params) => invalidate(params.InstanceId),
  });
}

export function useUpdateNamespace() {
  const invalidate = useInvalidateNamespaces();
  return useMutation({
    mutationFn: (params: ActionRequest<'UpdateNamespace'>) => callAction('UpdateNamespace', params),
    onSuccess: (_data, params) => invalidate(params.InstanceId),
  });
}

export function useDeleteNamespace() {
  const invalidate = useInvalidateNamespaces();
  return useMutation({
    mutationFn: (params: ActionRequest<'DeleteNamespace'>) => callAction('DeleteNamespace', params),
    onSuccess: (_data, params) => invalidate(params.InstanceId),
  });
}
