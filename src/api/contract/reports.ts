/**
 * Console-only: security reports (安全报告), vulnerability search (漏洞检索), exports (导出), scheduled reports
 * (定时报告) and scan diff (扫描对比). None of these exist in the real ACR OpenAPI; they answer with the common
 * envelope and are marked `consoleOnly` in the registry.
 *
 * What every action reads: for each tag, its **latest COMPLETE scan task** (by `FinishTime`), the same rows
 * `ListRepoTagScanResult` lists for it. Tags never scanned to completion count as artifacts but not as scanned.
 * Signature artifacts (cosign `sha256-….sig` tags) are not counted.
 *
 * Exceptions (忽略, see policies.ts): `Raw` counts every finding; `Effective` counts the findings no exception
 * in force covers (expired exceptions stop applying).
 *
 * Access (RAM): a report, a search and their exports cover only the repositories the calling identity may read,
 * judged per repository ARN with the action's RAM action (`cr:GetSecurityReport` for reports, `cr:GetScan` for
 * searches) like list rows are: allowed on the repository, or allowed on the instance and not explicitly denied
 * on the repository. The gateway lets such a call through when at least one repository of the instance (or
 * region) is readable, or the instance itself is, and answers `NoPrivilege` otherwise; a region-wide report
 * lists only the instances the identity may read something of. A filter naming a namespace the identity may
 * not read therefore finds nothing (no `NoPrivilege`: the call is on the instance). The main account, and
 * identities allowed on the instance (the read-only auditor), see everything. A scheduled report delivers the
 * view of the identity that created it (`Owner`).
 *
 * Dates are calendar days in Asia/Shanghai, `YYYY-MM-DD`, oldest first; a report of `Days` = N has N rows, the
 * last one being today.
 *
 * Errors: `INSTANCE_NOT_EXIST`, `REPO_NOT_EXIST`, `TAG_NOT_EXIST`, `SCAN_TASK_NOT_EXIST` (no COMPLETE scan of the
 * tag, or an unknown `ScanTaskId`), `SBOM_NOT_AVAILABLE`, `REPORT_SCHEDULE_NOT_EXIST`, `REPORT_SCHEDULE_ILLEGAL`;
 * `InvalidParameter` for an unknown severity, `Days` other than 7/30/90, or `CvssMin` above `CvssMax`.
 */
import { z } from 'zod';
import { EVENT_NOTIFY_METHODS, EVENT_RECORD_STATUSES } from './events';
import { SCAN_SEVERITIES, type ScanSeverity } from './scans';
import { MillisSchema, pageParams, successEnvelope } from './wire';

/** Report windows, in days. */
export const REPORT_DAYS = [7, 30, 90] as const;
export type ReportDays = (typeof REPORT_DAYS)[number];

const count = z.number().int().nonnegative();

/** Findings per level; `Total` is their sum. */
export const LevelCountsSchema = z.object({ Total: count, High: count, Medium: count, Low: count, Unknown: count });
export type LevelCounts = z.infer<typeof LevelCountsSchema>;

const LocalizedTextSchema = z.object({ 'zh-CN': z.string(), 'en-US': z.string() });

/** What a report covers: one instance, or (without `InstanceId`) every instance of `RegionId`. */
const reportSelector = {
  InstanceId: z.string().optional(),
  RegionId: z.string(),
  /** 7, 30 or 90; default 30. */
  Days: z
    .number()
    .int()
    .refine((d) => (REPORT_DAYS as readonly number[]).includes(d), { message: 'Days must be 7, 30 or 90' })
    .optional(),
};

/** Raw counts (before exceptions) of the latest COMPLETE scan of each tag as of the end of `Date`. */
export const TrendPointSchema = z.object({
  Date: z.string(),
  High: count,
  Medium: count,
  Low: count,
  Unknown: count,
  /** Scan tasks that completed that day. */
  Scans: count,
});
export type TrendPoint = z.infer<typeof TrendPointSchema>;

