/**
 * The authorisation map: for every API action, the RAM action it needs and the kind of resource it acts on.
 * The gateway checks each call against it (see `enforce.ts`), and `CheckPermissions` answers from it, so the
 * UI disables exactly what the API would deny.
 *
 * Where ACR's docs name the RAM action, it is used as documented (`CreateRepoTagScanTask` → `cr:PutScan` on
 * the repository, `GetScanRule` → `cr:ListScanRule` on `instance/<id>/scanrule/*`, …); otherwise the RAM
 * action is `cr:<ActionName>`. The console's KMS-like key actions are `kms:` on `key/<KeyId>`, the RAM
 * actions `ram:` on the account (ACR's FullAccess is `cr:*`, so only the main account administers RAM).
 *
 * The table is typed over every `ActionName`, and a unit test checks it too: a new action cannot slip
 * through unchecked.
 */
import type { ActionName } from '@/api/contract/actions';

/**
 * What an action acts on; the ARN is built in `arns.ts`.
 * - `account`: `acs:cr:*:<account>:*` (account-wide, no region).
 * - `region`: `acs:cr:<region>:<account>:*` (RegionId).
 * - `instances`: `acs:cr:<region>:<account>:instance/*` (all instances of a region).
 * - `instance`: `acs:cr:<region>:<account>:instance/<InstanceId>` (`instance/*` of RegionId when no InstanceId).
 * - `namespace`: `acs:cr:<region>:<account>:repository/<InstanceId>/<ns>` (the instance when no namespace).
 * - `repository`: `…:repository/<InstanceId>/<ns>/<repo>` (RepoId resolved; the namespace or the instance
 *   when the call names less).
 * - `scanrule`: `…:instance/<InstanceId>/scanrule/*`, as ACR's docs write it.
 * - `kms`: `acs:kms:<region>:<account>:key/<KeyId or *>`.
 * - `ram`: `acs:ram::<account>:*`.
 */
export type ResourceKind =
  | 'account'
  | 'region'
  | 'instances'
  | 'instance'
  | 'namespace'
  | 'repository'
  | 'scanrule'
  | 'kms'
  | 'ram';

export interface CheckedAction {
  /** The RAM action evaluated, e.g. `cr:PutScan`. */
  ram: string;
  resource: ResourceKind;
}

/** Never authorised, with the reason why. */
export interface UncheckedAction {
  unchecked: string;
}

export type AuthEntry = CheckedAction | UncheckedAction;

const cr = (action: ActionName, resource: ResourceKind, ram = `cr:${action}`): CheckedAction => ({ ram, resource });
const kms = (action: ActionName): CheckedAction => ({ ram: `kms:${action}`, resource: 'kms' });
const ram = (action: ActionName): CheckedAction => ({ ram: `ram:${action}`, resource: 'ram' });

/** The identity actions must work for every identity, or a user could never switch back to the main account. */
const IDENTITY = 'identity: every identity may ask who it is and switch (the top bar), or it could never switch back';
/** Questions about permissions are answered for the asker, never denied. */
const QUESTION = 'a permission question only reads the asker’s own policies; denying it would hide why';
/**
 * Demo plumbing is the presenter's control of the simulation (seed, clock, the fake webhook receiver), not a
 * resource of the simulated cloud account: no real RAM policy could name it.
 */
const DEMO = 'demo plumbing: the presenter’s controls of the simulation, outside the simulated cloud account';

