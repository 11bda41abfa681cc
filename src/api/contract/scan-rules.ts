/**
 * Scan rules (扫描规则) and their batch tasks (批量扫描任务).
 *
 * Real `cr` actions (2018-12-01): `CreateScanRule`, `UpdateScanRule`, `DeleteScanRule`, `GetScanRule` (POST) and
 * `ListScanRule` (GET). Their success envelopes differ from the common one, as upstream:
 * - `CreateScanRule`, `UpdateScanRule`: `{RequestId, Code: 0 (integer), ScanRuleId}`, no `IsSuccess`;
 * - `DeleteScanRule`: `{RequestId, Code: "success" (string)}`, no `IsSuccess`;
 * - `GetScanRule`, `ListScanRule`: the common `{RequestId, Code: "success", IsSuccess: true, …}`.
 * Business errors of all of them are the common body with `IsSuccess: false` (HTTP 200), so the typed client
 * raises them as `ApiError` exactly like any other action's.
 *
 * Console-only actions (the real API has no batch-task API): `RunScanRule`, `ListScanRuleTask`,
 * `GetScanRuleTask`, `PreviewScanRuleTags`. They use the common envelope.
 *
 * Rules of this backend (design choices where upstream is silent):
 * - `RuleName`: 1–64 characters after trimming (stored trimmed), no control characters; unique per instance
 *   (`SCAN_RULE_NAME_ILLEGAL`, `SCAN_RULE_ALREADY_EXIST`). As for every required parameter, an empty
 *   `RuleName` or `RepoTagFilterPattern` is the gateway error `MissingParameter` (HTTP 400).
 * - Scope: `NAMESPACE` → `Namespaces` non-empty and `RepoNames` empty; `REPO` → exactly one namespace and
 *   non-empty `RepoNames` (`SCAN_RULE_SCOPE_ILLEGAL`). Every namespace / repository must exist
 *   (`NAMESPACE_NOT_EXIST`, `REPO_NOT_EXIST`). Duplicates are removed, order kept.
 * - `RepoTagFilterPattern`: a JavaScript regular expression (no flags) of at most 256 characters that must
 *   match the **whole tag** (it is applied as `^(?:pattern)$`). Patterns that do not compile, or that could
 *   backtrack catastrophically (a quantified group that itself contains a quantifier or an alternation, e.g.
 *   `(a+)+`, `(a*)*`, `(a|a)*`, `(\d+){2,}` — deliberately strict, so `(\.\d+)*` and `(a|b)+` are refused too;
 *   any backreference `\1` / `\k<name>`; more than 4 unbounded quantifiers), are rejected with
 *   `SCAN_RULE_PATTERN_ILLEGAL`. Tags longer than 128 characters (Docker's limit) never match.
 *   See `checkTagPattern` in `tag-pattern.ts`, which the wizard can call to explain a pattern before submitting.
 * - VPC prerequisite: batch scanning pulls images over the instance's VPC, so `CreateScanRule`,
 *   `UpdateScanRule` and `RunScanRule` on an instance without a linked VPC answer `INSTANCE_VPC_REQUIRED`
 *   (add one under 访问控制 > 专有网络). Reads, `DeleteScanRule` and `PreviewScanRuleTags` do not need one.
 * - `TriggerType: AUTO` (推送自动触发): when a tag is pushed (here: `CreateRepoTag`), every AUTO rule of the
 *   instance whose scope and filter match it starts a rule task (`TriggerType: AUTO`) over that one image — only
 *   while a VPC is linked; the push itself never fails because of rules. `MANUAL` rules run only by `RunScanRule`
 *   (which also runs AUTO rules on demand; such tasks say `MANUAL`).
 * - `ScanType: SBOM` rules are stored and listed separately (ListScanRule filters by ScanType); running one
 *   performs the same vulnerability scan (content analysis is not modelled).
 * - Deleting a rule keeps its finished and running tasks: they carry the rule's id and name as they were when
 *   the task started (`GetScanRuleTask` still answers; `ScanRuleId` then names a rule that no longer exists).
 */
import { z } from 'zod';
import { SCAN_SERVICES, SCAN_STATUSES } from './scans';
import { TAG_PATTERN_INPUT_MAX, TAG_PATTERN_MAX_LENGTH } from './tag-pattern';
import {
  ID_PREFIX,
  idSchema,
  intCodeEnvelope,
  MillisSchema,
  pageParams,
  stringCodeEnvelope,
  successEnvelope,
} from './wire';

/** 扫描范围: 命名空间 / 仓库. (ROS also documents `INSTANCE`; the console does not offer it.) */
export const SCAN_RULE_SCOPES = ['NAMESPACE', 'REPO'] as const;
export type ScanRuleScope = (typeof SCAN_RULE_SCOPES)[number];

