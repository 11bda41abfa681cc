/**
 * Event records (事件记录 / 事件历史): the real `ListEventCenterRecord`, and the console-only detail with every
 * attempt and 重新发送. A PENDING record whose page went away is failed (with a reason) when read.
 */
import type { ActionParams } from '@/api/contract/actions';
import type { EventRecord } from '@/api/contract/events';
import type { EventRecordRecord } from '../store/schema';
import { read } from '../store/transactions';
import type { ServiceContext } from './context';
import { BusinessFailure } from './errors';
import { recoverRecordIfOrphaned, restartDelivery } from './event-delivery';
import { requireInstance } from './lookup';
import { paginate } from './paging';
import type { Payload } from './payload';

/** The API row of a stored record. */
export function recordView(record: EventRecordRecord): EventRecord {
  const { AttemptList, Delivery: _d, RunnerId: _r, HeartbeatTime: _h, Trigger: _t, ...row } = record;
  return { ...row, Attempts: AttemptList.length };
}

/** `ListEventCenterRecord`: newest first, filtered by rule, type, namespace, repository and (console-only) status. */
export async function listEventCenterRecord(
  ctx: ServiceContext,
  params: ActionParams<'ListEventCenterRecord'>,
): Promise<Payload<'ListEventCenterRecord'>> {
  const stored = await read(ctx.store, ['instances', 'eventRecords'], async (tx) => {
    await requireInstance(tx, params.InstanceId);
    return tx.objectStore('eventRecords').index('by-instance').getAll(params.InstanceId);
  });
  const records = await Promise.all(stored.map((record) => recoverRecordIfOrphaned(ctx, record)));
  const matching = records
    .filter(
      (r) =>
        (!params.RuleId || r.RuleId === params.RuleId) &&
        (!params.EventType || r.EventType === params.EventType) &&
        (!params.RepoNamespaceName || r.Namespace === params.RepoNamespaceName) &&
        (!params.RepoName || r.RepoName === params.RepoName) &&
        (!params.Status || r.Status === params.Status),
    )
    .sort((a, b) => b.CreateTime - a.CreateTime || b.RecordId.localeCompare(a.RecordId));
  const page = paginate(matching, params.PageNo, params.PageSize);
  return {
    Records: page.items.map(recordView),
    PageNo: page.PageNo,
    PageSize: page.PageSize,
    TotalCount: page.TotalCount,
  };
}

async function requireRecord(ctx: ServiceContext, instanceId: string, recordId: string): Promise<EventRecordRecord> {
  const record = await read(ctx.store, ['instances', 'eventRecords'], async (tx) => {
    await requireInstance(tx, instanceId);
    return tx.objectStore('eventRecords').get(recordId);
  });
  if (!record || record.InstanceId !== instanceId) throw new BusinessFailure('EVENT_RECORD_NOT_EXIST');
  return recoverRecordIfOrphaned(ctx, record);
}

/** `GetEventCenterRecord` (console-only): the record and its attempts, oldest first. */
export async function getEventCenterRecord(
  ctx: ServiceContext,
  params: ActionParams<'GetEventCenterRecord'>,
): Promise<Payload<'GetEventCenterRecord'>> {
  const record = await requireRecord(ctx, params.InstanceId, params.RecordId);
  return { Record: recordView(record), Attempts: record.AttemptList };
}

/** The DingTalk secret to sign a re-send with: the rule's current one when it still points at the same robot. */
async function currentSecret(ctx: ServiceContext, record: EventRecordRecord): Promise<string | undefined> {
  const { eventRule, scanRule } = await read(ctx.store, ['eventRules', 'scanRules'], async (tx) => ({
    eventRule: await tx.objectStore('eventRules').get(record.RuleId),
    scanRule: await tx.objectStore('scanRules').get(record.RuleId),
  }));
  if (eventRule?.EventConfig.notifyConfig.Url === record.Delivery.Url) return eventRule.EventConfig.notifyConfig.Secret;
  if (scanRule?.NotifyUrl === record.Delivery.Url) return scanRule.NotifySecret;
  return record.Delivery.Secret;
}

/**
 * `ResendEventCenterRecord` (console-only, 重新发送): a FAILED record is sent again, the same request (a DingTalk
 * one signed anew), as new attempts on the same record. EVENT_RECORD_NOT_RESENDABLE otherwise.
 */
export async function resendEventCenterRecord(
  ctx: ServiceContext,
  params: ActionParams<'ResendEventCenterRecord'>,
): Promise<Payload<'ResendEventCenterRecord'>> {
  const record = await requireRecord(ctx, params.InstanceId, params.RecordId);
  if (record.Status !== 'FAILED') throw new BusinessFailure('EVENT_RECORD_NOT_RESENDABLE');
  const secret = record.Delivery.Method === 'dingding' ? await currentSecret(ctx, record) : undefined;
  const restarted = await restartDelivery(ctx, record.RecordId, (current) => {
    // Checked again in the write: another tab may have re-sent it meanwhile.
    if (current.Status !== 'FAILED') return undefined;
    const { Secret: _s, ...delivery } = current.Delivery;
    const { Error: _e, ...rest } = current;
    return {
      ...rest,
      Status: 'PENDING',
      Delivery: { ...delivery, ...(secret ? { Secret: secret } : {}) },
      RunnerId: ctx.scans.runnerId,
      HeartbeatTime: ctx.clock.now(),
      UpdateTime: Math.max(ctx.clock.now(), current.CreateTime),
    };
  });
  if (!restarted) throw new BusinessFailure('EVENT_RECORD_NOT_RESENDABLE');
  return { RecordId: record.RecordId };
}
