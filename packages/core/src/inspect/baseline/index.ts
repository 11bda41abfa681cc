/** Baseline checks: the data list, the inspector running it, and CIS compliance. */
export { baselineInspector } from './baseline-inspector';
export { baselineCompliance, CIS_ITEMS, type CisItemResult } from './compliance';
export { BASELINE_CHECKS, baselineCheck } from './registry';
export {
  type BaselineCheck,
  type BaselineHit,
  CATEGORY as BASELINE_CATEGORIES,
  type FileDetector as BaselineFileDetector,
} from './types';
