/**
 * Event notification delivery: the pure, injectable layer the event services call. No store, no UI.
 *
 * How a service uses it for one event and one rule target:
 *  1. Build the event data (`buildScanCompletedData` / `buildPushCompletedData`) and an `AcrEvent` with its
 *     `EventContext` (id, account, region, instance, time).
 *  2. Body: DingTalk → `dingTalkBody(event)`; HTTP/HTTPS → `httpBody(event, { envelope })`.
 *  3. Rate-limit: `limiter.schedule(webhook, task)` on one `createRateLimiter(DINGTALK_ROBOT_RATE)` shared by all
 *     rules, keyed by the unsigned robot webhook, so 20 messages/min holds per robot however many rules use it.
 *     (HTTP targets need no limiter, or a separate one.)
 *  4. Inside the task, sign: `signedDingTalkUrl(webhook, secret, now())`. Signing only once a slot is free keeps
 *     the timestamp fresh: DingTalk rejects timestamps more than an hour from its clock, and a queued send can
 *     wait. Retries within one `deliver` reuse the URL (at most ~7 s of backoff, well inside the hour).
 *  5. Still inside the task: `deliver({ url, method: 'POST', headers, body }, { fetch, now, sleep, dingTalkHosts })`.
 *  6. Record `result.ok` and every `result.attempts[]` entry on the event record (status, body prefix, reason).
 *
 * The in-app demo receiver answers DingTalk-style with `verifyDingTalkRequest`.
 */

export {
  DEFAULT_BACKOFF_MS,
  DEFAULT_RETRIES,
  DEFAULT_TIMEOUT_MS,
  type DeliverOptions,
  type DeliveryAttempt,
  type DeliveryErrorKind,
  type DeliveryRequest,
  type DeliveryResult,
  deliver,
  type FetchLike,
  isDingTalkUrl,
  RESPONSE_BODY_LIMIT_BYTES,
} from './deliver';
export {
  type DingTalkMarkdownMessage,
  dingTalkBody,
  dingTalkMarkdown,
  SCAN_SERVICE_LABEL,
  SEVERITY_LABEL,
  shortDigest,
} from './dingtalk-markdown';
export {
  DINGTALK_ERRCODE,
  DINGTALK_TIMESTAMP_TOLERANCE_MS,
  type DingTalkReply,
  dingTalkSignature,
  type HmacSha256,
  signedDingTalkUrl,
  type VerifyDingTalkOptions,
  verifyDingTalkRequest,
  webCryptoHmacSha256,
} from './dingtalk-sign';
export { createRateLimiter, DINGTALK_ROBOT_RATE, type RateLimiter, type RateLimiterOptions } from './rate-limit';
export {
  type AcrEvent,
  type AcrEventType,
  buildPushCompletedData,
  buildScanCompletedData,
  type CloudEventEnvelope,
  cloudEventEnvelope,
  type EventContext,
  type EventDataByType,
  type HttpBodyOptions,
  type HttpPayload,
  httpBody,
  MAX_TOP_FINDINGS,
  PUSH_COMPLETED,
  type PushCompletedData,
  type PushCompletedInput,
  SCAN_COMPLETED,
  type ScanCompletedData,
  type ScanCompletedInput,
  type ScanFinding,
} from './scan-event';
export { formatAliyunPublishTime, formatShanghaiDateTime, formatShanghaiIso } from './shanghai-time';
