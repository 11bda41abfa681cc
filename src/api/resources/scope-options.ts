/**
 * The namespaces and repositories a rule's scope is picked from (scan rules, event rules): one namespace list,
 * and the repositories of the one namespace a REPO scope names, as select options.
 */
import { useQuery } from '@tanstack/react-query';
import { namespaceQueries } from './namespaces';
import { repositoryQueries } from './repositories';

/** A scope picker's lists fit one page: an instance has a handful of namespaces, a namespace of repositories. */
const SCOPE_PAGE_SIZE = 100;

export function useScopeOptions(instanceId: string, options: { namespaces: boolean; reposOf: string | undefined }) {
  const namespaces = useQuery({
    ...namespaceQueries.list({ InstanceId: instanceId, PageNo: 1, PageSize: SCOPE_PAGE_SIZE }),
    enabled: options.namespaces,
  });
  const repos = useQuery({
    ...repositoryQueries.list({
      InstanceId: instanceId,
      RepoNamespaceName: options.reposOf ?? '',
      PageNo: 1,
      PageSize: SCOPE_PAGE_SIZE,
    }),
    enabled: Boolean(options.reposOf),
  });
  const namespaceOptions = (namespaces.data?.Namespaces ?? []).map((n) => ({
    value: n.NamespaceName,
    label: n.NamespaceName,
  }));
  // A repository list of another namespace may still be shown while the new one loads: keep only this one's.
  const repoOptions = (repos.data?.Repositories ?? [])
    .filter((r) => r.RepoNamespaceName === options.reposOf)
    .map((r) => ({ value: r.RepoName, label: r.RepoName }));
  return {
    namespaceOptions,
    repoOptions,
    namespacesLoading: namespaces.isPending,
    reposLoading: repos.isFetching,
  };
}
