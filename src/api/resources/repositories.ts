import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { callAction } from '../client';
import type { ActionRequest } from '../contract/actions';
import { instanceQueries } from './instances';

export const repositoryQueries = {
  all: (instanceId: string) => ['repositories', instanceId] as const,
  list: (params: ActionRequest<'ListRepository'>) =>
    queryOptions({
      queryKey: [...repositoryQueries.all(params.InstanceId), 'list', params],
      queryFn: ({ signal }) => callAction('ListRepository', params, { signal }),
    }),
  detail: (instanceId: string, repoId: string) =>
    queryOptions({
      queryKey: [...repositoryQueries.all(instanceId), 'detail', repoId],
      queryFn: ({ signal }) => callAction('GetRepository', { InstanceId: instanceId, RepoId: repoId }, { signal }),
    }),
};

function useInvalidateRepositories() {
  const client = useQueryClient();
  return (instanceId: string) =>
    Promise.all([
      client.invalidateQueries({ queryKey: repositoryQueries.all(instanceId) }),
      client.invalidateQueries({ queryKey: instanceQueries.usage(instanceId).queryKey }),
    ]);
}

export function useCreateRepository() {
  const invalidate = useInvalidateRepositories();
  return useMutation({
    mutationFn: (params: ActionRequest<'CreateRepository'>) => callAction('CreateRepository', params),
    onSuccess: (_data, params) => invalidate(params.InstanceId),
  });
}

export function useUpdateRepository() {
  const invalidate = useInvalidateRepositories();
  return useMutation({
    mutationFn: (params: ActionRequest<'UpdateRepository'>) => callAction('UpdateRepository', params),
    onSuccess: (_data, params) => invalidate(params.InstanceId),
  });
}

export function useDeleteRepository() {
  const invalidate = useInvalidateRepositories();
  return useMutation({
    mutationFn: (params: ActionRequest<'DeleteRepository'>) => callAction('DeleteRepository', params),
    onSuccess: (_data, params) => invalidate(params.InstanceId),
  });
}
