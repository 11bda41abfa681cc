/**
 * Which service answers which action. The mapped type makes the compiler check that every action of the
 * contract has a route and that each service returns exactly that action's payload.
 */
import type { ActionName, ActionParams } from '@/api/contract/actions';
import type { ServiceContext } from '../services/context';
import * as demo from '../services/demo';
import * as demoImages from '../services/demo-images';
import * as demoReceiver from '../services/demo-receiver';
import * as eventRecords from '../services/event-records';
import * as eventRules from '../services/event-rules';
import * as eventTestSend from '../services/event-test-send';
import * as fixTasks from '../services/fix-tasks';
import * as instances from '../services/instances';
import * as namespaces from '../services/namespaces';
import type { Payload } from '../services/payload';
import * as regions from '../services/regions';
import * as repositories from '../services/repositories';
import * as scanCloud from '../services/scan-cloud';
import * as scanEngine from '../services/scan-engine';
import * as scanRuleTasks from '../services/scan-rule-tasks';
import * as scanRules from '../services/scan-rules';
import * as scans from '../services/scans';
import * as tags from '../services/tags';
import * as uploads from '../services/uploads';
import * as vpc from '../services/vpc';

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
