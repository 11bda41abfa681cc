import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { callAction } from '../client';
import type { ActionRequest } from '../contract/actions';
import { SCAN_POLL_MS, scanQueries } from './scans';

type FixSelector = ActionRequest<'PlanRepoTagFix'>;

/** Query options of one-click fixes (一键修复), under the tag's scan keys so a new scan or fix refreshes them. */
export const fixQueries = {
  /** The fix tasks of a tag, newest first; polls while one is FIXING. */
  list: (instanceId: string, repoId: string, tag: string) =>
    queryOptions({
      queryKey: [...scanQueries.tag(instanceId, repoId, tag), 'fixes'],
      queryFn: ({ signal }) =>
        callAction('ListRepoTagFixTask', { InstanceId: instanceId, RepoId: repoId, Tag: tag }, { signal }),
      refetchInterval: (q) => (q.state.data?.FixTasks.some((f) => f.Status === 'FIXING') ? SCAN_POLL_MS : false),
    }),
  /** What a fix of the selection would upgrade. */
  plan: (params: FixSelector) =>
    queryOptions({
      queryKey: [...scanQueries.tag(params.InstanceId, params.RepoId, params.Tag), 'fix-plan', params],
      queryFn: ({ signal }) => callAction('PlanRepoTagFix', params, { signal }),
    }),
};

/** 一键修复 > 确定: starts the fix, then refreshes the tag's results (修复中) and its fix tasks (which poll). */
export function useCreateRepoTagFixTask() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (params: ActionRequest<'CreateRepoTagFixTask'>) => callAction('CreateRepoTagFixTask', params),
    onSuccess: (_data, params) =>
      client.invalidateQueries({ queryKey: scanQueries.tag(params.InstanceId, params.RepoId, params.Tag) }),
  });
}
