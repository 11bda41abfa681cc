/**
 * The session side of RAM: who the console acts as (`GetCallerIdentity`, `SwitchIdentity`), what it may do
 * (`CheckPermissions`, answered by the same map and evaluator the gateway enforces), and what was done
 * (`ListAuditLog`, newest first).
 */
import { type ActionName, isActionName } from '@/api/contract/actions';
import {
  type AuditLog,
  type Identity,
  MAIN_ACCOUNT_ID,
  MAIN_ACCOUNT_NAME,
  type PermissionAnswer,
} from '@/api/contract/ram';
import { AUTHORIZE_STORES, authorize } from '../ram/authorize';
import { isRoot, loadPrincipal } from '../ram/principals';
import { META_KEY, type RamUserRecord } from '../store/schema';
import { read, write } from '../store/transactions';
import type { ServiceContext } from './context';
import { ensureWorld } from './demo';
import { BusinessFailure } from './errors';
import { paginate } from './paging';
import type { Payload } from './payload';

function rootIdentity(): Identity {
  return {
    UserName: MAIN_ACCOUNT_NAME,
    DisplayName: '主账号',
    IdentityType: 'Account',
    AccountId: MAIN_ACCOUNT_ID,
    Arn: `acs:ram::${MAIN_ACCOUNT_ID}:root`,
  };
}

function userIdentity(name: string, user: RamUserRecord | undefined): Identity {
  return {
    UserName: name,
    DisplayName: user?.DisplayName ?? name,
    IdentityType: 'RAMUser',
    AccountId: MAIN_ACCOUNT_ID,
    Arn: `acs:ram::${MAIN_ACCOUNT_ID}:user/${name}`,
  };
}

export async function getCallerIdentity(ctx: ServiceContext): Promise<Payload<'GetCallerIdentity'>> {
  const meta = await ensureWorld(ctx);
  if (isRoot(meta.Identity)) return { Identity: rootIdentity() };
  const name = meta.Identity ?? MAIN_ACCOUNT_NAME;
  const user = await read(ctx.store, ['ramUsers'], (tx) => tx.objectStore('ramUsers').get(name));
  return { Identity: userIdentity(name, user) };
}

/** `SwitchIdentity`: `root` (the main account) or an existing RAM user, else RAM_USER_NOT_EXIST. */
export async function switchIdentity(
  ctx: ServiceContext,
  params: { UserName: string },
): Promise<Payload<'SwitchIdentity'>> {
  await ensureWorld(ctx);
  const Identity = await write(ctx.store, ['meta', 'ramUsers'], async (tx) => {
    const meta = await tx.objectStore('meta').get(META_KEY);
    if (!meta) throw new Error('no demo world');
    if (isRoot(params.UserName)) {
      const { Identity: _previous, ...rest } = meta;
      await tx.objectStore('meta').put(rest);
      return rootIdentity();
    }
    const user = await tx.objectStore('ramUsers').get(params.UserName);
    if (!user) throw new BusinessFailure('RAM_USER_NOT_EXIST');
    await tx.objectStore('meta').put({ ...meta, Identity: user.UserName });
    return userIdentity(user.UserName, user);
  });
  return { Identity };
}

/** `CheckPermissions`: each question through the same decision the gateway makes. */
export async function checkPermissions(
  ctx: ServiceContext,
  params: { Questions: { Action: string; Params: Record<string, string> }[] },
): Promise<Payload<'CheckPermissions'>> {
  const meta = await ensureWorld(ctx);
  const now = ctx.clock.now();
  const Answers = await read(ctx.store, AUTHORIZE_STORES, async (tx) => {
    const principal = await loadPrincipal(tx, meta.Identity);
    const answers: PermissionAnswer[] = [];
    for (const question of params.Questions) {
      if (!isActionName(question.Action)) {
        answers.push({
          Action: question.Action,
          Allowed: false,
          RamAction: '',
          Resource: '',
          Decision: 'ImplicitDeny',
        });
        continue;
      }
      const d = await authorize(tx, principal, question.Action as ActionName, question.Params, now);
      answers.push({
        Action: question.Action,
        Allowed: d.allowed,
        RamAction: d.ramAction,
        Resource: d.resource,
        Decision: d.decision,
        ...(d.deniedBy ? { DeniedBy: d.deniedBy } : {}),
      });
    }
    return answers;
  });
  return { Answers };
}

export async function listAuditLog(
  ctx: ServiceContext,
  params: { UserName?: string; Result?: AuditLog['Result']; ApiAction?: string; PageNo?: number; PageSize?: number },
): Promise<Payload<'ListAuditLog'>> {
  const all = await read(ctx.store, ['auditLogs'], (tx) => tx.objectStore('auditLogs').getAll());
  const matching = all
    .filter(
      (log) =>
        (!params.UserName || log.UserName === params.UserName) &&
        (!params.Result || log.Result === params.Result) &&
        (!params.ApiAction || log.Action === params.ApiAction),
    )
    .sort((a, b) => b.Time - a.Time || (a.LogId < b.LogId ? 1 : a.LogId > b.LogId ? -1 : 0));
  const page = paginate(matching, params.PageNo, params.PageSize);
  return { Logs: page.items, TotalCount: page.TotalCount };
}
