/**
 * Which service answers which action. The mapped type makes the compiler check that every action of the
 * contract has a route and that each service returns exactly that action's payload.
 */
import type { ActionName, ActionParams } from '@/api/contract/actions';
import type { ServiceContext } from '../services/context';
import * as demo from '../services/demo';
import * as demoImages from '../services/demo-images';
import * as demoReceiver from '../services/demo-receiver';
import * as deployCheck from '../services/deploy-check';
import * as deployPolicies from '../services/deploy-policies';
import * as eventRecords from '../services/event-records';
import * as eventRules from '../services/event-rules';
import * as eventTestSend from '../services/event-test-send';
import * as fixTasks from '../services/fix-tasks';
import * as instances from '../services/instances';
import * as kmsKeys from '../services/kms-keys';
import * as namespaces from '../services/namespaces';
import type { Payload } from '../services/payload';
import * as ramAttachments from '../services/ram-attachments';
import * as ramPolicies from '../services/ram-policies';
import * as ramSession from '../services/ram-session';
import * as ramUsers from '../services/ram-users';
import * as regions from '../services/regions';
import * as reportActions from '../services/report-actions';
import * as reportSchedules from '../services/report-schedules';
import * as repositories from '../services/repositories';
import * as scanCloud from '../services/scan-cloud';
import * as scanEngine from '../services/scan-engine';
import * as scanExceptions from '../services/scan-exceptions';
import * as scanRuleTasks from '../services/scan-rule-tasks';
import * as scanRules from '../services/scan-rules';
import * as scans from '../services/scans';
import * as signatureExport from '../services/signature-export';
import * as signatureTamper from '../services/signature-tamper';
import * as signatures from '../services/signatures';
import * as signing from '../services/signing';
import * as signingRules from '../services/signing-rules';
import * as signingWitnesses from '../services/signing-witnesses';
import * as tags from '../services/tags';
import * as uploads from '../services/uploads';
import * as vpc from '../services/vpc';
import * as vulnExceptions from '../services/vuln-exceptions';

export type Route<A extends ActionName> = (ctx: ServiceContext, params: ActionParams<A>) => Promise<Payload<A>>;

