import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import type { ScanVulnerability } from '@/api/contract/scans';
import { useDeleteVulnException } from '@/api/resources/policies';
import { useCan } from '@/api/resources/ram';
import { repositoryQueries } from '@/api/resources/repositories';
import { useFeedback } from '@/components/feedback';
import { useApiErrorMessage } from '@/hooks/use-api-error';
import { useT } from '@/lib/i18n';
import { IgnoreModal } from './ignore-modal';
import type { ScanTarget } from './scan-target';
import { useScanExceptions } from './use-scan-exceptions';

/**
 * 忽略 / 取消忽略 of the result rows: the exceptions of the shown scan task, the columns' hooks into them,
 * and the 忽略 modal to render beside the table.
 */
export function useIgnoreActions(target: ScanTarget, scanTaskId: string | undefined) {
  const t = useT();
  const { message } = useFeedback();
  const showError = useApiErrorMessage();
  const { markOf, ready } = useScanExceptions(target, scanTaskId);
  const repo = useQuery(repositoryQueries.detail(target.instanceId, target.repoId));
  const remove = useDeleteVulnException();
  const [ignoring, setIgnoring] = useState<{ open: boolean; key: number; cve?: string }>({ open: false, key: 0 });

  const ignoreTarget = repo.data && {
    instanceId: target.instanceId,
    namespace: repo.data.RepoNamespaceName,
    repo: repo.data.RepoName,
    tag: target.tag,
  };

  // 忽略 creates a TAG exception by default (the modal may widen it; the backend has the last word then).
  const canIgnoreAnswer = useCan('CreateVulnException', {
    InstanceId: target.instanceId,
    NamespaceName: repo.data?.RepoNamespaceName,
    RepoName: repo.data?.RepoName,
    Tag: target.tag,
  });
  const known = repo.data !== undefined;
  const { allowed, loading, reason } = canIgnoreAnswer;
  // Stable while the answer is, so the memoised columns below are not rebuilt on every render.
  const canIgnore = useMemo(
    () => (known ? { allowed, loading, reason } : undefined),
    [known, allowed, loading, reason],
  );

  // Without the exceptions (not loaded, or the backend cannot tell) the rows offer nothing half-known.
  const exceptions = useMemo(
    () =>
      ready
        ? {
            markOf,
            onIgnore: (row: ScanVulnerability) =>
              setIgnoring((s) => ({ open: true, key: s.key + 1, cve: row.CveName })),
            onUnignore: (row: ScanVulnerability, mark: { exceptionId: string }) =>
              remove
                .mutateAsync({ InstanceId: target.instanceId, ExceptionId: mark.exceptionId })
                .then(() => message.success(t('policies.unignored', { cve: row.CveName })), showError),
            canIgnore,
            instanceId: target.instanceId,
          }
        : undefined,
    [ready, markOf, remove.mutateAsync, target.instanceId, message, t, showError, canIgnore],
  );

  const modal = (
    <IgnoreModal
      key={ignoring.key}
      open={ignoring.open}
      cveId={ignoring.cve}
      target={ignoreTarget}
      onClose={() => setIgnoring((s) => ({ ...s, open: false }))}
    />
  );
  return { exceptions, modal };
}
