/**
 * Which service answers which action. The mapped type makes the compiler check that every action of the
 * contract has a route and that each service returns exactly that action's payload.
 */
import type { ActionName, ActionParams } from '@/api/contract/actions';
import type { ServiceContext } from '../services/context';
import * as demoService from '../services/demo';
import type { Payload } from '../services/payload';

export type Route<A extends ActionName> = (ctx: ServiceContext, params: ActionParams<A>) => Promise<Payload<A>>;

/**
 * A route whose service module is fetched on its first call: the backend starts with only the gateway, and the
 * instance list loads the handful of services it calls, not the scan, report or signing ones. `pick` is
 * checked against the action's own `Route`, so a wrong service or payload still fails to compile.
 */
function lazyRoute<S, A extends ActionName>(load: () => Promise<S>, pick: (service: S) => Route<A>): Route<A> {
  return async (ctx, params) => pick(await load())(ctx, params);
}

// One loader per service module (each becomes its own chunk, shared code split out by the bundler).
// The gateway imports demo itself (ensureWorld on every call), so it never is a chunk of its own.
const demo = async () => demoService;
const demoImages = () => import('../services/demo-images');
const demoReceiver = () => import('../services/demo-receiver');
const deployCheck = () => import('../services/deploy-check');
const deployPolicies = () => import('../services/deploy-policies');
const eventRecords = () => import('../services/event-records');
const eventRules = () => import('../services/event-rules');
const eventTestSend = () => import('../services/event-test-send');
const fixTasks = () => import('../services/fix-tasks');
const instances = () => import('../services/instances');
const kmsKeys = () => import('../services/kms-keys');
const namespaces = () => import('../services/namespaces');
const ramAttachments = () => import('../services/ram-attachments');
const ramPolicies = () => import('../services/ram-policies');
const ramSession = () => import('../services/ram-session');
const ramUsers = () => import('../services/ram-users');
const regions = () => import('../services/regions');
const reportActions = () => import('../services/report-actions');
const reportSchedules = () => import('../services/report-schedules');
const repositories = () => import('../services/repositories');
const scanCloud = () => import('../services/scan-cloud');
const scanEngine = () => import('../services/scan-engine');
const scanExceptions = () => import('../services/scan-exceptions');
const scanRuleTasks = () => import('../services/scan-rule-tasks');
const scanRules = () => import('../services/scan-rules');
const scans = () => import('../services/scans');
const signatureExport = () => import('../services/signature-export');
const signatureTamper = () => import('../services/signature-tamper');
const signatures = () => import('../services/signatures');
const signing = () => import('../services/signing');
const signingRules = () => import('../services/signing-rules');
const signingWitnesses = () => import('../services/signing-witnesses');
const tags = () => import('../services/tags');
const uploads = () => import('../services/uploads');
const vpc = () => import('../services/vpc');
const vulnExceptions = () => import('../services/vuln-exceptions');

