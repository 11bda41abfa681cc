/**
 * 加签规则 (console-only `CreateSigningRule`, `UpdateSigningRule`, `DeleteSigningRule`, `ListSigningRule`): a
 * namespace, repository and tag regexes (whole-name matches, checked for safety like scan-rule tag filters), a
 * witness, and whether pushes are signed automatically.
 */
import type { ActionParams } from '@/api/contract/actions';
import type { SignRuleTrigger } from '@/api/contract/signing';
import { checkTagPattern, tagMatcher } from '@/api/contract/tag-pattern';
import { ID_PREFIX } from '@/api/contract/wire';
import type { RepositoryRecord, SignRuleRecord } from '../store/schema';
import { read, write } from '../store/transactions';
import type { ServiceContext } from './context';
import { BusinessFailure } from './errors';
import { newId } from './ids';
import { requireInstance, requireNamespace } from './lookup';
import type { Payload } from './payload';
import type { AnyTx } from './scan-rule-checks';
import { requireWitness } from './signing-witnesses';

const DEFAULT_FILTER = '.*';
const RULE_STORES = ['instances', 'namespaces', 'signWitnesses', 'signRules'] as const;

function checkFilter(pattern: string | undefined): string {
  const value = pattern?.trim() || DEFAULT_FILTER;
  if (checkTagPattern(value)) throw new BusinessFailure('SIGN_RULE_PATTERN_ILLEGAL');
  return value;
}

async function requireSignRule(tx: AnyTx, instanceId: string, signRuleId: string): Promise<SignRuleRecord> {
  const rule = await tx.objectStore('signRules').get(signRuleId);
  if (!rule || rule.InstanceId !== instanceId) throw new BusinessFailure('SIGN_RULE_NOT_EXIST');
  return rule;
}

function rethrowDuplicate(error: unknown): never {
  if (error instanceof Error && error.name === 'ConstraintError') throw new BusinessFailure('SIGN_RULE_NAME_EXIST');
  throw error;
}

type RuleFields = Pick<
  SignRuleRecord,
  'RuleName' | 'NamespaceName' | 'RepoNameFilter' | 'TagFilterPattern' | 'WitnessId' | 'TriggerType'
>;

function ruleFields(params: ActionParams<'CreateSigningRule'>): RuleFields {
  return {
    RuleName: params.RuleName.trim(),
    NamespaceName: params.NamespaceName,
    RepoNameFilter: checkFilter(params.RepoNameFilter),
    TagFilterPattern: checkFilter(params.TagFilterPattern),
    WitnessId: params.WitnessId,
    TriggerType: params.TriggerType,
  };
}

/** Namespace and witness exist; the name is free (except for the rule itself). */
async function checkRuleRefs(tx: AnyTx, instanceId: string, fields: RuleFields, self?: string): Promise<void> {
  await requireNamespace(tx, instanceId, fields.NamespaceName);
  await requireWitness(tx, instanceId, fields.WitnessId);
  const same = await tx.objectStore('signRules').index('by-instance-name').get([instanceId, fields.RuleName]);
  if (same && same.SignRuleId !== self) throw new BusinessFailure('SIGN_RULE_NAME_EXIST');
}

export async function createSigningRule(
  ctx: ServiceContext,
  params: ActionParams<'CreateSigningRule'>,
): Promise<Payload<'CreateSigningRule'>> {
  const fields = ruleFields(params);
  const now = ctx.clock.now();
  const rule: SignRuleRecord = {
    SignRuleId: newId(ID_PREFIX.signRule),
    InstanceId: params.InstanceId,
    ...fields,
    CreateTime: now,
    UpdateTime: now,
  };
  await write(ctx.store, RULE_STORES, async (tx) => {
    await requireInstance(tx, params.InstanceId, { running: true });
    await checkRuleRefs(tx, params.InstanceId, fields);
    await tx.objectStore('signRules').add(rule);
  }).catch(rethrowDuplicate);
  return { SignRuleId: rule.SignRuleId };
}

export async function updateSigningRule(
  ctx: ServiceContext,
  params: ActionParams<'UpdateSigningRule'>,
): Promise<Payload<'UpdateSigningRule'>> {
  const fields = ruleFields(params);
  await write(ctx.store, RULE_STORES, async (tx) => {
    await requireInstance(tx, params.InstanceId, { running: true });
    const rule = await requireSignRule(tx, params.InstanceId, params.SignRuleId);
    await checkRuleRefs(tx, params.InstanceId, fields, rule.SignRuleId);
    await tx
      .objectStore('signRules')
      .put({ ...rule, ...fields, UpdateTime: Math.max(ctx.clock.now(), rule.CreateTime) });
  }).catch(rethrowDuplicate);
  return {};
}

export async function deleteSigningRule(
  ctx: ServiceContext,
  params: ActionParams<'DeleteSigningRule'>,
): Promise<Payload<'DeleteSigningRule'>> {
  await write(ctx.store, ['instances', 'signRules'], async (tx) => {
    await requireInstance(tx, params.InstanceId, { running: true });
    const rule = await requireSignRule(tx, params.InstanceId, params.SignRuleId);
    await tx.objectStore('signRules').delete(rule.SignRuleId);
  });
  return {};
}

/** `ListSigningRule`: newest first. */
export async function listSigningRule(
  ctx: ServiceContext,
  params: ActionParams<'ListSigningRule'>,
): Promise<Payload<'ListSigningRule'>> {
  const rules = await read(ctx.store, ['instances', 'signRules'], async (tx) => {
    await requireInstance(tx, params.InstanceId);
    return tx.objectStore('signRules').index('by-instance').getAll(params.InstanceId);
  });
  rules.sort((a, b) => b.CreateTime - a.CreateTime || b.SignRuleId.localeCompare(a.SignRuleId));
  return { Rules: rules, TotalCount: rules.length };
}

/** Whether the rule covers `tag` of `repo` (a stored pattern that no longer passes the check matches nothing). */
export function signRuleCovers(rule: SignRuleRecord, repo: RepositoryRecord, tag: string): boolean {
  if (rule.NamespaceName !== repo.RepoNamespaceName) return false;
  try {
    return tagMatcher(rule.RepoNameFilter)(repo.RepoName) && tagMatcher(rule.TagFilterPattern)(tag);
  } catch {
    return false;
  }
}

/** The instance's rules covering the tag, oldest first, optionally of one trigger. */
export async function rulesCovering(
  tx: AnyTx,
  repo: RepositoryRecord,
  tag: string,
  trigger?: SignRuleTrigger,
): Promise<SignRuleRecord[]> {
  const rules = await tx.objectStore('signRules').index('by-instance').getAll(repo.InstanceId);
  return rules
    .filter((rule) => (!trigger || rule.TriggerType === trigger) && signRuleCovers(rule, repo, tag))
    .sort((a, b) => a.CreateTime - b.CreateTime || a.SignRuleId.localeCompare(b.SignRuleId));
}
