/** The baseline checks, in one explicit list (the order is the order of the rule catalogue). */
import { ACCOUNT_CHECKS } from './account-checks';
import { CONFIG_CHECKS } from './config-checks';
import { HISTORY_CHECKS } from './history-checks';
import { PACKAGE_CHECKS } from './package-checks';
import { PERMISSION_CHECKS } from './permission-checks';
import { SSH_CHECKS } from './ssh-checks';
import { SYSTEM_CHECKS } from './system-checks';
import type { BaselineCheck } from './types';

/** Every baseline check; rule ids are unique. */
export const BASELINE_CHECKS: readonly BaselineCheck[] = [
  ...CONFIG_CHECKS,
  ...HISTORY_CHECKS,
  ...ACCOUNT_CHECKS,
  ...SSH_CHECKS,
  ...PERMISSION_CHECKS,
  ...PACKAGE_CHECKS,
  ...SYSTEM_CHECKS,
];

/** A check by rule id. */
export const baselineCheck = (ruleId: string): BaselineCheck | undefined =>
  BASELINE_CHECKS.find((c) => c.ruleId === ruleId);