/** A risky image: the findings of its latest COMPLETE scan (raw). */
export const TopImageSchema = z.object({
  InstanceId: z.string(),
  RepoId: z.string(),
  Namespace: z.string(),
  RepoName: z.string(),
  Tag: z.string(),
  High: count,
  Medium: count,
  Low: count,
  Unknown: count,
  Total: count,
});
export type TopImage = z.infer<typeof TopImageSchema>;

export const TopCveSchema = z.object({
  CveId: z.string(),
  /** The highest severity the CVE has in any image. */
  Severity: z.enum(SCAN_SEVERITIES),
  /** Scanned images (tags) that have it. */
  Images: count,
  /** Affected package names, sorted. */
  Packages: z.array(z.string()),
});
export type TopCve = z.infer<typeof TopCveSchema>;

/** Findings per ecosystem: the OS family for system packages (`alpine`, `debian`, …), else `npm`, `pypi`, … */
export const EcosystemCountSchema = z.object({ Ecosystem: z.string(), Count: count });

/**
 * 修复进度 on one day, over the findings of the latest COMPLETE scans as of that day: 已忽略 (an exception in force
 * covers it), 已修复 (a SUCCESS fix task from that scan included the CVE), 修复中 (a FIXING fix task includes it),
 * else 未修复. Each finding counts once, in that order of precedence.
 */
/** A finding's 修复进度 state, as `FixProgress` counts it today: 未修复, 修复中, 已修复, 已忽略. */
export const FIX_STATES = ['UNFIXED', 'FIXING', 'FIXED', 'IGNORED'] as const;
export type FixState = (typeof FIX_STATES)[number];

export const FixProgressPointSchema = z.object({
  Date: z.string(),
  Unfixed: count,
  Fixing: count,
  Fixed: count,
  Ignored: count,
});
export type FixProgressPoint = z.infer<typeof FixProgressPointSchema>;

/** The field of a `FixProgressPoint` that counts each fix state. */
export const FIX_POINT_FIELD = {
  UNFIXED: 'Unfixed',
  FIXING: 'Fixing',
  FIXED: 'Fixed',
  IGNORED: 'Ignored',
} as const satisfies Record<FixState, Exclude<keyof FixProgressPoint, 'Date'>>;

/** An image (tag) a report row points at. */
export const ReportImageRefSchema = z.object({
  InstanceId: z.string(),
  RepoId: z.string(),
  Namespace: z.string(),
  RepoName: z.string(),
  Tag: z.string(),
});
export type ReportImageRef = z.infer<typeof ReportImageRefSchema>;

/**
 * CIS Docker Benchmark item over cloud-engine scanned images: `Failed` images have a baseline finding mapped to
 * the item, every other cloud-scanned image passes it. `PassRate` in percent, rounded. Baseline checks are not
 * vulnerabilities (the search does not list them): `WorstImage`, set when an image fails the item, is the
 * failing image that fails the most items, whose scan result's CIS view the report links to.
 */
export const ComplianceRowSchema = z.object({
  CisItem: z.string(),
  Title: LocalizedTextSchema,
  Passed: count,
  Failed: count,
  PassRate: z.number().int().min(0).max(100),
  WorstImage: ReportImageRefSchema.optional(),
});
export type ComplianceRow = z.infer<typeof ComplianceRowSchema>;

export const GetSecurityReportRequest = z.object(reportSelector);
export const SecurityReportSchema = z.object({
  /** The instances the report covers. */
  InstanceIds: z.array(z.string()),
  Days: z.number().int(),
  /** When it was computed (epoch ms). */
  GeneratedTime: MillisSchema,
  /** Image tags (signature tags excluded). */
  ArtifactsTotal: count,
  /** Tags with at least one COMPLETE scan. */
  ArtifactsScanned: count,
  Levels: z.object({ Raw: LevelCountsSchema, Effective: LevelCountsSchema }),
  Trend: z.array(TrendPointSchema),
  TopImages: z.array(TopImageSchema),
  TopCves: z.array(TopCveSchema),
  Ecosystems: z.array(EcosystemCountSchema),
  FixProgress: z.array(FixProgressPointSchema),
  Compliance: z.array(ComplianceRowSchema),
});
export type SecurityReport = z.infer<typeof SecurityReportSchema>;
export const GetSecurityReportResponse = z.object({ ...successEnvelope, ...SecurityReportSchema.shape });

