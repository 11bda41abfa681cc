/**
 * Resolves the matched routes into labelled crumbs. Routes that name a resource (an instance, a repository)
 * read it from the same cached queries their pages use.
 */
import { useQuery } from '@tanstack/react-query';
import { useMatches } from 'react-router';
import { instanceQueries } from '@/api/resources/instances';
import { repositoryQueries } from '@/api/resources/repositories';
import { useT } from '@/lib/i18n';
import { entryOf, type RouteEntry } from '../route-types';

export interface Crumb {
  entry: RouteEntry;
  label: string;
  pathname: string;
}

export function useRouteCrumbs(): Crumb[] {
  const t = useT();
  const matches = useMatches();
  const params = matches.at(-1)?.params ?? {};
  const instanceId = params.instanceId ?? '';
  const repoId = params.repoId ?? '';
  const instance = useQuery({ ...instanceQueries.detail(instanceId), enabled: instanceId !== '' });
  const repository = useQuery({ ...repositoryQueries.detail(instanceId, repoId), enabled: repoId !== '' });
  const dynamic = {
    instance: instance.data?.InstanceName ?? instanceId,
    repository: repository.data?.RepoName ?? repoId,
  };
  return matches.flatMap((match) => {
    const entry = entryOf(match);
    if (!entry) return [];
    const label = entry.nameFrom ? dynamic[entry.nameFrom] : entry.nameKey ? t(entry.nameKey) : undefined;
    return label ? [{ entry, label, pathname: match.pathname }] : [];
  });
}
