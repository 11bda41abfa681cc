/**
 * 事件中心: event rules, their deliveries (事件记录) and the in-app demo receiver.
 *
 * Real `cr` actions: `UpdateEventCenterRule` (POST, `{RequestId, Code: 200, RuleId}`), `DeleteEventCenterRule`
 * (POST, `{RequestId, Code: "success"}`), `ListEventCenterRuleName` and `ListEventCenterRecord` (GET, common
 * envelope, `TotalCount` an integer). The real API creates rules only in the console, so `CreateEventCenterRule`
 * is console-only, as are the full rule list and detail, 测试发送, 重新发送, a record's attempts, and the demo
 * receiver.
 *
 * `EventConfig` travels as a JSON string, as the real API takes it:
 * `{"notifyMethod":"dingding"|"http"|"https","notifyConfig":{"Url":"…","Secret":"SEC…"},"notifyFilter":{…},
 *   "retry":{"Retries":3},"envelope":"plain"|"cloudevents"}`. The backend parses it leniently (a trailing comma, as
 * in the real documentation's example, is accepted) and answers EVENT_CONFIG_ILLEGAL for anything else (not JSON, not
 * this shape, an address whose scheme does not fit the method, a `Secret` on HTTP/HTTPS). A masked secret sent
 * back unchanged (`SEC1****`, as Get/List show it) keeps the stored one.
 *
 * Scan rules with 事件通知 deliver through the same machinery: their records carry the scan rule's id as
 * `RuleId` and `Source: SCAN_RULE`.
 */
import { z } from 'zod';
import { httpCodeEnvelope, MillisSchema, pageParams, stringCodeEnvelope, successEnvelope } from './wire';