/**
 * A list filter over `allowed` values: one value, a comma list (`High,Medium`), a JSON array string (how arrays
 * travel in the query string) or an array. Normalised to a de-duplicated array; an unknown value is an issue.
 */
function listFilter<T extends string>(allowed: readonly T[], what: string, normalise = (v: string) => v) {
  return z.union([z.array(z.string()), z.string()]).transform((value, ctx): T[] => {
    let list: string[];
    if (Array.isArray(value)) list = value;
    else if (value.trim().startsWith('[')) {
      try {
        list = JSON.parse(value) as string[];
      } catch {
        list = [value];
      }
    } else list = value.split(',');
    const out: T[] = [];
    for (const raw of list) {
      const item = normalise(String(raw).trim());
      if (!item) continue;
      if (!(allowed as readonly string[]).includes(item)) {
        ctx.addIssue({ code: 'custom', message: `Unknown ${what}: ${item}` });
        return z.NEVER;
      }
      if (!out.includes(item as T)) out.push(item as T);
    }
    return out;
  });
}

/** Severity filter: one level, a comma list (`High,Medium`) or an array. Normalised to a de-duplicated array. */
export const SeverityFilterSchema = listFilter<ScanSeverity>(SCAN_SEVERITIES, 'severity');

/** Fix-state filter, like the severity filter (case-insensitive). */
export const FixStateFilterSchema = listFilter<FixState>(FIX_STATES, 'fix state', (v) => v.toUpperCase());

/**
 * Stackable search filters (AND). `CveId`, `Namespace`, `RepoName` and `Tag` match exactly, or as a glob where
 * `*` matches any run of characters (`CVE-2023-*`, `web-*`); `CveId` ignores case. `Package` matches
 * case-insensitively as a substring. `Ecosystem` matches a hit's `Ecosystem` exactly (the names of the report's
 * `Ecosystems`), `Excepted` whether an exception in force covers it, `FixState` its fix-progress state today.
 *
 * Only the repositories the identity may read (`cr:GetScan`) are searched: a RAM user that may read part of
 * the instance searches that part, and a filter naming a namespace it may not read finds nothing.
 */
export const searchFilters = {
  InstanceId: z.string(),
  CveId: z.string().optional(),
  Package: z.string().optional(),
  Namespace: z.string().optional(),
  RepoName: z.string().optional(),
  Tag: z.string().optional(),
  Severity: SeverityFilterSchema.optional(),
  /** Inclusive CVSS range; findings without a score fail any CVSS filter. */
  CvssMin: z.number().min(0).max(10).optional(),
  CvssMax: z.number().min(0).max(10).optional(),
  /** true: has a fixed version; false: has none. */
  Fixable: z.boolean().optional(),
  /** Exactly, e.g. `alpine`, `npm`, `pypi`. */
  Ecosystem: z.string().optional(),
  /** true: only findings an exception in force covers (已忽略); false: only the others. */
  Excepted: z.boolean().optional(),
  /** One state, a comma list or an array (any of them). */
  FixState: FixStateFilterSchema.optional(),
};

export const SearchHitSchema = z.object({
  CveId: z.string(),
  Severity: z.enum(SCAN_SEVERITIES),
  Cvss: z.number().optional(),
  Package: z.string(),
  Version: z.string(),
  FixedVersion: z.string().optional(),
  /** As in `Ecosystems`: the OS family for system packages, else the language ecosystem. */
  Ecosystem: z.string(),
  Namespace: z.string(),
  RepoName: z.string(),
  RepoId: z.string(),
  Tag: z.string(),
  /** `sha256:<hex>` of the scanned manifest. */
  Digest: z.string(),
  ScanTaskId: z.string(),
  /** An exception in force covers it. */
  Excepted: z.boolean(),
  /** Its fix-progress state today (see `FixState`). */
  FixState: z.enum(FIX_STATES),
});
export type SearchHit = z.infer<typeof SearchHitSchema>;

