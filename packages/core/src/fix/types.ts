/** The shapes of a one-click fix (一键修复): what to upgrade, how, and what cannot be fixed. */
import type { Ecosystem } from '../types/ecosystem';
import { ScanError, type ScanErrorCode } from '../types/errors';
import type { OsInfo } from '../types/package';

/** The OS package ecosystems a fix can upgrade. */
export type FixEcosystem = 'apk' | 'deb' | 'rpm';

/** The package manager whose command the plan prints. */
export type PackageManager = 'apk' | 'apt-get' | 'dnf' | 'yum';

/** What planFix needs of a vulnerability: the core's `Vulnerability` satisfies it. */
export interface FixCandidate {
  id: string;
  ecosystem: Ecosystem;
  pkgName: string;
  installedVersion: string;
  /** Absent when the advisory has no fix yet. */
  fixedVersion?: string;
  pkgPath?: string;
}

/** One package upgrade of the plan. */
export interface PackageFix {
  name: string;
  ecosystem: FixEcosystem;
  installedVersion: string;
  /** The highest fixed version among the package's selected vulnerabilities, as the advisories write it. */
  fixedVersion: string;
  /**
   * The version to install. Equal to `fixedVersion` except for deb binaries carrying an epoch their source
   * package lacks (bsdutils `1:2.38.1-5` from util-linux `2.38.1-5`): Debian advisories name source versions,
   * and the binary keeps its own epoch across updates, so apt needs `1:<fixed>`.
   */
  targetVersion: string;
  /** Ids of the selected vulnerabilities this upgrade fixes, sorted. */
  vulnerabilities: string[];
}

export type UnfixableReason = 'no_fixed_version' | 'not_os_package' | 'ecosystem_mismatch';

/** A selected vulnerability the fix leaves in place, and why. */
export interface UnfixableVulnerability {
  id: string;
  pkgName: string;
  ecosystem: Ecosystem;
  installedVersion: string;
  reason: UnfixableReason;
  message: string;
}

/** Input of planFix. */
export interface PlanFixInput {
  /** The image reference the Dockerfile starts from, e.g. `prod/web:1.0`. */
  image: string;
  os: OsInfo;
  vulnerabilities: readonly FixCandidate[];
}

/** The fix plan: the upgrades, the distro command and Dockerfile, and what stays unfixed. */
export interface FixPlan {
  image: string;
  os: OsInfo;
  ecosystem: FixEcosystem;
  packageManager: PackageManager;
  /** Sorted by name. Empty when nothing selected is fixable. */
  packages: PackageFix[];
  /** The shell command upgrading `packages`; empty when there are none. */
  command: string;
  /** `FROM <image>` + `RUN <command>`; only the `FROM` line when there is nothing to run. */
  dockerfile: string;
  unfixable: UnfixableVulnerability[];
  /** Caveats for the user (e.g. distroless images have no package manager to run the command). */
  notes: string[];
}

/** Why a fix failed; `code` keeps the core's ScanError vocabulary, `reason` is specific. */
export type FixErrorReason =
  | 'UNSUPPORTED_OS'
  | 'NO_PACKAGE_DB'
  | 'NOTHING_TO_FIX'
  | 'PLAN_MISMATCH'
  | 'UNSUPPORTED_RPMDB'
  | 'INVALID_INPUT';

const CODE_BY_REASON: Record<FixErrorReason, ScanErrorCode> = {
  UNSUPPORTED_OS: 'UNSUPPORTED_PACKAGE_DB',
  NO_PACKAGE_DB: 'UNSUPPORTED_PACKAGE_DB',
  NOTHING_TO_FIX: 'UNSUPPORTED_PACKAGE_DB',
  PLAN_MISMATCH: 'INVALID_PACKAGE_DB',
  UNSUPPORTED_RPMDB: 'UNSUPPORTED_PACKAGE_DB',
  INVALID_INPUT: 'INVALID_IMAGE',
};

/** A ScanError raised by the fix, with a fix-specific reason callers can switch on. */
export class FixError extends ScanError {
  constructor(
    readonly reason: FixErrorReason,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(CODE_BY_REASON[reason], message, options);
    this.name = 'FixError';
  }
}
