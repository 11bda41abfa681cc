/**
 * For services whose answer spans many repositories (security reports, vulnerability search, exports): a
 * predicate telling which repositories an identity may read, judged with the evaluator the gateway uses and
 * with the semantics of its row filters (`row-filters.ts`): a repository is readable when the RAM action is
 * allowed on its own ARN, or allowed on its instance and not explicitly denied on the repository. An explicit
 * Deny on the instance hides all of its repositories. The main account reads everything.
 *
 * The gateway lets these actions through when the identity may read at least one repository of the instance
 * (or region) asked about; the services then count only the readable repositories (`report-data.ts`).
 */
import { evaluateRam, instanceArn, repositoryArn } from '@acr-console/core';
import type { ActionName } from '@/api/contract/actions';
import { MAIN_ACCOUNT_ID } from '@/api/contract/ram';
import type { ServiceContext } from '../services/context';
import { type AcrTransaction, META_KEY, type StoreName } from '../store/schema';
import { read } from '../store/transactions';
import { loadPrincipal, PRINCIPAL_STORES, type Principal } from './principals';
import { authEntry, isChecked } from './ram-actions';

type AnyTx = AcrTransaction<'readonly'> | AcrTransaction<'readwrite'>;

export interface RepositoryRef {
  InstanceId: string;
  RepoNamespaceName: string;
  RepoName: string;
}

export type RepositoryPredicate = (regionId: string, repo: RepositoryRef) => boolean;

/** The RAM action the gateway checks for `action` (`cr:GetScan` for an unchecked one: reading scan results). */
export function readRamAction(action: ActionName): string {
  const entry = authEntry(action);
  return isChecked(entry) ? entry.ram : 'cr:GetScan';
}

/** The stores {@link principalIn} reads. */
export const VISIBILITY_STORES: readonly StoreName[] = ['meta', ...PRINCIPAL_STORES];

/** The principal of `identity`, or of the session identity when it is undefined. */
export async function principalIn(tx: AnyTx, identity?: string): Promise<Principal> {
  return loadPrincipal(tx, identity ?? (await tx.objectStore('meta').get(META_KEY))?.Identity);
}

/** The session identity's name (undefined for the main account). */
export async function sessionIdentity(ctx: ServiceContext): Promise<string | undefined> {
  return read(ctx.store, ['meta'], async (tx) => (await tx.objectStore('meta').get(META_KEY))?.Identity);
}

/** What `principal` may read with `ramAction`, as of `now`. */
export interface Readable {
  /** The repository (see the module comment). */
  repository: RepositoryPredicate;
  /** The instance as a whole: the action is allowed on its ARN (its repositories then are, unless denied). */
  instance(regionId: string, instanceId: string): boolean;
}

export function readableBy(principal: Principal, ramAction: string, now: number): Readable {
  if (principal.kind === 'root') return { repository: () => true, instance: () => true };
  const context = { 'acs:CurrentTime': new Date(now).toISOString(), 'acs:SecureTransport': 'true' };
  const ask = (resource: string) => evaluateRam(principal.policies, { action: ramAction, resource, context });
  const instances = new Map<string, ReturnType<typeof ask>>();
  const onInstance = (regionId: string, instanceId: string) => {
    const key = `${regionId}\u0000${instanceId}`;
    let decision = instances.get(key);
    if (!decision) {
      decision = ask(instanceArn(regionId, MAIN_ACCOUNT_ID, instanceId));
      instances.set(key, decision);
    }
    return decision;
  };
  return {
    instance: (regionId, instanceId) => onInstance(regionId, instanceId).allowed,
    repository(regionId, repo) {
      const instance = onInstance(regionId, repo.InstanceId);
      if (instance.decision === 'ExplicitDeny') return false;
      const own = ask(repositoryArn(regionId, MAIN_ACCOUNT_ID, repo.InstanceId, repo.RepoNamespaceName, repo.RepoName));
      return own.allowed || (instance.allowed && own.decision !== 'ExplicitDeny');
    },
  };
}

/** Which repositories `principal` may read with `ramAction`, as of `now`. */
export function repositoryVisibility(principal: Principal, ramAction: string, now: number): RepositoryPredicate {
  return readableBy(principal, ramAction, now).repository;
}

/** `(regionId, repo) => boolean` for the session identity and `ramAction` (default `cr:GetScan`). */
export async function repositoryReader(ctx: ServiceContext, ramAction = 'cr:GetScan'): Promise<RepositoryPredicate> {
  const principal = await read(ctx.store, [...VISIBILITY_STORES], (tx) => principalIn(tx));
  return repositoryVisibility(principal, ramAction, ctx.clock.now());
}
