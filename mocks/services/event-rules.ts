/**
 * Event rules (事件中心 > 事件规则): the console-only `CreateEventCenterRule`, the real `UpdateEventCenterRule`,
 * `DeleteEventCenterRule` and `ListEventCenterRuleName`, and the console-only full list and detail. Deleting a
 * rule keeps its records.
 */
import type { ActionParams } from '@/api/contract/actions';
import { EVENT_RULE_LIMIT } from '@/api/contract/events';
import { ID_PREFIX } from '@/api/contract/wire';
import type { EventRuleRecord } from '../store/schema';
import { read, write } from '../store/transactions';
import type { ServiceContext } from './context';
import { BusinessFailure } from './errors';
import {
  checkEventPattern,
  checkEventRuleName,
  checkEventScope,
  parseEventConfig,
  requireEventScope,
  ruleView,
} from './event-config';
import { newId } from './ids';
import { requireInstance } from './lookup';
import type { Payload } from './payload';
import type { AnyTx } from './scan-rule-checks';

const RULE_STORES = ['instances', 'namespaces', 'repositories', 'eventRules'] as const;

export async function requireEventRule(tx: AnyTx, instanceId: string, ruleId: string): Promise<EventRuleRecord> {
  const rule = await tx.objectStore('eventRules').get(ruleId);
  if (!rule || rule.InstanceId !== instanceId) throw new BusinessFailure('EVENT_RULE_NOT_EXIST');
  return rule;
}

function rethrowDuplicate(error: unknown): never {
  if (error instanceof Error && error.name === 'ConstraintError') throw new BusinessFailure('EVENT_RULE_ALREADY_EXIST');
  throw error;
}

/** `CreateEventCenterRule` (console-only): at most {@link EVENT_RULE_LIMIT} per instance. */
export async function createEventCenterRule(
  ctx: ServiceContext,
  params: ActionParams<'CreateEventCenterRule'>,
): Promise<Payload<'CreateEventCenterRule'>> {
  const RuleName = checkEventRuleName(params.RuleName);
  const scope = checkEventScope(params);
  checkEventPattern(params.RepoTagFilterPattern);
  const EventConfig = parseEventConfig(params.EventConfig);
  const now = ctx.clock.now();
  const rule: EventRuleRecord = {
    RuleId: newId(ID_PREFIX.eventRule),
    InstanceId: params.InstanceId,
    RuleName,
    EventType: params.EventType,
    EventScope: scope.EventScope,
    EventChannel: 'EVENT_BRIDGE',
    Namespaces: scope.Namespaces,
    RepoNames: scope.RepoNames,
    RepoTagFilterPattern: params.RepoTagFilterPattern,
    EventConfig,
    CreateTime: now,
    UpdateTime: now,
  };
  await write(ctx.store, RULE_STORES, async (tx) => {
    await requireInstance(tx, params.InstanceId, { running: true });
    await requireEventScope(tx, params.InstanceId, scope);
    const rules = tx.objectStore('eventRules');
    if (await rules.index('by-instance-name').count([params.InstanceId, RuleName])) {
      throw new BusinessFailure('EVENT_RULE_ALREADY_EXIST');
    }
    if ((await rules.index('by-instance').count(params.InstanceId)) >= EVENT_RULE_LIMIT) {
      throw new BusinessFailure('EVENT_RULE_LIMIT_EXCEED');
    }
    await rules.add(rule);
  }).catch(rethrowDuplicate);
  return { RuleId: rule.RuleId };
}

/**
 * `UpdateEventCenterRule`: changes only the fields given. Switching the scope clears what the new scope does not
 * take (namespaces for INSTANCE, repositories for NAMESPACE) unless given. A masked secret sent back keeps the
 * stored one. Answers `{RuleId}` in the `Code: 200` envelope.
 */
