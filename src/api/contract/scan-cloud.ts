/**
 * What only the cloud-security engine reports: `ListScanBaselineByTask` (baseline risks, with leaked secrets
 * and sensitive files among them, as Security Center files AccessKey leaks under `ak_leak`) and
 * `ListScanMaliciousFileByTask` (malicious samples). Both are GET with an integer `Code`, and select the task
 * like the vulnerability reads do. A task the Trivy engine ran answers `SCAN_TASK_NOT_SAS`: the real docs say
 * to scan with the cloud-security engine first.
 *
 * Console-only additions, marked below: every place a finding was seen (layer, path, line, config key, safe
 * evidence), the CIS Docker Benchmark item, and a `Lang` to read the texts in English.
 */
import { z } from 'zod';
import { taskSelector } from './scans';
import { intCodeEnvelope, MillisSchema, pageParams, successEnvelope } from './wire';

/** `BaselineNameLevel`: 高危 / 中危 / 低危. */
export const BASELINE_LEVELS = ['high', 'medium', 'low'] as const;
export type BaselineLevel = (typeof BASELINE_LEVELS)[number];
/** Malicious-file `Level`: 紧急 / 可疑 / 提醒. */
export const MALICIOUS_LEVELS = ['serious', 'suspicious', 'remind'] as const;
export type MaliciousLevel = (typeof MALICIOUS_LEVELS)[number];
/** Console-only: a baseline row is a configuration risk or a leaked secret / sensitive file. */
export const BASELINE_KINDS = ['baseline', 'secret'] as const;
export type BaselineKind = (typeof BASELINE_KINDS)[number];
export const FINDING_LANGS = ['zh-CN', 'en-US'] as const;

/** Console-only: one place a finding was seen. */
export const FindingLocationSchema = z.object({
  /** `sha256:…` of the layer holding the file (absent for image-config findings). */
  Layer: z.string().optional(),
  /** 0-based index of that layer in the manifest. */
  LayerIndex: z.number().int().nonnegative().optional(),
  /** File path from the image root, with a leading `/`. */
  Path: z.string().optional(),
  Line: z.number().int().positive().optional(),
  /** Image-config key, e.g. `config.User`. */
  ConfigKey: z.string().optional(),
  /** What was seen; secrets masked. */
  Evidence: z.string().optional(),
});
export type FindingLocation = z.infer<typeof FindingLocationSchema>;

const findingTimes = { CreateTime: MillisSchema, FirstScanTime: MillisSchema, UpdateTime: MillisSchema };

/** One `ScanBaselines[]` row: a check and every item of the image that failed it. */
export const ScanBaselineSchema = z.object({
  ScanTaskId: z.string(),
  /** Category, e.g. 账号安全. */
  BaselineClassAlias: z.string(),
  /** Check name. */
  BaselineNameAlias: z.string(),
  /** Check key, e.g. `cis-4.1-user`, `alibaba-access-key`. */
  BaselineNameKey: z.string(),
  BaselineNameLevel: z.enum(BASELINE_LEVELS),
  BaselineItemCount: z.number().int().nonnegative(),
  HighRiskItemCount: z.number().int().nonnegative(),
  MiddleRiskItemCount: z.number().int().nonnegative(),
  LowRiskItemCount: z.number().int().nonnegative(),
  BaselineDetailDescription: z.string(),
  /** How to fix it. */
  BaselineDetailAdvice: z.string(),
  /** Where (first item): `path:line evidence` or `configKey: evidence`. */
  BaselineDetailPrompt: z.string(),
  ...findingTimes,
  /** Console-only. */
  Kind: z.enum(BASELINE_KINDS),
  /** Console-only: CIS Docker Benchmark item, e.g. `4.1`. */
  Cis: z.string().optional(),
  /** Console-only: every item. */
  Locations: z.array(FindingLocationSchema),
});
export type ScanBaseline = z.infer<typeof ScanBaselineSchema>;

/** The level filter: the docs' example is `High`; matched case-insensitively. */
const LevelParam = <T extends readonly [string, ...string[]]>(levels: T) =>
  z.preprocess((v) => (typeof v === 'string' ? v.toLowerCase() : v), z.enum(levels));

export const ListScanBaselineByTaskRequest = z.object({
  ...taskSelector,
  ...pageParams,
  Level: LevelParam(BASELINE_LEVELS).optional(),
  /** Console-only: only configuration risks, or only secrets and sensitive files. */
  Kind: z.enum(BASELINE_KINDS).optional(),
  /** Console-only: language of the texts (default zh-CN, as the real API answers). */
  Lang: z.enum(FINDING_LANGS).optional(),
});
export const ListScanBaselineByTaskResponse = z.object({
  ...intCodeEnvelope,
  ScanBaselines: z.array(ScanBaselineSchema),
  PageNo: z.number().int(),
  PageSize: z.number().int(),
  TotalCount: z.number().int().nonnegative(),
});

/** One `ScanMaliciousFiles[]` row. */
export const ScanMaliciousFileSchema = z.object({
  ScanTaskId: z.string(),
  /** What it is, e.g. 挖矿程序: xmrig 矿池配置. */
  MaliciousName: z.string(),
  MaliciousMd5: z.string(),
  /** Path from the image root, with a leading `/`. */
  FilePath: z.string(),
  Level: z.enum(MALICIOUS_LEVELS),
  ...findingTimes,
  /** Console-only: signature id, e.g. `eicar-test-file`. */
  RuleId: z.string(),
  /** Console-only: the type, e.g. WebShell, 挖矿程序. */
  MaliciousType: z.string(),
  Sha256: z.string(),
  Description: z.string(),
  Advice: z.string(),
  /** Console-only: layer, line and why it matched. */
  Location: FindingLocationSchema,
});
export type ScanMaliciousFile = z.infer<typeof ScanMaliciousFileSchema>;

export const ListScanMaliciousFileByTaskRequest = z.object({
  ...taskSelector,
  ...pageParams,
  Level: LevelParam(MALICIOUS_LEVELS).optional(),
  Lang: z.enum(FINDING_LANGS).optional(),
});
export const ListScanMaliciousFileByTaskResponse = z.object({
  ...intCodeEnvelope,
  ScanMaliciousFiles: z.array(ScanMaliciousFileSchema),
  PageNo: z.number().int(),
  PageSize: z.number().int(),
  TotalCount: z.number().int().nonnegative(),
});

/** Console-only: one CIS Docker Benchmark item and whether the image passes it. */
export const ComplianceItemSchema = z.object({
  /** Item number, e.g. `4.1`. */
  Cis: z.string(),
  Title: z.string(),
  Status: z.enum(['PASS', 'FAIL']),
  /** How many baseline checks map to the item. */
  CheckCount: z.number().int().nonnegative(),
  /** The checks that found something, with their names. */
  FailedChecks: z.array(z.object({ Key: z.string(), Name: z.string() })),
  FindingCount: z.number().int().nonnegative(),
});
export type ComplianceItem = z.infer<typeof ComplianceItemSchema>;

/** Console-only: the cloud-engine baseline results grouped by CIS Docker Benchmark item (合规视图). */
export const ListScanComplianceByTaskRequest = z.object({ ...taskSelector, Lang: z.enum(FINDING_LANGS).optional() });
export const ListScanComplianceByTaskResponse = z.object({
  ...successEnvelope,
  Items: z.array(ComplianceItemSchema),
  /** Passed items in percent of all items, rounded. */
  PassRate: z.number().int().min(0).max(100),
});
