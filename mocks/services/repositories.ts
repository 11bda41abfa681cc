/** Repositories: `CreateRepository`, `GetRepository`, `ListRepository`, `UpdateRepository`, `DeleteRepository`. */
import type { ActionParams } from '@/api/contract/actions';
import { checkRepoName, DETAIL_MAX, SUMMARY_MAX } from '@/api/contract/names';
import type { Repository } from '@/api/contract/repositories';
import { ID_PREFIX } from '@/api/contract/wire';
import type { RepositoryRecord } from '../store/schema';
import { read, write } from '../store/transactions';
import type { ServiceContext } from './context';
import { BusinessFailure, ParameterFailure, rethrowDuplicate } from './errors';
import { newId } from './ids';
import { requireInstance, requireNamespace, requireRepository } from './lookup';
import { matchesFilter, paginate } from './paging';
import type { Payload } from './payload';
import { forwardToSas } from './scan-engine';
import { forgetRepository } from './security-cleanup';

function toRepository(record: RepositoryRecord): Repository {
  const { Detail: _detail, ...rest } = record;
  return rest;
}

/** Summary is required (1–100 characters) and Detail at most 2000, as the console's form enforces too. */
function checkTexts(params: { Summary: string; Detail?: string }): void {
  if (!params.Summary.trim()) throw new ParameterFailure('MissingParameter', 'Summary');
  if (params.Summary.length > SUMMARY_MAX) {
    throw new ParameterFailure('InvalidParameter', 'Summary', `At most ${SUMMARY_MAX} characters.`);
  }
  if (params.Detail && params.Detail.length > DETAIL_MAX) {
    throw new ParameterFailure('InvalidParameter', 'Detail', `At most ${DETAIL_MAX} characters.`);
  }
}

/**
 * `CreateRepository` in an existing namespace (NAMESPACE_NOT_EXIST otherwise). Rejects an illegal name
 * (REPO_NAME_ILLEGAL), a duplicate (REPO_ALREADY_EXIST) and a repository beyond the instance's quota
 * (REPO_LIMIT_EXCEED). Returns the new `RepoId`.
 */
export async function createRepository(
  ctx: ServiceContext,
  params: ActionParams<'CreateRepository'>,
): Promise<Payload<'CreateRepository'>> {
  checkTexts(params);
  const now = ctx.clock.now();
  const RepoId = newId(ID_PREFIX.repository);
  await write(ctx.store, ['instances', 'namespaces', 'repositories'], async (tx) => {
    const instance = await requireInstance(tx, params.InstanceId, { running: true });
    await requireNamespace(tx, instance.InstanceId, params.RepoNamespaceName);
    if (checkRepoName(params.RepoName)) throw new BusinessFailure('REPO_NAME_ILLEGAL');
    const repos = tx.objectStore('repositories');
    if (await repos.index('by-instance-path').count([instance.InstanceId, params.RepoNamespaceName, params.RepoName])) {
      throw new BusinessFailure('REPO_ALREADY_EXIST');
    }
    if ((await repos.index('by-instance').count(instance.InstanceId)) >= instance.Quota.Repo) {
      throw new BusinessFailure('REPO_LIMIT_EXCEED');
    }
    await repos.add({
      RepoId,
      InstanceId: instance.InstanceId,
      RepoNamespaceName: params.RepoNamespaceName,
      RepoName: params.RepoName,
      RepoType: params.RepoType,
      RepoBuildType: 'MANUAL',
      RepoStatus: 'NORMAL',
      Summary: params.Summary,
      Detail: params.Detail ?? '',
      TagImmutability: params.TagImmutability ?? false,
      ResourceGroupId: instance.ResourceGroupId,
      CreateTime: now,
      ModifiedTime: now,
    });
  }).catch(rethrowDuplicate('REPO_ALREADY_EXIST'));
  return { RepoId };
}

/** `GetRepository` by `RepoId` or by `RepoNamespaceName` + `RepoName`; REPO_NOT_EXIST if there is none. */
export async function getRepository(
  ctx: ServiceContext,
  params: ActionParams<'GetRepository'>,
): Promise<Payload<'GetRepository'>> {
  const record = await read(ctx.store, ['instances', 'repositories'], async (tx) => {
    await requireInstance(tx, params.InstanceId);
    return requireRepository(tx, params);
  });
  return { ...toRepository(record), Detail: record.Detail };
}

/**
 * `ListRepository`: newest first, filtered by namespace (exact), name substring and status (`ALL` or absent
 * means any), paginated.
 */
export async function listRepositories(
  ctx: ServiceContext,
  params: ActionParams<'ListRepository'>,
): Promise<Payload<'ListRepository'>> {
  const all = await read(ctx.store, ['instances', 'repositories'], async (tx) => {
    await requireInstance(tx, params.InstanceId);
    const repos = tx.objectStore('repositories');
    return params.RepoNamespaceName
      ? repos.index('by-namespace').getAll([params.InstanceId, params.RepoNamespaceName])
      : repos.index('by-instance').getAll(params.InstanceId);
  });
  const status = params.RepoStatus === 'ALL' ? undefined : params.RepoStatus;
  const matching = all
    .filter((repo) => matchesFilter(repo.RepoName, params.RepoName) && (!status || repo.RepoStatus === status))
    .sort((a, b) => b.CreateTime - a.CreateTime || a.RepoName.localeCompare(b.RepoName));
  const page = paginate(matching, params.PageNo, params.PageSize);
  return {
    Repositories: page.items.map(toRepository),
    PageNo: page.PageNo,
    PageSize: page.PageSize,
    TotalCount: String(page.TotalCount),
  };
}

/** `UpdateRepository`: type, summary, detail and tag immutability. */
export async function updateRepository(
  ctx: ServiceContext,
  params: ActionParams<'UpdateRepository'>,
): Promise<Payload<'UpdateRepository'>> {
  checkTexts(params);
  const now = ctx.clock.now();
  await write(ctx.store, ['instances', 'repositories'], async (tx) => {
    await requireInstance(tx, params.InstanceId, { running: true });
    const repo = await requireRepository(tx, params);
    await tx.objectStore('repositories').put({
      ...repo,
      RepoType: params.RepoType,
      Summary: params.Summary,
      Detail: params.Detail ?? repo.Detail,
      TagImmutability: params.TagImmutability ?? repo.TagImmutability,
      ModifiedTime: now,
    });
  });
  return {};
}

/** `DeleteRepository`: deletes the repository and all its tags. */
export async function deleteRepository(
  ctx: ServiceContext,
  params: ActionParams<'DeleteRepository'>,
): Promise<Payload<'DeleteRepository'>> {
  const stores = ['instances', 'repositories', 'tags', 'vulnExceptions'] as const;
  const repo = await write(ctx.store, stores, async (tx) => {
    await requireInstance(tx, params.InstanceId, { running: true });
    const found = await requireRepository(tx, params);
    const tagKeys = await tx.objectStore('tags').index('by-repo').getAllKeys(found.RepoId);
    await Promise.all(tagKeys.map((key) => tx.objectStore('tags').delete(key)));
    await tx.objectStore('repositories').delete(found.RepoId);
    await forgetRepository(tx, params.InstanceId, found.RepoNamespaceName, found.RepoName);
    return found;
  });
  await forwardToSas(ctx, {
    InstanceId: params.InstanceId,
    EventType: 'REPO_DELETE',
    Target: `${repo.RepoNamespaceName}/${repo.RepoName}`,
  });
  return {};
}
