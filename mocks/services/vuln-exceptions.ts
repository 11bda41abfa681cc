/**
 * Vulnerability exceptions (忽略), console-only: `CreateVulnException`, `DeleteVulnException`,
 * `ListVulnException`, and their conversion to the core's `VulnerabilityException`, which decides what an
 * exception covers. `Expired` is never stored: it is derived from the clock on every read.
 */
import { type ExceptionScope, isExpired, type VulnerabilityException } from '@acr-console/core';
import type { ActionParams } from '@/api/contract/actions';
import type { VulnException } from '@/api/contract/policies';
import { ID_PREFIX } from '@/api/contract/wire';
import type { VulnExceptionRecord } from '../store/schema';
import { read, write } from '../store/transactions';
import type { ServiceContext } from './context';
import { BusinessFailure } from './errors';
import { newId } from './ids';
import { requireInstance, requireNamespace, requireRepository } from './lookup';
import { paginate } from './paging';
import type { Payload } from './payload';
import type { AnyTx } from './scan-rule-checks';

/** The scope as the core reads it. Stored records passed the scope check, so the names are there. */
function coreScope(record: VulnExceptionRecord): ExceptionScope {
  const namespace = record.NamespaceName;
  const repository = record.RepoName ?? '';
  if (record.ScopeType === 'NAMESPACE') return { kind: 'namespace', namespace };
  if (record.ScopeType === 'REPO') return { kind: 'repository', namespace, repository };
  return { kind: 'tag', namespace, repository, tag: record.Tag ?? '' };
}

export function toCoreException(record: VulnExceptionRecord): VulnerabilityException {
  return {
    id: record.ExceptionId,
    cveId: record.CveId,
    scope: coreScope(record),
    reason: record.Reason,
    author: record.Author,
    createdAt: new Date(record.CreateTime).toISOString(),
    ...(record.ExpireTime === undefined ? {} : { expiresAt: record.ExpireTime }),
  };
}

/** The API shape, `Expired` as of `now` (the core's rule: it expires at the instant itself). */
export function exceptionView(record: VulnExceptionRecord, now: number): VulnException {
  return { ...record, Expired: isExpired(toCoreException(record), now) };
}

/** Newest first; ties by id so pages never shuffle. */
export function newestFirst(a: VulnExceptionRecord, b: VulnExceptionRecord): number {
  return b.CreateTime - a.CreateTime || b.ExceptionId.localeCompare(a.ExceptionId);
}

export function instanceExceptions(tx: AnyTx, instanceId: string): Promise<VulnExceptionRecord[]> {
  return tx.objectStore('vulnExceptions').index('by-instance').getAll(instanceId);
}

/** EXCEPTION_SCOPE_ILLEGAL unless the names given are exactly those the scope type needs. */
function checkScope(params: ActionParams<'CreateVulnException'>): void {
  const hasRepo = Boolean(params.RepoName);
  const hasTag = Boolean(params.Tag);
  const legal =
    params.ScopeType === 'TAG'
      ? hasRepo && hasTag
      : params.ScopeType === 'REPO'
        ? hasRepo && !hasTag
        : !hasRepo && !hasTag;
  if (!legal) throw new BusinessFailure('EXCEPTION_SCOPE_ILLEGAL');
}

/** `CreateVulnException`: the namespace (and for TAG/REPO the repository) must exist; the expiry must be ahead. */
export async function createVulnException(
  ctx: ServiceContext,
  params: ActionParams<'CreateVulnException'>,
): Promise<Payload<'CreateVulnException'>> {
  checkScope(params);
  const now = ctx.clock.now();
  if (params.ExpireTime !== undefined && params.ExpireTime <= now) {
    throw new BusinessFailure('EXCEPTION_EXPIRE_ILLEGAL');
  }
  const record: VulnExceptionRecord = {
    ExceptionId: newId(ID_PREFIX.vulnException),
    InstanceId: params.InstanceId,
    CveId: params.CveId.trim(),
    ScopeType: params.ScopeType,
    NamespaceName: params.NamespaceName,
    ...(params.RepoName ? { RepoName: params.RepoName } : {}),
    ...(params.Tag ? { Tag: params.Tag } : {}),
    Reason: params.Reason,
    Author: params.Author,
    CreateTime: now,
    ...(params.ExpireTime === undefined ? {} : { ExpireTime: params.ExpireTime }),
  };
  await write(ctx.store, ['instances', 'namespaces', 'repositories', 'vulnExceptions'], async (tx) => {
    await requireInstance(tx, record.InstanceId, { running: true });
    await requireNamespace(tx, record.InstanceId, record.NamespaceName);
    if (record.RepoName) {
      await requireRepository(tx, {
        InstanceId: record.InstanceId,
        RepoNamespaceName: record.NamespaceName,
        RepoName: record.RepoName,
      });
    }
    // A tag need not exist yet: accepting a risk ahead of a release is legitimate.
    await tx.objectStore('vulnExceptions').add(record);
  });
  return { ExceptionId: record.ExceptionId };
}

/** `DeleteVulnException`: the findings it covered count again at once. */
export async function deleteVulnException(
  ctx: ServiceContext,
  params: ActionParams<'DeleteVulnException'>,
): Promise<Payload<'DeleteVulnException'>> {
  await write(ctx.store, ['instances', 'vulnExceptions'], async (tx) => {
    await requireInstance(tx, params.InstanceId, { running: true });
    const record = await tx.objectStore('vulnExceptions').get(params.ExceptionId);
    if (!record || record.InstanceId !== params.InstanceId) throw new BusinessFailure('EXCEPTION_NOT_EXIST');
    await tx.objectStore('vulnExceptions').delete(record.ExceptionId);
  });
  return {};
}

/** `ListVulnException`: newest first; `CveId` matches case-insensitively as a substring (the search box). */
export async function listVulnException(
  ctx: ServiceContext,
  params: ActionParams<'ListVulnException'>,
): Promise<Payload<'ListVulnException'>> {
  const records = await read(ctx.store, ['instances', 'vulnExceptions'], async (tx) => {
    await requireInstance(tx, params.InstanceId);
    return instanceExceptions(tx, params.InstanceId);
  });
  const cve = params.CveId?.trim().toUpperCase();
  const matching = records
    .filter((r) => !cve || r.CveId.toUpperCase().includes(cve))
    .filter((r) => !params.NamespaceName || r.NamespaceName === params.NamespaceName)
    .sort(newestFirst);
  const page = paginate(matching, params.PageNo, params.PageSize);
  const now = ctx.clock.now();
  return { Exceptions: page.items.map((r) => exceptionView(r, now)), TotalCount: page.TotalCount };
}