/** 触发方式: `AUTO` 推送自动触发 (scan on successful push) / `MANUAL` 手动触发. */
export const SCAN_RULE_TRIGGER_TYPES = ['AUTO', 'MANUAL'] as const;
export type ScanRuleTriggerType = (typeof SCAN_RULE_TRIGGER_TYPES)[number];

/** 扫描类型: `VUL` 制品漏洞扫描 (default) / `SBOM` 制品内容分析. */
export const SCAN_RULE_SCAN_TYPES = ['VUL', 'SBOM'] as const;
export type ScanRuleScanType = (typeof SCAN_RULE_SCAN_TYPES)[number];

/**
 * Console-only: 通知方式 of the wizard's event-notification step. `DING_TALK` 钉钉 (Webhook 地址 + optional
 * 加签密钥), `HTTP` and `HTTPS` (地址). The URL scheme must match: `https://` for `DING_TALK` and `HTTPS`,
 * `http://` for `HTTP` (`SCAN_RULE_NOTIFY_ILLEGAL` otherwise).
 */
export const SCAN_RULE_NOTIFY_METHODS = ['DING_TALK', 'HTTP', 'HTTPS'] as const;
export type ScanRuleNotifyMethod = (typeof SCAN_RULE_NOTIFY_METHODS)[number];

/** Limits the backend enforces (exported so the wizard can mirror them). */
export const SCAN_RULE_NAME_MAX = 64;
/** The pattern's own rules live in `tag-pattern.ts` (`checkTagPattern`, `tagMatcher`), shared with the wizard. */
export const SCAN_RULE_PATTERN_MAX = TAG_PATTERN_MAX_LENGTH;
/** Tags longer than this never match a rule (Docker's tag length limit). */
export const SCAN_RULE_TAG_MAX = TAG_PATTERN_INPUT_MAX;
export const SCAN_RULE_NOTIFY_URL_MAX = 512;
export const SCAN_RULE_NOTIFY_SECRET_MAX = 128;

export const ScanRuleIdSchema = idSchema(ID_PREFIX.scanRule);
export const ScanRuleTaskIdSchema = idSchema(ID_PREFIX.scanRuleTask);

/** Console-only notification settings, stored with the rule. All absent = no notification. */
const notifyFields = {
  /** Console-only: 通知方式; omit (with the two fields below) for no notification. */
  NotifyMethod: z.enum(SCAN_RULE_NOTIFY_METHODS).optional(),
  /** Console-only: Webhook 地址 (DingTalk) or 地址 (HTTP/HTTPS); required when `NotifyMethod` is set. */
  NotifyUrl: z.string().optional(),
  /** Console-only: 加签密钥 of a DingTalk robot; only with `DING_TALK`. */
  NotifySecret: z.string().optional(),
};

/** The rule's scope and filter, shared by create, update and the preview. */
const scopeFields = {
  ScanScope: z.enum(SCAN_RULE_SCOPES),
  /** Namespace names, JSON-string encoded in the query (`["prod","dev"]`). */
  Namespaces: z.array(z.string()).optional(),
  /** Repository names inside the single namespace of a `REPO` rule, JSON-string encoded. */
  RepoNames: z.array(z.string()).optional(),
  /** Regex the whole tag must match, e.g. `.*` or `^v\d+\.\d+$`. */
  RepoTagFilterPattern: z.string(),
};

export const ScanRuleSchema = z.object({
  ScanRuleId: ScanRuleIdSchema,
  InstanceId: z.string(),
  RuleName: z.string(),
  ScanScope: z.enum(SCAN_RULE_SCOPES),
  TriggerType: z.enum(SCAN_RULE_TRIGGER_TYPES),
  ScanType: z.enum(SCAN_RULE_SCAN_TYPES),
  Namespaces: z.array(z.string()),
  /** Empty for a `NAMESPACE` rule. */
  RepoNames: z.array(z.string()),
  RepoTagFilterPattern: z.string(),
  CreateTime: MillisSchema,
  UpdateTime: MillisSchema,
  ...notifyFields,
});
export type ScanRule = z.infer<typeof ScanRuleSchema>;

/** `ListScanRule.ScanRules[]`: the rule without `InstanceId`. */
export const ScanRuleListItemSchema = ScanRuleSchema.omit({ InstanceId: true });
export type ScanRuleListItem = z.infer<typeof ScanRuleListItemSchema>;

export const CreateScanRuleRequest = z.object({
  InstanceId: z.string(),
  RuleName: z.string(),
  TriggerType: z.enum(SCAN_RULE_TRIGGER_TYPES),
  /** Defaults to `VUL`; cannot be changed later. */
  ScanType: z.enum(SCAN_RULE_SCAN_TYPES).optional(),
  ...scopeFields,
  ...notifyFields,
});
/** `{RequestId, Code: 0, ScanRuleId}` — integer Code, no IsSuccess. */
export const CreateScanRuleResponse = z.object({ ...intCodeEnvelope, ScanRuleId: ScanRuleIdSchema });

