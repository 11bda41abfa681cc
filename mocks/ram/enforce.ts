/**
 * The gateway's authorisation hook: before an action runs, the session identity is checked against the RAM
 * action and resource it needs (`ram-actions.ts`). A denied call is written to the audit log and answered
 * HTTP 403 `NoPrivilege`; an allowed call that changes something is audited once it succeeded. For lists a
 * RAM user sees only part of, the service is asked for every row and the answer keeps the visible ones.
 */
import type { ActionName } from '@/api/contract/actions';
import type { ServiceContext } from '../services/context';
import type { MetaRecord } from '../store/schema';
import { read } from '../store/transactions';
import { writeAudit } from './audit';
import { AUTHORIZE_STORES, authorize, denialDetail } from './authorize';
import { backfillRam } from './backfill';
import { loadPrincipal } from './principals';
import { authEntry, isChecked, isMutating } from './ram-actions';

type Params = Record<string, unknown>;

/** The call was denied (and audited); the gateway answers `NoPrivilege` with this request id. */
export class AccessDenied extends Error {
  constructor(readonly requestId: string) {
    super('Access denied for this user.');
    this.name = 'AccessDenied';
  }
}

export interface GuardedCall {
  /** The request id of the answer, as the audit log records it. */
  requestId: string;
  /** Runs the action (through `dispatch`), filtering list rows the identity may not see. */
  run(dispatch: (params: Params) => Promise<object>): Promise<object>;
  /** Audits a successful call that changed something. */
  succeeded(): Promise<void>;
}

/** Authorises one call, or throws {@link AccessDenied} after auditing the denial. */
export async function guardCall(
  ctx: ServiceContext,
  meta: MetaRecord,
  action: ActionName,
  params: Params,
): Promise<GuardedCall> {
  const requestId = crypto.randomUUID().toUpperCase();
  await backfillRam(ctx, meta);
  if (!isChecked(authEntry(action))) {
    return { requestId, run: (dispatch) => dispatch(params), succeeded: async () => undefined };
  }
  const now = ctx.clock.now();
  const { principal, decision } = await read(ctx.store, AUTHORIZE_STORES, async (tx) => {
    const principal = await loadPrincipal(tx, meta.Identity);
    return { principal, decision: await authorize(tx, principal, action, params, now) };
  });
  const audit = {
    UserName: principal.name,
    Action: action,
    RamAction: decision.ramAction,
    Resource: decision.resource,
  };
  if (!decision.allowed) {
    await writeAudit(ctx, { ...audit, Result: 'DENIED', Detail: denialDetail(decision), RequestId: requestId });
    throw new AccessDenied(requestId);
  }
  return {
    requestId,
    async run(dispatch) {
      const rows = decision.rows;
      if (!rows) return dispatch(params);
      const payload = await dispatch(rows.filter.widen(params));
      return rows.filter.apply(payload as Params, params, rows.keep, rows.visibleCandidates);
    },
    async succeeded() {
      if (isMutating(action)) await writeAudit(ctx, { ...audit, Result: 'ALLOWED', RequestId: requestId });
    },
  };
}
