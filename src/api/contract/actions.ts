/**
 * The action registry: every action the console calls, with its HTTP method, request and response schemas.
 * The typed client and the mock backend both derive from this table, so neither can drift from the other.
 */
import type { z } from 'zod';
import * as consoleApi from './console';
import * as endpoints from './endpoints';
import * as events from './events';
import * as instances from './instances';
import * as namespaces from './namespaces';
import * as policies from './policies';
import * as ram from './ram';
import * as regions from './regions';
import * as reports from './reports';
import * as repositories from './repositories';
import * as scanCloud from './scan-cloud';
import * as scanEngine from './scan-engine';
import * as scanFix from './scan-fix';
import * as scanRules from './scan-rules';
import * as scans from './scans';
import * as signing from './signing';
import * as tags from './tags';
import * as uploads from './uploads';
import type { EnvelopeKind } from './wire';

/** `cr` is the real ACR API; `console` marks actions only this offline console has. */
export type ActionOrigin = 'cr' | 'console';

export interface ActionDef<Req extends z.ZodObject = z.ZodObject, Res extends z.ZodType = z.ZodType> {
  method: 'GET' | 'POST';
  origin: ActionOrigin;
  request: Req;
  response: Res;
  /** Which success envelope the action answers with (see `ENVELOPE_KINDS` in wire.ts); `common` for most. */
  envelope: EnvelopeKind;
}

const cr = <Req extends z.ZodObject, Res extends z.ZodType>(
  method: 'GET' | 'POST',
  request: Req,
  response: Res,
  envelope: EnvelopeKind = 'common',
): ActionDef<Req, Res> => ({ method, origin: 'cr', request, response, envelope });

const consoleOnly = <Req extends z.ZodObject, Res extends z.ZodType>(
  request: Req,
  response: Res,
): ActionDef<Req, Res> => ({ method: 'POST', origin: 'console', request, response, envelope: 'common' });

