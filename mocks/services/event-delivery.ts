/**
 * Delivering event records: a record is written PENDING with the exact request first, then sent in the
 * background (never blocking what fired it) through `deliver()`, every attempt written to the record as it
 * ends. DingTalk sends wait for the robot's rate limit (one limiter per backend instance) and are signed only
 * when their slot comes. Addresses of the demo receiver are answered in the console while it is enabled.
 *
 * A record is alive while its backend instance delivers it: the Web Lock `<db>:event:<id>` where there are
 * Web Locks, else a recent heartbeat. A PENDING record whose page went away ends FAILED with a reason.
 */
import type { EventAttempt } from '@/api/contract/events';
import { reason } from '@/api/contract/reasons';
import {
  createRateLimiter,
  type DeliveryAttempt,
  DINGTALK_ROBOT_RATE,
  deliver,
  type FetchLike,
  signedDingTalkUrl,
} from '../events';
import type { EventDeliveryRecord, EventRecordRecord } from '../store/schema';
import { read, write } from '../store/transactions';
import type { EventHost, ServiceContext } from './context';
import { demoReceiverKind, isDemoReceiverEnabled, receiveDemoRequest } from './demo-receiver';

/** Without Web Locks: how long another runner's PENDING record may stay silent before it counts as gone. */
export const DELIVERY_STALE_AFTER_MS = 120_000;
const LOCK_GRACE_MS = 10_000;

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const platformFetch: FetchLike = (url, init) => globalThis.fetch(url, init);

function deliveryNow(ctx: ServiceContext): () => number {
  return ctx.http?.now ?? (() => ctx.clock.now());
}

/** This backend instance's limiter and bookkeeping, created on first use. */
export function eventHost(ctx: ServiceContext): EventHost {
  ctx.events ??= {
    limiter: createRateLimiter({
      ...DINGTALK_ROBOT_RATE,
      now: () => deliveryNow(ctx)(),
      sleep: (ms) => (ctx.http?.sleep ?? realSleep)(ms),
    }),
    running: new Set(),
    inFlight: new Set(),
  };
  return ctx.events;
}

/** Runs `work` in the background, logging instead of failing, and tracked so tests can wait for it. */
export function inBackground(ctx: ServiceContext, label: string, work: () => Promise<unknown>): void {
  const host = eventHost(ctx);
  const promise: Promise<unknown> = Promise.resolve()
    .then(work)
    .catch((error: unknown) => console.error(`[mock backend] ${label} failed:`, error))
    .finally(() => host.inFlight.delete(promise));
  host.inFlight.add(promise);
}

/** Resolves once no event work of this backend instance is left (deliveries started meanwhile included). */
export async function settleEvents(ctx: ServiceContext): Promise<void> {
  const host = eventHost(ctx);
  while (host.inFlight.size > 0) await Promise.allSettled([...host.inFlight]);
}

