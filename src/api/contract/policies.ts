/**
 * Console-only: deployment policies (安全可信 > 部署策略) and vulnerability exceptions (忽略).
 *
 * A deployment policy belongs to one namespace and carries the delivery chain's scan-node `DenyPolicy`
 * (`IssueLevel`, `IssueCount`, `Logic` AND/OR, `Action` BLOCK / BLOCK_RETAG / BLOCK_DELETE_TAG) plus three
 * extensions: require a valid signature from chosen witnesses, count only fixable vulnerabilities, block images
 * never scanned. `CheckDeployment` (模拟部署) answers as an admission controller would — allowed or denied with
 * every reason — and never changes anything; `PreviewDeployPolicy` (预览) runs the same evaluation over every
 * existing tag of the namespace before the policy is saved.
 *
 * An exception accepts the risk of one vulnerability id for a tag, a repository or a namespace, until an
 * optional expiry. Expired exceptions stop applying and are listed as expired. Policies count findings after
 * exceptions.
 *
 * Errors: `NAMESPACE_NOT_EXIST`, `DEPLOY_POLICY_NOT_EXIST`, `DEPLOY_POLICY_EXIST` (one per namespace),
 * `DEPLOY_POLICY_ILLEGAL` (no condition at all, or a bad count), `WITNESS_NOT_EXIST`, `REPO_NOT_EXIST`,
 * `TAG_NOT_EXIST`, `EXCEPTION_NOT_EXIST`, `EXCEPTION_EXPIRE_ILLEGAL` (an expiry in the past).
 */
import { z } from 'zod';
import { MillisSchema, pageParams, successEnvelope } from './wire';

/** `DenyPolicy.IssueLevel`: the lowest severity counted. */
export const ISSUE_LEVELS = ['HIGH', 'MEDIUM', 'LOW', 'UNKNOWN'] as const;
export type IssueLevel = (typeof ISSUE_LEVELS)[number];
export const POLICY_LOGICS = ['AND', 'OR'] as const;
export type PolicyLogic = (typeof POLICY_LOGICS)[number];
/** BLOCK 阻断 / BLOCK_RETAG 阻断并禁止覆盖 Tag / BLOCK_DELETE_TAG 阻断并删除 Tag. */
export const POLICY_ACTIONS = ['BLOCK', 'BLOCK_RETAG', 'BLOCK_DELETE_TAG'] as const;
export type PolicyAction = (typeof POLICY_ACTIONS)[number];

export const POLICY_REASON_CODES = [
  'UNSCANNED',
  'VULNERABILITY_THRESHOLD',
  'SIGNATURE_MISSING',
  'SIGNATURE_INVALID',
  'SIGNATURE_UNTRUSTED',
] as const;
export type PolicyReasonCode = (typeof POLICY_REASON_CODES)[number];

const LocalizedTextSchema = z.object({ 'zh-CN': z.string(), 'en-US': z.string() });

/** The rule part of a policy, shared by create, update and preview. */
const policyRuleFields = {
  /** Absent: no vulnerability condition (a signature-only policy). */
  IssueLevel: z.enum(ISSUE_LEVELS).optional(),
  /** The vulnerability condition fails at this many counted findings. */
  IssueCount: z.number().int().min(1).max(100000),
  Logic: z.enum(POLICY_LOGICS),
  /**
   * `DenyPolicy.Action`. Named `PolicyAction` on the wire because `Action` is the RPC parameter naming the API
   * action itself: a request field of that name would replace it in the query string.
   */
  PolicyAction: z.enum(POLICY_ACTIONS),
  /** Require a valid signature by one of `Witnesses` (empty: any witness of the instance). */
  RequireSignature: z.boolean(),
  Witnesses: z.array(z.string()).max(20),
  OnlyFixable: z.boolean(),
  BlockUnscanned: z.boolean(),
};

export const DeployPolicySchema = z.object({
  PolicyId: z.string(),
  InstanceId: z.string(),
  NamespaceName: z.string(),
  /** Off: saved but not enforced (CheckDeployment allows everything in the namespace). */
  Enabled: z.boolean(),
  ...policyRuleFields,
  CreateTime: MillisSchema,
  UpdateTime: MillisSchema,
});
export type DeployPolicy = z.infer<typeof DeployPolicySchema>;

export const CreateDeployPolicyRequest = z.object({
  InstanceId: z.string(),
  NamespaceName: z.string(),
  Enabled: z.boolean(),
  ...policyRuleFields,
});
export const CreateDeployPolicyResponse = z.object({ ...successEnvelope, PolicyId: z.string() });

export const UpdateDeployPolicyRequest = z.object({
  InstanceId: z.string(),
  PolicyId: z.string(),
  Enabled: z.boolean(),
  ...policyRuleFields,
});
export const UpdateDeployPolicyResponse = z.object({ ...successEnvelope });

export const DeleteDeployPolicyRequest = z.object({ InstanceId: z.string(), PolicyId: z.string() });
export const DeleteDeployPolicyResponse = z.object({ ...successEnvelope });

export const ListDeployPolicyRequest = z.object({ InstanceId: z.string() });
export const ListDeployPolicyResponse = z.object({
  ...successEnvelope,
  Policies: z.array(DeployPolicySchema),
  TotalCount: z.number().int().nonnegative(),
});

export const PolicyReasonSchema = z.object({
  Code: z.enum(POLICY_REASON_CODES),
  Message: LocalizedTextSchema,
  Count: z.number().int().optional(),
  Threshold: z.number().int().optional(),
  /** Witness ids the policy requires (signature reasons). */
  Witnesses: z.array(z.string()).optional(),
  /** Witness ids that did sign validly (SIGNATURE_UNTRUSTED). */
  Signers: z.array(z.string()).optional(),
});
export type PolicyReason = z.infer<typeof PolicyReasonSchema>;

