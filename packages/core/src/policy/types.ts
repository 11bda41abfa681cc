/**
 * Deployment policy types: the delivery chain's `DenyPolicy` (`IssueLevel`, `IssueCount`, `Logic`,
 * `Action`) in camelCase, extended with signature, fixability and never-scanned rules.
 */
import type { LocalizedText } from '../inspect/inspector';

/** `DenyPolicy.IssueLevel`: the lowest severity that counts. */
export type IssueLevel = 'HIGH' | 'MEDIUM' | 'LOW' | 'UNKNOWN';
export const ISSUE_LEVELS: readonly IssueLevel[] = ['HIGH', 'MEDIUM', 'LOW', 'UNKNOWN'];

/** `DenyPolicy.Logic`: how the vulnerability and signature conditions combine (see `evaluatePolicy`). */
export type PolicyLogic = 'AND' | 'OR';
export const POLICY_LOGICS: readonly PolicyLogic[] = ['AND', 'OR'];

/**
 * `DenyPolicy.Action`: `BLOCK` stops the deployment (delivery chain), `BLOCK_RETAG` additionally refuses
 * overwriting the tag, `BLOCK_DELETE_TAG` deletes the offending tag. Evaluation only reports it; the
 * backend carries it out.
 */
export type PolicyAction = 'BLOCK' | 'BLOCK_RETAG' | 'BLOCK_DELETE_TAG';
export const POLICY_ACTIONS: readonly PolicyAction[] = ['BLOCK', 'BLOCK_RETAG', 'BLOCK_DELETE_TAG'];

/** A finding's severity as the console shows it (ACR's four levels). */
export type FindingSeverity = 'High' | 'Medium' | 'Low' | 'Unknown';

export interface DenyPolicy {
  /**
   * Lowest severity counted by the vulnerability condition; `undefined` disables that condition (a
   * signature-only policy).
   */
  issueLevel?: IssueLevel;
  /** The vulnerability condition fails when this many counted findings (or more) exist. An integer ≥ 1. */
  issueCount: number;
  logic: PolicyLogic;
  action: PolicyAction;
  /**
   * When set, the signature condition requires a valid signature by one of these witnesses (key ids);
   * an empty list accepts a valid signature by any trusted key.
   */
  requireSignature?: { witnesses: string[] };
  /** Count only findings that have a fix. */
  onlyFixable: boolean;
  /** Deny tags that were never scanned, whatever the other conditions say. */
  blockUnscanned: boolean;
}

/** A finding as the policy sees it: exceptions already applied (see `applyExceptions`). */
export interface PolicyFinding {
  severity: FindingSeverity;
  fixable: boolean;
  excepted: boolean;
}

/** A signature of the tag's current digest, as `checkSignature` judged it. */
export interface PolicySignature {
  valid: boolean;
  /** The key (witness) id it verified with. */
  signer?: string;
}

/** Everything the policy needs to know about one tag. */
export interface TagPolicyInput {
  scanned: boolean;
  findings: readonly PolicyFinding[];
  signatures: readonly PolicySignature[];
}

export type PolicyReasonCode =
  | 'UNSCANNED'
  | 'VULNERABILITY_THRESHOLD'
  | 'SIGNATURE_MISSING'
  | 'SIGNATURE_INVALID'
  | 'SIGNATURE_UNTRUSTED';

export interface PolicyReason {
  code: PolicyReasonCode;
  message: LocalizedText;
  /** For `VULNERABILITY_THRESHOLD`: the counted findings and the policy's `issueCount`. */
  count?: number;
  threshold?: number;
  /** For signature reasons: the witnesses the policy requires. */
  witnesses?: string[];
  /** For `SIGNATURE_UNTRUSTED`: who did sign validly. */
  signers?: string[];
}

export interface PolicyDecision {
  allowed: boolean;
  /** The policy's action, only when denied. */
  action?: PolicyAction;
  /** Every reason for a denial (empty when allowed). */
  reasons: PolicyReason[];
  /** Conditions that failed but did not deny on their own (`AND` with another condition passing). */
  tolerated: PolicyReason[];
  /** Findings the vulnerability condition counted (non-excepted, at the level, fixable if required). */
  countedFindings: number;
}
