/** Typed access to the path parameters of the console's routes (see src/app/routes.tsx). */
import { useParams } from 'react-router';

export function useRegionId(): string {
  return useParams().regionId ?? '';
}

export function useInstanceParams(): { regionId: string; instanceId: string } {
  const { regionId = '', instanceId = '' } = useParams();
  return { regionId, instanceId };
}

export function useRepoParams(): { regionId: string; instanceId: string; repoId: string } {
  const { regionId = '', instanceId = '', repoId = '' } = useParams();
  return { regionId, instanceId, repoId };
}

export function useTagParams(): { regionId: string; instanceId: string; repoId: string; tag: string } {
  const { regionId = '', instanceId = '', repoId = '', tag = '' } = useParams();
  return { regionId, instanceId, repoId, tag };
}

export function useScanTaskParams(): { regionId: string; instanceId: string; ruleTaskId: string } {
  const { regionId = '', instanceId = '', ruleTaskId = '' } = useParams();
  return { regionId, instanceId, ruleTaskId };
}

/** `?returnTo=` of a page outside the instance: a console path only (never another site). */
export function safeReturnTo(value: string | null): string | undefined {
  return value?.startsWith('/') && !value.startsWith('//') ? value : undefined;
}

const withReturn = (path: string, returnTo?: string) =>
  returnTo ? `${path}?${new URLSearchParams({ returnTo })}` : path;

/** Absolute paths of the instance pages, so features link to each other without importing each other. */
export const paths = {
  instances: (regionId: string) => `/${regionId}/instances`,
  instance: (regionId: string, instanceId: string, page = 'overview') => `/${regionId}/instances/${instanceId}/${page}`,
  repository: (regionId: string, instanceId: string, repoId: string, page: 'info' | 'tags' = 'info') =>
    `/${regionId}/instances/${instanceId}/repositories/${repoId}/${page}`,
  /** 安全扫描 of one image version. */
  tagScan: (regionId: string, instanceId: string, repoId: string, tag: string) =>
    `/${regionId}/instances/${instanceId}/repositories/${repoId}/tags/${encodeURIComponent(tag)}/scan`,
  /** 安全可信 > 镜像扫描. */
  scan: (regionId: string, instanceId: string) => `/${regionId}/instances/${instanceId}/scan`,
  /** 云资源访问授权 of AliyunContainerRegistryAccessingSASRole (RAM). */
  ramAuthorize: (returnTo?: string) => withReturn('/ram/authorize', returnTo),
  /** 云安全中心: buy the cloud-security scan engine. */
  sasBuy: (returnTo?: string) => withReturn('/sas/buy', returnTo),
  /** 支付 of a cloud-security order. */
  sasPay: (orderId: string, returnTo?: string) => withReturn(`/sas/orders/${encodeURIComponent(orderId)}`, returnTo),
  /** 事件中心 > 事件规则. */
  eventRules: (regionId: string, instanceId: string) => `/${regionId}/instances/${instanceId}/events/rules`,
  /** 事件中心 > 事件记录, optionally filtered (`?rule=`, `?status=`…). */
  eventRecords: (regionId: string, instanceId: string, filters?: Record<string, string>) => {
    const path = `/${regionId}/instances/${instanceId}/events/records`;
    return filters && Object.keys(filters).length > 0 ? `${path}?${new URLSearchParams(filters)}` : path;
  },
  /** 事件中心 > 演示接收器. */
  eventDemoReceiver: (regionId: string, instanceId: string) =>
    `/${regionId}/instances/${instanceId}/events/demo-receiver`,
  /** 任务详情 of one batch scan task. */
  scanTask: (regionId: string, instanceId: string, ruleTaskId: string) =>
    `/${regionId}/instances/${instanceId}/scan/tasks/${encodeURIComponent(ruleTaskId)}`,
};
