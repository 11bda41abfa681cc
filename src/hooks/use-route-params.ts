/** Typed access to the path parameters of the console's routes (see src/app/routes.tsx). */
import { useParams } from 'react-router';
import type { FixState } from '@/api/contract/reports';
import type { ScanSeverity } from '@/api/contract/scans';

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
  /** 访问控制 (RAM): 用户, 用户组, 权限策略, 操作审计 (optionally filtered: `?user=`, `?result=`, `?action=`). */
  ram: (page: 'users' | 'groups' | 'policies' | 'audit' = 'users', filters?: Record<string, string>) =>
    filters && Object.keys(filters).length > 0 ? `/ram/${page}?${new URLSearchParams(filters)}` : `/ram/${page}`,
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
  /** 安全可信 > 镜像加签, on a tab (`rules` 加签规则, `witnesses` 证明者, `keys` 密钥管理). */
  signing: (regionId: string, instanceId: string, tab?: 'rules' | 'witnesses' | 'keys') =>
    `/${regionId}/instances/${instanceId}/signing${tab ? `?tab=${tab}` : ''}`,
  /**
   * 安全可信 > 部署策略, on a tab (`policies`, `exceptions` 漏洞例外, `check` 模拟部署); `check` may name the tag
   * to check (`{ namespace, repo, tag }`), which the 模拟部署 tab prefills and runs.
   */
  policies: (
    regionId: string,
    instanceId: string,
    tab?: 'policies' | 'exceptions' | 'check',
    check?: { namespace: string; repo: string; tag: string },
  ) => {
    const query = new URLSearchParams();
    if (tab) query.set('tab', tab);
    if (check) {
      query.set('namespace', check.namespace);
      query.set('repo', check.repo);
      query.set('tag', check.tag);
    }
    const search = query.toString();
    return `/${regionId}/instances/${instanceId}/policies${search ? `?${search}` : ''}`;
  },
  /** 任务详情 of one batch scan task. */
  scanTask: (regionId: string, instanceId: string, ruleTaskId: string) =>
    `/${regionId}/instances/${instanceId}/scan/tasks/${encodeURIComponent(ruleTaskId)}`,
  /**
   * 安全可信 > 安全报告: `scope: 'region'` covers every instance of the region, `days` the window (7/30/90),
   * `tab: 'schedules'` opens 定时报告.
   */
  reports: (
    regionId: string,
    instanceId: string,
    options?: { scope?: 'instance' | 'region'; days?: 7 | 30 | 90; tab?: 'report' | 'schedules' },
  ) => {
    const query = new URLSearchParams();
    if (options?.scope === 'region') query.set('scope', 'region');
    if (options?.days) query.set('days', String(options.days));
    if (options?.tab === 'schedules') query.set('tab', 'schedules');
    const search = query.toString();
    return `/${regionId}/instances/${instanceId}/reports${search ? `?${search}` : ''}`;
  },
  /** 安全可信 > 漏洞检索, pre-filtered (every filter optional; they stack). */
  search: (regionId: string, instanceId: string, filters?: VulnSearchFilters) => {
    const search = vulnSearchParams(filters ?? {}).toString();
    return `/${regionId}/instances/${instanceId}/search${search ? `?${search}` : ''}`;
  },
  /** 安全可信 > 扫描对比 of two tags (or two scans of one tag); either side may be left for the user to pick. */
  scanDiff: (regionId: string, instanceId: string, base?: DiffSide, target?: DiffSide) => {
    const query = new URLSearchParams();
    if (base) query.set('base', diffSideParam(base));
    if (target) query.set('target', diffSideParam(target));
    const search = query.toString();
    return `/${regionId}/instances/${instanceId}/diff${search ? `?${search}` : ''}`;
  },
};

/**
 * The filters of 漏洞检索 (URL parameters `cve`, `package`, `namespace`, `repo`, `tag`, `severity`, `cvssMin`,
 * `cvssMax`, `fixable`, `ecosystem`, `excepted` = 1|0, `fix` = a comma list of `unfixed`, `fixing`, `fixed`,
 * `ignored`).
 */
export interface VulnSearchFilters {
  /** Exact id, or a prefix ending in `*` (`CVE-2023-*`). */
  cve?: string;
  package?: string;
  namespace?: string;
  repo?: string;
  tag?: string;
  severity?: readonly ScanSeverity[];
  cvssMin?: number;
  cvssMax?: number;
  /** true: only findings with a fixed version. */
  fixable?: boolean;
  /** Exactly (`alpine`, `npm`, …), as the report's ecosystem chart names them. */
  ecosystem?: string;
  /** true: only findings an exception in force covers (已忽略); false: only the others. */
  excepted?: boolean;
  /** 修复进度 states (any of them). */
  fix?: readonly FixState[];
}

/** {@link VulnSearchFilters} as URL parameters (empty filters left out). */
export function vulnSearchParams(filters: VulnSearchFilters): URLSearchParams {
  const query = new URLSearchParams();
  for (const key of ['cve', 'package', 'namespace', 'repo', 'tag'] as const) {
    const value = filters[key]?.trim();
    if (value) query.set(key, value);
  }
  if (filters.severity?.length) query.set('severity', filters.severity.join(','));
  if (filters.cvssMin !== undefined) query.set('cvssMin', String(filters.cvssMin));
  if (filters.cvssMax !== undefined) query.set('cvssMax', String(filters.cvssMax));
  if (filters.fixable) query.set('fixable', '1');
  if (filters.ecosystem?.trim()) query.set('ecosystem', filters.ecosystem.trim());
  if (filters.excepted !== undefined) query.set('excepted', filters.excepted ? '1' : '0');
  if (filters.fix?.length) query.set('fix', filters.fix.map((s) => s.toLowerCase()).join(','));
  return query;
}

/** One side of 扫描对比: a tag, optionally pinned to one of its scan tasks. */
export interface DiffSide {
  repoId: string;
  tag: string;
  scanTaskId?: string;
}

/** `<repoId>:<tag>` or `<repoId>:<tag>@<scanTaskId>` (neither ids nor tags hold `:` or `@`). */
export function diffSideParam(side: DiffSide): string {
  return `${side.repoId}:${side.tag}${side.scanTaskId ? `@${side.scanTaskId}` : ''}`;
}

/** The inverse of {@link diffSideParam}; undefined for a missing or malformed value. */
export function parseDiffSide(value: string | null): DiffSide | undefined {
  const match = /^([^:@]+):([^:@]+)(?:@([^:@]+))?$/.exec(value?.trim() ?? '');
  if (!match) return undefined;
  const [, repoId = '', tag = '', scanTaskId] = match;
  return scanTaskId ? { repoId, tag, scanTaskId } : { repoId, tag };
}
