/** Namespaces: `CreateNamespace`, `GetNamespace`, `ListNamespace`, `UpdateNamespace`, `DeleteNamespace`. */
import type { ActionParams } from '@/api/contract/actions';
import { checkNamespaceName } from '@/api/contract/names';
import type { Namespace } from '@/api/contract/namespaces';
import { ID_PREFIX } from '@/api/contract/wire';
import type { NamespaceRecord } from '../store/schema';
import { read, write } from '../store/transactions';
import type { ServiceContext } from './context';
import { BusinessFailure, ParameterFailure, rethrowDuplicate } from './errors';
import { newId } from './ids';
import { requireInstance, requireNamespace } from './lookup';
import { matchesFilter, paginate } from './paging';
import type { Payload } from './payload';
import { forgetNamespace, SECURITY_SCOPED_STORES } from './security-cleanup';

function toNamespace(record: NamespaceRecord): Namespace {
  return {
    InstanceId: record.InstanceId,
    NamespaceId: record.NamespaceId,
    NamespaceName: record.NamespaceName,
    NamespaceStatus: record.NamespaceStatus,
    AutoCreateRepo: record.AutoCreateRepo,
    DefaultRepoType: record.DefaultRepoType,
    DefaultRepoConfiguration: record.DefaultRepoConfiguration,
    ResourceGroupId: record.ResourceGroupId,
  };
}

/**
 * Merges the writable settings of Create/UpdateNamespace into a record. `DefaultRepoConfiguration` is the
 * newer form of `DefaultRepoType`; whichever is given, both are kept in step as the real API reports both.
 */
function applySettings(
  record: NamespaceRecord,
  params: Pick<ActionParams<'CreateNamespace'>, 'AutoCreateRepo' | 'DefaultRepoType' | 'DefaultRepoConfiguration'>,
): NamespaceRecord {
  const configuration = params.DefaultRepoConfiguration ?? {
    ...record.DefaultRepoConfiguration,
    RepoType: params.DefaultRepoType ?? record.DefaultRepoConfiguration.RepoType,
  };
  return {
    ...record,
    AutoCreateRepo: params.AutoCreateRepo ?? record.AutoCreateRepo,
    DefaultRepoType: configuration.RepoType,
    DefaultRepoConfiguration: configuration,
  };
}

/**
 * `CreateNamespace`. Rejects an illegal name (NAMESPACE_NAME_ILLEGAL), a name already used in the instance
 * (NAMESPACE_ALREADY_EXIST) and a namespace beyond the instance's quota (NAMESPACE_LIMIT_EXCEED). New
 * namespaces create repositories on push and make them private unless told otherwise, like the console form.
 */
export async function createNamespace(
  ctx: ServiceContext,
  params: ActionParams<'CreateNamespace'>,
): Promise<Payload<'CreateNamespace'>> {
  const now = ctx.clock.now();
  const NamespaceId = newId(ID_PREFIX.namespace);
  await write(ctx.store, ['instances', 'namespaces'], async (tx) => {
    const instance = await requireInstance(tx, params.InstanceId, { running: true });
    if (checkNamespaceName(params.NamespaceName)) throw new BusinessFailure('NAMESPACE_NAME_ILLEGAL');
    const byName = tx.objectStore('namespaces').index('by-instance-name');
    if (await byName.count([instance.InstanceId, params.NamespaceName])) {
      throw new BusinessFailure('NAMESPACE_ALREADY_EXIST');
    }
    const used = await tx.objectStore('namespaces').index('by-instance').count(instance.InstanceId);
    if (used >= instance.Quota.Namespace) throw new BusinessFailure('NAMESPACE_LIMIT_EXCEED');
    const base: NamespaceRecord = {
      NamespaceId,
      InstanceId: instance.InstanceId,
      NamespaceName: params.NamespaceName,
      NamespaceStatus: 'NORMAL',
      AutoCreateRepo: true,
      DefaultRepoType: 'PRIVATE',
      DefaultRepoConfiguration: { RepoType: 'PRIVATE', TagImmutability: false },
      ResourceGroupId: instance.ResourceGroupId,
      CreateTime: now,
      ModifiedTime: now,
    };
    await tx.objectStore('namespaces').add(applySettings(base, params));
  }).catch(rethrowDuplicate('NAMESPACE_ALREADY_EXIST'));
  return {};
}