/**
 * Replaces every writable field (ScanType is not updatable). The console-only notification fields are replaced
 * too: omitting `NotifyMethod` clears the notification.
 */
export const UpdateScanRuleRequest = z.object({
  InstanceId: z.string(),
  ScanRuleId: z.string(),
  RuleName: z.string(),
  TriggerType: z.enum(SCAN_RULE_TRIGGER_TYPES),
  ...scopeFields,
  ...notifyFields,
});
/** `{RequestId, Code: 0, ScanRuleId}` — integer Code, no IsSuccess. */
export const UpdateScanRuleResponse = z.object({ ...intCodeEnvelope, ScanRuleId: ScanRuleIdSchema });

export const DeleteScanRuleRequest = z.object({ InstanceId: z.string(), ScanRuleId: z.string() });
/** `{RequestId, Code: "success"}` — string Code, no IsSuccess. */
export const DeleteScanRuleResponse = z.object({ ...stringCodeEnvelope });

export const GetScanRuleRequest = z.object({ InstanceId: z.string(), ScanRuleId: z.string() });
export const GetScanRuleResponse = z.object({ ...successEnvelope, ScanRule: ScanRuleSchema });

export const ListScanRuleRequest = z.object({
  InstanceId: z.string(),
  ...pageParams,
  /** Defaults to `VUL`: only rules of that scan type are listed. */
  ScanType: z.enum(SCAN_RULE_SCAN_TYPES).optional(),
});
/** Newest rule first. */
export const ListScanRuleResponse = z.object({
  ...successEnvelope,
  ScanRules: z.array(ScanRuleListItemSchema),
  PageNo: z.number().int(),
  PageSize: z.number().int(),
  TotalCount: z.number().int().nonnegative(),
});

/**
 * Console-only: status of a rule task, derived from its images' scan tasks; `STOPPED` once a user stopped it
 * (the images still scanning then end FAILED with the reason "stopped").
 */
export const SCAN_RULE_TASK_STATUSES = ['SCANNING', 'COMPLETE', 'FAILED', 'STOPPED'] as const;
export type ScanRuleTaskStatus = (typeof SCAN_RULE_TASK_STATUSES)[number];

const severityCounts = {
  HighSeverity: z.number().int().nonnegative(),
  MediumSeverity: z.number().int().nonnegative(),
  LowSeverity: z.number().int().nonnegative(),
  UnknownSeverity: z.number().int().nonnegative(),
  TotalSeverity: z.number().int().nonnegative(),
};

/**
 * Console-only: one run of a rule over the tags it matched when it started.
 *
 * `Status` is derived from the images' scan tasks: `SCANNING` while any is not finished, then `FAILED` when at
 * least one image failed (see `FailedCount`), otherwise `COMPLETE`. The image tasks recover on reload (they
 * resume or end FAILED), so a rule task never stays SCANNING. Severity counts sum the COMPLETE images.
 */
export const ScanRuleTaskSchema = z.object({
  RuleTaskId: ScanRuleTaskIdSchema,
  InstanceId: z.string(),
  /** The rule that started it; may name a deleted rule (tasks outlive their rule). */
  ScanRuleId: ScanRuleIdSchema,
  /** The rule's name when the task started. */
  RuleName: z.string(),
  /** Engine the images are scanned with. */
  ScanService: z.enum(SCAN_SERVICES),
  /** `MANUAL` for RunScanRule, `AUTO` for a task a push started. */
  TriggerType: z.enum(SCAN_RULE_TRIGGER_TYPES),
  ScanType: z.enum(SCAN_RULE_SCAN_TYPES),
  Status: z.enum(SCAN_RULE_TASK_STATUSES),
  /** Number of images (tags) in the task. */
  ImageCount: z.number().int().positive(),
  /** Images whose scan finished (COMPLETE or FAILED). */
  FinishedCount: z.number().int().nonnegative(),
  /** Images whose scan FAILED. */
  FailedCount: z.number().int().nonnegative(),
  /** `floor(100 * FinishedCount / ImageCount)`. */
  Progress: z.number().int().min(0).max(100),
  ...severityCounts,
  StartTime: MillisSchema,
  /** When the last image finished; absent while SCANNING. */
  FinishTime: MillisSchema.optional(),
  /** How many times the failed or stopped images were scanned again (RetryScanRuleTask). */
  RetryCount: z.number().int().nonnegative(),
});
export type ScanRuleTask = z.infer<typeof ScanRuleTaskSchema>;

