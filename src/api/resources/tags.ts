import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { callAction } from '../client';
import type { ActionRequest } from '../contract/actions';

export const tagQueries = {
  all: (instanceId: string, repoId: string) => ['tags', instanceId, repoId] as const,
  list: (params: ActionRequest<'ListRepoTag'>) =>
    queryOptions({
      queryKey: [...tagQueries.all(params.InstanceId, params.RepoId), 'list', params],
      queryFn: ({ signal }) => callAction('ListRepoTag', params, { signal }),
    }),
  detail: (instanceId: string, repoId: string, tag: string) =>
    queryOptions({
      queryKey: [...tagQueries.all(instanceId, repoId), 'detail', tag],
      queryFn: ({ signal }) =>
        callAction('GetRepoTag', { InstanceId: instanceId, RepoId: repoId, Tag: tag }, { signal }),
    }),
};

export function useDeleteRepoTag() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (params: ActionRequest<'DeleteRepoTag'>) => callAction('DeleteRepoTag', params),
    onSuccess: (_data, params) =>
      client.invalidateQueries({ queryKey: tagQueries.all(params.InstanceId, params.RepoId) }),
  });
}

/** Retag: `repoId` is only used to refresh the right tag list. */
export function useCreateRepoTag(repoId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (params: ActionRequest<'CreateRepoTag'>) => callAction('CreateRepoTag', params),
    onSuccess: (_data, params) => client.invalidateQueries({ queryKey: tagQueries.all(params.InstanceId, repoId) }),
  });
}
