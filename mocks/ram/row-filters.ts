/**
 * Lists a RAM user sees only part of: instances of a region, namespaces and repositories of an instance
 * (and the instance count, which must agree with the instance list). Each row is judged on its own ARN.
 *
 * The gateway asks the service for every row (`widen`), keeps the visible ones and cuts the requested page
 * itself, so `TotalCount` and paging count only what the user may see. Lists whose rows are instance-level
 * (scan rules, event rules, …) need no filter: the instance check already decided.
 *
 * Reports, the vulnerability search and their exports summarise many repositories: the service itself counts
 * only the repositories the identity may read (`visibility.ts`, same semantics), so their filter only opens
 * the call to an identity that may read at least one repository of the instance (or region) asked about, and
 * leaves the answer as it is.
 */
import { instanceArn, repositoryArn } from '@acr-console/core';
import type { ActionName } from '@/api/contract/actions';
import { MAIN_ACCOUNT_ID } from '@/api/contract/ram';
import { paginate } from '../services/paging';
import type { AcrTransaction } from '../store/schema';

type AnyTx = AcrTransaction<'readonly'> | AcrTransaction<'readwrite'>;
type Params = Readonly<Record<string, unknown>>;
type Row = Record<string, unknown>;

/** What a call could return, read from the store before it runs. */
export interface RowScope {
  /** The ARNs of every row the call could return, to decide a call denied at the top. */
  candidates: string[];
  /** The ARN of one row of the service's answer. */
  rowArn(row: Row): string;
}

export interface RowFilter {
  scope(tx: AnyTx, params: Params): Promise<RowScope>;
  /** The parameters to ask the service with so that it returns every row. */
  widen(params: Params): Params;
  /** The payload with only the visible rows, paged as the caller asked. */
  apply(payload: Row, params: Params, keep: (row: Row) => boolean, visibleCandidates: number): Row;
}

const ACCOUNT = MAIN_ACCOUNT_ID;
const str = (value: unknown) => (typeof value === 'string' ? value : '');
const num = (value: unknown) => (typeof value === 'number' ? value : undefined);
const EVERYTHING = { PageNo: 1, PageSize: Number.MAX_SAFE_INTEGER };

/** A paged list whose rows live in `field`. */
function pagedList(field: string, scope: RowFilter['scope']): RowFilter {
  return {
    scope,
    widen: (params) => ({ ...params, ...EVERYTHING }),
    apply(payload, params, keep) {
      const rows = (payload[field] as Row[]).filter(keep);
      const page = paginate(rows, num(params.PageNo), num(params.PageSize));
      const total = typeof payload.TotalCount === 'string' ? String(page.TotalCount) : page.TotalCount;
      return { ...payload, [field]: page.items, PageNo: page.PageNo, PageSize: page.PageSize, TotalCount: total };
    },
  };
}

async function regionInstances(tx: AnyTx, params: Params): Promise<RowScope> {
  const all = await tx.objectStore('instances').index('by-region').getAll(str(params.RegionId));
  return {
    candidates: all.map((i) => instanceArn(i.RegionId, ACCOUNT, i.InstanceId)),
    rowArn: (row) => instanceArn(str(row.RegionId), ACCOUNT, str(row.InstanceId)),
  };
}

async function regionOf(tx: AnyTx, instanceId: string): Promise<string> {
  return (await tx.objectStore('instances').get(instanceId))?.RegionId ?? '*';
}

/** The instances a report/search call covers: the one named, or every instance of the region. */
async function coveredInstances(tx: AnyTx, params: Params) {
  const instanceId = str(params.InstanceId);
  if (instanceId) {
    const instance = await tx.objectStore('instances').get(instanceId);
    return instance ? [instance] : [];
  }
  return tx.objectStore('instances').index('by-region').getAll(str(params.RegionId));
}

/** Opens a call whose service scopes its own answer to the readable repositories (see the module comment). */
const readableRepositories: RowFilter = {
  async scope(tx, params) {
    const candidates: string[] = [];
    for (const instance of await coveredInstances(tx, params)) {
      const { RegionId: region, InstanceId: id } = instance;
      candidates.push(instanceArn(region, ACCOUNT, id));
      for (const r of await tx.objectStore('repositories').index('by-instance').getAll(id)) {
        candidates.push(repositoryArn(region, ACCOUNT, id, r.RepoNamespaceName, r.RepoName));
      }
    }
    return { candidates, rowArn: () => '' };
  },
  widen: (params) => params,
  apply: (payload) => payload,
};

export const ROW_FILTERS: Partial<Record<ActionName, RowFilter>> = {
  ListInstance: pagedList('Instances', regionInstances),
  ListNamespace: pagedList('Namespaces', async (tx, params) => {
    const instanceId = str(params.InstanceId);
    const region = await regionOf(tx, instanceId);
    const all = await tx.objectStore('namespaces').index('by-instance').getAll(instanceId);
    return {
      candidates: all.map((ns) => repositoryArn(region, ACCOUNT, instanceId, ns.NamespaceName)),
      rowArn: (row) => repositoryArn(region, ACCOUNT, instanceId, str(row.NamespaceName)),
    };
  }),
  ListRepository: pagedList('Repositories', async (tx, params) => {
    const instanceId = str(params.InstanceId);
    const region = await regionOf(tx, instanceId);
    const store = tx.objectStore('repositories');
    const namespace = str(params.RepoNamespaceName);
    const all = namespace
      ? await store.index('by-namespace').getAll([instanceId, namespace])
      : await store.index('by-instance').getAll(instanceId);
    return {
      candidates: all.map((r) => repositoryArn(region, ACCOUNT, instanceId, r.RepoNamespaceName, r.RepoName)),
      rowArn: (row) => repositoryArn(region, ACCOUNT, instanceId, str(row.RepoNamespaceName), str(row.RepoName)),
    };
  }),
  // The count agrees with the instance list the user sees.
  GetInstanceCount: {
    scope: regionInstances,
    widen: (params) => params,
    apply: (payload, _params, _keep, visibleCandidates) => ({ ...payload, Count: visibleCandidates }),
  },
  GetSecurityReport: readableRepositories,
  ExportSecurityReport: readableRepositories,
  SearchVulnerabilities: readableRepositories,
  ExportSearchResults: readableRepositories,
};
