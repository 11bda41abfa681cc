/**
 * Firing one event at its targets: one event record per target (written PENDING with the exact request, then
 * delivered in the background), and the parts every event shares (its context, the link to the console).
 */
import type { EventNotifyMethod, EventRecord } from '@/api/contract/events';
import type { ScanRuleNotifyMethod } from '@/api/contract/scan-rules';
import { ID_PREFIX } from '@/api/contract/wire';
import type { EventContext } from '../events';
import type { EventRecordRecord, EventRuleRecord, InstanceRecord } from '../store/schema';
import type { ServiceContext } from './context';
import { type AnyEvent, requestFor } from './event-bodies';
import { displayTarget, enqueueDelivery } from './event-delivery';
import { newId } from './ids';

/** The account the offline console plays (EventBridge puts it in the envelope and the subject). */
export const DEMO_ACCOUNT_ID = '1588000000000000';
export const DEFAULT_RETRIES = 3;

export const SCAN_RULE_METHOD: Record<ScanRuleNotifyMethod, EventNotifyMethod> = {
  DING_TALK: 'dingding',
  HTTP: 'http',
  HTTPS: 'https',
};

/** Who a record is for. */
export interface Target {
  RuleId: string;
  RuleName: string;
  Source: EventRecord['Source'];
  method: EventNotifyMethod;
  url: string;
  secret?: string;
  retries: number;
  envelope: 'plain' | 'cloudevents';
}

export function ruleTarget(rule: EventRuleRecord, source: 'EVENT_RULE' | 'TEST'): Target {
  const config = rule.EventConfig;
  return {
    RuleId: rule.RuleId,
    RuleName: rule.RuleName,
    Source: source,
    method: config.notifyMethod,
    url: config.notifyConfig.Url,
    ...(config.notifyConfig.Secret ? { secret: config.notifyConfig.Secret } : {}),
    retries: config.retry?.Retries ?? DEFAULT_RETRIES,
    envelope: config.envelope ?? 'plain',
  };
}

export function eventContext(instance: InstanceRecord, timeMs: number): EventContext {
  return {
    id: crypto.randomUUID(),
    accountId: DEMO_ACCOUNT_ID,
    regionId: instance.RegionId,
    instanceId: instance.InstanceId,
    timeMs,
  };
}

/** One PENDING record per target, written and sent. */
export async function fire(
  ctx: ServiceContext,
  event: AnyEvent,
  image: { namespace: string; repoName: string; tag: string },
  targets: Target[],
  trigger: string,
): Promise<string[]> {
  const ids: string[] = [];
  for (const target of targets) {
    const now = ctx.clock.now();
    const request = requestFor(event, target.method, target.envelope);
    const record: EventRecordRecord = {
      RecordId: newId(ID_PREFIX.eventRecord),
      RuleId: target.RuleId,
      RuleName: target.RuleName,
      InstanceId: event.context.instanceId,
      EventType: event.type,
      EventChannel: 'EVENT_BRIDGE',
      EventNotifyMethod: target.method,
      EventNotifyId: event.context.id,
      Namespace: image.namespace,
      RepoName: image.repoName,
      Tag: image.tag,
      CreateTime: now,
      UpdateTime: now,
      Source: target.Source,
      Status: 'PENDING',
      Target: displayTarget(target.url),
      AttemptList: [],
      Delivery: {
        Url: target.url,
        Method: target.method,
        Headers: request.headers,
        Body: request.body,
        ...(target.secret ? { Secret: target.secret } : {}),
        Retries: target.retries,
      },
      RunnerId: ctx.scans.runnerId,
      HeartbeatTime: now,
      Trigger: trigger,
    };
    await enqueueDelivery(ctx, record);
    ids.push(record.RecordId);
  }
  return ids;
}

/** The console page of a tag's scan result (安全扫描). */
export function resultUrl(
  ctx: ServiceContext,
  regionId: string,
  instanceId: string,
  repoId: string,
  tag: string,
): string {
  const base = ctx.consoleUrl ?? '/';
  return `${base}${regionId}/instances/${instanceId}/repositories/${repoId}/tags/${encodeURIComponent(tag)}/scan`;
}