/** Sorted by severity (High first), CVSS desc, CVE id, then namespace/repo/tag and package: stable across pages. */
export const SearchVulnerabilitiesRequest = z.object({ ...searchFilters, ...pageParams });
export const SearchVulnerabilitiesResponse = z.object({
  ...successEnvelope,
  Items: z.array(SearchHitSchema),
  TotalCount: count,
  PageNo: z.number().int(),
  PageSize: z.number().int(),
});

/** One side of a diff: a tag, optionally pinned to a scan task (default: its latest COMPLETE scan). */
export const DiffSideSchema = z.object({ RepoId: z.string(), Tag: z.string(), ScanTaskId: z.string().optional() });

export const DiffScanSummarySchema = z.object({
  RepoId: z.string(),
  Tag: z.string(),
  Digest: z.string(),
  ScanTaskId: z.string(),
  FinishTime: MillisSchema,
  ...LevelCountsSchema.shape,
});

/** A vulnerability in a diff, keyed by (CveId, Package). */
export const DiffVulnerabilitySchema = z.object({
  CveId: z.string(),
  Package: z.string(),
  Severity: z.enum(SCAN_SEVERITIES),
  /** Installed version on the side it comes from (Target for Added/Unchanged, Base for Fixed). */
  Version: z.string(),
  FixedVersion: z.string().optional(),
});
export type DiffVulnerability = z.infer<typeof DiffVulnerabilitySchema>;

export const DiffPackageSchema = z.object({ Name: z.string(), Version: z.string(), Ecosystem: z.string() });

export const DiffScansRequest = z.object({ InstanceId: z.string(), Base: DiffSideSchema, Target: DiffSideSchema });
export const DiffScansResponse = z.object({
  ...successEnvelope,
  Base: DiffScanSummarySchema,
  Target: DiffScanSummarySchema,
  Vulnerabilities: z.object({
    /** In Target only. */
    Added: z.array(DiffVulnerabilitySchema),
    /** In Base only. */
    Fixed: z.array(DiffVulnerabilitySchema),
    Unchanged: z.array(DiffVulnerabilitySchema),
  }),
  /**
   * False when either scan was stored before package lists were kept: then `Packages` is empty and only the
   * vulnerabilities are compared (rescan both tags to compare packages).
   */
  PackagesCompared: z.boolean(),
  /** Keyed by (Ecosystem, Name). */
  Packages: z.object({
    Added: z.array(DiffPackageSchema),
    Removed: z.array(DiffPackageSchema),
    Upgraded: z.array(z.object({ Name: z.string(), Ecosystem: z.string(), From: z.string(), To: z.string() })),
    Unchanged: count,
  }),
});
export type ScanDiff = z.infer<typeof DiffScansResponse>;

/** A file to download. `Content` is text (JSON, CSV, HTML…), UTF-8. */
/** The language of an HTML export's words (default zh-CN); other formats are language-neutral. */
const exportLang = { Lang: z.enum(['zh-CN', 'en-US']).optional() };

const exportedFile = {
  FileName: z.string(),
  MediaType: z.string(),
  Content: z.string(),
};

/** Single image exports; `CYCLONEDX` (1.5 JSON) and `SPDX` (2.3 JSON) need a scan that kept its package list. */
export const SCAN_EXPORT_FORMATS = ['CSV', 'JSON', 'SARIF', 'CYCLONEDX', 'SPDX', 'HTML'] as const;
export type ScanExportFormat = (typeof SCAN_EXPORT_FORMATS)[number];
export const REPORT_EXPORT_FORMATS = ['CSV', 'JSON', 'HTML'] as const;
export type ReportExportFormat = (typeof REPORT_EXPORT_FORMATS)[number];
export const SEARCH_EXPORT_FORMATS = ['CSV', 'JSON', 'SARIF'] as const;

/**
 * `SBOM_NOT_AVAILABLE` when an SBOM is asked of a scan without a package list; `SCAN_TASK_NOT_EXIST` when the
 * tag has no COMPLETE scan.
 */
export const ExportScanReportRequest = z.object({
  InstanceId: z.string(),
  RepoId: z.string(),
  Tag: z.string(),
  ScanTaskId: z.string().optional(),
  Format: z.enum(SCAN_EXPORT_FORMATS),
  ...exportLang,
});
export const ExportScanReportResponse = z.object({ ...successEnvelope, ...exportedFile });

