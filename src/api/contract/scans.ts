/**
 * Single-image security scanning: `CreateRepoTagScanTask`, `GetRepoTagScanStatus`, `GetRepoTagScanSummary`,
 * `ListRepoTagScanResult` (cr 2018-12-01, all POST, parameters in the query string).
 *
 * Flow: create a task for a tag (the real API returns no task id), poll the status by repo + tag until it is
 * `COMPLETE` or `FAILED`, then read the summary and the result rows.
 *
 * Which task a read answers from: the one named by `ScanTaskId` when given, otherwise the latest task created
 * for `RepoId` + `Tag` (narrowed to `Digest` when given).
 *
 * "Not scanned yet": the real API has no status for it. Here, reading the status, summary or results of a tag
 * that has never been scanned (or naming an unknown `ScanTaskId`) answers the business error
 * `SCAN_TASK_NOT_EXIST` (HTTP 200, `IsSuccess: false`); the console shows that as 未扫描.
 * While the chosen task is not `COMPLETE`, the summary is all zeros and the result list is empty.
 */
import { z } from 'zod';
import { MillisSchema, pageParams, successEnvelope } from './wire';

/** Scan engines: ACR's built-in Trivy engine (default, free) and the cloud-security (SAS) engine. */
export const SCAN_SERVICES = ['ACR_SCAN_SERVICE', 'SAS_SCAN_SERVICE'] as const;
export type ScanService = (typeof SCAN_SERVICES)[number];

/** `GetRepoTagScanStatus.Status`: 扫描中 / 扫描完成 / 扫描失败 / 重试中. */
export const SCAN_STATUSES = ['SCANNING', 'COMPLETE', 'FAILED', 'RETRYING'] as const;
export type ScanStatus = (typeof SCAN_STATUSES)[number];

/** Severity levels, mixed case exactly as the API writes them (no Critical: it folds into High). */
export const SCAN_SEVERITIES = ['High', 'Medium', 'Low', 'Unknown'] as const;
export type ScanSeverity = (typeof SCAN_SEVERITIES)[number];

/** Vulnerability type: `cve` 镜像系统漏洞 (OS packages), `sca` 镜像应用漏洞 (application libraries). */
export const VUL_SCAN_TYPES = ['cve', 'sca'] as const;
export type VulScanType = (typeof VUL_SCAN_TYPES)[number];

/**
 * Console-only: the step a running scan is in, from the scan core's progress events.
 * `QUEUED` before the engine starts, `OPENING` reads the manifest and config, `LAYERS` walks the layers,
 * `ANALYZING` builds the package inventory, `MATCHING` matches advisories, `DONE` when finished (or failed).
 */
export const SCAN_PHASES = ['QUEUED', 'OPENING', 'LAYERS', 'ANALYZING', 'MATCHING', 'DONE'] as const;
export type ScanPhase = (typeof SCAN_PHASES)[number];

/** Digests are accepted with or without the `sha256:` prefix. */
const DigestParam = z.string().regex(/^(sha256:)?[0-9a-f]{64}$/);

/** The selectors every read accepts. */
export const taskSelector = {
  InstanceId: z.string(),
  RepoId: z.string().optional(),
  Tag: z.string().optional(),
  Digest: DigestParam.optional(),
  /** A task id (UUID); when given, RepoId/Tag/Digest are not needed. */
  ScanTaskId: z.string().optional(),
};

export const CreateRepoTagScanTaskRequest = z.object({
  InstanceId: z.string(),
  RepoId: z.string(),
  Tag: z.string(),
  /** Must equal the tag's current manifest digest when given (otherwise `TAG_NOT_EXIST`). */
  Digest: DigestParam.optional(),
  /** Defaults to `ACR_SCAN_SERVICE`. */
  ScanService: z.enum(SCAN_SERVICES).optional(),
  /** Undocumented upstream; accepted and ignored. */
  ScanType: z.string().optional(),
});
/** Only the envelope: the real API returns no task id. Poll `GetRepoTagScanStatus` by repo + tag. */
export const CreateRepoTagScanTaskResponse = z.object({ ...successEnvelope });

