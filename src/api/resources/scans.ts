import { mutationOptions, type QueryClient, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { ApiError, callAction } from '../client';
import type { ActionRequest, ActionResponse } from '../contract/actions';
import type { ScanStatus, ScanVulnerability } from '../contract/scans';
import { scanEngineQueries } from './scan-engine';

/** How often a running scan's status is polled. */
export const SCAN_POLL_MS = 1000;

/** Statuses after which a task will not change any more. */
export function isScanFinished(status: ScanStatus | undefined): boolean {
  return status === 'COMPLETE' || status === 'FAILED';
}

type StatusResponse = ActionResponse<'GetRepoTagScanStatus'>;

/**
 * Query options for the scans of one tag. Pass the status's `ScanTaskId` to `summary` and `results` so their
 * keys change with each new task and a finished re-scan is fetched fresh.
 */
export const scanQueries = {
  all: (instanceId: string) => ['scans', instanceId] as const,
  tag: (instanceId: string, repoId: string, tag: string) => [...scanQueries.all(instanceId), repoId, tag] as const,
  /**
   * The latest task of a tag. Resolves to `null` when the tag has never been scanned (`SCAN_TASK_NOT_EXIST`),
   * and polls every {@link SCAN_POLL_MS} while the task is SCANNING or RETRYING.
   */
  status: (instanceId: string, repoId: string, tag: string) =>
    queryOptions({
      queryKey: [...scanQueries.tag(instanceId, repoId, tag), 'status'],
      queryFn: async ({ signal }): Promise<StatusResponse | null> => {
        try {
          return await callAction(
            'GetRepoTagScanStatus',
            { InstanceId: instanceId, RepoId: repoId, Tag: tag },
            { signal },
          );
        } catch (err) {
          if (err instanceof ApiError && err.code === 'SCAN_TASK_NOT_EXIST') return null;
          throw err;
        }
      },
      refetchInterval: (q) => {
        const data = q.state.data;
        return data && !isScanFinished(data.Status) ? SCAN_POLL_MS : false;
      },
    }),
  summary: (params: ActionRequest<'GetRepoTagScanSummary'> & { RepoId: string; Tag: string }) =>
    queryOptions({
      queryKey: [...scanQueries.tag(params.InstanceId, params.RepoId, params.Tag), 'summary', params],
      queryFn: ({ signal }) => callAction('GetRepoTagScanSummary', params, { signal }),
    }),
  results: (params: ActionRequest<'ListRepoTagScanResult'> & { RepoId: string; Tag: string }) =>
    queryOptions({
      queryKey: [...scanQueries.tag(params.InstanceId, params.RepoId, params.Tag), 'results', params],
      queryFn: ({ signal }) => callAction('ListRepoTagScanResult', params, { signal }),
    }),
  /** Cloud-security scans only: baseline risks and secrets, one row per check. */
  baselines: (params: ActionRequest<'ListScanBaselineByTask'> & { RepoId: string; Tag: string }) =>
    queryOptions({
      queryKey: [...scanQueries.tag(params.InstanceId, params.RepoId, params.Tag), 'baselines', params],
      queryFn: ({ signal }) => callAction('ListScanBaselineByTask', params, { signal }),
    }),
  /** Cloud-security scans only: pass or fail per CIS item. */
  compliance: (params: ActionRequest<'ListScanComplianceByTask'> & { RepoId: string; Tag: string }) =>
    queryOptions({
      queryKey: [...scanQueries.tag(params.InstanceId, params.RepoId, params.Tag), 'compliance', params],
      queryFn: ({ signal }) => callAction('ListScanComplianceByTask', params, { signal }),
    }),
  /** Cloud-security scans only: malicious samples. */
  malicious: (params: ActionRequest<'ListScanMaliciousFileByTask'> & { RepoId: string; Tag: string }) =>
    queryOptions({
      queryKey: [...scanQueries.tag(params.InstanceId, params.RepoId, params.Tag), 'malicious', params],
      queryFn: ({ signal }) => callAction('ListScanMaliciousFileByTask', params, { signal }),
    }),
};

/** Page size used to read a whole result list. */
export const SCAN_RESULT_EXPORT_PAGE_SIZE = 100;

/**
 * Every result row of a task, both types and all levels: reads `ListRepoTagScanResult` page by page
 * ({@link SCAN_RESULT_EXPORT_PAGE_SIZE} rows a page) until `TotalCount` rows are in.
 */
export async function fetchAllScanResults(
  params: Omit<ActionRequest<'ListRepoTagScanResult'>, 'PageNo' | 'PageSize' | 'Severity' | 'ScanType' | 'VulQueryKey'>,
  options: { signal?: AbortSignal } = {},
): Promise<ScanVulnerability[]> {
  const rows: ScanVulnerability[] = [];
  for (let page = 1; ; page++) {
    const res = await callAction(
      'ListRepoTagScanResult',
      { ...params, PageNo: page, PageSize: SCAN_RESULT_EXPORT_PAGE_SIZE },
      { signal: options.signal },
    );
    rows.push(...res.Vulnerabilities);
    if (res.Vulnerabilities.length === 0 || rows.length >= res.TotalCount) return rows;
  }
}

/**
 * 立即扫描: starts a scan of a tag, then refreshes that tag's status (which starts polling). Started or refused,
 * the cloud-security engine's 已使用 X / N may have moved, so the account is refreshed either way.
 */
export const createScanTaskMutation = (client: QueryClient) =>
  mutationOptions({
    mutationFn: (params: ActionRequest<'CreateRepoTagScanTask'>) => callAction('CreateRepoTagScanTask', params),
    onSuccess: (_data, params) =>
      client.invalidateQueries({ queryKey: scanQueries.tag(params.InstanceId, params.RepoId, params.Tag) }),
    onSettled: () => client.invalidateQueries({ queryKey: scanEngineQueries.account().queryKey }),
  });

export const useCreateRepoTagScanTask = () => useMutation(createScanTaskMutation(useQueryClient()));
