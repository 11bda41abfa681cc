/**
 * One authorisation decision: may this principal call this action with these parameters? The gateway
 * (`enforce.ts`) and `CheckPermissions` both ask here, so the UI and the API never disagree.
 *
 * RAM semantics: the main account may do anything; a RAM user only what its policies allow (default deny,
 * an explicit Deny wins). Lists of namespaces, repositories and instances are filtered row by row: a user
 * denied at the instance (or region) level still gets the rows it may access on their own ARN, and only
 * when there are none is the call denied.
 */
import { evaluateRam, type RamPolicy } from '@acr-console/core';
import type { ActionName } from '@/api/contract/actions';
import type { AcrTransaction, StoreName } from '../store/schema';
import { ARN_STORES, resourceArn } from './arns';
import { PRINCIPAL_STORES, type Principal } from './principals';
import { authEntry, isChecked } from './ram-actions';
import { ROW_FILTERS, type RowFilter } from './row-filters';

type AnyTx = AcrTransaction<'readonly'> | AcrTransaction<'readwrite'>;

/** Every store an authorisation decision may read. */
export const AUTHORIZE_STORES: readonly StoreName[] = [...new Set([...ARN_STORES, ...PRINCIPAL_STORES])];

export interface Decision {
  allowed: boolean;
  decision: 'Allow' | 'ExplicitDeny' | 'ImplicitDeny';
  /** Empty for actions that are never checked. */
  ramAction: string;
  resource: string;
  /** For an explicit deny, the policy whose Deny matched. */
  deniedBy?: string;
  /** Set for a RAM user's list call: keeps only the rows it may see. */
  rows?: BoundRowFilter;
}

/** A row filter bound to the principal: which rows of the answer it keeps. */
export interface BoundRowFilter {
  filter: RowFilter;
  keep: (row: Record<string, unknown>) => boolean;
  /** How many of the rows the call could return are visible. */
  visibleCandidates: number;
}

export async function authorize(
  tx: AnyTx,
  principal: Principal,
  action: ActionName,
  params: Readonly<Record<string, unknown>>,
  now: number,
): Promise<Decision> {
  const entry = authEntry(action);
  if (!isChecked(entry)) return { allowed: true, decision: 'Allow', ramAction: '', resource: '' };
  const resource = await resourceArn(tx, entry.resource, params);
  const base = { ramAction: entry.ram, resource };
  if (principal.kind === 'root') return { ...base, allowed: true, decision: 'Allow' };

  const ask = (arn: string) => evaluate(principal.policies, entry.ram, arn, now);
  const sides = SIDE_RESOURCES[action]?.(params);
  if (sides) return judgeEverySide(tx, entry.ram, sides, ask);
  const top = ask(resource);
  const decision: Decision = {
    ...base,
    allowed: top.allowed,
    decision: top.decision,
    ...(top.deniedBy ? { deniedBy: top.deniedBy } : {}),
  };
  const filter = ROW_FILTERS[action];
  if (!filter || top.decision === 'ExplicitDeny') return decision;

  // A row shows if it is allowed on its own ARN, or if the list itself is allowed and the row is not denied.
  const visible = (arn: string) => {
    const row = ask(arn);
    return row.allowed || (top.allowed && row.decision !== 'ExplicitDeny');
  };
  const scope = await filter.scope(tx, params);
  const visibleCandidates = scope.candidates.filter(visible).length;
  const rows: BoundRowFilter = { filter, keep: (row) => visible(scope.rowArn(row)), visibleCandidates };
  if (top.allowed) return { ...decision, rows };
  if (visibleCandidates === 0) return decision;
  return { ...base, allowed: true, decision: 'Allow', rows };
}

/**
 * Actions that read several repositories at once and need each of them: a scan diff compares two tags,
 * possibly of different repositories, and must not reveal one the caller may not read.
 */
const SIDE_RESOURCES: Partial<
  Record<ActionName, (params: Readonly<Record<string, unknown>>) => Record<string, unknown>[]>
> = {
  DiffScans: (params) =>
    [params.Base, params.Target].map((side) => ({
      InstanceId: params.InstanceId,
      RepoId: side && typeof side === 'object' ? (side as { RepoId?: unknown }).RepoId : undefined,
    })),
};

/** Allowed only when every side is; a denial names the first side denied. */
async function judgeEverySide(
  tx: AnyTx,
  ramAction: string,
  sides: Record<string, unknown>[],
  ask: (arn: string) => ReturnType<typeof evaluate>,
): Promise<Decision> {
  let first: Decision | undefined;
  for (const side of sides) {
    const resource = await resourceArn(tx, 'repository', side);
    const answer = ask(resource);
    const decision: Decision = {
      ramAction,
      resource,
      allowed: answer.allowed,
      decision: answer.decision,
      ...(answer.deniedBy ? { deniedBy: answer.deniedBy } : {}),
    };
    if (!decision.allowed) return decision;
    first ??= decision;
  }
  return first ?? { ramAction, resource: '', allowed: true, decision: 'Allow' };
}

function evaluate(policies: readonly RamPolicy[], action: string, resource: string, now: number) {
  const result = evaluateRam(policies, {
    action,
    resource,
    context: { 'acs:CurrentTime': new Date(now).toISOString(), 'acs:SecureTransport': 'true' },
  });
  const deniedBy = result.decision === 'ExplicitDeny' ? result.matches[0]?.policyName : undefined;
  return { allowed: result.allowed, decision: result.decision, deniedBy };
}

/** The audit/answer text of a denial: `ImplicitDeny` or `ExplicitDeny by <policy>`. */
export function denialDetail(decision: Decision): string {
  return decision.decision === 'ExplicitDeny' ? `ExplicitDeny by ${decision.deniedBy ?? '?'}` : 'ImplicitDeny';
}
