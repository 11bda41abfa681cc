/**
 * Console-only: RAM (访问控制) as the console needs it — the main account, RAM users and groups, system and
 * custom policies, attachments — plus the session identity the console acts as, permission checks for the UI,
 * and the operation audit log. Action names follow RAM's OpenAPI (`CreateUser`, `CreatePolicy`,
 * `AttachPolicyToUser`, …) and STS's `GetCallerIdentity`; they travel through the same gateway as `cr`.
 *
 * Every other action is authorised against the session identity (see `ram-actions.ts`): the main account may
 * do anything; a RAM user only what its policies and its groups' policies allow (default deny, explicit Deny
 * wins). A denied call answers HTTP 403 `NoPrivilege` and is written to the audit log.
 *
 * Errors: `RAM_USER_NOT_EXIST`, `RAM_USER_EXIST`, `RAM_GROUP_NOT_EXIST`, `RAM_GROUP_EXIST`, `RAM_POLICY_NOT_EXIST`,
 * `RAM_POLICY_EXIST`, `RAM_POLICY_DOCUMENT_ILLEGAL` (with every problem in the message), `RAM_POLICY_IN_USE`
 * (still attached), `RAM_SYSTEM_POLICY_READONLY`, `RAM_NAME_ILLEGAL`.
 */
import { z } from 'zod';
import { MillisSchema, pageParams, successEnvelope } from './wire';

/** The demo's main account (主账号) id: 16 digits, as Alibaba Cloud account ids are. */
export const MAIN_ACCOUNT_ID = '1588000000000000';
/** The principal name of the main account in identities and audit rows. */
export const MAIN_ACCOUNT_NAME = 'root';

export const PRINCIPAL_TYPES = ['User', 'Group'] as const;
export type PrincipalType = (typeof PRINCIPAL_TYPES)[number];
export const POLICY_TYPES = ['System', 'Custom'] as const;
export type RamPolicyType = (typeof POLICY_TYPES)[number];

/** RAM names: 1–64 of letters, digits, `.`, `_`, `-`. */
export const RamNameSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9._-]+$/);

/** Who the console acts as. */
export const IdentitySchema = z.object({
  /** `root` for the main account, else the RAM user name. */
  UserName: z.string(),
  DisplayName: z.string(),
  IdentityType: z.enum(['Account', 'RAMUser']),
  AccountId: z.string(),
  /** `acs:ram::<account>:root` or `acs:ram::<account>:user/<name>`. */
  Arn: z.string(),
});
export type Identity = z.infer<typeof IdentitySchema>;

export const RamUserSchema = z.object({
  UserId: z.string(),
  UserName: z.string(),
  DisplayName: z.string(),
  Comments: z.string(),
  CreateDate: MillisSchema,
  Groups: z.array(z.string()),
});
export type RamUser = z.infer<typeof RamUserSchema>;

export const RamGroupSchema = z.object({
  GroupName: z.string(),
  Comments: z.string(),
  CreateDate: MillisSchema,
  Members: z.array(z.string()),
});
export type RamGroup = z.infer<typeof RamGroupSchema>;

export const RamPolicySchema = z.object({
  PolicyName: z.string(),
  PolicyType: z.enum(POLICY_TYPES),
  Description: z.string(),
  /** The document as JSON text, exactly as saved. */
  PolicyDocument: z.string(),
  /** `v1`, `v2`, … — bumped by every update of a custom policy. */
  DefaultVersion: z.string(),
  AttachmentCount: z.number().int().nonnegative(),
  CreateDate: MillisSchema,
  UpdateDate: MillisSchema,
});
export type RamPolicy = z.infer<typeof RamPolicySchema>;

export const RamAttachmentSchema = z.object({
  PolicyName: z.string(),
  PolicyType: z.enum(POLICY_TYPES),
  PrincipalType: z.enum(PRINCIPAL_TYPES),
  PrincipalName: z.string(),
  AttachDate: MillisSchema,
});
export type RamAttachment = z.infer<typeof RamAttachmentSchema>;

export const GetCallerIdentityRequest = z.object({});
export const GetCallerIdentityResponse = z.object({ ...successEnvelope, Identity: IdentitySchema });

/** Console-only: act as another identity (the top bar's account switcher). `root` = the main account. */
export const SwitchIdentityRequest = z.object({ UserName: z.string() });
export const SwitchIdentityResponse = z.object({ ...successEnvelope, Identity: IdentitySchema });

export const ListUsersRequest = z.object({});
export const ListUsersResponse = z.object({ ...successEnvelope, Users: z.array(RamUserSchema) });
export const CreateUserRequest = z.object({
  UserName: RamNameSchema,
  DisplayName: z.string().max(128).optional(),
  Comments: z.string().max(128).optional(),
});
export const CreateUserResponse = z.object({ ...successEnvelope, User: RamUserSchema });
export const DeleteUserRequest = z.object({ UserName: z.string() });
export const DeleteUserResponse = z.object({ ...successEnvelope });

export const ListGroupsRequest = z.object({});
export const ListGroupsResponse = z.object({ ...successEnvelope, Groups: z.array(RamGroupSchema) });
export const CreateGroupRequest = z.object({ GroupName: RamNameSchema, Comments: z.string().max(128).optional() });
export const CreateGroupResponse = z.object({ ...successEnvelope, Group: RamGroupSchema });
export const DeleteGroupRequest = z.object({ GroupName: z.string() });
export const DeleteGroupResponse = z.object({ ...successEnvelope });
export const AddUserToGroupRequest = z.object({ UserName: z.string(), GroupName: z.string() });
export const AddUserToGroupResponse = z.object({ ...successEnvelope });
export const RemoveUserFromGroupRequest = z.object({ UserName: z.string(), GroupName: z.string() });
export const RemoveUserFromGroupResponse = z.object({ ...successEnvelope });

