/**
 * Sends one notification request for real (`fetch`), with a timeout, retries and exponential backoff, and
 * records every attempt so the console can show what the receiver answered.
 *
 * What counts as delivered: a 2xx answer; for DingTalk robots additionally a JSON body with `errcode` 0, because
 * DingTalk answers HTTP 200 to rejected messages. Retried: network errors, timeouts, 5xx, 429 and DingTalk's
 * transient errcodes; never other 4xx or configuration errors (bad signature, unknown token), which would fail
 * the same way again.
 */

import { reason } from '@/api/contract/reasons';
import { DINGTALK_ERRCODE } from './dingtalk-sign';

export interface DeliveryRequest {
  url: string;
  method: 'POST';
  headers: Record<string, string>;
  body: string;
}

/** The part of `fetch` we use, so tests and the browser can pass their own. */
export type FetchLike = (
  url: string,
  init: { method: string; headers: Record<string, string>; body: string; signal: AbortSignal },
) => Promise<Response>;

export type DeliveryErrorKind = 'timeout' | 'network' | 'http' | 'dingtalk' | 'invalid-url';

export interface DeliveryAttempt {
  /** 1-based. */
  attempt: number;
  /** Epoch ms. */
  startedAt: number;
  durationMs: number;
  /** HTTP status, when a response arrived. */
  status?: number;
  /** The first 4 KiB of the response body, as text. */
  responseBody?: string;
  /** DingTalk's `errcode`, when the receiver is a DingTalk robot and answered JSON. */
  errcode?: number;
  /** Why the attempt failed, in words a user can act on. Absent on success. */
  error?: string;
  errorKind?: DeliveryErrorKind;
}

export interface DeliveryResult {
  ok: boolean;
  attempts: DeliveryAttempt[];
}

export interface DeliverOptions {
  fetch: FetchLike;
  /** Per attempt, covering the response body too. Default 10 s. */
  timeoutMs?: number;
  /** Retries after the first attempt. Default 3 (so up to 4 attempts). */
  retries?: number;
  /** First backoff; doubles each retry (1 s, 2 s, 4 s by default). */
  backoffMs?: number;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
  /** Hosts answered by DingTalk's robot protocol besides `oapi.dingtalk.com` (e.g. the in-app demo receiver). */
  dingTalkHosts?: readonly string[];
  /** Called (and awaited) after every attempt, before any backoff: lets the caller record progress as it happens. */
  onAttempt?: (attempt: DeliveryAttempt) => void | Promise<void>;
}

export const DEFAULT_TIMEOUT_MS = 10_000;
export const DEFAULT_RETRIES = 3;
export const DEFAULT_BACKOFF_MS = 1_000;
export const RESPONSE_BODY_LIMIT_BYTES = 4 * 1024;
/** A `Retry-After` longer than this is not honoured: the caller's queue would stall for too long. */
const MAX_RETRY_AFTER_MS = 60_000;

/**
 * DingTalk errcodes worth retrying: 130101 is its rate limit; -1 is its documented "system busy". Everything else
 * (310000 security check, 300001 token, malformed message, …) is a configuration or content error.
 * The rate limiter in front should keep 130101 away; when another sender shares the robot, DingTalk may keep
 * throttling for minutes and the retries fail too — which is then what the attempts record.
 */
const DINGTALK_RETRYABLE = new Set<number>([DINGTALK_ERRCODE.SEND_TOO_FAST, -1]);

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export function isDingTalkUrl(url: string, extraHosts: readonly string[] = []): boolean {
  try {
    const host = new URL(url).host.toLowerCase();
    return host === 'oapi.dingtalk.com' || extraHosts.some((h) => h.toLowerCase() === host);
  } catch {
    return false;
  }
}

/** Reads at most `limit` bytes of the body and stops the download there. */
async function readBodyPrefix(response: Response, limit: number): Promise<string> {
  const reader = response.body?.getReader();
  if (!reader) return (await response.text()).slice(0, limit);
  const chunks: Uint8Array[] = [];
  let size = 0;
  while (size < limit) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    size += value.byteLength;
  }
  if (size >= limit) await reader.cancel().catch(() => undefined);
  const bytes = new Uint8Array(Math.min(size, limit));
  let offset = 0;
  for (const chunk of chunks) {
    const part = chunk.subarray(0, bytes.byteLength - offset);
    bytes.set(part, offset);
    offset += part.byteLength;
    if (offset >= bytes.byteLength) break;
  }
  // A cut in the middle of a multi-byte character decodes to U+FFFD; drop it rather than show garbage.
  return new TextDecoder().decode(bytes).replace(/\uFFFD+$/, '');
}

function networkReason(error: unknown): string {
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  // Browsers deliberately hide the cause of a failed fetch ("TypeError: Failed to fetch" / "NetworkError when
  // attempting to fetch resource" / "Load failed"), so the reason names the usual suspects instead.
  return reason('delivery-network', { detail });
}

function retryAfterMs(response: Response, nowMs: number): number | undefined {
  const header = response.headers.get('Retry-After');
  if (!header) return undefined;
  const seconds = Number(header);
  const ms = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(header) - nowMs;
  return Number.isFinite(ms) && ms > 0 ? Math.min(ms, MAX_RETRY_AFTER_MS) : undefined;
}

