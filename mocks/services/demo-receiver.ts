/**
 * The in-app demo receiver (console-only): while enabled, notifications to DingTalk robots
 * (`https://oapi.dingtalk.com/robot/send…`) and to the demo host (`http(s)://webhook.demo.acr.local/…`) are
 * answered here instead of leaving the browser, and kept for the console's group preview and request inspector.
 *
 * It plays DingTalk: it knows a robot's 加签 secret because the user configured the same robot in a rule. The
 * robot's secret is the one of the most recently changed rule (event rule or scan rule) pointing at that robot
 * (same path and `access_token`), as a robot has one secret and the last one configured is the current one; when
 * that rule has none, the robot is not secured by 加签 and unsigned requests pass. Checks and replies are
 * DingTalk's (`verifyDingTalkRequest`): errcode 0, 300001 (no token) or 310000 (stale or wrong sign), HTTP 200.
 */
import type { ActionParams } from '@/api/contract/actions';
import { DEMO_RECEIVER_HOST, type DemoReceiverMessage } from '@/api/contract/events';
import { verifyDingTalkRequest } from '../events';
import { META_KEY } from '../store/schema';
import { read, write } from '../store/transactions';
import type { ServiceContext } from './context';
import { newId } from './ids';
import { paginate } from './paging';
import type { Payload } from './payload';

/** Oldest messages beyond this many are dropped. */
export const DEMO_RECEIVER_KEEP = 500;

const DINGTALK_HOST = 'oapi.dingtalk.com';

/** Which kind of demo receiver answers `url`, if any. */
export function demoReceiverKind(url: string): 'dingtalk' | 'http' | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  const host = parsed.hostname.toLowerCase();
  if (host === DINGTALK_HOST && parsed.protocol === 'https:' && parsed.pathname.startsWith('/robot/send')) {
    return 'dingtalk';
  }
  if (host === DEMO_RECEIVER_HOST && (parsed.protocol === 'http:' || parsed.protocol === 'https:')) return 'http';
  return undefined;
}

export async function isDemoReceiverEnabled(ctx: ServiceContext): Promise<boolean> {
  const meta = await read(ctx.store, ['meta'], (tx) => tx.objectStore('meta').get(META_KEY));
  return meta?.DemoReceiverEnabled !== false;
}

/**
 * At realistic speed (and so in presenter mode) the simulated remote answers after a network round trip, as
 * DingTalk or a webhook host would, instead of in the same instant; a real address takes its real time.
 */
export const DEMO_RECEIVER_ROUND_TRIP_MS = 800;

async function networkRoundTrip(ctx: ServiceContext): Promise<void> {
  const meta = await read(ctx.store, ['meta'], (tx) => tx.objectStore('meta').get(META_KEY));
  if (meta?.Speed !== 'realistic') return;
  await new Promise<void>((resolve) => setTimeout(resolve, DEMO_RECEIVER_ROUND_TRIP_MS));
}

/** The robot a webhook addresses: path and access token (timestamp and sign vary per request). */
function robotKey(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    return `${parsed.host.toLowerCase()}${parsed.pathname}?${parsed.searchParams.get('access_token') ?? ''}`;
  } catch {
    return undefined;
  }
}

/** The secret of the robot `url` addresses (see the file header); undefined when it is not secured by 加签. */
export async function robotSecret(ctx: ServiceContext, url: string): Promise<string | undefined> {
  const key = robotKey(url);
  const { eventRules, scanRules } = await read(ctx.store, ['eventRules', 'scanRules'], async (tx) => ({
    eventRules: await tx.objectStore('eventRules').getAll(),
    scanRules: await tx.objectStore('scanRules').getAll(),
  }));
  const configured = [
    ...eventRules
      .filter((rule) => rule.EventConfig.notifyMethod === 'dingding')
      .map((rule) => ({
        url: rule.EventConfig.notifyConfig.Url,
        secret: rule.EventConfig.notifyConfig.Secret,
        at: rule.UpdateTime,
      })),
    ...scanRules
      .filter((rule) => rule.NotifyMethod === 'DING_TALK' && rule.NotifyUrl)
      .map((rule) => ({ url: rule.NotifyUrl as string, secret: rule.NotifySecret, at: rule.UpdateTime })),
  ].filter((entry) => robotKey(entry.url) === key);
  configured.sort((a, b) => b.at - a.at);
  return configured[0]?.secret;
}

/**
 * Answers one request the way the real receiver would and keeps it. Never throws for a bad request: the
 * answer says what was wrong, as DingTalk's does.
 */
export async function receiveDemoRequest(
  ctx: ServiceContext,
  url: string,
  init: { headers: Record<string, string>; body: string },
  nowMs: number,
): Promise<Response> {
  await networkRoundTrip(ctx);
  const kind = demoReceiverKind(url) ?? 'http';
  const status = 200;
  let body: string;
  if (kind === 'dingtalk') {
    body = JSON.stringify(await verifyDingTalkRequest(url, await robotSecret(ctx, url), nowMs));
  } else {
    body = JSON.stringify({ ok: true });
  }
  const message: DemoReceiverMessage = {
    MessageId: newId('msg-'),
    Kind: kind,
    ReceivedTime: nowMs,
    Url: url,
    Headers: { ...init.headers },
    Body: init.body,
    ResponseStatus: status,
    ResponseBody: body,
  };
  await write(ctx.store, ['demoReceiverMessages'], async (tx) => {
    const store = tx.objectStore('demoReceiverMessages');
    await store.put(message);
    const all = await store.getAll();
    if (all.length <= DEMO_RECEIVER_KEEP) return;
    all.sort((a, b) => a.ReceivedTime - b.ReceivedTime);
    for (const old of all.slice(0, all.length - DEMO_RECEIVER_KEEP)) await store.delete(old.MessageId);
  });
  return new Response(body, { status, headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}

/** `GetDemoReceiver` (console-only). */
export async function getDemoReceiver(ctx: ServiceContext): Promise<Payload<'GetDemoReceiver'>> {
  return { Enabled: await isDemoReceiverEnabled(ctx), Host: DEMO_RECEIVER_HOST };
}

/** `UpdateDemoReceiver` (console-only): on, or off so every address is called for real. */
export async function updateDemoReceiver(
  ctx: ServiceContext,
  params: ActionParams<'UpdateDemoReceiver'>,
): Promise<Payload<'UpdateDemoReceiver'>> {
  await write(ctx.store, ['meta'], async (tx) => {
    const meta = await tx.objectStore('meta').get(META_KEY);
    if (meta) await tx.objectStore('meta').put({ ...meta, DemoReceiverEnabled: params.Enabled });
  });
  return { Enabled: params.Enabled };
}

/** `ListDemoReceiverMessage` (console-only): newest first, optionally of one kind. */
export async function listDemoReceiverMessage(
  ctx: ServiceContext,
  params: ActionParams<'ListDemoReceiverMessage'>,
): Promise<Payload<'ListDemoReceiverMessage'>> {
  const all = await read(ctx.store, ['demoReceiverMessages'], (tx) => tx.objectStore('demoReceiverMessages').getAll());
  const messages = all
    .filter((message) => !params.Kind || message.Kind === params.Kind)
    .sort((a, b) => b.ReceivedTime - a.ReceivedTime || b.MessageId.localeCompare(a.MessageId));
  const page = paginate(messages, params.PageNo, params.PageSize);
  return { Messages: page.items, PageNo: page.PageNo, PageSize: page.PageSize, TotalCount: page.TotalCount };
}
