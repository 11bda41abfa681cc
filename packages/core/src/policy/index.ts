/** Deployment policies (DenyPolicy + signature rules), their preview, and vulnerability exceptions. */
export { type ChainDenyPolicy, fromChainDenyPolicy, toChainDenyPolicy } from './chain';
export {
  atOrAbove,
  countedFindings,
  type DenyPolicyProblem,
  effectiveIssueCount,
  evaluatePolicy,
  validateDenyPolicy,
} from './evaluate';
export {
  applyExceptions,
  type ExceptedFinding,
  type ExceptionResult,
  type ExceptionScope,
  type ExceptionTarget,
  expiryTime,
  isExpired,
  scopeCovers,
  type VulnerabilityException,
} from './exceptions';
export { type BlockedTag, type PolicyPreview, type PolicyPreviewTag, previewPolicy } from './preview';
export {
  type DenyPolicy,
  type FindingSeverity,
  ISSUE_LEVELS,
  type IssueLevel,
  POLICY_ACTIONS,
  POLICY_LOGICS,
  type PolicyAction,
  type PolicyDecision,
  type PolicyFinding,
  type PolicyLogic,
  type PolicyReason,
  type PolicyReasonCode,
  type PolicySignature,
  type TagPolicyInput,
} from './types';