interface AttemptOutcome {
  record: DeliveryAttempt;
  ok: boolean;
  retry: boolean;
  /** Minimum wait before the next attempt the receiver asked for. */
  waitAtLeastMs?: number;
}

async function attemptOnce(
  request: DeliveryRequest,
  attempt: number,
  options: Required<Pick<DeliverOptions, 'fetch' | 'timeoutMs' | 'now'>> & { dingTalk: boolean },
): Promise<AttemptOutcome> {
  const startedAt = options.now();
  const finish = (fields: Omit<DeliveryAttempt, 'attempt' | 'startedAt' | 'durationMs'>): DeliveryAttempt => ({
    attempt,
    startedAt,
    durationMs: Math.max(0, options.now() - startedAt),
    ...fields,
  });

  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, options.timeoutMs);
  // Real fetch rejects on abort by itself; racing the signal also bounds a fetch (or body) that ignores it.
  const abandoned = new Promise<never>((_, reject) => {
    controller.signal.addEventListener('abort', () => reject(new Error('aborted')), { once: true });
  });
  const bounded = <T>(promise: Promise<T>): Promise<T> => Promise.race([promise, abandoned]);
  try {
    const response = await bounded(
      options.fetch(request.url, {
        method: request.method,
        headers: request.headers,
        body: request.body,
        signal: controller.signal,
      }),
    );
    const responseBody = await bounded(readBodyPrefix(response, RESPONSE_BODY_LIMIT_BYTES));
    const status = response.status;

    if (status < 200 || status >= 300) {
      const retry = status >= 500 || status === 429;
      return {
        ok: false,
        retry,
        waitAtLeastMs: retry ? retryAfterMs(response, options.now()) : undefined,
        record: finish({
          status,
          responseBody,
          errorKind: 'http',
          error: reason('delivery-http', { status: response.statusText ? `${status} ${response.statusText}` : status }),
        }),
      };
    }
    if (!options.dingTalk) return { ok: true, retry: false, record: finish({ status, responseBody }) };

    let reply: { errcode?: unknown; errmsg?: unknown } | undefined;
    try {
      reply = JSON.parse(responseBody);
    } catch {
      reply = undefined;
    }
    if (typeof reply?.errcode !== 'number') {
      return {
        ok: false,
        retry: false,
        record: finish({
          status,
          responseBody,
          errorKind: 'dingtalk',
          error: reason('delivery-dingtalk-no-errcode'),
        }),
      };
    }
    const errcode = reply.errcode;
    if (errcode === DINGTALK_ERRCODE.OK)
      return { ok: true, retry: false, record: finish({ status, responseBody, errcode }) };
    return {
      ok: false,
      retry: DINGTALK_RETRYABLE.has(errcode),
      record: finish({
        status,
        responseBody,
        errcode,
        errorKind: 'dingtalk',
        error: reason('delivery-dingtalk-rejected', { errcode, errmsg: String(reply.errmsg ?? '') }),
      }),
    };
  } catch (error) {
    if (timedOut) {
      return {
        ok: false,
        retry: true,
        record: finish({
          errorKind: 'timeout',
          error: reason('delivery-timeout', { seconds: options.timeoutMs / 1000 }),
        }),
      };
    }
    return { ok: false, retry: true, record: finish({ errorKind: 'network', error: networkReason(error) }) };
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Delivers `request`, retrying as described at the top of this file, and returns every attempt in order.
 * Never throws for delivery problems: failures are data the console shows. The timeout uses the platform's
 * `setTimeout` (it bounds real network waits); `now` and `sleep` are the injectable clock for records and backoff.
 */
export async function deliver(request: DeliveryRequest, options: DeliverOptions): Promise<DeliveryResult> {
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? realSleep;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const retries = Math.max(0, options.retries ?? DEFAULT_RETRIES);
  const backoffMs = options.backoffMs ?? DEFAULT_BACKOFF_MS;
  const attempts: DeliveryAttempt[] = [];

  try {
    const protocol = new URL(request.url).protocol;
    if (protocol !== 'http:' && protocol !== 'https:') throw new TypeError(`unsupported scheme ${protocol}`);
  } catch (error) {
    // Not a network problem: retrying cannot help, and fetch's own message would be less clear.
    const detail = error instanceof Error ? error.message : String(error);
    attempts.push({
      attempt: 1,
      startedAt: now(),
      durationMs: 0,
      errorKind: 'invalid-url',
      error: reason('delivery-invalid-url', { url: request.url, reason: detail }),
    });
    await options.onAttempt?.(attempts[0] as DeliveryAttempt);
    return { ok: false, attempts };
  }

  const dingTalk = isDingTalkUrl(request.url, options.dingTalkHosts);
  for (let attempt = 1; attempt <= retries + 1; attempt++) {
    const outcome = await attemptOnce(request, attempt, { fetch: options.fetch, timeoutMs, now, dingTalk });
    attempts.push(outcome.record);
    await options.onAttempt?.(outcome.record);
    if (outcome.ok) return { ok: true, attempts };
    if (!outcome.retry || attempt > retries) break;
    const backoff = backoffMs * 2 ** (attempt - 1);
    await sleep(Math.max(backoff, outcome.waitAtLeastMs ?? 0));
  }
  return { ok: false, attempts };
}
