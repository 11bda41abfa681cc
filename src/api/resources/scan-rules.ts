import {
  keepPreviousData,
  mutationOptions,
  type QueryClient,
  queryOptions,
  useMutation,
  useQueryClient,
} from '@tanstack/react-query';
import { callAction } from '../client';
import type { ActionRequest } from '../contract/actions';
import type { ScanRuleTaskStatus } from '../contract/scan-rules';
import { scanEngineQueries } from './scan-engine';
import { scanQueries } from './scans';

/** How often a running rule task (list or detail) is polled. */
export const RULE_TASK_POLL_MS = 1000;

export function isRuleTaskFinished(status: ScanRuleTaskStatus | undefined): boolean {
  return status === 'COMPLETE' || status === 'FAILED' || status === 'STOPPED';
}

export const scanRuleQueries = {
  all: (instanceId: string) => ['scan-rules', instanceId] as const,
  list: (params: ActionRequest<'ListScanRule'>) =>
    queryOptions({
      queryKey: [...scanRuleQueries.all(params.InstanceId), 'list', params],
      queryFn: ({ signal }) => callAction('ListScanRule', params, { signal }),
    }),
  detail: (instanceId: string, scanRuleId: string) =>
    queryOptions({
      queryKey: [...scanRuleQueries.all(instanceId), 'detail', scanRuleId],
      queryFn: ({ signal }) =>
        callAction('GetScanRule', { InstanceId: instanceId, ScanRuleId: scanRuleId }, { signal }),
    }),
  /** The wizard's live preview; keeps the previous answer while the next one loads. */
  preview: (params: ActionRequest<'PreviewScanRuleTags'>) =>
    queryOptions({
      queryKey: [...scanRuleQueries.all(params.InstanceId), 'preview', params],
      queryFn: ({ signal }) => callAction('PreviewScanRuleTags', params, { signal }),
      placeholderData: keepPreviousData,
    }),
};

export const scanRuleTaskQueries = {
  all: (instanceId: string) => ['scan-rule-tasks', instanceId] as const,
  /** Polls every {@link RULE_TASK_POLL_MS} while any task of the page is SCANNING. */
  list: (params: ActionRequest<'ListScanRuleTask'>) =>
    queryOptions({
      queryKey: [...scanRuleTaskQueries.all(params.InstanceId), 'list', params],
      queryFn: ({ signal }) => callAction('ListScanRuleTask', params, { signal }),
      refetchInterval: (q) =>
        q.state.data?.Tasks.some((task) => !isRuleTaskFinished(task.Status)) ? RULE_TASK_POLL_MS : false,
    }),
  /** Polls every {@link RULE_TASK_POLL_MS} while the task is SCANNING; with `page`, one page of its images. */
  detail: (instanceId: string, ruleTaskId: string, page?: { PageNo: number; PageSize: number }) =>
    queryOptions({
      queryKey: [...scanRuleTaskQueries.all(instanceId), 'detail', ruleTaskId, page ?? 'all'],
      queryFn: ({ signal }) =>
        callAction('GetScanRuleTask', { InstanceId: instanceId, RuleTaskId: ruleTaskId, ...page }, { signal }),
      refetchInterval: (q) => (q.state.data && !isRuleTaskFinished(q.state.data.Status) ? RULE_TASK_POLL_MS : false),
    }),
};

function useInvalidateRules() {
  const client = useQueryClient();
  return (instanceId: string) => client.invalidateQueries({ queryKey: scanRuleQueries.all(instanceId) });
}

export function useCreateScanRule() {
  const invalidate = useInvalidateRules();
  return useMutation({
    mutationFn: (params: ActionRequest<'CreateScanRule'>) => callAction('CreateScanRule', params),
    onSuccess: (_data, params) => invalidate(params.InstanceId),
  });
}

export function useUpdateScanRule() {
  const invalidate = useInvalidateRules();
  return useMutation({
    mutationFn: (params: ActionRequest<'UpdateScanRule'>) => callAction('UpdateScanRule', params),
    onSuccess: (_data, params) => invalidate(params.InstanceId),
  });
}

/** Deleting a rule keeps its tasks; the task list is refreshed anyway. */
export function useDeleteScanRule() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (params: ActionRequest<'DeleteScanRule'>) => callAction('DeleteScanRule', params),
    onSuccess: (_data, params) =>
      Promise.all([
        client.invalidateQueries({ queryKey: scanRuleQueries.all(params.InstanceId) }),
        client.invalidateQueries({ queryKey: scanRuleTaskQueries.all(params.InstanceId) }),
      ]),
  });
}

/**
 * 立即执行: runs a rule; refreshes the task list and every tag's scan status (new tasks were created), and,
 * started or refused, the account's 已使用 X / N of the cloud-security engine.
 */
export const runScanRuleMutation = (client: QueryClient) => ruleTaskMutation(client, 'RunScanRule');

export const useRunScanRule = () => useMutation(runScanRuleMutation(useQueryClient()));

/** 停止 / 重试 a rule task: refreshes the tasks, every tag's scan status and the account's 已使用 X / N. */
export const ruleTaskMutation = <A extends 'RunScanRule' | 'StopScanRuleTask' | 'RetryScanRuleTask'>(
  client: QueryClient,
  action: A,
) =>
  mutationOptions({
    mutationFn: (params: ActionRequest<A>) => callAction(action, params),
    onSuccess: (_data, params) =>
      Promise.all([
        client.invalidateQueries({ queryKey: scanRuleTaskQueries.all(params.InstanceId) }),
        client.invalidateQueries({ queryKey: scanQueries.all(params.InstanceId) }),
      ]),
    onSettled: () => client.invalidateQueries({ queryKey: scanEngineQueries.account().queryKey }),
  });

const useRuleTaskMutation = <A extends 'StopScanRuleTask' | 'RetryScanRuleTask'>(action: A) =>
  useMutation(ruleTaskMutation(useQueryClient(), action));

export const useStopScanRuleTask = () => useRuleTaskMutation('StopScanRuleTask');
export const useRetryScanRuleTask = () => useRuleTaskMutation('RetryScanRuleTask');