export const RAM_AUTH: { readonly [A in ActionName]: AuthEntry } = {
  ListInstanceRegion: cr('ListInstanceRegion', 'account'),
  ListInstance: cr('ListInstance', 'instances'),
  GetInstance: cr('GetInstance', 'instance'),
  GetInstanceCount: cr('GetInstanceCount', 'instances'),
  GetInstanceUsage: cr('GetInstanceUsage', 'instance'),
  ListInstanceEndpoint: cr('ListInstanceEndpoint', 'instance'),
  GetInstanceVpcEndpoint: cr('GetInstanceVpcEndpoint', 'instance'),
  CreateInstanceVpcEndpointLinkedVpc: cr('CreateInstanceVpcEndpointLinkedVpc', 'instance'),
  DeleteInstanceVpcEndpointLinkedVpc: cr('DeleteInstanceVpcEndpointLinkedVpc', 'instance'),
  CreateNamespace: cr('CreateNamespace', 'namespace'),
  GetNamespace: cr('GetNamespace', 'namespace'),
  ListNamespace: cr('ListNamespace', 'instance'),
  UpdateNamespace: cr('UpdateNamespace', 'namespace'),
  DeleteNamespace: cr('DeleteNamespace', 'namespace'),
  CreateRepository: cr('CreateRepository', 'repository'),
  GetRepository: cr('GetRepository', 'repository'),
  ListRepository: cr('ListRepository', 'namespace'),
  UpdateRepository: cr('UpdateRepository', 'repository'),
  DeleteRepository: cr('DeleteRepository', 'repository'),
  ListRepoTag: cr('ListRepoTag', 'repository'),
  GetRepoTag: cr('GetRepoTag', 'repository'),
  CreateRepoTag: cr('CreateRepoTag', 'repository'),
  DeleteRepoTag: cr('DeleteRepoTag', 'repository'),
  CreateRepoTagScanTask: cr('CreateRepoTagScanTask', 'repository', 'cr:PutScan'),
  GetRepoTagScanStatus: cr('GetRepoTagScanStatus', 'repository', 'cr:GetScan'),
  GetRepoTagScanSummary: cr('GetRepoTagScanSummary', 'repository', 'cr:GetScanCount'),
  ListRepoTagScanResult: cr('ListRepoTagScanResult', 'repository', 'cr:GetScan'),
  ListScanBaselineByTask: cr('ListScanBaselineByTask', 'instance', 'cr:ListScanBaseline'),
  ListScanMaliciousFileByTask: cr('ListScanMaliciousFileByTask', 'instance', 'cr:ListScanMaliciousFile'),
  ListScanComplianceByTask: cr('ListScanComplianceByTask', 'instance', 'cr:ListScanCompliance'),
  CreateScanRule: cr('CreateScanRule', 'scanrule'),
  UpdateScanRule: cr('UpdateScanRule', 'scanrule'),
  DeleteScanRule: cr('DeleteScanRule', 'scanrule'),
  GetScanRule: cr('GetScanRule', 'scanrule', 'cr:ListScanRule'),
  ListScanRule: cr('ListScanRule', 'scanrule'),
  RunScanRule: cr('RunScanRule', 'scanrule'),
  ListScanRuleTask: cr('ListScanRuleTask', 'scanrule'),
  GetScanRuleTask: cr('GetScanRuleTask', 'scanrule'),
  PreviewScanRuleTags: cr('PreviewScanRuleTags', 'scanrule'),
  StopScanRuleTask: cr('StopScanRuleTask', 'scanrule'),
  RetryScanRuleTask: cr('RetryScanRuleTask', 'scanrule'),
  GetSasAccount: cr('GetSasAccount', 'account'),
  AuthorizeSasAccessRole: cr('AuthorizeSasAccessRole', 'account'),
  CreateSasServiceLinkedRole: cr('CreateSasServiceLinkedRole', 'account'),
  CreateSasOrder: cr('CreateSasOrder', 'account'),
  GetSasOrder: cr('GetSasOrder', 'account'),
  PaySasOrder: cr('PaySasOrder', 'account'),
  GetInstanceScanEngine: cr('GetInstanceScanEngine', 'instance'),
  UpdateInstanceScanEngine: cr('UpdateInstanceScanEngine', 'instance'),
  UpdateSasSync: cr('UpdateSasSync', 'instance'),
  ListSasSyncLog: cr('ListSasSyncLog', 'instance'),
  PlanRepoTagFix: cr('PlanRepoTagFix', 'repository'),
  CreateRepoTagFixTask: cr('CreateRepoTagFixTask', 'repository'),
  ListRepoTagFixTask: cr('ListRepoTagFixTask', 'repository'),
  UpdateEventCenterRule: cr('UpdateEventCenterRule', 'instance'),
  DeleteEventCenterRule: cr('DeleteEventCenterRule', 'instance'),
  ListEventCenterRuleName: cr('ListEventCenterRuleName', 'instance'),
  ListEventCenterRecord: cr('ListEventCenterRecord', 'instance'),
  CreateEventCenterRule: cr('CreateEventCenterRule', 'instance'),
  ListEventCenterRules: cr('ListEventCenterRules', 'instance'),
  GetEventCenterRule: cr('GetEventCenterRule', 'instance'),
  GetEventCenterRecord: cr('GetEventCenterRecord', 'instance'),
  TestEventCenterRule: cr('TestEventCenterRule', 'instance'),
  ResendEventCenterRecord: cr('ResendEventCenterRecord', 'instance'),
  GetDemoReceiver: { unchecked: DEMO },
  UpdateDemoReceiver: { unchecked: DEMO },
  ListDemoReceiverMessage: { unchecked: DEMO },
  CreateKey: kms('CreateKey'),
  ListKeys: kms('ListKeys'),
  DescribeKey: kms('DescribeKey'),
  EnableKey: kms('EnableKey'),
  DisableKey: kms('DisableKey'),
  GetPublicKey: kms('GetPublicKey'),
  ListKeyUsage: kms('ListKeyUsage'),
  CreateSigningWitness: cr('CreateSigningWitness', 'instance'),
  ListSigningWitness: cr('ListSigningWitness', 'instance'),
  DeleteSigningWitness: cr('DeleteSigningWitness', 'instance'),
  CreateSigningRule: cr('CreateSigningRule', 'namespace'),
  UpdateSigningRule: cr('UpdateSigningRule', 'namespace'),
  DeleteSigningRule: cr('DeleteSigningRule', 'instance'),
  ListSigningRule: cr('ListSigningRule', 'instance'),
  ListRepoTagSignature: cr('ListRepoTagSignature', 'repository'),
  VerifyRepoTagSignature: cr('VerifyRepoTagSignature', 'repository'),
  SignRepoTag: cr('SignRepoTag', 'repository'),
  ExportRepoTagSignature: cr('ExportRepoTagSignature', 'repository'),
  TamperRepoTagSignature: cr('TamperRepoTagSignature', 'repository'),
  CreateDeployPolicy: cr('CreateDeployPolicy', 'namespace'),
  UpdateDeployPolicy: cr('UpdateDeployPolicy', 'namespace'),
  DeleteDeployPolicy: cr('DeleteDeployPolicy', 'namespace'),
  ListDeployPolicy: cr('ListDeployPolicy', 'instance'),
  PreviewDeployPolicy: cr('PreviewDeployPolicy', 'namespace'),
  CheckDeployment: cr('CheckDeployment', 'repository'),
  CreateVulnException: cr('CreateVulnException', 'repository'),
  DeleteVulnException: cr('DeleteVulnException', 'repository'),
  ListVulnException: cr('ListVulnException', 'instance'),
  GetRepoTagScanExceptions: cr('GetRepoTagScanExceptions', 'repository'),
  GetCallerIdentity: { unchecked: IDENTITY },
  SwitchIdentity: { unchecked: IDENTITY },
  ListUsers: ram('ListUsers'),
  CreateUser: ram('CreateUser'),
  DeleteUser: ram('DeleteUser'),
  ListGroups: ram('ListGroups'),
  CreateGroup: ram('CreateGroup'),
  DeleteGroup: ram('DeleteGroup'),
  AddUserToGroup: ram('AddUserToGroup'),
  RemoveUserFromGroup: ram('RemoveUserFromGroup'),
  ListPolicies: ram('ListPolicies'),
  GetPolicy: ram('GetPolicy'),
  CreatePolicy: ram('CreatePolicy'),
  CreatePolicyVersion: ram('CreatePolicyVersion'),
  DeletePolicy: ram('DeletePolicy'),
  ValidatePolicyDocument: ram('ValidatePolicyDocument'),
  AttachPolicyToUser: ram('AttachPolicyToUser'),
  DetachPolicyFromUser: ram('DetachPolicyFromUser'),
  AttachPolicyToGroup: ram('AttachPolicyToGroup'),
  DetachPolicyFromGroup: ram('DetachPolicyFromGroup'),
  ListAttachments: ram('ListAttachments'),
  CheckPermissions: { unchecked: QUESTION },
  ListAuditLog: ram('ListAuditLog'),
  DescribeVpcs: cr('DescribeVpcs', 'region'),
  DescribeVSwitches: cr('DescribeVSwitches', 'region'),
  GetDemoState: { unchecked: DEMO },
  ResetDemoWorld: { unchecked: DEMO },
  UpdateDemoSpeed: { unchecked: DEMO },
  // An upload session only stages bytes; the push into a repository is `cr:PushRepository` on it.
  CreateImageUpload: cr('CreateImageUpload', 'instance'),
  InspectImageUpload: cr('InspectImageUpload', 'instance'),
  CompleteImageUpload: cr('CompleteImageUpload', 'repository', 'cr:PushRepository'),
  CancelImageUpload: cr('CancelImageUpload', 'instance'),
  ListDemoImage: cr('ListDemoImage', 'account'),
  PushDemoImage: cr('PushDemoImage', 'repository', 'cr:PushRepository'),
  // Reports, search, diff and exports only read scan results: they need what reading them needs
  // (`cr:GetScan`), so a read-only identity may search and export what it may read.
  GetSecurityReport: cr('GetSecurityReport', 'instance'),
  SearchVulnerabilities: cr('SearchVulnerabilities', 'instance', 'cr:GetScan'),
  // Both sides are checked on their own repository (see `SIDE_RESOURCES` in authorize.ts).
  DiffScans: cr('DiffScans', 'repository', 'cr:GetScan'),
  ExportScanReport: cr('ExportScanReport', 'repository', 'cr:GetScan'),
  ExportSecurityReport: cr('ExportSecurityReport', 'instance', 'cr:GetSecurityReport'),
  ExportSearchResults: cr('ExportSearchResults', 'instance', 'cr:GetScan'),
  CreateReportSchedule: cr('CreateReportSchedule', 'instance'),
  ListReportSchedule: cr('ListReportSchedule', 'instance'),
  DeleteReportSchedule: cr('DeleteReportSchedule', 'instance'),
  RunReportSchedule: cr('RunReportSchedule', 'instance'),
};

/**
 * The entry of an action. An action missing from the table (a contract change the table has not caught up
 * with) is checked as `cr:<Action>` on its instance: closed by default, never silently open.
 */
export function authEntry(action: ActionName): AuthEntry {
  return RAM_AUTH[action] ?? { ram: `cr:${action}`, resource: 'instance' };
}

export function isChecked(entry: AuthEntry): entry is CheckedAction {
  return 'ram' in entry;
}

const READ_ONLY = /^(Get|List|Describe|Check|Preview|Validate|Export|Verify|Plan|Inspect)[A-Z]/;

/** Whether a call changes something, and so is written to the audit log when it succeeds. */
export function isMutating(action: string): boolean {
  return !READ_ONLY.test(action);
}