/** A tag the preview lists. */
export const PolicyPreviewTagSchema = z.object({
  RepoId: z.string(),
  RepoName: z.string(),
  Tag: z.string(),
  Digest: z.string(),
  Action: z.enum(POLICY_ACTIONS).optional(),
  Reasons: z.array(PolicyReasonSchema),
});
export type PolicyPreviewTag = z.infer<typeof PolicyPreviewTagSchema>;

/** 预览: which existing tags of the namespace the (unsaved) rule would block. Signature tags are skipped. */
export const PreviewDeployPolicyRequest = z.object({
  InstanceId: z.string(),
  NamespaceName: z.string(),
  ...policyRuleFields,
});
export const PreviewDeployPolicyResponse = z.object({
  ...successEnvelope,
  Blocked: z.array(PolicyPreviewTagSchema),
  Allowed: z.array(PolicyPreviewTagSchema),
  TotalCount: z.number().int().nonnegative(),
});

/** 模拟部署: the decision for one tag under its namespace's enabled policy. */
export const CheckDeploymentRequest = z.object({
  InstanceId: z.string(),
  NamespaceName: z.string(),
  RepoName: z.string(),
  Tag: z.string(),
});
export const CheckDeploymentResponse = z.object({
  ...successEnvelope,
  Allowed: z.boolean(),
  /** The enabled policy that judged it; absent when the namespace has none (then always allowed). */
  PolicyId: z.string().optional(),
  Action: z.enum(POLICY_ACTIONS).optional(),
  Reasons: z.array(PolicyReasonSchema),
  /** Conditions that failed without denying on their own (AND). */
  Tolerated: z.array(PolicyReasonSchema),
  /** Findings the vulnerability condition counted (after exceptions). */
  CountedFindings: z.number().int().nonnegative(),
  /** Findings excepted from the count. */
  ExceptedFindings: z.number().int().nonnegative(),
  Scanned: z.boolean(),
  /** `sha256:<hex>` the tag points at. */
  Digest: z.string(),
  /** `registry/ns/repo@sha256:…`, the form an admission controller resolves. */
  ImageReference: z.string(),
});

/** 忽略 scope: this tag, this repository, or the whole namespace. */
export const EXCEPTION_SCOPES = ['TAG', 'REPO', 'NAMESPACE'] as const;
export type ExceptionScopeType = (typeof EXCEPTION_SCOPES)[number];

export const VulnExceptionSchema = z.object({
  ExceptionId: z.string(),
  InstanceId: z.string(),
  /** Vulnerability id as the results show it (`CVE-…`, `GHSA-…`, …). */
  CveId: z.string(),
  ScopeType: z.enum(EXCEPTION_SCOPES),
  NamespaceName: z.string(),
  RepoName: z.string().optional(),
  Tag: z.string().optional(),
  Reason: z.string(),
  Author: z.string(),
  CreateTime: MillisSchema,
  /** Absent: never expires. */
  ExpireTime: MillisSchema.optional(),
  /** Derived: past `ExpireTime`. */
  Expired: z.boolean(),
});
export type VulnException = z.infer<typeof VulnExceptionSchema>;

export const CreateVulnExceptionRequest = z.object({
  InstanceId: z.string(),
  CveId: z.string().min(1).max(128),
  ScopeType: z.enum(EXCEPTION_SCOPES),
  NamespaceName: z.string(),
  RepoName: z.string().optional(),
  Tag: z.string().optional(),
  Reason: z.string().min(1).max(500),
  Author: z.string().min(1).max(64),
  ExpireTime: MillisSchema.optional(),
});
export const CreateVulnExceptionResponse = z.object({ ...successEnvelope, ExceptionId: z.string() });

export const DeleteVulnExceptionRequest = z.object({ InstanceId: z.string(), ExceptionId: z.string() });
export const DeleteVulnExceptionResponse = z.object({ ...successEnvelope });

export const ListVulnExceptionRequest = z.object({
  InstanceId: z.string(),
  CveId: z.string().optional(),
  NamespaceName: z.string().optional(),
  ...pageParams,
});
export const ListVulnExceptionResponse = z.object({
  ...successEnvelope,
  Exceptions: z.array(VulnExceptionSchema),
  TotalCount: z.number().int().nonnegative(),
});

const levelCounts = z.object({
  Total: z.number().int().nonnegative(),
  High: z.number().int().nonnegative(),
  Medium: z.number().int().nonnegative(),
  Low: z.number().int().nonnegative(),
  Unknown: z.number().int().nonnegative(),
});

/** A finding an exception covers (in force or expired). */
export const ExceptedFindingSchema = z.object({
  CveId: z.string(),
  Package: z.string(),
  ExceptionId: z.string(),
  Expired: z.boolean(),
});

/** Raw and after-exception counts of a scan's vulnerabilities, and which findings exceptions cover. */
export const GetRepoTagScanExceptionsRequest = z.object({
  InstanceId: z.string(),
  RepoId: z.string(),
  Tag: z.string(),
  ScanTaskId: z.string().optional(),
});
export const GetRepoTagScanExceptionsResponse = z.object({
  ...successEnvelope,
  ScanTaskId: z.string(),
  Raw: levelCounts,
  Effective: levelCounts,
  /** Findings excepted now. */
  Excepted: z.array(ExceptedFindingSchema),
  /** Findings an expired exception would cover (they count again). */
  Expired: z.array(ExceptedFindingSchema),
  /** Every exception that applies to the tag (any CVE), in force or expired. */
  Exceptions: z.array(VulnExceptionSchema),
});
