/** Instances: `ListInstance`, `GetInstance`, `GetInstanceCount`, `GetInstanceUsage`, `ListInstanceEndpoint`. */
import type { ActionParams } from '@/api/contract/actions';
import type { InstanceSummary } from '@/api/contract/instances';
import type { InstanceRecord } from '../store/schema';
import { read } from '../store/transactions';
import type { ServiceContext } from './context';
import { requireInstance } from './lookup';
import { matchesFilter, paginate } from './paging';
import type { Payload } from './payload';

const CR_DOMAIN = 'cr.aliyuncs.com';

/** The public domain of an instance module, e.g. `acr-prod-hz-registry.cn-hangzhou.cr.aliyuncs.com`. */
export function systemDomain(instance: InstanceRecord, module: 'Registry' | 'Chart' = 'Registry'): string {
  return `${instance.InstanceName}-${module === 'Chart' ? 'chart' : 'registry'}.${instance.RegionId}.${CR_DOMAIN}`;
}

/** The VPC domain, e.g. `acr-prod-hz-registry-vpc.cn-hangzhou.cr.aliyuncs.com`. */
export function vpcDomain(instance: InstanceRecord, module: 'Registry' | 'Chart' = 'Registry'): string {
  return `${instance.InstanceName}-${module === 'Chart' ? 'chart' : 'registry'}-vpc.${instance.RegionId}.${CR_DOMAIN}`;
}

function summarize(instance: InstanceRecord): InstanceSummary {
  return {
    InstanceId: instance.InstanceId,
    InstanceName: instance.InstanceName,
    InstanceSpecification: instance.InstanceSpecification,
    InstanceStatus: instance.InstanceStatus,
    ...(instance.InstanceIssue ? { InstanceIssue: instance.InstanceIssue } : {}),
    RegionId: instance.RegionId,
    ResourceGroupId: instance.ResourceGroupId,
    Tags: instance.Tags,
    CreateTime: String(instance.CreateTime),
    ModifiedTime: String(instance.ModifiedTime),
  };
}

/**
 * `ListInstance`: the instances of a region, newest first, filtered by status, resource group and (the
 * deprecated) name substring, one page at a time.
 */
export async function listInstances(
  ctx: ServiceContext,
  params: ActionParams<'ListInstance'>,
): Promise<Payload<'ListInstance'>> {
  const all = await read(ctx.store, ['instances'], (tx) =>
    tx.objectStore('instances').index('by-region').getAll(params.RegionId),
  );
  const matching = all
    .filter(
      (i) =>
        matchesFilter(i.InstanceName, params.InstanceName) &&
        (!params.InstanceStatus || i.InstanceStatus === params.InstanceStatus) &&
        (!params.ResourceGroupId || i.ResourceGroupId === params.ResourceGroupId),
    )
    .sort((a, b) => b.CreateTime - a.CreateTime || a.InstanceName.localeCompare(b.InstanceName));
  const page = paginate(matching, params.PageNo, params.PageSize);
  return {
    Instances: page.items.map(summarize),
    PageNo: page.PageNo,
    PageSize: page.PageSize,
    TotalCount: page.TotalCount,
  };
}

/** `GetInstance`: one instance with its times as numbers. INSTANCE_NOT_EXIST if unknown (in that region). */
export async function getInstance(
  ctx: ServiceContext,
  params: ActionParams<'GetInstance'>,
): Promise<Payload<'GetInstance'>> {
  const instance = await read(ctx.store, ['instances'], (tx) =>
    requireInstance(tx, params.InstanceId, { regionId: params.RegionId }),
  );
  return { ...summarize(instance), CreateTime: instance.CreateTime, ModifiedTime: instance.ModifiedTime };
}

/** `GetInstanceCount`: how many instances the account has in the region. */
export async function getInstanceCount(
  ctx: ServiceContext,
  params: ActionParams<'GetInstanceCount'>,
): Promise<Payload<'GetInstanceCount'>> {
  const Count = await read(ctx.store, ['instances'], (tx) =>
    tx.objectStore('instances').index('by-region').count(params.RegionId),
  );
  return { Count };
}

/** `GetInstanceUsage`: quotas and live counts of namespaces, repositories and linked VPCs, as strings. */
export async function getInstanceUsage(
  ctx: ServiceContext,
  params: ActionParams<'GetInstanceUsage'>,
): Promise<Payload<'GetInstanceUsage'>> {
  return read(ctx.store, ['instances', 'namespaces', 'repositories', 'linkedVpcs'], async (tx) => {
    const instance = await requireInstance(tx, params.InstanceId, { regionId: params.RegionId });
    const [namespaces, repos, links] = await Promise.all([
      tx.objectStore('namespaces').index('by-instance').count(instance.InstanceId),
      tx.objectStore('repositories').index('by-instance').count(instance.InstanceId),
      tx.objectStore('linkedVpcs').index('by-instance').getAll(instance.InstanceId),
    ]);
    const { Quota, ChartUsage } = instance;
    return {
      NamespaceQuota: String(Quota.Namespace),
      NamespaceUsage: String(namespaces),
      RepoQuota: String(Quota.Repo),
      RepoUsage: String(repos),
      ChartNamespaceQuota: String(Quota.ChartNamespace),
      ChartNamespaceUsage: String(ChartUsage.Namespace),
      ChartRepoQuota: String(Quota.ChartRepo),
      ChartRepoUsage: String(ChartUsage.Repo),
      VpcQuota: String(Quota.Vpc),
      VpcUsage: String(links.filter((link) => link.ModuleName === 'Registry').length),
    };
  });
}

/**
 * `ListInstanceEndpoint`: the public (internet) endpoint of a module with its ACL and system domain. VPC
 * access is reported by `GetInstanceVpcEndpoint`.
 */
export async function listInstanceEndpoints(
  ctx: ServiceContext,
  params: ActionParams<'ListInstanceEndpoint'>,
): Promise<Payload<'ListInstanceEndpoint'>> {
  const instance = await read(ctx.store, ['instances'], (tx) => requireInstance(tx, params.InstanceId));
  const module = params.ModuleName ?? 'Registry';
  const endpoint = instance.InternetEndpoint;
  return {
    Endpoints: [
      {
        EndpointType: 'internet',
        Enable: endpoint.Enable,
        AclEnable: endpoint.AclEnable,
        AclEntries: endpoint.AclEntries.map((entry) => ({ Entry: entry.Entry })),
        Domains: [{ Domain: systemDomain(instance, module), Type: 'SYSTEM' }],
        LinkedVpcs: [],
        // The endpoint runs when the instance does.
        Status: instance.InstanceStatus,
      },
    ],
  };
}