export const ROUTES: { [A in ActionName]: Route<A> } = {
  ListInstanceRegion: lazyRoute(regions, (s) => s.listInstanceRegions),
  ListInstance: lazyRoute(instances, (s) => s.listInstances),
  GetInstance: lazyRoute(instances, (s) => s.getInstance),
  GetInstanceCount: lazyRoute(instances, (s) => s.getInstanceCount),
  GetInstanceUsage: lazyRoute(instances, (s) => s.getInstanceUsage),
  ListInstanceEndpoint: lazyRoute(instances, (s) => s.listInstanceEndpoints),
  GetInstanceVpcEndpoint: lazyRoute(vpc, (s) => s.getInstanceVpcEndpoint),
  CreateInstanceVpcEndpointLinkedVpc: lazyRoute(vpc, (s) => s.linkVpc),
  DeleteInstanceVpcEndpointLinkedVpc: lazyRoute(vpc, (s) => s.unlinkVpc),
  CreateNamespace: lazyRoute(namespaces, (s) => s.createNamespace),
  GetNamespace: lazyRoute(namespaces, (s) => s.getNamespace),
  ListNamespace: lazyRoute(namespaces, (s) => s.listNamespaces),
  UpdateNamespace: lazyRoute(namespaces, (s) => s.updateNamespace),
  DeleteNamespace: lazyRoute(namespaces, (s) => s.deleteNamespace),
  CreateRepository: lazyRoute(repositories, (s) => s.createRepository),
  GetRepository: lazyRoute(repositories, (s) => s.getRepository),
  ListRepository: lazyRoute(repositories, (s) => s.listRepositories),
  UpdateRepository: lazyRoute(repositories, (s) => s.updateRepository),
  DeleteRepository: lazyRoute(repositories, (s) => s.deleteRepository),
  ListRepoTag: lazyRoute(tags, (s) => s.listRepoTags),
  GetRepoTag: lazyRoute(tags, (s) => s.getRepoTag),
  CreateRepoTag: lazyRoute(tags, (s) => s.createRepoTag),
  DeleteRepoTag: lazyRoute(tags, (s) => s.deleteRepoTag),
  CreateRepoTagScanTask: lazyRoute(scans, (s) => s.createRepoTagScanTask),
  GetRepoTagScanStatus: lazyRoute(scans, (s) => s.getRepoTagScanStatus),
  GetRepoTagScanSummary: lazyRoute(scans, (s) => s.getRepoTagScanSummary),
  ListRepoTagScanResult: lazyRoute(scans, (s) => s.listRepoTagScanResult),
  ListScanBaselineByTask: lazyRoute(scanCloud, (s) => s.listScanBaselineByTask),
  ListScanMaliciousFileByTask: lazyRoute(scanCloud, (s) => s.listScanMaliciousFileByTask),
  ListScanComplianceByTask: lazyRoute(scanCloud, (s) => s.listScanComplianceByTask),
  CreateScanRule: lazyRoute(scanRules, (s) => s.createScanRule),
  UpdateScanRule: lazyRoute(scanRules, (s) => s.updateScanRule),
  DeleteScanRule: lazyRoute(scanRules, (s) => s.deleteScanRule),
  GetScanRule: lazyRoute(scanRules, (s) => s.getScanRule),
  ListScanRule: lazyRoute(scanRules, (s) => s.listScanRules),
  RunScanRule: lazyRoute(scanRuleTasks, (s) => s.runScanRule),
  ListScanRuleTask: lazyRoute(scanRuleTasks, (s) => s.listScanRuleTasks),
  GetScanRuleTask: lazyRoute(scanRuleTasks, (s) => s.getScanRuleTask),
  PreviewScanRuleTags: lazyRoute(scanRules, (s) => s.previewScanRuleTags),
  StopScanRuleTask: lazyRoute(scanRuleTasks, (s) => s.stopScanRuleTask),
  RetryScanRuleTask: lazyRoute(scanRuleTasks, (s) => s.retryScanRuleTask),
  GetSasAccount: lazyRoute(scanEngine, (s) => (ctx) => s.getSasAccount(ctx)),
  AuthorizeSasAccessRole: lazyRoute(scanEngine, (s) => (ctx) => s.authorizeSasAccessRole(ctx)),
  CreateSasServiceLinkedRole: lazyRoute(scanEngine, (s) => (ctx) => s.createSasServiceLinkedRole(ctx)),
  CreateSasOrder: lazyRoute(scanEngine, (s) => s.createSasOrder),
  GetSasOrder: lazyRoute(scanEngine, (s) => s.getSasOrder),
  PaySasOrder: lazyRoute(scanEngine, (s) => s.paySasOrder),
  GetInstanceScanEngine: lazyRoute(scanEngine, (s) => s.getInstanceScanEngine),
  UpdateInstanceScanEngine: lazyRoute(scanEngine, (s) => s.updateInstanceScanEngine),
  UpdateSasSync: lazyRoute(scanEngine, (s) => s.updateSasSync),
  ListSasSyncLog: lazyRoute(scanEngine, (s) => s.listSasSyncLog),
  PlanRepoTagFix: lazyRoute(fixTasks, (s) => s.planRepoTagFix),
  CreateRepoTagFixTask: lazyRoute(fixTasks, (s) => s.createRepoTagFixTask),
  ListRepoTagFixTask: lazyRoute(fixTasks, (s) => s.listRepoTagFixTask),
  CreateKey: lazyRoute(kmsKeys, (s) => s.createKey),
  ListKeys: lazyRoute(kmsKeys, (s) => s.listKeys),
  DescribeKey: lazyRoute(kmsKeys, (s) => s.describeKey),
  EnableKey: lazyRoute(kmsKeys, (s) => s.enableKey),
  DisableKey: lazyRoute(kmsKeys, (s) => s.disableKey),
  GetPublicKey: lazyRoute(kmsKeys, (s) => s.getPublicKey),
  ListKeyUsage: lazyRoute(kmsKeys, (s) => s.listKeyUsage),
  CreateSigningWitness: lazyRoute(signingWitnesses, (s) => s.createSigningWitness),
  ListSigningWitness: lazyRoute(signingWitnesses, (s) => s.listSigningWitness),
  DeleteSigningWitness: lazyRoute(signingWitnesses, (s) => s.deleteSigningWitness),
  CreateSigningRule: lazyRoute(signingRules, (s) => s.createSigningRule),
  UpdateSigningRule: lazyRoute(signingRules, (s) => s.updateSigningRule),
  DeleteSigningRule: lazyRoute(signingRules, (s) => s.deleteSigningRule),
  ListSigningRule: lazyRoute(signingRules, (s) => s.listSigningRule),
  ListRepoTagSignature: lazyRoute(signatures, (s) => s.listRepoTagSignature),
  VerifyRepoTagSignature: lazyRoute(signatures, (s) => s.verifyRepoTagSignature),
  SignRepoTag: lazyRoute(signing, (s) => s.signRepoTag),
  ExportRepoTagSignature: lazyRoute(signatureExport, (s) => s.exportRepoTagSignature),
  TamperRepoTagSignature: lazyRoute(signatureTamper, (s) => s.tamperRepoTagSignature),
  UpdateEventCenterRule: lazyRoute(eventRules, (s) => s.updateEventCenterRule),
  DeleteEventCenterRule: lazyRoute(eventRules, (s) => s.deleteEventCenterRule),
  ListEventCenterRuleName: lazyRoute(eventRules, (s) => s.listEventCenterRuleName),
  ListEventCenterRecord: lazyRoute(eventRecords, (s) => s.listEventCenterRecord),
  CreateEventCenterRule: lazyRoute(eventRules, (s) => s.createEventCenterRule),
  ListEventCenterRules: lazyRoute(eventRules, (s) => s.listEventCenterRules),
  GetEventCenterRule: lazyRoute(eventRules, (s) => s.getEventCenterRule),
  GetEventCenterRecord: lazyRoute(eventRecords, (s) => s.getEventCenterRecord),
  TestEventCenterRule: lazyRoute(eventTestSend, (s) => s.testEventCenterRule),
  ResendEventCenterRecord: lazyRoute(eventRecords, (s) => s.resendEventCenterRecord),
  GetDemoReceiver: lazyRoute(demoReceiver, (s) => (ctx) => s.getDemoReceiver(ctx)),
  UpdateDemoReceiver: lazyRoute(demoReceiver, (s) => s.updateDemoReceiver),
  ListDemoReceiverMessage: lazyRoute(demoReceiver, (s) => s.listDemoReceiverMessage),
  GetSecurityReport: lazyRoute(reportActions, (s) => s.getSecurityReport),
  SearchVulnerabilities: lazyRoute(reportActions, (s) => s.searchVulnerabilitiesRoute),
  DiffScans: lazyRoute(reportActions, (s) => s.diffScansRoute),
  ExportScanReport: lazyRoute(reportActions, (s) => s.exportScanReportRoute),
  ExportSecurityReport: lazyRoute(reportActions, (s) => s.exportSecurityReportRoute),
  ExportSearchResults: lazyRoute(reportActions, (s) => s.exportSearchResultsRoute),
  CreateReportSchedule: lazyRoute(reportSchedules, (s) => s.createReportSchedule),
  ListReportSchedule: lazyRoute(reportSchedules, (s) => s.listReportSchedule),
  DeleteReportSchedule: lazyRoute(reportSchedules, (s) => s.deleteReportSchedule),
  RunReportSchedule: lazyRoute(reportSchedules, (s) => s.runReportSchedule),
  DescribeVpcs: lazyRoute(vpc, (s) => s.describeVpcs),
  DescribeVSwitches: lazyRoute(vpc, (s) => s.describeVSwitches),
  GetDemoState: lazyRoute(demo, (s) => (ctx) => s.getDemoState(ctx)),
  ResetDemoWorld: lazyRoute(demo, (s) => s.resetDemoWorld),
  UpdateDemoSpeed: lazyRoute(demo, (s) => s.updateDemoSpeed),
  CreateImageUpload: lazyRoute(uploads, (s) => s.createImageUpload),
  InspectImageUpload: lazyRoute(uploads, (s) => s.inspectImageUpload),
  CompleteImageUpload: lazyRoute(uploads, (s) => s.completeImageUpload),
  CancelImageUpload: lazyRoute(uploads, (s) => s.cancelImageUpload),
  ListDemoImage: lazyRoute(demoImages, (s) => (ctx) => s.listDemoImages(ctx)),
  PushDemoImage: lazyRoute(demoImages, (s) => s.pushDemoImage),
  CreateDeployPolicy: lazyRoute(deployPolicies, (s) => s.createDeployPolicy),
  UpdateDeployPolicy: lazyRoute(deployPolicies, (s) => s.updateDeployPolicy),
  DeleteDeployPolicy: lazyRoute(deployPolicies, (s) => s.deleteDeployPolicy),
  ListDeployPolicy: lazyRoute(deployPolicies, (s) => s.listDeployPolicy),
  PreviewDeployPolicy: lazyRoute(deployCheck, (s) => s.previewDeployPolicy),
  CheckDeployment: lazyRoute(deployCheck, (s) => s.checkDeployment),
  CreateVulnException: lazyRoute(vulnExceptions, (s) => s.createVulnException),
  DeleteVulnException: lazyRoute(vulnExceptions, (s) => s.deleteVulnException),
  ListVulnException: lazyRoute(vulnExceptions, (s) => s.listVulnException),
  GetRepoTagScanExceptions: lazyRoute(scanExceptions, (s) => s.getRepoTagScanExceptions),
  GetCallerIdentity: lazyRoute(ramSession, (s) => (ctx) => s.getCallerIdentity(ctx)),
  SwitchIdentity: lazyRoute(ramSession, (s) => s.switchIdentity),
  ListUsers: lazyRoute(ramUsers, (s) => (ctx) => s.listUsers(ctx)),
  CreateUser: lazyRoute(ramUsers, (s) => s.createUser),
  DeleteUser: lazyRoute(ramUsers, (s) => s.deleteUser),
  ListGroups: lazyRoute(ramUsers, (s) => (ctx) => s.listGroups(ctx)),
  CreateGroup: lazyRoute(ramUsers, (s) => s.createGroup),
  DeleteGroup: lazyRoute(ramUsers, (s) => s.deleteGroup),
  AddUserToGroup: lazyRoute(ramUsers, (s) => s.addUserToGroup),
  RemoveUserFromGroup: lazyRoute(ramUsers, (s) => s.removeUserFromGroup),
  ListPolicies: lazyRoute(ramPolicies, (s) => s.listPolicies),
  GetPolicy: lazyRoute(ramPolicies, (s) => s.getPolicy),
  CreatePolicy: lazyRoute(ramPolicies, (s) => s.createPolicy),
  CreatePolicyVersion: lazyRoute(ramPolicies, (s) => s.createPolicyVersion),
  DeletePolicy: lazyRoute(ramPolicies, (s) => s.deletePolicy),
  ValidatePolicyDocument: lazyRoute(ramPolicies, (s) => s.validatePolicyDocument),
  AttachPolicyToUser: lazyRoute(ramAttachments, (s) => s.attachPolicyToUser),
  DetachPolicyFromUser: lazyRoute(ramAttachments, (s) => s.detachPolicyFromUser),
  AttachPolicyToGroup: lazyRoute(ramAttachments, (s) => s.attachPolicyToGroup),
  DetachPolicyFromGroup: lazyRoute(ramAttachments, (s) => s.detachPolicyFromGroup),
  ListAttachments: lazyRoute(ramAttachments, (s) => s.listAttachments),
  CheckPermissions: lazyRoute(ramSession, (s) => s.checkPermissions),
  ListAuditLog: lazyRoute(ramSession, (s) => s.listAuditLog),
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