export async function updateEventCenterRule(
  ctx: ServiceContext,
  params: ActionParams<'UpdateEventCenterRule'>,
): Promise<Payload<'UpdateEventCenterRule'>> {
  const RuleName = params.RuleName === undefined ? undefined : checkEventRuleName(params.RuleName);
  if (params.RepoTagFilterPattern !== undefined) checkEventPattern(params.RepoTagFilterPattern);
  // The scope and config depend on the stored rule: read it first (checks repeat inside the write).
  const stored = await read(ctx.store, ['instances', 'eventRules'], async (tx) => {
    await requireInstance(tx, params.InstanceId);
    return requireEventRule(tx, params.InstanceId, params.RuleId);
  });
  const EventScope = params.EventScope ?? stored.EventScope;
  const scope = checkEventScope({
    EventScope,
    Namespaces: params.Namespaces ?? (EventScope === 'INSTANCE' ? [] : stored.Namespaces),
    RepoNames: params.RepoNames ?? (EventScope === 'REPO' ? stored.RepoNames : []),
  });
  const EventConfig =
    params.EventConfig === undefined ? undefined : parseEventConfig(params.EventConfig, stored.EventConfig);
  await write(ctx.store, RULE_STORES, async (tx) => {
    await requireInstance(tx, params.InstanceId, { running: true });
    const rule = await requireEventRule(tx, params.InstanceId, params.RuleId);
    await requireEventScope(tx, params.InstanceId, scope);
    const rules = tx.objectStore('eventRules');
    const name = RuleName ?? rule.RuleName;
    const sameName = await rules.index('by-instance-name').get([params.InstanceId, name]);
    if (sameName && sameName.RuleId !== rule.RuleId) throw new BusinessFailure('EVENT_RULE_ALREADY_EXIST');
    await rules.put({
      ...rule,
      RuleName: name,
      EventType: params.EventType ?? rule.EventType,
      EventChannel: params.EventChannel ?? rule.EventChannel,
      ...scope,
      RepoTagFilterPattern: params.RepoTagFilterPattern ?? rule.RepoTagFilterPattern,
      EventConfig: EventConfig ?? rule.EventConfig,
      UpdateTime: Math.max(ctx.clock.now(), rule.CreateTime),
    });
  }).catch(rethrowDuplicate);
  return { RuleId: params.RuleId };
}

/** `DeleteEventCenterRule`: `{RequestId, Code: "success"}`; the rule's records stay. */
export async function deleteEventCenterRule(
  ctx: ServiceContext,
  params: ActionParams<'DeleteEventCenterRule'>,
): Promise<Payload<'DeleteEventCenterRule'>> {
  await write(ctx.store, ['instances', 'eventRules'], async (tx) => {
    await requireInstance(tx, params.InstanceId);
    const rule = await requireEventRule(tx, params.InstanceId, params.RuleId);
    await tx.objectStore('eventRules').delete(rule.RuleId);
  });
  return {};
}

/** The instance's rules, newest first. */
async function rulesOf(ctx: ServiceContext, instanceId: string): Promise<EventRuleRecord[]> {
  const rules = await read(ctx.store, ['instances', 'eventRules'], async (tx) => {
    await requireInstance(tx, instanceId);
    return tx.objectStore('eventRules').index('by-instance').getAll(instanceId);
  });
  return rules.sort((a, b) => b.CreateTime - a.CreateTime || b.RuleId.localeCompare(a.RuleId));
}

/** `ListEventCenterRuleName`: `{RuleNames[]{RuleId, RuleName}}`, newest first. */
export async function listEventCenterRuleName(
  ctx: ServiceContext,
  params: ActionParams<'ListEventCenterRuleName'>,
): Promise<Payload<'ListEventCenterRuleName'>> {
  const rules = await rulesOf(ctx, params.InstanceId);
  return { RuleNames: rules.map((rule) => ({ RuleId: rule.RuleId, RuleName: rule.RuleName })) };
}

/** `ListEventCenterRules` (console-only): every field, secrets masked. */
export async function listEventCenterRules(
  ctx: ServiceContext,
  params: ActionParams<'ListEventCenterRules'>,
): Promise<Payload<'ListEventCenterRules'>> {
  return { Rules: (await rulesOf(ctx, params.InstanceId)).map(ruleView) };
}

/** `GetEventCenterRule` (console-only): one rule, secret masked. */
export async function getEventCenterRule(
  ctx: ServiceContext,
  params: ActionParams<'GetEventCenterRule'>,
): Promise<Payload<'GetEventCenterRule'>> {
  const rule = await read(ctx.store, ['instances', 'eventRules'], async (tx) => {
    await requireInstance(tx, params.InstanceId);
    return requireEventRule(tx, params.InstanceId, params.RuleId);
  });
  return { Rule: ruleView(rule) };
}
