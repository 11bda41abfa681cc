/**
 * 部署策略 and 漏洞例外 (忽略): query options and mutations. Every exception query (the list and each scan's
 * `GetRepoTagScanExceptions`) lives under {@link exceptionQueries.all}, so creating or deleting an exception
 * refreshes them all at once.
 */
import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { callAction } from '../client';
import type { ActionRequest } from '../contract/actions';

export const policyQueries = {
  all: (instanceId: string) => ['deploy-policies', instanceId] as const,
  list: (instanceId: string) =>
    queryOptions({
      queryKey: [...policyQueries.all(instanceId), 'list'],
      queryFn: ({ signal }) => callAction('ListDeployPolicy', { InstanceId: instanceId }, { signal }),
    }),
};

export const exceptionQueries = {
  all: (instanceId: string) => ['vuln-exceptions', instanceId] as const,
  list: (params: ActionRequest<'ListVulnException'>) =>
    queryOptions({
      queryKey: [...exceptionQueries.all(params.InstanceId), 'list', params],
      queryFn: ({ signal }) => callAction('ListVulnException', params, { signal }),
      placeholderData: keepPreviousData,
    }),
  /** Raw and after-exception counts of one scan task, and the findings exceptions cover. */
  scan: (params: ActionRequest<'GetRepoTagScanExceptions'>) =>
    queryOptions({
      queryKey: [...exceptionQueries.all(params.InstanceId), 'scan', params],
      queryFn: ({ signal }) => callAction('GetRepoTagScanExceptions', params, { signal }),
    }),
};

function useInvalidatePolicies() {
  const client = useQueryClient();
  return (instanceId: string) => client.invalidateQueries({ queryKey: policyQueries.all(instanceId) });
}

export function useCreateDeployPolicy() {
  const invalidate = useInvalidatePolicies();
  return useMutation({
    mutationFn: (params: ActionRequest<'CreateDeployPolicy'>) => callAction('CreateDeployPolicy', params),
    onSuccess: (_data, params) => invalidate(params.InstanceId),
  });
}

export function useUpdateDeployPolicy() {
  const invalidate = useInvalidatePolicies();
  return useMutation({
    mutationFn: (params: ActionRequest<'UpdateDeployPolicy'>) => callAction('UpdateDeployPolicy', params),
    onSuccess: (_data, params) => invalidate(params.InstanceId),
  });
}

export function useDeleteDeployPolicy() {
  const invalidate = useInvalidatePolicies();
  return useMutation({
    mutationFn: (params: ActionRequest<'DeleteDeployPolicy'>) => callAction('DeleteDeployPolicy', params),
    onSuccess: (_data, params) => invalidate(params.InstanceId),
  });
}

/** 预览: evaluates an unsaved rule over the namespace's tags; changes nothing, so nothing is invalidated. */
export function usePreviewDeployPolicy() {
  return useMutation({
    mutationFn: (params: ActionRequest<'PreviewDeployPolicy'>) => callAction('PreviewDeployPolicy', params),
  });
}

/** 模拟部署 > 检查: the admission decision for one tag, asked on demand (it depends on scans, exceptions, signatures). */
export function useCheckDeployment() {
  return useMutation({
    mutationFn: (params: ActionRequest<'CheckDeployment'>) => callAction('CheckDeployment', params),
  });
}

function useInvalidateExceptions() {
  const client = useQueryClient();
  return (instanceId: string) => client.invalidateQueries({ queryKey: exceptionQueries.all(instanceId) });
}

/** 忽略: refreshes the exception list and every scan's after-exception counts. */
export function useCreateVulnException() {
  const invalidate = useInvalidateExceptions();
  return useMutation({
    mutationFn: (params: ActionRequest<'CreateVulnException'>) => callAction('CreateVulnException', params),
    onSuccess: (_data, params) => invalidate(params.InstanceId),
  });
}

/** 删除 / 取消忽略: refreshes the exception list and every scan's after-exception counts. */
export function useDeleteVulnException() {
  const invalidate = useInvalidateExceptions();
  return useMutation({
    mutationFn: (params: ActionRequest<'DeleteVulnException'>) => callAction('DeleteVulnException', params),
    onSuccess: (_data, params) => invalidate(params.InstanceId),
  });
}
