/** One-click fix (一键修复) of OS package vulnerabilities: plan the upgrades, build the fixed image. */
export { type BuildFixedImageOptions, buildFixedImage, FIX_HISTORY_SUFFIX, type FixedImage } from './build-fixed-image';
export { fixEcosystem, packageManager, upgradeCommand } from './commands';
export type { ImageBlob, RegistryImageBlobs } from './image-files';
export { planFix } from './plan-fix';
export {
  type FixCandidate,
  type FixEcosystem,
  FixError,
  type FixErrorReason,
  type FixPlan,
  type PackageFix,
  type PackageManager,
  type PlanFixInput,
  type UnfixableReason,
  type UnfixableVulnerability,
} from './types';
