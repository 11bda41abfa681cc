import { useQuery } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import type { VulnException } from '@/api/contract/policies';
import type { ScanVulnerability } from '@/api/contract/scans';
import { exceptionQueries } from '@/api/resources/policies';
import type { ScanTarget } from './scan-target';

/** How an exception touches a result row: in force (已忽略) or expired (例外已过期, counted again). */
export interface ExceptionMark {
  state: 'excepted' | 'expired';
  exceptionId: string;
  /** The exception itself (reason, author, expiry), when the answer lists it. */
  exception?: VulnException;
}

const rowKey = (cve: string, pkg: string) => `${cve}\u0000${pkg}`;

/** `GetRepoTagScanExceptions` of the shown scan task, and a lookup of each row's exception. */
export function useScanExceptions(target: ScanTarget, scanTaskId: string | undefined) {
  const query = useQuery(
    exceptionQueries.scan({
      InstanceId: target.instanceId,
      RepoId: target.repoId,
      Tag: target.tag,
      ScanTaskId: scanTaskId,
    }),
  );
  const marks = useMemo(() => {
    const map = new Map<string, ExceptionMark>();
    const data = query.data;
    if (!data) return map;
    const byId = new Map(data.Exceptions.map((e) => [e.ExceptionId, e]));
    // Expired first, so a finding that is also excepted now reads as 已忽略.
    for (const f of data.Expired)
      map.set(rowKey(f.CveId, f.Package), {
        state: 'expired',
        exceptionId: f.ExceptionId,
        exception: byId.get(f.ExceptionId),
      });
    for (const f of data.Excepted)
      map.set(rowKey(f.CveId, f.Package), {
        state: 'excepted',
        exceptionId: f.ExceptionId,
        exception: byId.get(f.ExceptionId),
      });
    return map;
  }, [query.data]);
  const markOf = useCallback(
    (row: Pick<ScanVulnerability, 'CveName' | 'Feature'>) => marks.get(rowKey(row.CveName, row.Feature)),
    [marks],
  );
  return { query, markOf, ready: query.isSuccess };
}