/** `GetNamespace`: by `NamespaceId` or `NamespaceName`; NAMESPACE_NOT_EXIST if neither matches. */
export async function getNamespace(
  ctx: ServiceContext,
  params: ActionParams<'GetNamespace'>,
): Promise<Payload<'GetNamespace'>> {
  if (!params.NamespaceId && !params.NamespaceName) throw new ParameterFailure('MissingParameter', 'NamespaceName');
  const record = await read(ctx.store, ['instances', 'namespaces'], async (tx) => {
    await requireInstance(tx, params.InstanceId);
    if (params.NamespaceName) return requireNamespace(tx, params.InstanceId, params.NamespaceName);
    const byId = await tx.objectStore('namespaces').get(params.NamespaceId ?? '');
    if (!byId || byId.InstanceId !== params.InstanceId) throw new BusinessFailure('NAMESPACE_NOT_EXIST');
    return byId;
  });
  return toNamespace(record);
}

/** `ListNamespace`: the instance's namespaces by name, filtered by name substring and status, paginated. */
export async function listNamespaces(
  ctx: ServiceContext,
  params: ActionParams<'ListNamespace'>,
): Promise<Payload<'ListNamespace'>> {
  const all = await read(ctx.store, ['instances', 'namespaces'], async (tx) => {
    await requireInstance(tx, params.InstanceId);
    return tx.objectStore('namespaces').index('by-instance').getAll(params.InstanceId);
  });
  const matching = all
    .filter(
      (ns) =>
        matchesFilter(ns.NamespaceName, params.NamespaceName) &&
        (!params.NamespaceStatus || ns.NamespaceStatus === params.NamespaceStatus),
    )
    .sort((a, b) => a.NamespaceName.localeCompare(b.NamespaceName));
  const page = paginate(matching, params.PageNo, params.PageSize);
  return {
    Namespaces: page.items.map(toNamespace),
    PageNo: page.PageNo,
    PageSize: page.PageSize,
    TotalCount: String(page.TotalCount),
  };
}

/** `UpdateNamespace`: changes auto-create and the default repository settings. */
export async function updateNamespace(
  ctx: ServiceContext,
  params: ActionParams<'UpdateNamespace'>,
): Promise<Payload<'UpdateNamespace'>> {
  const now = ctx.clock.now();
  await write(ctx.store, ['instances', 'namespaces'], async (tx) => {
    await requireInstance(tx, params.InstanceId, { running: true });
    const record = await requireNamespace(tx, params.InstanceId, params.NamespaceName);
    await tx.objectStore('namespaces').put({ ...applySettings(record, params), ModifiedTime: now });
  });
  return {};
}

/**
 * `DeleteNamespace`: deletes the namespace with all its repositories and their tags (the console warns about
 * this before confirming). Image blobs stay: they are content-addressed and may be shared.
 */
export async function deleteNamespace(
  ctx: ServiceContext,
  params: ActionParams<'DeleteNamespace'>,
): Promise<Payload<'DeleteNamespace'>> {
  const stores = ['instances', 'namespaces', 'repositories', 'tags', ...SECURITY_SCOPED_STORES] as const;
  await write(ctx.store, stores, async (tx) => {
    await requireInstance(tx, params.InstanceId, { running: true });
    const record = await requireNamespace(tx, params.InstanceId, params.NamespaceName);
    const repoIds = await tx
      .objectStore('repositories')
      .index('by-namespace')
      .getAllKeys([params.InstanceId, params.NamespaceName]);
    for (const repoId of repoIds) {
      const tagKeys = await tx.objectStore('tags').index('by-repo').getAllKeys(repoId);
      await Promise.all(tagKeys.map((key) => tx.objectStore('tags').delete(key)));
      await tx.objectStore('repositories').delete(repoId);
    }
    await tx.objectStore('namespaces').delete(record.NamespaceId);
    await forgetNamespace(tx, params.InstanceId, params.NamespaceName);
  });
  return {};
}