/** The address as records show it: a DingTalk `access_token` shortened. */
export function displayTarget(url: string): string {
  return url.replace(/(access_token=)([^&#]{6})[^&#]{4,}/, '$1$2…');
}

function webLocks(): LockManager | undefined {
  return typeof navigator === 'undefined' ? undefined : navigator.locks;
}

const lockName = (ctx: ServiceContext, recordId: string) => `${ctx.store.name}:event:${recordId}`;

/** Writes a new PENDING record and starts delivering it. */
export async function enqueueDelivery(ctx: ServiceContext, record: EventRecordRecord): Promise<void> {
  eventHost(ctx).running.add(record.RecordId);
  try {
    await write(ctx.store, ['eventRecords'], (tx) => tx.objectStore('eventRecords').put(record));
  } catch (error) {
    eventHost(ctx).running.delete(record.RecordId);
    throw error;
  }
  startDelivery(ctx, record.RecordId);
}

/** Sends a PENDING record in the background (the record must already be marked running by the caller). */
export function startDelivery(ctx: ServiceContext, recordId: string): void {
  const host = eventHost(ctx);
  host.running.add(recordId);
  const locks = webLocks();
  const work = () => runDelivery(ctx, recordId);
  inBackground(ctx, `event delivery ${recordId}`, () =>
    (locks ? locks.request(lockName(ctx, recordId), work) : work()).finally(() => host.running.delete(recordId)),
  );
}

function toAttempt(attempt: DeliveryAttempt, number: number, url: string, delivery: EventDeliveryRecord): EventAttempt {
  return {
    Attempt: number,
    StartTime: Math.max(0, Math.trunc(attempt.startedAt)),
    DurationMs: Math.max(0, Math.round(attempt.durationMs)),
    Request: { Url: url, Method: 'POST', Headers: { ...delivery.Headers }, Body: delivery.Body },
    ...(attempt.status !== undefined ? { HttpStatus: attempt.status } : {}),
    ...(attempt.responseBody !== undefined ? { ResponseBody: attempt.responseBody } : {}),
    ...(attempt.error ? { Error: attempt.error } : {}),
  };
}

/** Updates a record in one transaction; a record that is gone (world reset) is left alone. */
async function updateRecord(
  ctx: ServiceContext,
  recordId: string,
  change: (record: EventRecordRecord) => EventRecordRecord | undefined,
): Promise<EventRecordRecord | undefined> {
  return write(ctx.store, ['eventRecords'], async (tx) => {
    const record = await tx.objectStore('eventRecords').get(recordId);
    const next = record && change(record);
    if (next) await tx.objectStore('eventRecords').put(next);
    return next ?? record;
  });
}

function withoutError(record: EventRecordRecord): EventRecordRecord {
  const { Error: _e, ...rest } = record;
  return rest;
}

async function runDelivery(ctx: ServiceContext, recordId: string): Promise<void> {
  const now = deliveryNow(ctx);
  const record = await read(ctx.store, ['eventRecords'], (tx) => tx.objectStore('eventRecords').get(recordId));
  if (record?.Status !== 'PENDING') return;
  const delivery = record.Delivery;
  let number = record.AttemptList.length;
  try {
    const send = async () => {
      const url =
        delivery.Method === 'dingding' ? await signedDingTalkUrl(delivery.Url, delivery.Secret, now()) : delivery.Url;
      const receiverOn = await isDemoReceiverEnabled(ctx);
      const fetch: FetchLike = (target, init) =>
        receiverOn && demoReceiverKind(target)
          ? receiveDemoRequest(ctx, target, init, now())
          : (ctx.http?.fetch ?? platformFetch)(target, init);
      return deliver(
        { url, method: 'POST', headers: delivery.Headers, body: delivery.Body },
        {
          fetch,
          now,
          sleep: ctx.http?.sleep ?? realSleep,
          retries: delivery.Retries,
          ...(ctx.http?.timeoutMs ? { timeoutMs: ctx.http.timeoutMs } : {}),
          onAttempt: async (attempt) => {
            number += 1;
            const entry = toAttempt(attempt, number, url, delivery);
            await updateRecord(ctx, recordId, (current) => {
              const base = { ...withoutError(current), AttemptList: [...current.AttemptList, entry] };
              return {
                ...base,
                ...(entry.HttpStatus !== undefined ? { HttpStatus: entry.HttpStatus } : {}),
                ...(entry.Error ? { Error: entry.Error } : {}),
                UpdateTime: Math.max(ctx.clock.now(), current.CreateTime),
                HeartbeatTime: ctx.clock.now(),
              };
            });
          },
        },
      );
    };
    const result =
      delivery.Method === 'dingding' ? await eventHost(ctx).limiter.schedule(delivery.Url, send) : await send();
    await updateRecord(ctx, recordId, (current) =>
      current.Status === 'PENDING'
        ? {
            ...(result.ok ? withoutError(current) : current),
            Status: result.ok ? 'SUCCESS' : 'FAILED',
            UpdateTime: Math.max(ctx.clock.now(), current.CreateTime),
          }
        : undefined,
    );
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    await updateRecord(ctx, recordId, (current) =>
      current.Status === 'PENDING'
        ? { ...current, Status: 'FAILED', Error: reason('delivery-failed', { detail }), UpdateTime: ctx.clock.now() }
        : undefined,
    );
  }
}

/** Whether a PENDING record still has a backend instance delivering it. */
async function isDeliveryAlive(ctx: ServiceContext, record: EventRecordRecord): Promise<boolean> {
  if (record.RunnerId === ctx.scans.runnerId) return eventHost(ctx).running.has(record.RecordId);
  const silentFor = ctx.clock.now() - record.HeartbeatTime;
  const locks = webLocks();
  if (!locks) return silentFor < DELIVERY_STALE_AFTER_MS;
  if (silentFor < LOCK_GRACE_MS) return true;
  const { held = [] } = await locks.query();
  return held.some((lock) => lock.name === lockName(ctx, record.RecordId));
}

/** The record as it should be seen: a PENDING record whose page went away is failed first. */
export async function recoverRecordIfOrphaned(
  ctx: ServiceContext,
  record: EventRecordRecord,
): Promise<EventRecordRecord> {
  if (record.Status !== 'PENDING' || (await isDeliveryAlive(ctx, record))) return record;
  return (
    (await updateRecord(ctx, record.RecordId, (current) =>
      current.Status === 'PENDING'
        ? { ...current, Status: 'FAILED', Error: reason('delivery-interrupted'), UpdateTime: ctx.clock.now() }
        : undefined,
    )) ?? record
  );
}

/**
 * Sets a FAILED record back to PENDING with `change` (undefined: not restartable, nothing happens) and sends it
 * again. Resolves whether it was restarted.
 */
export async function restartDelivery(
  ctx: ServiceContext,
  recordId: string,
  change: (record: EventRecordRecord) => EventRecordRecord | undefined,
): Promise<boolean> {
  const host = eventHost(ctx);
  host.running.add(recordId);
  let restarted = false;
  try {
    await updateRecord(ctx, recordId, (current) => {
      const next = change(current);
      restarted = next !== undefined;
      return next;
    });
  } finally {
    if (!restarted) host.running.delete(recordId);
  }
  if (restarted) startDelivery(ctx, recordId);
  return restarted;
}
