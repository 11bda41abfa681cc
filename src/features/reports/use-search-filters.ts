/** The filters of 漏洞检索, read from and written to the URL (the format of `paths.search`). */
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { ActionRequest } from '@/api/contract/actions';
import { FIX_STATES, type FixState } from '@/api/contract/reports';
import { SCAN_SEVERITIES, type ScanSeverity } from '@/api/contract/scans';
import { type VulnSearchFilters, vulnSearchParams } from '@/hooks/use-route-params';

function score(raw: string | null): number | undefined {
  if (raw === null || raw.trim() === '') return undefined;
  const value = Number(raw);
  return Number.isFinite(value) && value >= 0 && value <= 10 ? value : undefined;
}

/** Parses the URL's filters; unknown levels and out-of-range scores are dropped, not sent. */
export function readSearchFilters(params: URLSearchParams): VulnSearchFilters {
  const text = (key: string) => params.get(key)?.trim() || undefined;
  const severity = (params.get('severity') ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s): s is ScanSeverity => (SCAN_SEVERITIES as readonly string[]).includes(s));
  const fix = (params.get('fix') ?? '')
    .split(',')
    .map((s) => s.trim().toUpperCase())
    .filter((s): s is FixState => (FIX_STATES as readonly string[]).includes(s));
  const excepted = params.get('excepted');
  return {
    cve: text('cve'),
    package: text('package'),
    namespace: text('namespace'),
    repo: text('repo'),
    tag: text('tag'),
    severity: severity.length ? [...new Set(severity)] : undefined,
    cvssMin: score(params.get('cvssMin')),
    cvssMax: score(params.get('cvssMax')),
    fixable: params.get('fixable') === '1' ? true : undefined,
    ecosystem: text('ecosystem'),
    excepted: excepted === '1' ? true : excepted === '0' ? false : undefined,
    fix: fix.length ? [...new Set(fix)] : undefined,
  };
}

/** The API's filter fields of {@link VulnSearchFilters}. */
export function searchRequest(
  instanceId: string,
  f: VulnSearchFilters,
): Omit<ActionRequest<'SearchVulnerabilities'>, 'PageNo' | 'PageSize'> {
  return {
    InstanceId: instanceId,
    CveId: f.cve,
    Package: f.package,
    Namespace: f.namespace,
    RepoName: f.repo,
    Tag: f.tag,
    Severity: f.severity ? [...f.severity] : undefined,
    CvssMin: f.cvssMin,
    CvssMax: f.cvssMax,
    Fixable: f.fixable,
    Ecosystem: f.ecosystem,
    Excepted: f.excepted,
    FixState: f.fix ? [...f.fix] : undefined,
  };
}

/** The filters, and a setter that merges a change into them and goes back to page 1 (keeping the page size). */
export function useSearchFilters(): [VulnSearchFilters, (change: Partial<VulnSearchFilters> | null) => void] {
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => readSearchFilters(params), [params]);
  const update = useCallback(
    (change: Partial<VulnSearchFilters> | null) =>
      setParams((prev) => {
        const next = change === null ? {} : { ...readSearchFilters(prev), ...change };
        const query = vulnSearchParams(next);
        const pageSize = prev.get('pageSize');
        if (pageSize) query.set('pageSize', pageSize);
        return query;
      }),
    [setParams],
  );
  return [filters, update];
}
