/**
 * Deployment policy evaluation (模拟部署), a pure function of the policy and what is known about a tag.
 *
 * The rules, precisely:
 *
 * 1. **Counted findings**: findings that are not excepted, whose severity is at `issueLevel` or worse,
 *    and — with `onlyFixable` — that have a fix. Severities rank Unknown < Low < Medium < High (Unknown
 *    lowest, as Harbor ranks it: an unrated finding is no evidence of danger), so `LOW` counts Low, Medium
 *    and High, and `UNKNOWN` counts every finding.
 * 2. **Vulnerability condition** (enabled when `issueLevel` is set): passes while
 *    `counted < issueCount`, fails at `counted >= issueCount`. `issueCount: 1` therefore means "no
 *    counted finding at all". An `issueCount` below 1 (or not an integer) is read as `max(1, floor(n))`;
 *    `validateDenyPolicy` reports it so it is refused on save.
 * 3. **Signature condition** (enabled when `requireSignature` is set): passes when some signature is
 *    valid and its signer is one of `witnesses` (any signer when the list is empty).
 * 4. **Logic** combines the enabled conditions 2 and 3, read as a deny rule ("deny when vulnerable OR
 *    unsigned"): `OR` denies when ANY enabled condition fails, `AND` denies only when ALL enabled
 *    conditions fail (e.g. "a signed image may carry known vulnerabilities"). With one condition enabled
 *    both logics agree; with none, the tag is allowed.
 * 5. **Never scanned**: with `blockUnscanned`, an unscanned tag is denied whatever `logic` says — it is a
 *    separate gate because "block images never scanned" must not be waived by a signature under `AND`.
 *    Without it, an unscanned tag has no findings and the vulnerability condition passes.
 *
 * A denial lists every failing condition in `reasons`; conditions that failed but were outvoted under `AND`
 * are returned as `tolerated`, so the console can still show them.
 */
import {
  signatureInvalidMessage,
  signatureMissingMessage,
  signatureUntrustedMessage,
  thresholdMessage,
  unscannedMessage,
} from './messages';
import type {
  DenyPolicy,
  FindingSeverity,
  IssueLevel,
  PolicyDecision,
  PolicyFinding,
  PolicyReason,
  PolicySignature,
  TagPolicyInput,
} from './types';
import { ISSUE_LEVELS, POLICY_ACTIONS, POLICY_LOGICS } from './types';

const SEVERITY_RANK: Record<FindingSeverity, number> = { Unknown: 0, Low: 1, Medium: 2, High: 3 };
const LEVEL_RANK: Record<IssueLevel, number> = { UNKNOWN: 0, LOW: 1, MEDIUM: 2, HIGH: 3 };

/** Whether a finding of `severity` is at `level` or worse. */
export function atOrAbove(severity: FindingSeverity, level: IssueLevel): boolean {
  return SEVERITY_RANK[severity] >= LEVEL_RANK[level];
}

/** The `issueCount` evaluation uses: an integer of at least 1. */
export function effectiveIssueCount(issueCount: number): number {
  return Number.isFinite(issueCount) ? Math.max(1, Math.floor(issueCount)) : 1;
}

/** The findings rule 1 counts. */
export function countedFindings(findings: readonly PolicyFinding[], level: IssueLevel, onlyFixable: boolean): number {
  return findings.filter((f) => !f.excepted && (!onlyFixable || f.fixable) && atOrAbove(f.severity, level)).length;
}

/** Evaluates `policy` for one tag; see the module comment for the rules. */
export function evaluatePolicy(policy: DenyPolicy, tag: TagPolicyInput): PolicyDecision {
  const failed: PolicyReason[] = [];
  let enabled = 0;

  const level = policy.issueLevel;
  const counted = level === undefined ? 0 : countedFindings(tag.findings, level, policy.onlyFixable);
  if (level !== undefined) {
    enabled++;
    const threshold = effectiveIssueCount(policy.issueCount);
    if (counted >= threshold) {
      failed.push({
        code: 'VULNERABILITY_THRESHOLD',
        message: thresholdMessage(counted, threshold, level, policy.onlyFixable),
        count: counted,
        threshold,
      });
    }
  }

  if (policy.requireSignature) {
    enabled++;
    const problem = signatureProblem(tag.signatures, policy.requireSignature.witnesses);
    if (problem) failed.push(problem);
  }

  const conditionsDeny = failed.length > 0 && (policy.logic === 'OR' || failed.length === enabled);
  const unscanned = policy.blockUnscanned && !tag.scanned;
  const reasons: PolicyReason[] = [];
  if (unscanned) reasons.push({ code: 'UNSCANNED', message: unscannedMessage() });
  // Once the tag is denied anyway (never scanned), every failing condition is a reason to show.
  if (conditionsDeny || unscanned) reasons.push(...failed);

  if (reasons.length === 0) return { allowed: true, reasons, tolerated: failed, countedFindings: counted };
  return { allowed: false, action: policy.action, reasons, tolerated: [], countedFindings: counted };
}

/** The signature condition's failure, or `undefined` when it passes. */
function signatureProblem(
  signatures: readonly PolicySignature[],
  witnesses: readonly string[],
): PolicyReason | undefined {
  const accepted = (signer: string | undefined) =>
    witnesses.length === 0 || (signer !== undefined && witnesses.includes(signer));
  const valid = signatures.filter((s) => s.valid);
  if (valid.some((s) => accepted(s.signer))) return undefined;
  const required = [...witnesses];
  if (signatures.length === 0) {
    return { code: 'SIGNATURE_MISSING', message: signatureMissingMessage(required), witnesses: required };
  }
  if (valid.length === 0) {
    return { code: 'SIGNATURE_INVALID', message: signatureInvalidMessage(required), witnesses: required };
  }
  const signers = [...new Set(valid.map((s) => s.signer ?? '?'))];
  return {
    code: 'SIGNATURE_UNTRUSTED',
    message: signatureUntrustedMessage(required, signers),
    witnesses: required,
    signers,
  };
}

export type DenyPolicyProblem =
  | 'ISSUE_COUNT_INVALID'
  | 'ISSUE_LEVEL_INVALID'
  | 'LOGIC_INVALID'
  | 'ACTION_INVALID'
  | 'WITNESS_INVALID';

/** What is wrong with a policy a user is about to save (empty when it is fine). */
export function validateDenyPolicy(policy: DenyPolicy): DenyPolicyProblem[] {
  const problems: DenyPolicyProblem[] = [];
  if (!Number.isInteger(policy.issueCount) || policy.issueCount < 1) problems.push('ISSUE_COUNT_INVALID');
  if (policy.issueLevel !== undefined && !ISSUE_LEVELS.includes(policy.issueLevel))
    problems.push('ISSUE_LEVEL_INVALID');
  if (!POLICY_LOGICS.includes(policy.logic)) problems.push('LOGIC_INVALID');
  if (!POLICY_ACTIONS.includes(policy.action)) problems.push('ACTION_INVALID');
  if (policy.requireSignature?.witnesses.some((w) => typeof w !== 'string' || w.trim() === '')) {
    problems.push('WITNESS_INVALID');
  }
  return problems;
}