export const ExportSecurityReportRequest = z.object({
  ...reportSelector,
  Format: z.enum(REPORT_EXPORT_FORMATS),
  ...exportLang,
});
export const ExportSecurityReportResponse = z.object({ ...successEnvelope, ...exportedFile });

/** Exports every hit of the filters (no paging), at most 10 000 rows. */
export const ExportSearchResultsRequest = z.object({
  ...searchFilters,
  Format: z.enum(SEARCH_EXPORT_FORMATS),
  ...exportLang,
});
export const ExportSearchResultsResponse = z.object({ ...successEnvelope, ...exportedFile });

export const REPORT_FREQUENCIES = ['DAILY', 'WEEKLY'] as const;
export type ReportFrequency = (typeof REPORT_FREQUENCIES)[number];

/**
 * A scheduled report of one instance: every `Frequency`, the report is computed (a DAILY report covers 7 days, a
 * WEEKLY one 30) and delivered: DingTalk (`dingding`) as a markdown
 * summary with counts (signed with `NotifySecret` when given), `http`/`https` as a JSON body carrying the summary
 * and the exported file. Each delivery is an event record (事件记录), so it is retried and resendable like any
 * event. Due schedules run when the backend starts and whenever a report action is called.
 */
export const ReportScheduleSchema = z.object({
  ScheduleId: z.string(),
  InstanceId: z.string(),
  Name: z.string(),
  Frequency: z.enum(REPORT_FREQUENCIES),
  Format: z.enum(REPORT_EXPORT_FORMATS),
  NotifyMethod: z.enum(EVENT_NOTIFY_METHODS),
  NotifyUrl: z.string(),
  /** True when a DingTalk 加签 secret is set (the secret itself is never returned). */
  HasSecret: z.boolean(),
  /**
   * Whose view the deliveries are: the identity that created the schedule (`root` for the main account). A
   * delivery covers only the repositories that identity may read at send time.
   */
  Owner: z.string().optional(),
  Enabled: z.boolean(),
  CreateTime: MillisSchema,
  LastRunTime: MillisSchema.optional(),
  /** The event record of the last delivery. */
  LastRecordId: z.string().optional(),
  NextRunTime: MillisSchema,
});
export type ReportSchedule = z.infer<typeof ReportScheduleSchema>;

/** `REPORT_SCHEDULE_ILLEGAL` when the URL's scheme does not match `NotifyMethod` (dingding needs https). */
export const CreateReportScheduleRequest = z.object({
  InstanceId: z.string(),
  Name: z.string().min(1).max(64),
  Frequency: z.enum(REPORT_FREQUENCIES),
  Format: z.enum(REPORT_EXPORT_FORMATS),
  NotifyMethod: z.enum(EVENT_NOTIFY_METHODS),
  NotifyUrl: z.string().min(1).max(1024),
  NotifySecret: z.string().max(256).optional(),
});
export const CreateReportScheduleResponse = z.object({ ...successEnvelope, ScheduleId: z.string() });

export const ListReportScheduleRequest = z.object({ InstanceId: z.string() });
export const ListReportScheduleResponse = z.object({
  ...successEnvelope,
  Schedules: z.array(ReportScheduleSchema),
  TotalCount: count,
});

export const DeleteReportScheduleRequest = z.object({ InstanceId: z.string(), ScheduleId: z.string() });
export const DeleteReportScheduleResponse = z.object({ ...successEnvelope });

/** 立即发送: delivers now (does not move `NextRunTime`). */
export const RunReportScheduleRequest = z.object({ InstanceId: z.string(), ScheduleId: z.string() });
export const RunReportScheduleResponse = z.object({
  ...successEnvelope,
  /** The event record of the delivery (see `GetEventCenterRecord`). */
  RecordId: z.string(),
  /**
   * The record's status when the call answers: usually `PENDING` (delivery runs in the background, retried like
   * any event); poll `GetEventCenterRecord` with `RecordId` for `SUCCESS` or `FAILED`.
   */
  DeliveryStatus: z.enum(EVENT_RECORD_STATUSES),
});