export const ROUTES: { [A in ActionName]: Route<A> } = {
  ListInstanceRegion: regions.listInstanceRegions,
  ListInstance: instances.listInstances,
  GetInstance: instances.getInstance,
  GetInstanceCount: instances.getInstanceCount,
  GetInstanceUsage: instances.getInstanceUsage,
  ListInstanceEndpoint: instances.listInstanceEndpoints,
  GetInstanceVpcEndpoint: vpc.getInstanceVpcEndpoint,
  CreateInstanceVpcEndpointLinkedVpc: vpc.linkVpc,
  DeleteInstanceVpcEndpointLinkedVpc: vpc.unlinkVpc,
  CreateNamespace: namespaces.createNamespace,
  GetNamespace: namespaces.getNamespace,
  ListNamespace: namespaces.listNamespaces,
  UpdateNamespace: namespaces.updateNamespace,
  DeleteNamespace: namespaces.deleteNamespace,
  CreateRepository: repositories.createRepository,
  GetRepository: repositories.getRepository,
  ListRepository: repositories.listRepositories,
  UpdateRepository: repositories.updateRepository,
  DeleteRepository: repositories.deleteRepository,
  ListRepoTag: tags.listRepoTags,
  GetRepoTag: tags.getRepoTag,
  CreateRepoTag: tags.createRepoTag,
  DeleteRepoTag: tags.deleteRepoTag,
  CreateRepoTagScanTask: scans.createRepoTagScanTask,
  GetRepoTagScanStatus: scans.getRepoTagScanStatus,
  GetRepoTagScanSummary: scans.getRepoTagScanSummary,
  ListRepoTagScanResult: scans.listRepoTagScanResult,
  ListScanBaselineByTask: scanCloud.listScanBaselineByTask,
  ListScanMaliciousFileByTask: scanCloud.listScanMaliciousFileByTask,
  ListScanComplianceByTask: scanCloud.listScanComplianceByTask,
  CreateScanRule: scanRules.createScanRule,
  UpdateScanRule: scanRules.updateScanRule,
  DeleteScanRule: scanRules.deleteScanRule,
  GetScanRule: scanRules.getScanRule,
  ListScanRule: scanRules.listScanRules,
  RunScanRule: scanRuleTasks.runScanRule,
  ListScanRuleTask: scanRuleTasks.listScanRuleTasks,
  GetScanRuleTask: scanRuleTasks.getScanRuleTask,
  PreviewScanRuleTags: scanRules.previewScanRuleTags,
  StopScanRuleTask: scanRuleTasks.stopScanRuleTask,
  RetryScanRuleTask: scanRuleTasks.retryScanRuleTask,
  GetSasAccount: (ctx) => scanEngine.getSasAccount(ctx),
  AuthorizeSasAccessRole: (ctx) => scanEngine.authorizeSasAccessRole(ctx),
  CreateSasServiceLinkedRole: (ctx) => scanEngine.createSasServiceLinkedRole(ctx),
  CreateSasOrder: scanEngine.createSasOrder,
  GetSasOrder: scanEngine.getSasOrder,
  PaySasOrder: scanEngine.paySasOrder,
  GetInstanceScanEngine: scanEngine.getInstanceScanEngine,
  UpdateInstanceScanEngine: scanEngine.updateInstanceScanEngine,
  UpdateSasSync: scanEngine.updateSasSync,
  ListSasSyncLog: scanEngine.listSasSyncLog,
  PlanRepoTagFix: fixTasks.planRepoTagFix,
  CreateRepoTagFixTask: fixTasks.createRepoTagFixTask,
  ListRepoTagFixTask: fixTasks.listRepoTagFixTask,
  CreateKey: kmsKeys.createKey,
  ListKeys: kmsKeys.listKeys,
  DescribeKey: kmsKeys.describeKey,
  EnableKey: kmsKeys.enableKey,
  DisableKey: kmsKeys.disableKey,
  GetPublicKey: kmsKeys.getPublicKey,
  ListKeyUsage: kmsKeys.listKeyUsage,
  CreateSigningWitness: signingWitnesses.createSigningWitness,
  ListSigningWitness: signingWitnesses.listSigningWitness,
  DeleteSigningWitness: signingWitnesses.deleteSigningWitness,
  CreateSigningRule: signingRules.createSigningRule,
  UpdateSigningRule: signingRules.updateSigningRule,
  DeleteSigningRule: signingRules.deleteSigningRule,
  ListSigningRule: signingRules.listSigningRule,
  ListRepoTagSignature: signatures.listRepoTagSignature,
  VerifyRepoTagSignature: signatures.verifyRepoTagSignature,
  SignRepoTag: signing.signRepoTag,
  ExportRepoTagSignature: signatureExport.exportRepoTagSignature,
  TamperRepoTagSignature: signatureTamper.tamperRepoTagSignature,
  UpdateEventCenterRule: eventRules.updateEventCenterRule,
  DeleteEventCenterRule: eventRules.deleteEventCenterRule,
  ListEventCenterRuleName: eventRules.listEventCenterRuleName,
  ListEventCenterRecord: eventRecords.listEventCenterRecord,
  CreateEventCenterRule: eventRules.createEventCenterRule,
  ListEventCenterRules: eventRules.listEventCenterRules,
  GetEventCenterRule: eventRules.getEventCenterRule,
  GetEventCenterRecord: eventRecords.getEventCenterRecord,
  TestEventCenterRule: eventTestSend.testEventCenterRule,
  ResendEventCenterRecord: eventRecords.resendEventCenterRecord,
  GetDemoReceiver: (ctx) => demoReceiver.getDemoReceiver(ctx),
  UpdateDemoReceiver: demoReceiver.updateDemoReceiver,
  ListDemoReceiverMessage: demoReceiver.listDemoReceiverMessage,
  GetSecurityReport: reportActions.getSecurityReport,
  SearchVulnerabilities: reportActions.searchVulnerabilitiesRoute,
  DiffScans: reportActions.diffScansRoute,
  ExportScanReport: reportActions.exportScanReportRoute,
  ExportSecurityReport: reportActions.exportSecurityReportRoute,
  ExportSearchResults: reportActions.exportSearchResultsRoute,
  CreateReportSchedule: reportSchedules.createReportSchedule,
  ListReportSchedule: reportSchedules.listReportSchedule,
  DeleteReportSchedule: reportSchedules.deleteReportSchedule,
  RunReportSchedule: reportSchedules.runReportSchedule,
  DescribeVpcs: vpc.describeVpcs,
  DescribeVSwitches: vpc.describeVSwitches,
  GetDemoState: (ctx) => demo.getDemoState(ctx),
  ResetDemoWorld: demo.resetDemoWorld,
  UpdateDemoSpeed: demo.updateDemoSpeed,
  CreateImageUpload: uploads.createImageUpload,
  InspectImageUpload: uploads.inspectImageUpload,
  CompleteImageUpload: uploads.completeImageUpload,
  CancelImageUpload: uploads.cancelImageUpload,
  ListDemoImage: (ctx) => demoImages.listDemoImages(ctx),
  PushDemoImage: demoImages.pushDemoImage,
  CreateDeployPolicy: deployPolicies.createDeployPolicy,
  UpdateDeployPolicy: deployPolicies.updateDeployPolicy,
  DeleteDeployPolicy: deployPolicies.deleteDeployPolicy,
  ListDeployPolicy: deployPolicies.listDeployPolicy,
  PreviewDeployPolicy: deployCheck.previewDeployPolicy,
  CheckDeployment: deployCheck.checkDeployment,
  CreateVulnException: vulnExceptions.createVulnException,
  DeleteVulnException: vulnExceptions.deleteVulnException,
  ListVulnException: vulnExceptions.listVulnException,
  GetRepoTagScanExceptions: scanExceptions.getRepoTagScanExceptions,
  GetCallerIdentity: (ctx) => ramSession.getCallerIdentity(ctx),
  SwitchIdentity: ramSession.switchIdentity,
  ListUsers: (ctx) => ramUsers.listUsers(ctx),
  CreateUser: ramUsers.createUser,
  DeleteUser: ramUsers.deleteUser,
  ListGroups: (ctx) => ramUsers.listGroups(ctx),
  CreateGroup: ramUsers.createGroup,
  DeleteGroup: ramUsers.deleteGroup,
  AddUserToGroup: ramUsers.addUserToGroup,
  RemoveUserFromGroup: ramUsers.removeUserFromGroup,
  ListPolicies: ramPolicies.listPolicies,
  GetPolicy: ramPolicies.getPolicy,
  CreatePolicy: ramPolicies.createPolicy,
  CreatePolicyVersion: ramPolicies.createPolicyVersion,
  DeletePolicy: ramPolicies.deletePolicy,
  ValidatePolicyDocument: ramPolicies.validatePolicyDocument,
  AttachPolicyToUser: ramAttachments.attachPolicyToUser,
  DetachPolicyFromUser: ramAttachments.detachPolicyFromUser,
  AttachPolicyToGroup: ramAttachments.attachPolicyToGroup,
  DetachPolicyFromGroup: ramAttachments.detachPolicyFromGroup,
  ListAttachments: ramAttachments.listAttachments,
  CheckPermissions: ramSession.checkPermissions,
  ListAuditLog: ramSession.listAuditLog,
};

/** Calls the service of `action` with already validated parameters. */
export function dispatch<A extends ActionName>(
  ctx: ServiceContext,
  action: A,
  params: ActionParams<A>,
): Promise<Payload<A>> {
  const route = ROUTES[action] as Route<A>;
  return route(ctx, params);
}