export const ListPoliciesRequest = z.object({ PolicyType: z.enum(POLICY_TYPES).optional() });
export const ListPoliciesResponse = z.object({ ...successEnvelope, Policies: z.array(RamPolicySchema) });
export const GetPolicyRequest = z.object({ PolicyName: z.string(), PolicyType: z.enum(POLICY_TYPES) });
export const GetPolicyResponse = z.object({ ...successEnvelope, Policy: RamPolicySchema });
export const CreatePolicyRequest = z.object({
  PolicyName: RamNameSchema,
  PolicyDocument: z.string().min(1),
  Description: z.string().max(1024).optional(),
});
export const CreatePolicyResponse = z.object({ ...successEnvelope, Policy: RamPolicySchema });
/** RAM's CreatePolicyVersion with SetAsDefault: the new document replaces the policy's current one. */
export const CreatePolicyVersionRequest = z.object({ PolicyName: z.string(), PolicyDocument: z.string().min(1) });
export const CreatePolicyVersionResponse = z.object({ ...successEnvelope, Policy: RamPolicySchema });
export const DeletePolicyRequest = z.object({ PolicyName: z.string() });
export const DeletePolicyResponse = z.object({ ...successEnvelope });

/** Console-only: checks a document without saving it; problems carry a JSON path and both languages. */
export const ValidatePolicyDocumentRequest = z.object({ PolicyDocument: z.string() });
export const ValidatePolicyDocumentResponse = z.object({
  ...successEnvelope,
  Valid: z.boolean(),
  Problems: z.array(z.object({ Path: z.string(), Message: z.object({ 'zh-CN': z.string(), 'en-US': z.string() }) })),
});

const attachFields = {
  PolicyName: z.string(),
  PolicyType: z.enum(POLICY_TYPES),
};
export const AttachPolicyToUserRequest = z.object({ ...attachFields, UserName: z.string() });
export const AttachPolicyToUserResponse = z.object({ ...successEnvelope });
export const DetachPolicyFromUserRequest = z.object({ ...attachFields, UserName: z.string() });
export const DetachPolicyFromUserResponse = z.object({ ...successEnvelope });
export const AttachPolicyToGroupRequest = z.object({ ...attachFields, GroupName: z.string() });
export const AttachPolicyToGroupResponse = z.object({ ...successEnvelope });
export const DetachPolicyFromGroupRequest = z.object({ ...attachFields, GroupName: z.string() });
export const DetachPolicyFromGroupResponse = z.object({ ...successEnvelope });
/** Every attachment, optionally of one principal or one policy. */
export const ListAttachmentsRequest = z.object({
  PrincipalType: z.enum(PRINCIPAL_TYPES).optional(),
  PrincipalName: z.string().optional(),
  PolicyName: z.string().optional(),
});
export const ListAttachmentsResponse = z.object({ ...successEnvelope, Attachments: z.array(RamAttachmentSchema) });

/** One permission question of the UI: may the session identity call `Action` with these parameters? */
export const PermissionQuestionSchema = z.object({
  /** An API action name (e.g. `CreateRepoTagScanTask`). */
  Action: z.string(),
  /** The parameters that locate the resource (InstanceId, RepoId, NamespaceName, …), as strings. */
  Params: z.record(z.string(), z.string()),
});
export const PermissionAnswerSchema = z.object({
  Action: z.string(),
  Allowed: z.boolean(),
  /** The RAM action and resource ARN that were evaluated. */
  RamAction: z.string(),
  Resource: z.string(),
  /** `Allow`, `ExplicitDeny` or `ImplicitDeny`. */
  Decision: z.enum(['Allow', 'ExplicitDeny', 'ImplicitDeny']),
  /** For a denial, the policy whose Deny matched. */
  DeniedBy: z.string().optional(),
});
export type PermissionAnswer = z.infer<typeof PermissionAnswerSchema>;
/** Console-only: answers several questions at once (never denied itself, never audited). */
export const CheckPermissionsRequest = z.object({ Questions: z.array(PermissionQuestionSchema).min(1).max(100) });
export const CheckPermissionsResponse = z.object({ ...successEnvelope, Answers: z.array(PermissionAnswerSchema) });

export const AUDIT_RESULTS = ['ALLOWED', 'DENIED'] as const;
export const AuditLogSchema = z.object({
  LogId: z.string(),
  Time: MillisSchema,
  UserName: z.string(),
  /** The API action called. */
  Action: z.string(),
  RamAction: z.string(),
  Resource: z.string(),
  Result: z.enum(AUDIT_RESULTS),
  /** For DENIED: `ImplicitDeny` or `ExplicitDeny by <policy>`. */
  Detail: z.string().optional(),
  RequestId: z.string(),
});
export type AuditLog = z.infer<typeof AuditLogSchema>;
/** Console-only (ActionTrail-like): every mutating call and every denial, newest first. */
export const ListAuditLogRequest = z.object({
  UserName: z.string().optional(),
  Result: z.enum(AUDIT_RESULTS).optional(),
  /**
   * Only calls of this API action. Named `ApiAction` on the wire because `Action` is the RPC parameter naming
   * the API action itself (a filter called `Action` would make the gateway run the filtered action instead).
   */
  ApiAction: z.string().optional(),
  ...pageParams,
});
export const ListAuditLogResponse = z.object({
  ...successEnvelope,
  Logs: z.array(AuditLogSchema),
  TotalCount: z.number().int().nonnegative(),
});
