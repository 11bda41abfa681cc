/** Where a repository is reached: `<domain>/<namespace>/<repo>` on the public and the VPC endpoint. */
import { useQuery } from '@tanstack/react-query';
import { instanceQueries } from '@/api/resources/instances';
import { vpcQueries } from '@/api/resources/vpc';

export interface RepoAddresses {
  publicDomain?: string;
  vpcDomain?: string;
  publicAddress?: string;
  vpcAddress?: string;
}

export function useRepoAddresses(instanceId: string, namespace?: string, repo?: string): RepoAddresses {
  const endpoints = useQuery(instanceQueries.endpoints(instanceId));
  const vpc = useQuery(vpcQueries.endpoint(instanceId));
  const internet = endpoints.data?.Endpoints.find((e) => e.EndpointType === 'internet');
  // The system domain is the one the console shows first; a custom (USER) domain is an alias.
  const publicDomain = (internet?.Domains.find((d) => d.Type === 'SYSTEM') ?? internet?.Domains[0])?.Domain;
  const vpcDomain = vpc.data?.LinkedVpcs.length ? vpc.data.Domains[0] : undefined;
  const path = namespace && repo ? `/${namespace}/${repo}` : undefined;
  return {
    publicDomain,
    vpcDomain,
    publicAddress: publicDomain && path ? `${publicDomain}${path}` : undefined,
    vpcAddress: vpcDomain && path ? `${vpcDomain}${path}` : undefined,
  };
}
