/**
 * Console-only: one-click fix (一键修复) of system vulnerabilities, a capability of the cloud-security engine
 * (Security Center's `OperateImageVul` with `OperateType=vul_fix`). The real console fixes an image by building
 * a NEW tag `<tag>_fix_<13-digit ms timestamp>` in the same repository; the original tag is left untouched.
 *
 * - `PlanRepoTagFix` previews what a fix would upgrade, from the findings of a COMPLETE cloud-engine scan.
 * - `CreateRepoTagFixTask` starts the fix in the background: `FIXING` (修复中) → the fixed image is built and
 *   pushed as the new tag → a cloud-engine scan of the new tag starts → `SUCCESS` (修复成功), or `FAILED` with a
 *   readable `FailReason`.
 * - `ListRepoTagFixTask` lists the fix tasks (newest first).
 *
 * Selectors: like the scan reads, `ScanTaskId` pins the scan task whose findings are fixed; otherwise the latest
 * scan task of `RepoId` + `Tag`. `CveNames` picks system (`cve`) vulnerabilities by id; absent means every
 * system vulnerability that has a fixed version.
 *
 * Errors: `FIX_ENGINE_NOT_SAS` (the scan task ran on Trivy), `SAS_NOT_PURCHASED` (the engine expired),
 * `FIX_NOTHING_TO_FIX` (no selected vulnerability has a fixed version), `SCAN_TASK_NOT_EXIST`, `TAG_NOT_EXIST`.
 */
import { z } from 'zod';
import { MillisSchema, successEnvelope } from './wire';

/** Fix task status: 修复中 / 修复成功 / 修复失败. */
export const FIX_TASK_STATUSES = ['FIXING', 'SUCCESS', 'FAILED'] as const;
export type FixTaskStatus = (typeof FIX_TASK_STATUSES)[number];

/** Per-vulnerability fix state, as Security Center shows it: 未修复 / 修复中 / 修复成功. */
export const VUL_FIX_STATUSES = ['UNFIXED', 'FIXING', 'FIXED'] as const;
export type VulFixStatus = (typeof VUL_FIX_STATUSES)[number];

/** The package managers a fix command is written for. */
export const FIX_PACKAGE_MANAGERS = ['apk', 'apt-get', 'dnf', 'yum'] as const;

/** Why a selected vulnerability is left unfixed. */
export const FIX_UNFIXABLE_REASONS = ['no_fixed_version', 'not_os_package', 'ecosystem_mismatch'] as const;
export type FixUnfixableReason = (typeof FIX_UNFIXABLE_REASONS)[number];

const fixSelector = {
  InstanceId: z.string(),
  RepoId: z.string(),
  Tag: z.string(),
  /** The scan task whose findings are fixed; default: the tag's latest scan task. */
  ScanTaskId: z.string().optional(),
  /** System vulnerability ids to fix; absent = every one with a fixed version. */
  CveNames: z.array(z.string().min(1)).max(1000).optional(),
};

/** One package upgrade. */
export const FixPackageSchema = z.object({
  Name: z.string(),
  InstalledVersion: z.string(),
  /** The version installed by the fix. */
  TargetVersion: z.string(),
  /** The selected vulnerabilities it fixes, sorted. */
  CveNames: z.array(z.string()),
});
export type FixPackage = z.infer<typeof FixPackageSchema>;

/** A selected vulnerability the fix leaves in place. */
export const FixUnfixableSchema = z.object({
  CveName: z.string(),
  Package: z.string(),
  Reason: z.enum(FIX_UNFIXABLE_REASONS),
});
export type FixUnfixable = z.infer<typeof FixUnfixableSchema>;

export const PlanRepoTagFixRequest = z.object(fixSelector);
export const PlanRepoTagFixResponse = z.object({
  ...successEnvelope,
  /** The scan task the plan comes from. */
  ScanTaskId: z.string(),
  /** OS family and release, e.g. `alpine 3.18` (the release may be unknown). */
  Os: z.string(),
  PackageManager: z.enum(FIX_PACKAGE_MANAGERS),
  /** The upgrade command; empty when nothing is fixable. */
  Command: z.string(),
  /** `FROM <image>` + `RUN <command>`. */
  Dockerfile: z.string(),
  Packages: z.array(FixPackageSchema),
  Unfixable: z.array(FixUnfixableSchema),
});
export type FixPlanPayload = z.infer<typeof PlanRepoTagFixResponse>;

export const CreateRepoTagFixTaskRequest = z.object(fixSelector);
export const CreateRepoTagFixTaskResponse = z.object({
  ...successEnvelope,
  FixTaskId: z.string(),
  /** `<tag>_fix_<13-digit ms timestamp>`, in the same repository. */
  NewTag: z.string(),
});

/** One fix task. */
export const FixTaskSchema = z.object({
  FixTaskId: z.string(),
  InstanceId: z.string(),
  RepoId: z.string(),
  SourceTag: z.string(),
  /** Manifest digest hex of the image that was fixed. */
  SourceDigest: z.string(),
  /** The scan task whose findings were fixed. */
  ScanTaskId: z.string(),
  NewTag: z.string(),
  Status: z.enum(FIX_TASK_STATUSES),
  CveNames: z.array(z.string()),
  Packages: z.array(FixPackageSchema),
  Command: z.string(),
  StartTime: MillisSchema,
  FinishTime: MillisSchema.optional(),
  /** Readable reason of a FAILED task (English; see reasons.ts). */
  FailReason: z.string().optional(),
  /**
   * A SUCCESS whose fixed tag was pushed but not scanned: why the cloud engine refused the scan (its image
   * authorisations were used up). Console extension; absent when the scan started.
   */
  ScanRefusedReason: z.string().optional(),
});
export type FixTask = z.infer<typeof FixTaskSchema>;

export const ListRepoTagFixTaskRequest = z.object({
  InstanceId: z.string(),
  RepoId: z.string().optional(),
  /** The source tag. */
  Tag: z.string().optional(),
});
export const ListRepoTagFixTaskResponse = z.object({
  ...successEnvelope,
  FixTasks: z.array(FixTaskSchema),
  TotalCount: z.number().int().nonnegative(),
});