export const ACTIONS = {
  ListInstanceRegion: cr('POST', regions.ListInstanceRegionRequest, regions.ListInstanceRegionResponse),
  ListInstance: cr('POST', instances.ListInstanceRequest, instances.ListInstanceResponse),
  GetInstance: cr('POST', instances.GetInstanceRequest, instances.GetInstanceResponse),
  GetInstanceCount: cr('POST', instances.GetInstanceCountRequest, instances.GetInstanceCountResponse),
  GetInstanceUsage: cr('POST', instances.GetInstanceUsageRequest, instances.GetInstanceUsageResponse),
  ListInstanceEndpoint: cr('POST', endpoints.ListInstanceEndpointRequest, endpoints.ListInstanceEndpointResponse),
  GetInstanceVpcEndpoint: cr('POST', endpoints.GetInstanceVpcEndpointRequest, endpoints.GetInstanceVpcEndpointResponse),
  CreateInstanceVpcEndpointLinkedVpc: cr(
    'POST',
    endpoints.CreateInstanceVpcEndpointLinkedVpcRequest,
    endpoints.CreateInstanceVpcEndpointLinkedVpcResponse,
  ),
  DeleteInstanceVpcEndpointLinkedVpc: cr(
    'POST',
    endpoints.DeleteInstanceVpcEndpointLinkedVpcRequest,
    endpoints.DeleteInstanceVpcEndpointLinkedVpcResponse,
  ),
  CreateNamespace: cr('POST', namespaces.CreateNamespaceRequest, namespaces.CreateNamespaceResponse),
  GetNamespace: cr('POST', namespaces.GetNamespaceRequest, namespaces.GetNamespaceResponse),
  ListNamespace: cr('POST', namespaces.ListNamespaceRequest, namespaces.ListNamespaceResponse),
  UpdateNamespace: cr('POST', namespaces.UpdateNamespaceRequest, namespaces.UpdateNamespaceResponse),
  DeleteNamespace: cr('POST', namespaces.DeleteNamespaceRequest, namespaces.DeleteNamespaceResponse),
  CreateRepository: cr('POST', repositories.CreateRepositoryRequest, repositories.CreateRepositoryResponse),
  GetRepository: cr('POST', repositories.GetRepositoryRequest, repositories.GetRepositoryResponse),
  ListRepository: cr('POST', repositories.ListRepositoryRequest, repositories.ListRepositoryResponse),
  UpdateRepository: cr('POST', repositories.UpdateRepositoryRequest, repositories.UpdateRepositoryResponse),
  DeleteRepository: cr('POST', repositories.DeleteRepositoryRequest, repositories.DeleteRepositoryResponse),
  ListRepoTag: cr('POST', tags.ListRepoTagRequest, tags.ListRepoTagResponse),
  GetRepoTag: cr('GET', tags.GetRepoTagRequest, tags.GetRepoTagResponse),
  CreateRepoTag: cr('POST', tags.CreateRepoTagRequest, tags.CreateRepoTagResponse),
  DeleteRepoTag: cr('POST', tags.DeleteRepoTagRequest, tags.DeleteRepoTagResponse),
  CreateRepoTagScanTask: cr('POST', scans.CreateRepoTagScanTaskRequest, scans.CreateRepoTagScanTaskResponse),
  GetRepoTagScanStatus: cr('POST', scans.GetRepoTagScanStatusRequest, scans.GetRepoTagScanStatusResponse),
  GetRepoTagScanSummary: cr('POST', scans.GetRepoTagScanSummaryRequest, scans.GetRepoTagScanSummaryResponse),
  ListRepoTagScanResult: cr('POST', scans.ListRepoTagScanResultRequest, scans.ListRepoTagScanResultResponse),
  ListScanBaselineByTask: cr(
    'GET',
    scanCloud.ListScanBaselineByTaskRequest,
    scanCloud.ListScanBaselineByTaskResponse,
    'intCode',
  ),
  ListScanMaliciousFileByTask: cr(
    'GET',
    scanCloud.ListScanMaliciousFileByTaskRequest,
    scanCloud.ListScanMaliciousFileByTaskResponse,
    'intCode',
  ),
  ListScanComplianceByTask: consoleOnly(
    scanCloud.ListScanComplianceByTaskRequest,
    scanCloud.ListScanComplianceByTaskResponse,
  ),
  CreateScanRule: cr('POST', scanRules.CreateScanRuleRequest, scanRules.CreateScanRuleResponse, 'intCode'),
  UpdateScanRule: cr('POST', scanRules.UpdateScanRuleRequest, scanRules.UpdateScanRuleResponse, 'intCode'),
  DeleteScanRule: cr('POST', scanRules.DeleteScanRuleRequest, scanRules.DeleteScanRuleResponse, 'stringCode'),
  GetScanRule: cr('POST', scanRules.GetScanRuleRequest, scanRules.GetScanRuleResponse),
  ListScanRule: cr('GET', scanRules.ListScanRuleRequest, scanRules.ListScanRuleResponse),
  RunScanRule: consoleOnly(scanRules.RunScanRuleRequest, scanRules.RunScanRuleResponse),
  ListScanRuleTask: consoleOnly(scanRules.ListScanRuleTaskRequest, scanRules.ListScanRuleTaskResponse),
  GetScanRuleTask: consoleOnly(scanRules.GetScanRuleTaskRequest, scanRules.GetScanRuleTaskResponse),
  PreviewScanRuleTags: consoleOnly(scanRules.PreviewScanRuleTagsRequest, scanRules.PreviewScanRuleTagsResponse),
  StopScanRuleTask: consoleOnly(scanRules.StopScanRuleTaskRequest, scanRules.StopScanRuleTaskResponse),
  RetryScanRuleTask: consoleOnly(scanRules.RetryScanRuleTaskRequest, scanRules.RetryScanRuleTaskResponse),
  GetSasAccount: consoleOnly(scanEngine.GetSasAccountRequest, scanEngine.GetSasAccountResponse),
  AuthorizeSasAccessRole: consoleOnly(
    scanEngine.AuthorizeSasAccessRoleRequest,
    scanEngine.AuthorizeSasAccessRoleResponse,
  ),
  CreateSasServiceLinkedRole: consoleOnly(
    scanEngine.CreateSasServiceLinkedRoleRequest,
    scanEngine.CreateSasServiceLinkedRoleResponse,
  ),
  CreateSasOrder: consoleOnly(scanEngine.CreateSasOrderRequest, scanEngine.CreateSasOrderResponse),
  GetSasOrder: consoleOnly(scanEngine.GetSasOrderRequest, scanEngine.GetSasOrderResponse),
  PaySasOrder: consoleOnly(scanEngine.PaySasOrderRequest, scanEngine.PaySasOrderResponse),
  GetInstanceScanEngine: consoleOnly(scanEngine.GetInstanceScanEngineRequest, scanEngine.GetInstanceScanEngineResponse),
  UpdateInstanceScanEngine: consoleOnly(
    scanEngine.UpdateInstanceScanEngineRequest,
    scanEngine.UpdateInstanceScanEngineResponse,
  ),
  UpdateSasSync: consoleOnly(scanEngine.UpdateSasSyncRequest, scanEngine.UpdateSasSyncResponse),
  ListSasSyncLog: consoleOnly(scanEngine.ListSasSyncLogRequest, scanEngine.ListSasSyncLogResponse),
  PlanRepoTagFix: consoleOnly(scanFix.PlanRepoTagFixRequest, scanFix.PlanRepoTagFixResponse),
  CreateRepoTagFixTask: consoleOnly(scanFix.CreateRepoTagFixTaskRequest, scanFix.CreateRepoTagFixTaskResponse),
  ListRepoTagFixTask: consoleOnly(scanFix.ListRepoTagFixTaskRequest, scanFix.ListRepoTagFixTaskResponse),
  UpdateEventCenterRule: cr(
    'POST',
    events.UpdateEventCenterRuleRequest,
    events.UpdateEventCenterRuleResponse,
    'httpCode',
  ),
  DeleteEventCenterRule: cr(
    'POST',
    events.DeleteEventCenterRuleRequest,
    events.DeleteEventCenterRuleResponse,
    'stringCode',
  ),
  ListEventCenterRuleName: cr('GET', events.ListEventCenterRuleNameRequest, events.ListEventCenterRuleNameResponse),
  ListEventCenterRecord: cr('GET', events.ListEventCenterRecordRequest, events.ListEventCenterRecordResponse),
  CreateEventCenterRule: consoleOnly(events.CreateEventCenterRuleRequest, events.CreateEventCenterRuleResponse),
  ListEventCenterRules: consoleOnly(events.ListEventCenterRulesRequest, events.ListEventCenterRulesResponse),
  GetEventCenterRule: consoleOnly(events.GetEventCenterRuleRequest, events.GetEventCenterRuleResponse),
  GetEventCenterRecord: consoleOnly(events.GetEventCenterRecordRequest, events.GetEventCenterRecordResponse),
  TestEventCenterRule: consoleOnly(events.TestEventCenterRuleRequest, events.TestEventCenterRuleResponse),
  ResendEventCenterRecord: consoleOnly(events.ResendEventCenterRecordRequest, events.ResendEventCenterRecordResponse),
  GetDemoReceiver: consoleOnly(events.GetDemoReceiverRequest, events.GetDemoReceiverResponse),
  UpdateDemoReceiver: consoleOnly(events.UpdateDemoReceiverRequest, events.UpdateDemoReceiverResponse),
  ListDemoReceiverMessage: consoleOnly(events.ListDemoReceiverMessageRequest, events.ListDemoReceiverMessageResponse),
  CreateKey: consoleOnly(signing.CreateKeyRequest, signing.CreateKeyResponse),
  ListKeys: consoleOnly(signing.ListKeysRequest, signing.ListKeysResponse),
  DescribeKey: consoleOnly(signing.DescribeKeyRequest, signing.DescribeKeyResponse),
  EnableKey: consoleOnly(signing.EnableKeyRequest, signing.EnableKeyResponse),
  DisableKey: consoleOnly(signing.DisableKeyRequest, signing.DisableKeyResponse),
  GetPublicKey: consoleOnly(signing.GetPublicKeyRequest, signing.GetPublicKeyResponse),
  ListKeyUsage: consoleOnly(signing.ListKeyUsageRequest, signing.ListKeyUsageResponse),
  CreateSigningWitness: consoleOnly(signing.CreateSigningWitnessRequest, signing.CreateSigningWitnessResponse),
  ListSigningWitness: consoleOnly(signing.ListSigningWitnessRequest, signing.ListSigningWitnessResponse),
  DeleteSigningWitness: consoleOnly(signing.DeleteSigningWitnessRequest, signing.DeleteSigningWitnessResponse),
  CreateSigningRule: consoleOnly(signing.CreateSigningRuleRequest, signing.CreateSigningRuleResponse),
  UpdateSigningRule: consoleOnly(signing.UpdateSigningRuleRequest, signing.UpdateSigningRuleResponse),
  DeleteSigningRule: consoleOnly(signing.DeleteSigningRuleRequest, signing.DeleteSigningRuleResponse),
  ListSigningRule: consoleOnly(signing.ListSigningRuleRequest, signing.ListSigningRuleResponse),
  ListRepoTagSignature: consoleOnly(signing.ListRepoTagSignatureRequest, signing.ListRepoTagSignatureResponse),
  VerifyRepoTagSignature: consoleOnly(signing.VerifyRepoTagSignatureRequest, signing.VerifyRepoTagSignatureResponse),
  SignRepoTag: consoleOnly(signing.SignRepoTagRequest, signing.SignRepoTagResponse),
  ExportRepoTagSignature: consoleOnly(signing.ExportRepoTagSignatureRequest, signing.ExportRepoTagSignatureResponse),
  TamperRepoTagSignature: consoleOnly(signing.TamperRepoTagSignatureRequest, signing.TamperRepoTagSignatureResponse),
  CreateDeployPolicy: consoleOnly(policies.CreateDeployPolicyRequest, policies.CreateDeployPolicyResponse),
  UpdateDeployPolicy: consoleOnly(policies.UpdateDeployPolicyRequest, policies.UpdateDeployPolicyResponse),
  DeleteDeployPolicy: consoleOnly(policies.DeleteDeployPolicyRequest, policies.DeleteDeployPolicyResponse),
  ListDeployPolicy: consoleOnly(policies.ListDeployPolicyRequest, policies.ListDeployPolicyResponse),
  PreviewDeployPolicy: consoleOnly(policies.PreviewDeployPolicyRequest, policies.PreviewDeployPolicyResponse),
  CheckDeployment: consoleOnly(policies.CheckDeploymentRequest, policies.CheckDeploymentResponse),
  CreateVulnException: consoleOnly(policies.CreateVulnExceptionRequest, policies.CreateVulnExceptionResponse),
  DeleteVulnException: consoleOnly(policies.DeleteVulnExceptionRequest, policies.DeleteVulnExceptionResponse),
  ListVulnException: consoleOnly(policies.ListVulnExceptionRequest, policies.ListVulnExceptionResponse),
  GetRepoTagScanExceptions: consoleOnly(
    policies.GetRepoTagScanExceptionsRequest,
    policies.GetRepoTagScanExceptionsResponse,
  ),
  GetCallerIdentity: consoleOnly(ram.GetCallerIdentityRequest, ram.GetCallerIdentityResponse),
  SwitchIdentity: consoleOnly(ram.SwitchIdentityRequest, ram.SwitchIdentityResponse),
  ListUsers: consoleOnly(ram.ListUsersRequest, ram.ListUsersResponse),
  CreateUser: consoleOnly(ram.CreateUserRequest, ram.CreateUserResponse),
  DeleteUser: consoleOnly(ram.DeleteUserRequest, ram.DeleteUserResponse),
  ListGroups: consoleOnly(ram.ListGroupsRequest, ram.ListGroupsResponse),
  CreateGroup: consoleOnly(ram.CreateGroupRequest, ram.CreateGroupResponse),
  DeleteGroup: consoleOnly(ram.DeleteGroupRequest, ram.DeleteGroupResponse),
  AddUserToGroup: consoleOnly(ram.AddUserToGroupRequest, ram.AddUserToGroupResponse),
  RemoveUserFromGroup: consoleOnly(ram.RemoveUserFromGroupRequest, ram.RemoveUserFromGroupResponse),
  ListPolicies: consoleOnly(ram.ListPoliciesRequest, ram.ListPoliciesResponse),
  GetPolicy: consoleOnly(ram.GetPolicyRequest, ram.GetPolicyResponse),
  CreatePolicy: consoleOnly(ram.CreatePolicyRequest, ram.CreatePolicyResponse),
  CreatePolicyVersion: consoleOnly(ram.CreatePolicyVersionRequest, ram.CreatePolicyVersionResponse),
  DeletePolicy: consoleOnly(ram.DeletePolicyRequest, ram.DeletePolicyResponse),
  ValidatePolicyDocument: consoleOnly(ram.ValidatePolicyDocumentRequest, ram.ValidatePolicyDocumentResponse),
  AttachPolicyToUser: consoleOnly(ram.AttachPolicyToUserRequest, ram.AttachPolicyToUserResponse),
  DetachPolicyFromUser: consoleOnly(ram.DetachPolicyFromUserRequest, ram.DetachPolicyFromUserResponse),
  AttachPolicyToGroup: consoleOnly(ram.AttachPolicyToGroupRequest, ram.AttachPolicyToGroupResponse),
  DetachPolicyFromGroup: consoleOnly(ram.DetachPolicyFromGroupRequest, ram.DetachPolicyFromGroupResponse),
  ListAttachments: consoleOnly(ram.ListAttachmentsRequest, ram.ListAttachmentsResponse),
  CheckPermissions: consoleOnly(ram.CheckPermissionsRequest, ram.CheckPermissionsResponse),
  ListAuditLog: consoleOnly(ram.ListAuditLogRequest, ram.ListAuditLogResponse),
  GetSecurityReport: consoleOnly(reports.GetSecurityReportRequest, reports.GetSecurityReportResponse),
  SearchVulnerabilities: consoleOnly(reports.SearchVulnerabilitiesRequest, reports.SearchVulnerabilitiesResponse),
  DiffScans: consoleOnly(reports.DiffScansRequest, reports.DiffScansResponse),
  ExportScanReport: consoleOnly(reports.ExportScanReportRequest, reports.ExportScanReportResponse),
  ExportSecurityReport: consoleOnly(reports.ExportSecurityReportRequest, reports.ExportSecurityReportResponse),
  ExportSearchResults: consoleOnly(reports.ExportSearchResultsRequest, reports.ExportSearchResultsResponse),
  CreateReportSchedule: consoleOnly(reports.CreateReportScheduleRequest, reports.CreateReportScheduleResponse),
  ListReportSchedule: consoleOnly(reports.ListReportScheduleRequest, reports.ListReportScheduleResponse),
  DeleteReportSchedule: consoleOnly(reports.DeleteReportScheduleRequest, reports.DeleteReportScheduleResponse),
  RunReportSchedule: consoleOnly(reports.RunReportScheduleRequest, reports.RunReportScheduleResponse),
  DescribeVpcs: consoleOnly(consoleApi.DescribeVpcsRequest, consoleApi.DescribeVpcsResponse),
  DescribeVSwitches: consoleOnly(consoleApi.DescribeVSwitchesRequest, consoleApi.DescribeVSwitchesResponse),
  GetDemoState: consoleOnly(consoleApi.GetDemoStateRequest, consoleApi.GetDemoStateResponse),
  ResetDemoWorld: consoleOnly(consoleApi.ResetDemoWorldRequest, consoleApi.ResetDemoWorldResponse),
  UpdateDemoSpeed: consoleOnly(consoleApi.UpdateDemoSpeedRequest, consoleApi.UpdateDemoSpeedResponse),
  CreateImageUpload: consoleOnly(uploads.CreateImageUploadRequest, uploads.CreateImageUploadResponse),
  InspectImageUpload: consoleOnly(uploads.InspectImageUploadRequest, uploads.InspectImageUploadResponse),
  CompleteImageUpload: consoleOnly(uploads.CompleteImageUploadRequest, uploads.CompleteImageUploadResponse),
  CancelImageUpload: consoleOnly(uploads.CancelImageUploadRequest, uploads.CancelImageUploadResponse),
  ListDemoImage: consoleOnly(uploads.ListDemoImageRequest, uploads.ListDemoImageResponse),
  PushDemoImage: consoleOnly(uploads.PushDemoImageRequest, uploads.PushDemoImageResponse),
} as const satisfies Record<string, ActionDef>;

export type ActionName = keyof typeof ACTIONS;
/** What a caller passes: typed values, before query-string encoding. */
export type ActionRequest<A extends ActionName> = z.input<(typeof ACTIONS)[A]['request']>;
/** What the backend receives after decoding and validation. */
export type ActionParams<A extends ActionName> = z.output<(typeof ACTIONS)[A]['request']>;
/** The full success body of an action. */
export type ActionResponse<A extends ActionName> = z.output<(typeof ACTIONS)[A]['response']>;

export function isActionName(name: string): name is ActionName {
  return Object.hasOwn(ACTIONS, name);
}

/** The path (relative to the app's base URL) the API answers on. */
export const API_PATH = 'api/';