export const GetRepoTagScanStatusRequest = z.object({
  ...taskSelector,
  /** Undocumented upstream; accepted and ignored. */
  ScanType: z.string().optional(),
});
export const GetRepoTagScanStatusResponse = z.object({
  ...successEnvelope,
  Status: z.enum(SCAN_STATUSES),
  ScanService: z.enum(SCAN_SERVICES),
  /** Console-only: the task's id (UUID, upper case). Pass it to the other reads to pin this task. */
  ScanTaskId: z.string().optional(),
  /** Console-only: manifest digest the task scans, hex without the `sha256:` prefix. */
  Digest: z.string().optional(),
  /** Console-only: 0–100, advanced by phase (layers count proportionally). */
  Progress: z.number().int().min(0).max(100).optional(),
  /** Console-only: the step the scan is in. */
  Phase: z.enum(SCAN_PHASES).optional(),
  /** Console-only: when the task was created (epoch ms). */
  StartTime: MillisSchema.optional(),
  /** Console-only: when the task ended, COMPLETE or FAILED (epoch ms). */
  FinishTime: MillisSchema.optional(),
  /** Console-only: readable reason of a FAILED task (English, from the engine or the backend). */
  FailReason: z.string().optional(),
  /** Console-only: the vulnerability database version a COMPLETE task matched against. */
  DbVersion: z.string().optional(),
  /** Console-only: the malware signature set version of a COMPLETE cloud-security scan. */
  SignatureVersion: z.string().optional(),
});

export const GetRepoTagScanSummaryRequest = z.object({ ...taskSelector });
export const ScanSummarySchema = z.object({
  HighSeverity: z.number().int().nonnegative(),
  MediumSeverity: z.number().int().nonnegative(),
  LowSeverity: z.number().int().nonnegative(),
  UnknownSeverity: z.number().int().nonnegative(),
  TotalSeverity: z.number().int().nonnegative(),
});
export type ScanSummary = z.infer<typeof ScanSummarySchema>;
export const GetRepoTagScanSummaryResponse = z.object({ ...successEnvelope, ...ScanSummarySchema.shape });

/** One `ListRepoTagScanResult.Vulnerabilities[]` row. Empty strings where a value is unknown. */
export const ScanVulnerabilitySchema = z.object({
  /** Advisory id, e.g. `CVE-2023-5363` (漏洞编号). */
  CveName: z.string(),
  /** Deprecated display name (the advisory title). */
  AliasName: z.string(),
  Severity: z.enum(SCAN_SEVERITIES),
  /** Affected package name (包名). */
  Feature: z.string(),
  /** Installed version (当前版本). */
  Version: z.string(),
  /** Fixed-in version (修复版本); empty when no fix exists. */
  VersionFixed: z.string(),
  /** `dpkg`, `apk`, `rpm`, `npm`, `pypi`, `maven`, `go`, … */
  VersionFormat: z.string(),
  /** Remediation command (修复命令); empty when no fix exists. */
  FixCmd: z.string(),
  ScanType: z.enum(VUL_SCAN_TYPES),
  /** Digest (`sha256:…`) of the layer that introduced the package. */
  AddedBy: z.string(),
  /** Path of the file the package was found in. */
  CveLocation: z.string(),
  CveLink: z.string(),
  Description: z.string(),
  /** Console-only: CVSS v3 vector of the finding (e.g. `CVSS:3.1/AV:N/AC:L/…`); absent when the advisory has none. */
  CvssVector: z.string().optional(),
  /** Console-only: CVSS v3 base score (0–10) of {@link CvssVector}; absent when the advisory has none. */
  CvssScore: z.number().min(0).max(10).optional(),
  /**
   * Console-only, cloud-security (SAS) tasks only: 未修复 / 修复中 / 修复成功, from the one-click fixes started
   * from this scan task (see scan-fix.ts).
   */
  FixStatus: z.enum(['UNFIXED', 'FIXING', 'FIXED']).optional(),
});
export type ScanVulnerability = z.infer<typeof ScanVulnerabilitySchema>;

export const ListRepoTagScanResultRequest = z.object({
  ...taskSelector,
  ...pageParams,
  Severity: z.enum(SCAN_SEVERITIES).optional(),
  ScanType: z.enum(VUL_SCAN_TYPES).optional(),
  /** Case-insensitive search in CveName, Feature and AliasName (e.g. `CVE-2023`, `openssl`). */
  VulQueryKey: z.string().optional(),
  /** `FixCmd` upstream returns only that field; accepted and ignored here (rows are always complete). */
  FilterValue: z.string().optional(),
});
export const ListRepoTagScanResultResponse = z.object({
  ...successEnvelope,
  Vulnerabilities: z.array(ScanVulnerabilitySchema),
  PageNo: z.number().int(),
  PageSize: z.number().int(),
  /** An integer here (unlike ListRepoTag's string). */
  TotalCount: z.number().int().nonnegative(),
});
