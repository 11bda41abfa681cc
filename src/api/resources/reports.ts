/**
 * 安全报告, 漏洞检索, 扫描对比, exports and 定时报告 (console-only actions of `contract/reports.ts`). Reports,
 * searches and diffs read the latest scans, so they are fetched fresh each time a page opens.
 */
import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { callAction } from '../client';
import type { ActionRequest } from '../contract/actions';
import { eventRecordQueries } from './events';

export const reportQueries = {
  all: () => ['reports'] as const,
  /** One instance (`InstanceId`) or every instance of `RegionId`. */
  security: (params: ActionRequest<'GetSecurityReport'>) =>
    queryOptions({
      queryKey: [...reportQueries.all(), 'security', params],
      queryFn: ({ signal }) => callAction('GetSecurityReport', params, { signal }),
      placeholderData: keepPreviousData,
    }),
  search: (params: ActionRequest<'SearchVulnerabilities'>) =>
    queryOptions({
      queryKey: [...reportQueries.all(), 'search', params],
      queryFn: ({ signal }) => callAction('SearchVulnerabilities', params, { signal }),
      placeholderData: keepPreviousData,
    }),
  diff: (params: ActionRequest<'DiffScans'>) =>
    queryOptions({
      queryKey: [...reportQueries.all(), 'diff', params],
      queryFn: ({ signal }) => callAction('DiffScans', params, { signal }),
    }),
};

export const reportScheduleQueries = {
  all: (instanceId: string) => ['report-schedules', instanceId] as const,
  list: (instanceId: string) =>
    queryOptions({
      queryKey: [...reportScheduleQueries.all(instanceId), 'list'],
      queryFn: ({ signal }) => callAction('ListReportSchedule', { InstanceId: instanceId }, { signal }),
    }),
};

/** Exports change nothing on the server: plain mutations, so the caller gets pending state and errors. */
export function useExportSecurityReport() {
  return useMutation({
    mutationFn: (params: ActionRequest<'ExportSecurityReport'>) => callAction('ExportSecurityReport', params),
  });
}

export function useExportSearchResults() {
  return useMutation({
    mutationFn: (params: ActionRequest<'ExportSearchResults'>) => callAction('ExportSearchResults', params),
  });
}

/** One image's report: CSV, JSON, SARIF, CycloneDX, SPDX or printable HTML. */
export function useExportScanReport() {
  return useMutation({
    mutationFn: (params: ActionRequest<'ExportScanReport'>) => callAction('ExportScanReport', params),
  });
}

export function useCreateReportSchedule() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (params: ActionRequest<'CreateReportSchedule'>) => callAction('CreateReportSchedule', params),
    onSuccess: (_data, params) => client.invalidateQueries({ queryKey: reportScheduleQueries.all(params.InstanceId) }),
  });
}

export function useDeleteReportSchedule() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (params: ActionRequest<'DeleteReportSchedule'>) => callAction('DeleteReportSchedule', params),
    onSuccess: (_data, params) => client.invalidateQueries({ queryKey: reportScheduleQueries.all(params.InstanceId) }),
  });
}

/** 立即发送: a delivery is an event record, so the records change too. */
export function useRunReportSchedule() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (params: ActionRequest<'RunReportSchedule'>) => callAction('RunReportSchedule', params),
    onSuccess: (_data, params) =>
      Promise.all([
        client.invalidateQueries({ queryKey: reportScheduleQueries.all(params.InstanceId) }),
        client.invalidateQueries({ queryKey: eventRecordQueries.all(params.InstanceId) }),
      ]),
  });
}