/** Event types with their real ids (labels in the catalogs). */
export const EVENT_TYPES = [
  'cr:Artifact:ScanCompleted',
  'cr:Artifact:PushCompleted',
  'cr:Artifact:SigningCompleted',
  'cr:Artifact:BuildCompleted',
  'cr:Artifact:SynchronizationCompleted',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

/** 实例 / 命名空间 / 镜像仓库. */
export const EVENT_SCOPES = ['INSTANCE', 'NAMESPACE', 'REPO'] as const;
export type EventScope = (typeof EVENT_SCOPES)[number];

/** 钉钉 / HTTP / HTTPS, as the real API spells them. */
export const EVENT_NOTIFY_METHODS = ['dingding', 'http', 'https'] as const;
export type EventNotifyMethod = (typeof EVENT_NOTIFY_METHODS)[number];

export const EVENT_CHANNELS = ['EVENT_BRIDGE'] as const;

/** ACR allows 10 event rules per instance. */
export const EVENT_RULE_LIMIT = 10;

/** Scan events can be limited to results at or above a level: notify only when High ≥ 1, and so on. */
export const EVENT_SEVERITY_THRESHOLDS = ['ANY', 'UNKNOWN', 'LOW', 'MEDIUM', 'HIGH'] as const;
export type EventSeverityThreshold = (typeof EVENT_SEVERITY_THRESHOLDS)[number];

/** The parsed `EventConfig`. */
export const EventConfigSchema = z.object({
  notifyMethod: z.enum(EVENT_NOTIFY_METHODS),
  notifyConfig: z.object({
    /** Webhook 地址 (DingTalk robot) or the HTTP/HTTPS address. */
    Url: z.string(),
    /** 加签密钥 of a DingTalk robot (optional). */
    Secret: z.string().optional(),
    /** The real API's example carries an opaque `id` token; kept if given. */
    id: z.string().optional(),
  }),
  notifyFilter: z
    .object({
      /** Scan events: notify only when the scan found something at this level or worse (`ANY` = always). */
      Severity: z.enum(EVENT_SEVERITY_THRESHOLDS).optional(),
    })
    .optional(),
  /** Retries after a failed attempt (0–5, default 3), with 1 s, 2 s, 4 s… backoff. */
  retry: z.object({ Retries: z.number().int().min(0).max(5) }).optional(),
  /** HTTP/HTTPS only: the plain data, or wrapped in the EventBridge CloudEvents envelope. */
  envelope: z.enum(['plain', 'cloudevents']).optional(),
});
export type EventConfig = z.infer<typeof EventConfigSchema>;

/** The fields a rule is made of (create and update). */
const ruleFields = {
  RuleName: z.string(),
  EventType: z.enum(EVENT_TYPES),
  EventScope: z.enum(EVENT_SCOPES),
  /** JSON string of namespace names (NAMESPACE and REPO scopes). */
  Namespaces: z.array(z.string()).optional(),
  /** JSON string of repository names (REPO scope, in the one namespace). */
  RepoNames: z.array(z.string()).optional(),
  /** Whole-tag regular expression; `.*` for every tag. */
  RepoTagFilterPattern: z.string(),
  /** JSON string, see the file header. */
  EventConfig: z.string(),
};

export const EventRuleSchema = z.object({
  RuleId: z.string(),
  InstanceId: z.string(),
  RuleName: z.string(),
  EventType: z.enum(EVENT_TYPES),
  EventScope: z.enum(EVENT_SCOPES),
  EventChannel: z.enum(EVENT_CHANNELS),
  Namespaces: z.array(z.string()),
  RepoNames: z.array(z.string()),
  RepoTagFilterPattern: z.string(),
  /** Parsed, with the DingTalk secret masked (`SEC1****`). */
  EventConfig: EventConfigSchema,
  CreateTime: MillisSchema,
  UpdateTime: MillisSchema,
});
export type EventRule = z.infer<typeof EventRuleSchema>;

/** Console-only: 创建规则 on 事件规则 (the real API has no create action). EVENT_RULE_LIMIT_EXCEED after 10. */
export const CreateEventCenterRuleRequest = z.object({ InstanceId: z.string(), ...ruleFields });
export const CreateEventCenterRuleResponse = z.object({ ...successEnvelope, RuleId: z.string() });

export const UpdateEventCenterRuleRequest = z.object({
  InstanceId: z.string(),
  RuleId: z.string(),
  RuleName: z.string().optional(),
  EventChannel: z.enum(EVENT_CHANNELS).optional(),
  EventType: z.enum(EVENT_TYPES).optional(),
  EventScope: z.enum(EVENT_SCOPES).optional(),
  Namespaces: z.array(z.string()).optional(),
  RepoNames: z.array(z.string()).optional(),
  RepoTagFilterPattern: z.string().optional(),
  EventConfig: z.string().optional(),
});
export const UpdateEventCenterRuleResponse = z.object({ ...httpCodeEnvelope, RuleId: z.string() });

export const DeleteEventCenterRuleRequest = z.object({ InstanceId: z.string(), RuleId: z.string() });
export const DeleteEventCenterRuleResponse = z.object({ ...stringCodeEnvelope });

export const ListEventCenterRuleNameRequest = z.object({ InstanceId: z.string() });
export const ListEventCenterRuleNameResponse = z.object({
  ...successEnvelope,
  RuleNames: z.array(z.object({ RuleId: z.string(), RuleName: z.string() })),
});

/** Console-only: the rules with every field, newest first (事件规则 page). */
export const ListEventCenterRulesRequest = z.object({ InstanceId: z.string() });
export const ListEventCenterRulesResponse = z.object({ ...successEnvelope, Rules: z.array(EventRuleSchema) });

/** Console-only: one rule (edit form). EVENT_RULE_NOT_EXIST when unknown. */
export const GetEventCenterRuleRequest = z.object({ InstanceId: z.string(), RuleId: z.string() });
export const GetEventCenterRuleResponse = z.object({ ...successEnvelope, Rule: EventRuleSchema });

/** Console-only: how a delivery ended. PENDING while attempts remain (queued, waiting to retry). */
export const EVENT_RECORD_STATUSES = ['PENDING', 'SUCCESS', 'FAILED'] as const;
export type EventRecordStatus = (typeof EVENT_RECORD_STATUSES)[number];

/** Console-only: where a record came from. */
export const EVENT_RECORD_SOURCES = ['EVENT_RULE', 'SCAN_RULE', 'TEST', 'REPORT_SCHEDULE'] as const;

/** One `ListEventCenterRecord.Records[]` row: the real fields, then console-only delivery facts. */
export const EventRecordSchema = z.object({
  RecordId: z.string(),
  RuleId: z.string(),
  RuleName: z.string(),
  InstanceId: z.string(),
  EventType: z.enum(EVENT_TYPES),
  EventChannel: z.enum(EVENT_CHANNELS),
  EventNotifyMethod: z.enum(EVENT_NOTIFY_METHODS),
  /** Id of the notification (the event's `id`, a UUID). */
  EventNotifyId: z.string(),
  Namespace: z.string(),
  RepoName: z.string(),
  Tag: z.string(),
  CreateTime: MillisSchema,
  UpdateTime: MillisSchema,
  /** Console-only. */
  Source: z.enum(EVENT_RECORD_SOURCES),
  Status: z.enum(EVENT_RECORD_STATUSES),
  /** The address, with a DingTalk access_token shortened. */
  Target: z.string(),
  Attempts: z.number().int().nonnegative(),
  /** HTTP status of the last attempt, when it got one. */
  HttpStatus: z.number().int().optional(),
  /** Readable reason of the last failed attempt. */
  Error: z.string().optional(),
});
export type EventRecord = z.infer<typeof EventRecordSchema>;

export const ListEventCenterRecordRequest = z.object({
  InstanceId: z.string(),
  RuleId: z.string().optional(),
  EventType: z.enum(EVENT_TYPES).optional(),
  RepoNamespaceName: z.string().optional(),
  RepoName: z.string().optional(),
  /** Console-only filter. */
  Status: z.enum(EVENT_RECORD_STATUSES).optional(),
  ...pageParams,
});
export const ListEventCenterRecordResponse = z.object({
  ...successEnvelope,
  Records: z.array(EventRecordSchema),
  PageNo: z.number().int(),
  PageSize: z.number().int(),
  TotalCount: z.number().int().nonnegative(),
});

/** Console-only: one attempt of a delivery, with the exact request and response. */
export const EventAttemptSchema = z.object({
  Attempt: z.number().int().positive(),
  StartTime: MillisSchema,
  DurationMs: z.number().int().nonnegative(),
  Request: z.object({
    Url: z.string(),
    Method: z.literal('POST'),
    Headers: z.record(z.string(), z.string()),
    Body: z.string(),
  }),
  HttpStatus: z.number().int().optional(),
  /** First 4 KiB of the response body. */
  ResponseBody: z.string().optional(),
  Error: z.string().optional(),
});
export type EventAttempt = z.infer<typeof EventAttemptSchema>;

/** Console-only: a record with its attempts (事件记录 detail). EVENT_RECORD_NOT_EXIST when unknown. */
export const GetEventCenterRecordRequest = z.object({ InstanceId: z.string(), RecordId: z.string() });
export const GetEventCenterRecordResponse = z.object({
  ...successEnvelope,
  Record: EventRecordSchema,
  Attempts: z.array(EventAttemptSchema),
});

/** Console-only: 测试发送 — a sample event of the rule's type to its address, recorded like any other. */
export const TestEventCenterRuleRequest = z.object({ InstanceId: z.string(), RuleId: z.string() });
export const TestEventCenterRuleResponse = z.object({ ...successEnvelope, RecordId: z.string() });

/** Console-only: 重新发送 a FAILED record: the same request again, as new attempts on the same record. */
export const ResendEventCenterRecordRequest = z.object({ InstanceId: z.string(), RecordId: z.string() });
export const ResendEventCenterRecordResponse = z.object({ ...successEnvelope, RecordId: z.string() });

/**
 * Console-only: the in-app demo receiver. While enabled, DingTalk robot addresses (`oapi.dingtalk.com`) and
 * addresses under the demo host are answered inside the console (DingTalk's signature check included) instead
 * of leaving the browser; off, every address is called for real.
 */
export const DEMO_RECEIVER_HOST = 'webhook.demo.acr.local';

export const DemoReceiverMessageSchema = z.object({
  MessageId: z.string(),
  Kind: z.enum(['dingtalk', 'http']),
  ReceivedTime: MillisSchema,
  Url: z.string(),
  Headers: z.record(z.string(), z.string()),
  Body: z.string(),
  /** What the receiver answered: DingTalk's `{errcode, errmsg}` or 200. */
  ResponseStatus: z.number().int(),
  ResponseBody: z.string(),
});
export type DemoReceiverMessage = z.infer<typeof DemoReceiverMessageSchema>;

export const GetDemoReceiverRequest = z.object({});
export const GetDemoReceiverResponse = z.object({
  ...successEnvelope,
  Enabled: z.boolean(),
  Host: z.string(),
});

export const UpdateDemoReceiverRequest = z.object({ Enabled: z.boolean() });
export const UpdateDemoReceiverResponse = z.object({ ...successEnvelope, Enabled: z.boolean() });

export const ListDemoReceiverMessageRequest = z.object({
  Kind: z.enum(['dingtalk', 'http']).optional(),
  ...pageParams,
});
export const ListDemoReceiverMessageResponse = z.object({
  ...successEnvelope,
  Messages: z.array(DemoReceiverMessageSchema),
  PageNo: z.number().int(),
  PageSize: z.number().int(),
  TotalCount: z.number().int().nonnegative(),
});

/**
 * Loopback hosts (`127.0.0.0/8`, `localhost`, `[::1]`). A DingTalk address must be `https://` except on these: a
 * local stand-in robot (a test receiver on 127.0.0.1) may be plain `http://`, which browsers treat as secure too.
 */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/^\[|\]$/g, '');
  return host === 'localhost' || host.endsWith('.localhost') || host === '::1' || /^127(\.\d{1,3}){3}$/.test(host);
}

/**
 * Whether `url` has the scheme a notification method needs. DingTalk needs https:// but, like the backend,
 * also takes http:// on a loopback host, so a local receiver (a test robot on 127.0.0.1) can stand in for it.
 */
export function notifySchemeOk(url: string, scheme: 'http' | 'https', dingTalk: boolean): boolean {
  const lower = url.trim().toLowerCase();
  if (lower.startsWith(`${scheme}://`)) return true;
  if (!dingTalk || !lower.startsWith('http://') || !URL.canParse(url.trim())) return false;
  return isLoopbackHost(new URL(url.trim()).hostname);
}