/** Console-only: one image of a rule task and the state of its scan. */
export const ScanRuleTaskImageSchema = z.object({
  Namespace: z.string(),
  RepoName: z.string(),
  RepoId: z.string(),
  Tag: z.string(),
  /** Manifest digest scanned, hex without `sha256:`. */
  Digest: z.string(),
  /** The image's scan task (use with GetRepoTagScanStatus / ListRepoTagScanResult). */
  ScanTaskId: z.string(),
  Status: z.enum(SCAN_STATUSES),
  ...severityCounts,
  /** Reason of a FAILED scan. */
  FailReason: z.string().optional(),
});
export type ScanRuleTaskImage = z.infer<typeof ScanRuleTaskImageSchema>;

/** Console-only: runs a rule now over every tag it matches (立即扫描 / 执行). */
export const RunScanRuleRequest = z.object({
  InstanceId: z.string(),
  ScanRuleId: z.string(),
  /** Defaults to the instance's engine (GetInstanceScanEngine); SAS needs the engine bought. */
  ScanService: z.enum(SCAN_SERVICES).optional(),
});
/** No matching tag → `SCAN_RULE_NO_MATCHED_IMAGE` (no task is created). */
export const RunScanRuleResponse = z.object({
  ...successEnvelope,
  RuleTaskId: ScanRuleTaskIdSchema,
  ImageCount: z.number().int().positive(),
});

/** Console-only: stops a SCANNING task; its unfinished images end FAILED. SCAN_RULE_TASK_NOT_RUNNING otherwise. */
export const StopScanRuleTaskRequest = z.object({ InstanceId: z.string(), RuleTaskId: z.string() });
export const StopScanRuleTaskResponse = z.object({ ...successEnvelope });

/**
 * Console-only: scans the FAILED images of a finished task again (same digests, new image scan tasks, the
 * current engine of the instance). SCAN_RULE_TASK_NOT_RETRYABLE when the task is running or nothing failed.
 */
export const RetryScanRuleTaskRequest = z.object({ InstanceId: z.string(), RuleTaskId: z.string() });
export const RetryScanRuleTaskResponse = z.object({ ...successEnvelope, ImageCount: z.number().int().positive() });

/** Console-only: the instance's rule tasks, newest first (by StartTime, then id). */
export const ListScanRuleTaskRequest = z.object({
  InstanceId: z.string(),
  /** Only the tasks of this rule. */
  ScanRuleId: z.string().optional(),
  ...pageParams,
});
export const ListScanRuleTaskResponse = z.object({
  ...successEnvelope,
  Tasks: z.array(ScanRuleTaskSchema),
  PageNo: z.number().int(),
  PageSize: z.number().int(),
  TotalCount: z.number().int().nonnegative(),
});

/**
 * Console-only: a rule task with its images (in namespace, repo, tag order): all of them, or one page when
 * `PageNo` or `PageSize` is given (the counts and totals always cover the whole task).
 */
export const GetScanRuleTaskRequest = z.object({ InstanceId: z.string(), RuleTaskId: z.string(), ...pageParams });
export const GetScanRuleTaskResponse = z.object({
  ...successEnvelope,
  ...ScanRuleTaskSchema.shape,
  Images: z.array(ScanRuleTaskImageSchema),
  /** Only when paged: the page, its size, and the number of images in all (= `ImageCount`). */
  PageNo: z.number().int().optional(),
  PageSize: z.number().int().optional(),
  TotalCount: z.number().int().nonnegative().optional(),
});

/** Console-only: one tag a rule would scan. */
export const ScanRulePreviewImageSchema = z.object({
  Namespace: z.string(),
  RepoName: z.string(),
  RepoId: z.string(),
  Tag: z.string(),
  Digest: z.string(),
});
export type ScanRulePreviewImage = z.infer<typeof ScanRulePreviewImageSchema>;

/**
 * Console-only: the wizard's live preview. Same scope/filter validation as CreateScanRule (errors included),
 * except that an empty `Namespaces` (or, for `REPO`, empty `RepoNames`) answers an empty list instead of
 * `SCAN_RULE_SCOPE_ILLEGAL`, so the preview can be shown while the form is incomplete. No VPC needed.
 */
export const PreviewScanRuleTagsRequest = z.object({
  InstanceId: z.string(),
  ...scopeFields,
  ...pageParams,
});
/** Images in namespace, repo, tag order; `TotalCount` counts all matches (the page holds at most PageSize). */
export const PreviewScanRuleTagsResponse = z.object({
  ...successEnvelope,
  Images: z.array(ScanRulePreviewImageSchema),
  PageNo: z.number().int(),
  PageSize: z.number().int(),
  TotalCount: z.number().int().nonnegative(),
});
