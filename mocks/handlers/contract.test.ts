/**
 * Every action of the contract, called once on its happy path over the wire: the body must satisfy the
 * action's response schema exactly (no field the contract does not declare).
 */

import { describe, expect, it } from 'vitest';
import { ACTIONS, type ActionName, type ActionRequest } from '@/api/contract/actions';
import { ENVELOPE_FIELDS } from '@/api/contract/wire';
import { actionQuery, callAction, instanceByName, rawCall, repoIdOf } from '../testing/api';
import { HIGH_RULE } from '../testing/policies';
import { demoArchive, uploadBytes } from '../testing/uploads';

interface World {
  prodHz: string;
  devHz: string;
  nginxRepo: string;
  hzVpc: string;
  hzVswitch: string;
  linkedVpc: string;
  linkedVswitch: string;
}

async function loadWorld(): Promise<World> {
  const prodHz = (await instanceByName('acr-prod-hz')).InstanceId;
  const devHz = (await instanceByName('acr-dev-hz')).InstanceId;
  const { Vpcs } = await callAction('DescribeVpcs', { RegionId: 'cn-hangzhou' });
  const prodVpc = Vpcs.find((vpc) => vpc.VpcName === 'prod-vpc');
  if (!prodVpc) throw new Error('prod-vpc missing');
  const { VSwitches } = await callAction('DescribeVSwitches', { RegionId: 'cn-hangzhou', VpcId: prodVpc.VpcId });
  const { LinkedVpcs } = await callAction('GetInstanceVpcEndpoint', { InstanceId: devHz });
  const linked = LinkedVpcs[0];
  if (!linked || !VSwitches[0]) throw new Error('seed lacks VPC data');
  return {
    prodHz,
    devHz,
    nginxRepo: await repoIdOf(prodHz, 'prod', 'nginx'),
    hzVpc: prodVpc.VpcId,
    hzVswitch: VSwitches[0].VSwitchId,
    linkedVpc: linked.VpcId,
    linkedVswitch: linked.VswitchId,
  };
}

const HAPPY: { [A in ActionName]: (w: World) => ActionRequest<A> } = {
  ListInstanceRegion: () => ({ Lang: 'en-US' }),
  ListInstance: () => ({ RegionId: 'cn-hangzhou' }),
  GetInstance: (w) => ({ InstanceId: w.prodHz }),
  GetInstanceCount: () => ({ RegionId: 'cn-hangzhou' }),
  GetInstanceUsage: (w) => ({ InstanceId: w.prodHz }),
  ListInstanceEndpoint: (w) => ({ InstanceId: w.prodHz }),
  GetInstanceVpcEndpoint: (w) => ({ InstanceId: w.devHz }),
  CreateInstanceVpcEndpointLinkedVpc: (w) => ({ InstanceId: w.prodHz, VpcId: w.hzVpc, VswitchId: w.hzVswitch }),
  DeleteInstanceVpcEndpointLinkedVpc: (w) => ({ InstanceId: w.devHz, VpcId: w.linkedVpc, VswitchId: w.linkedVswitch }),
  CreateNamespace: (w) => ({ InstanceId: w.prodHz, NamespaceName: 'qa' }),
  GetNamespace: (w) => ({ InstanceId: w.prodHz, NamespaceName: 'prod' }),
  ListNamespace: (w) => ({ InstanceId: w.prodHz }),
  UpdateNamespace: (w) => ({ InstanceId: w.prodHz, NamespaceName: 'dev', AutoCreateRepo: false }),
  DeleteNamespace: (w) => ({ InstanceId: w.prodHz, NamespaceName: 'ops' }),
  CreateRepository: (w) => ({
    InstanceId: w.prodHz,
    RepoNamespaceName: 'prod',
    RepoName: 'billing',
    RepoType: 'PRIVATE',
    Summary: 'Billing service',
  }),
  GetRepository: (w) => ({ InstanceId: w.prodHz, RepoId: w.nginxRepo }),
  ListRepository: (w) => ({ InstanceId: w.prodHz }),
  UpdateRepository: (w) => ({ InstanceId: w.prodHz, RepoId: w.nginxRepo, RepoType: 'PUBLIC', Summary: 'Edge' }),
  DeleteRepository: (w) => ({ InstanceId: w.prodHz, RepoId: w.nginxRepo }),
  ListRepoTag: (w) => ({ InstanceId: w.prodHz, RepoId: w.nginxRepo }),
  GetRepoTag: (w) => ({ InstanceId: w.prodHz, RepoId: w.nginxRepo, Tag: '1.25-alpine' }),
  CreateRepoTag: (w) => ({
    InstanceId: w.prodHz,
    NamespaceName: 'prod',
    RepoName: 'nginx',
    FromTag: '1.25-alpine',
    ToTag: 'stable',
  }),
  DeleteRepoTag: (w) => ({ InstanceId: w.prodHz, RepoId: w.nginxRepo, Tag: '1.25-alpine' }),
  CreateRepoTagScanTask: (w) => ({ InstanceId: w.prodHz, RepoId: w.nginxRepo, Tag: '1.25-alpine' }),
  GetRepoTagScanStatus: (w) => ({ InstanceId: w.prodHz, RepoId: w.nginxRepo, Tag: '1.25-alpine' }),
  GetRepoTagScanSummary: (w) => ({ InstanceId: w.prodHz, RepoId: w.nginxRepo, Tag: '1.25-alpine' }),
  ListRepoTagScanResult: (w) => ({ InstanceId: w.prodHz, RepoId: w.nginxRepo, Tag: '1.25-alpine' }),
  ListScanBaselineByTask: (w) => ({ InstanceId: w.prodHz, RepoId: w.nginxRepo, Tag: '1.25-alpine', Level: 'High' }),
  ListScanMaliciousFileByTask: (w) => ({ InstanceId: w.prodHz, RepoId: w.nginxRepo, Tag: '1.25-alpine' }),
  ListScanComplianceByTask: (w) => ({ InstanceId: w.prodHz, RepoId: w.nginxRepo, Tag: '1.25-alpine', Lang: 'en-US' }),
  CreateScanRule: (w) => ({
    InstanceId: w.devHz,
    RuleName: 'team-a-all',
    ScanScope: 'NAMESPACE',
    TriggerType: 'MANUAL',
    Namespaces: ['team-a'],
    RepoTagFilterPattern: '.*',
    NotifyMethod: 'DING_TALK',
    NotifyUrl: 'https://oapi.dingtalk.com/robot/send?access_token=x',
    NotifySecret: 'SEC123',
  }),
  UpdateScanRule: (w) => ({
    InstanceId: w.devHz,
    ScanRuleId: rule.id,
    RuleName: 'team-a-demo',
    ScanScope: 'REPO',
    TriggerType: 'AUTO',
    Namespaces: ['team-a'],
    RepoNames: ['demo-app'],
    RepoTagFilterPattern: 'v\\d+',
  }),
  DeleteScanRule: (w) => ({ InstanceId: w.devHz, ScanRuleId: rule.id }),
  GetScanRule: (w) => ({ InstanceId: w.devHz, ScanRuleId: rule.id }),
  ListScanRule: (w) => ({ InstanceId: w.devHz }),
  RunScanRule: (w) => ({ InstanceId: w.devHz, ScanRuleId: rule.id }),
  ListScanRuleTask: (w) => ({ InstanceId: w.devHz }),
  GetScanRuleTask: (w) => ({ InstanceId: w.devHz, RuleTaskId: rule.taskId }),
  PreviewScanRuleTags: (w) => ({
    InstanceId: w.devHz,
    ScanScope: 'NAMESPACE',
    Namespaces: ['team-a'],
    RepoTagFilterPattern: '.*',
  }),
  StopScanRuleTask: (w) => ({ InstanceId: w.devHz, RuleTaskId: rule.taskId }),
  RetryScanRuleTask: (w) => ({ InstanceId: w.devHz, RuleTaskId: rule.taskId }),
  GetSasAccount: () => ({}),
  AuthorizeSasAccessRole: () => ({}),
  CreateSasServiceLinkedRole: () => ({}),
  CreateSasOrder: () => ({ ImageQuota: 100, Period: 12, AgreementAccepted: true }),
  GetSasOrder: () => ({ OrderId: sas.orderId }),
  PaySasOrder: () => ({ OrderId: sas.orderId }),
  GetInstanceScanEngine: (w) => ({ InstanceId: w.prodHz }),
  UpdateInstanceScanEngine: (w) => ({ InstanceId: w.prodHz, ScanService: 'ACR_SCAN_SERVICE' }),
  UpdateSasSync: (w) => ({ InstanceId: w.prodHz, SyncEnabled: true }),
  ListSasSyncLog: (w) => ({ InstanceId: w.prodHz }),
  PlanRepoTagFix: (w) => ({ InstanceId: w.prodHz, RepoId: w.nginxRepo, Tag: '1.25-alpine' }),
  CreateRepoTagFixTask: (w) => ({ InstanceId: w.prodHz, RepoId: w.nginxRepo, Tag: '1.25-alpine' }),
  ListRepoTagFixTask: (w) => ({ InstanceId: w.prodHz, RepoId: w.nginxRepo, Tag: '1.25-alpine' }),
  CreateKey: () => ({ RegionId: 'cn-hangzhou', KeySpec: 'EC_P256', Description: 'contract' }),
  ListKeys: () => ({ RegionId: 'cn-hangzhou' }),
  DescribeKey: () => ({ KeyId: signing.keyId }),
  EnableKey: () => ({ KeyId: signing.keyId }),
  DisableKey: () => ({ KeyId: signing.keyId }),
  GetPublicKey: () => ({ KeyId: signing.keyId }),
  ListKeyUsage: () => ({ KeyId: signing.keyId }),
  CreateSigningWitness: (w) => ({ InstanceId: w.prodHz, WitnessName: 'release', KeyId: signing.keyId }),
  ListSigningWitness: (w) => ({ InstanceId: w.prodHz }),
  DeleteSigningWitness: (w) => ({ InstanceId: w.prodHz, WitnessId: signing.witnessId }),
  CreateSigningRule: (w) => ({
    InstanceId: w.prodHz,
    RuleName: 'sign-prod',
    NamespaceName: 'prod',
    RepoNameFilter: 'nginx',
    TagFilterPattern: '.*',
    WitnessId: signing.witnessId,
    TriggerType: 'PUSH',
  }),
  UpdateSigningRule: (w) => ({
    InstanceId: w.prodHz,
    SignRuleId: signing.ruleId,
    RuleName: 'sign-prod',
    NamespaceName: 'prod',
    WitnessId: signing.witnessId,
    TriggerType: 'MANUAL',
  }),
  DeleteSigningRule: (w) => ({ InstanceId: w.prodHz, SignRuleId: signing.ruleId }),
  ListSigningRule: (w) => ({ InstanceId: w.prodHz }),
  ListRepoTagSignature: (w) => ({ InstanceId: w.prodHz, RepoId: w.nginxRepo }),
  VerifyRepoTagSignature: (w) => ({ InstanceId: w.prodHz, RepoId: w.nginxRepo, Tag: '1.25-alpine' }),
  SignRepoTag: (w) => ({ InstanceId: w.prodHz, RepoId: w.nginxRepo, Tag: '1.25-alpine', WitnessId: signing.witnessId }),
  ExportRepoTagSignature: (w) => ({ InstanceId: w.prodHz, RepoId: w.nginxRepo, Tag: '1.25-alpine' }),
  TamperRepoTagSignature: (w) => ({ InstanceId: w.prodHz, RepoId: w.nginxRepo, Tag: '1.25-alpine', Mode: 'IMAGE' }),
  CreateEventCenterRule: (w) => ({
    InstanceId: w.prodHz,
    RuleName: 'scan-to-dingtalk',
    EventType: 'cr:Artifact:ScanCompleted',
    EventScope: 'NAMESPACE',
    Namespaces: ['prod'],
    RepoTagFilterPattern: '.*',
    EventConfig: JSON.stringify({
      notifyMethod: 'dingding',
      notifyConfig: { Url: 'https://oapi.dingtalk.com/robot/send?access_token=contract', Secret: 'SECcontract' },
      notifyFilter: { Severity: 'HIGH' },
    }),
  }),
  UpdateEventCenterRule: (w) => ({
    InstanceId: w.prodHz,
    RuleId: eventRule.id,
    RuleName: 'scan-to-http',
    EventConfig: '{"notifyMethod":"http","notifyConfig":{"Url":"http://webhook.demo.acr.local/acr",},}',
  }),
  DeleteEventCenterRule: (w) => ({ InstanceId: w.prodHz, RuleId: eventRule.id }),
  ListEventCenterRuleName: (w) => ({ InstanceId: w.prodHz }),
  ListEventCenterRecord: (w) => ({ InstanceId: w.prodHz, RuleId: eventRule.id }),
  ListEventCenterRules: (w) => ({ InstanceId: w.prodHz }),
  GetEventCenterRule: (w) => ({ InstanceId: w.prodHz, RuleId: eventRule.id }),
  GetEventCenterRecord: (w) => ({ InstanceId: w.prodHz, RecordId: eventRule.recordId }),
  TestEventCenterRule: (w) => ({ InstanceId: w.prodHz, RuleId: eventRule.id }),
  ResendEventCenterRecord: (w) => ({ InstanceId: w.prodHz, RecordId: eventRule.recordId }),
  GetDemoReceiver: () => ({}),
  UpdateDemoReceiver: () => ({ Enabled: true }),
  ListDemoReceiverMessage: () => ({ Kind: 'dingtalk' }),
  GetSecurityReport: (w) => ({ InstanceId: w.prodHz, RegionId: 'cn-hangzhou', Days: 7 }),
  SearchVulnerabilities: (w) => ({ InstanceId: w.prodHz, Severity: 'High,Medium', Fixable: true, PageSize: 10 }),
  DiffScans: (w) => ({
    InstanceId: w.prodHz,
    Base: { RepoId: w.nginxRepo, Tag: '1.25-alpine' },
    Target: { RepoId: w.nginxRepo, Tag: '1.25-alpine' },
  }),
  ExportScanReport: (w) => ({ InstanceId: w.prodHz, RepoId: w.nginxRepo, Tag: '1.25-alpine', Format: 'CYCLONEDX' }),
  ExportSecurityReport: () => ({ RegionId: 'cn-hangzhou', Format: 'HTML' }),
  ExportSearchResults: (w) => ({ InstanceId: w.prodHz, Format: 'SARIF' }),
  CreateReportSchedule: (w) => ({
    InstanceId: w.prodHz,
    Name: 'weekly-report',
    Frequency: 'WEEKLY',
    Format: 'JSON',
    NotifyMethod: 'http',
    NotifyUrl: 'http://webhook.demo.acr.local/acr',
  }),
  ListReportSchedule: (w) => ({ InstanceId: w.prodHz }),
  DeleteReportSchedule: (w) => ({ InstanceId: w.prodHz, ScheduleId: reportSchedule.id }),
  RunReportSchedule: (w) => ({ InstanceId: w.prodHz, ScheduleId: reportSchedule.id }),
  DescribeVpcs: () => ({ RegionId: 'cn-hangzhou' }),
  DescribeVSwitches: (w) => ({ RegionId: 'cn-hangzhou', VpcId: w.hzVpc }),
  GetDemoState: () => ({}),
  ResetDemoWorld: () => ({ SeedName: 'minimal' }),
  UpdateDemoSpeed: () => ({ Speed: 'instant' }),
  CreateImageUpload: (w) => ({ InstanceId: w.devHz, Size: 1024 }),
  InspectImageUpload: (w) => ({ InstanceId: w.devHz, UploadId: upload.id }),
  CompleteImageUpload: (w) => ({
    InstanceId: w.devHz,
    UploadId: upload.id,
    NamespaceName: 'team-a',
    RepoName: 'demo-app',
    Tag: 'uploaded',
  }),
  CancelImageUpload: (w) => ({ InstanceId: w.devHz, UploadId: upload.id }),
  ListDemoImage: () => ({}),
  PushDemoImage: (w) => ({
    InstanceId: w.devHz,
    NamespaceName: 'team-a',
    RepoName: 'demo-app',
    Tag: 'demo',
    RecipeName: 'alpine:3.18',
    Variant: 'patched',
  }),
  CreateDeployPolicy: (w) => ({ InstanceId: w.prodHz, NamespaceName: 'prod', Enabled: true, ...HIGH_RULE }),
  UpdateDeployPolicy: (w) => ({ InstanceId: w.prodHz, PolicyId: policies.policyId, Enabled: false, ...HIGH_RULE }),
  DeleteDeployPolicy: (w) => ({ InstanceId: w.prodHz, PolicyId: policies.policyId }),
  ListDeployPolicy: (w) => ({ InstanceId: w.prodHz }),
  PreviewDeployPolicy: (w) => ({ InstanceId: w.prodHz, NamespaceName: 'prod', ...HIGH_RULE }),
  CheckDeployment: (w) => ({ InstanceId: w.prodHz, NamespaceName: 'prod', RepoName: 'nginx', Tag: '1.25-alpine' }),
  CreateVulnException: (w) => ({
    InstanceId: w.prodHz,
    CveId: 'CVE-2023-5363',
    ScopeType: 'TAG',
    NamespaceName: 'prod',
    RepoName: 'nginx',
    Tag: '1.25-alpine',
    Reason: 'not reachable',
    Author: 'contract',
  }),
  DeleteVulnException: (w) => ({ InstanceId: w.prodHz, ExceptionId: policies.exceptionId }),
  ListVulnException: (w) => ({ InstanceId: w.prodHz }),
  GetRepoTagScanExceptions: (w) => ({ InstanceId: w.prodHz, RepoId: w.nginxRepo, Tag: '1.25-alpine' }),
  GetCallerIdentity: () => ({}),
  SwitchIdentity: () => ({ UserName: 'developer' }),
  ListUsers: () => ({}),
  CreateUser: () => ({ UserName: 'qa-bot', DisplayName: 'QA 机器人', Comments: 'contract' }),
  DeleteUser: () => ({ UserName: 'auditor' }),
  ListGroups: () => ({}),
  CreateGroup: () => ({ GroupName: 'ops-team', Comments: 'contract' }),
  DeleteGroup: () => ({ GroupName: 'dev-team' }),
  AddUserToGroup: () => ({ UserName: 'auditor', GroupName: 'dev-team' }),
  RemoveUserFromGroup: () => ({ UserName: 'developer', GroupName: 'dev-team' }),
  ListPolicies: () => ({}),
  GetPolicy: () => ({ PolicyName: 'team-a-developer', PolicyType: 'Custom' }),
  CreatePolicy: () => ({ PolicyName: 'read-prod', PolicyDocument: RAM_DOCUMENT, Description: 'contract' }),
  CreatePolicyVersion: () => ({ PolicyName: 'security-engineer', PolicyDocument: RAM_DOCUMENT }),
  DeletePolicy: () => ({ PolicyName: 'read-prod' }),
  ValidatePolicyDocument: () => ({ PolicyDocument: '{"Version":"2"}' }),
  AttachPolicyToUser: () => ({
    UserName: 'developer',
    PolicyName: 'AliyunContainerRegistryReadOnlyAccess',
    PolicyType: 'System',
  }),
  DetachPolicyFromUser: () => ({
    UserName: 'auditor',
    PolicyName: 'AliyunContainerRegistryReadOnlyAccess',
    PolicyType: 'System',
  }),
  AttachPolicyToGroup: () => ({ GroupName: 'dev-team', PolicyName: 'security-engineer', PolicyType: 'Custom' }),
  DetachPolicyFromGroup: () => ({ GroupName: 'dev-team', PolicyName: 'team-a-developer', PolicyType: 'Custom' }),
  ListAttachments: () => ({ PrincipalType: 'User', PrincipalName: 'security' }),
  CheckPermissions: (w) => ({
    Questions: [
      { Action: 'GetInstance', Params: { InstanceId: w.prodHz } as Record<string, string> },
      { Action: 'CreateRepoTagScanTask', Params: { InstanceId: w.prodHz, RepoId: w.nginxRepo, Tag: '1.25-alpine' } },
    ],
  }),
  ListAuditLog: () => ({ Result: 'DENIED', PageSize: 10 }),
};

/** The upload session the upload actions work on: a small docker save archive, fully sent. */
const upload = { id: '' };

async function uploadArchive(w: World): Promise<void> {
  upload.id = await uploadBytes(w.devHz, (await demoArchive('busybox:1.36', 'patched')).bytes);
}

/** Scans the tag the scan reads look at and waits for it, so they have a task to answer from. */
async function scanNginx(w: World): Promise<void> {
  const tag = { InstanceId: w.prodHz, RepoId: w.nginxRepo, Tag: '1.25-alpine' };
  await callAction('UpdateDemoSpeed', { Speed: 'instant' });
  await callAction('CreateRepoTagScanTask', tag);
  await expect
    .poll(async () => (await callAction('GetRepoTagScanStatus', tag)).Status, { timeout: 20_000, interval: 50 })
    .toBe('COMPLETE');
}

/** Buys the cloud-security engine and scans the tag with it, for the reads only it answers. */
async function cloudScanNginx(w: World): Promise<void> {
  await buySas();
  const tag = { InstanceId: w.prodHz, RepoId: w.nginxRepo, Tag: '1.25-alpine' };
  await callAction('UpdateDemoSpeed', { Speed: 'instant' });
  await callAction('CreateRepoTagScanTask', { ...tag, ScanService: 'SAS_SCAN_SERVICE' });
  await expect
    .poll(async () => (await callAction('GetRepoTagScanStatus', tag)).Status, { timeout: 20_000, interval: 50 })
    .toBe('COMPLETE');
}

/** A cloud-engine scan of the tag and a one-click fix of it, for the fix task list. */
async function fixNginx(w: World): Promise<void> {
  await cloudScanNginx(w);
  await callAction('CreateRepoTagFixTask', HAPPY.CreateRepoTagFixTask(w));
}

/** The scan rule (and rule task) the rule reads and writes address, created by {@link createRule}. */
const rule = { id: '', taskId: '' };

/** A rule on acr-dev-hz (which has a VPC linked), as the rule actions' happy paths need. */
async function createRule(w: World): Promise<void> {
  const created = await callAction('CreateScanRule', HAPPY.CreateScanRule(w));
  rule.id = created.ScanRuleId;
}

async function runRule(w: World): Promise<void> {
  await createRule(w);
  await callAction('UpdateDemoSpeed', { Speed: 'instant' });
  rule.taskId = (await callAction('RunScanRule', { InstanceId: w.devHz, ScanRuleId: rule.id })).RuleTaskId;
  await expect
    .poll(async () => (await callAction('GetScanRuleTask', { InstanceId: w.devHz, RuleTaskId: rule.taskId })).Status, {
      timeout: 20_000,
      interval: 50,
    })
    .toBe('COMPLETE');
}

/** A rule task still scanning: realistic speed keeps each image busy for seconds. */
async function startRule(w: World): Promise<void> {
  await createRule(w);
  await callAction('UpdateDemoSpeed', { Speed: 'realistic' });
  rule.taskId = (await callAction('RunScanRule', { InstanceId: w.devHz, ScanRuleId: rule.id })).RuleTaskId;
}

/** A finished rule task with failed images: started, then stopped. */
async function stopRule(w: World): Promise<void> {
  await startRule(w);
  await callAction('StopScanRuleTask', { InstanceId: w.devHz, RuleTaskId: rule.taskId });
}

/** The event rule (and one of its records) the event actions address. */
const eventRule = { id: '', recordId: '' };

async function createEventRule(w: World): Promise<void> {
  eventRule.id = (await callAction('CreateEventCenterRule', HAPPY.CreateEventCenterRule(w))).RuleId;
}

/** A 测试发送 of the rule, delivered to the demo receiver and finished. */
async function testEventRule(w: World): Promise<void> {
  await createEventRule(w);
  eventRule.recordId = (await callAction('TestEventCenterRule', HAPPY.TestEventCenterRule(w))).RecordId;
  await expect
    .poll(
      async () =>
        (await callAction('GetEventCenterRecord', { InstanceId: w.prodHz, RecordId: eventRule.recordId })).Record
          .Status,
      { timeout: 20_000, interval: 50 },
    )
    .not.toBe('PENDING');
}

/** A FAILED record: the rule's robot address lacks an access token, which DingTalk (the demo receiver) rejects. */
async function failEventRule(w: World): Promise<void> {
  await createEventRule(w);
  await callAction('UpdateEventCenterRule', {
    InstanceId: w.prodHz,
    RuleId: eventRule.id,
    EventConfig: JSON.stringify({
      notifyMethod: 'dingding',
      notifyConfig: { Url: 'https://oapi.dingtalk.com/robot/send' },
    }),
  });
  eventRule.recordId = (await callAction('TestEventCenterRule', HAPPY.TestEventCenterRule(w))).RecordId;
  await expect
    .poll(
      async () =>
        (await callAction('GetEventCenterRecord', { InstanceId: w.prodHz, RecordId: eventRule.recordId })).Record
          .Status,
      { timeout: 20_000, interval: 50 },
    )
    .toBe('FAILED');
}

/** The key, witness and signing rule the signing actions address. */
const signing = { keyId: '', witnessId: '', ruleId: '' };

async function createSigningKey(): Promise<void> {
  signing.keyId = (await callAction('CreateKey', { RegionId: 'cn-hangzhou', KeySpec: 'EC_P256' })).Key.KeyId;
}

async function createWitness(w: World): Promise<void> {
  await createSigningKey();
  signing.witnessId = (await callAction('CreateSigningWitness', HAPPY.CreateSigningWitness(w))).WitnessId;
}

async function createSigningRule(w: World): Promise<void> {
  await createWitness(w);
  signing.ruleId = (await callAction('CreateSigningRule', HAPPY.CreateSigningRule(w))).SignRuleId;
}

/** A signed nginx tag, for the signature reads, export and tamper. */
async function signNginx(w: World): Promise<void> {
  await createWitness(w);
  await callAction('SignRepoTag', HAPPY.SignRepoTag(w));
}

/** The order the payment reads and pays. */
const sas = { orderId: '' };

async function authorizeSas(): Promise<void> {
  await callAction('AuthorizeSasAccessRole', {});
  await callAction('CreateSasServiceLinkedRole', {});
}

async function orderSas(): Promise<void> {
  await authorizeSas();
  sas.orderId = (await callAction('CreateSasOrder', HAPPY.CreateSasOrder({} as World))).OrderId;
}

async function buySas(): Promise<void> {
  await orderSas();
  await callAction('PaySasOrder', { OrderId: sas.orderId });
}

/** The deployment policy and the exception the policy actions address. */
const policies = { policyId: '', exceptionId: '' };

async function createPolicy(w: World): Promise<void> {
  policies.policyId = (await callAction('CreateDeployPolicy', HAPPY.CreateDeployPolicy(w))).PolicyId;
}

async function createException(w: World): Promise<void> {
  policies.exceptionId = (await callAction('CreateVulnException', HAPPY.CreateVulnException(w))).ExceptionId;
}

/** A scanned nginx tag with an exception, for the raw and effective counts. */
async function exceptNginx(w: World): Promise<void> {
  await scanNginx(w);
  await createException(w);
}

/** A denying policy over a scanned tag, so the check answers with reasons. */
async function enforceOnNginx(w: World): Promise<void> {
  await scanNginx(w);
  await createPolicy(w);
}

/** The report schedule the schedule actions address. */
const reportSchedule = { id: '' };

async function createReportSchedule(w: World): Promise<void> {
  reportSchedule.id = (await callAction('CreateReportSchedule', HAPPY.CreateReportSchedule(w))).ScheduleId;
}

/** State some happy paths need before the call. */
const PREPARE: Partial<Record<ActionName, (w: World) => Promise<void>>> = {
  GetRepoTagScanStatus: scanNginx,
  GetRepoTagScanSummary: scanNginx,
  ListRepoTagScanResult: scanNginx,
  UpdateScanRule: createRule,
  DeleteScanRule: createRule,
  GetScanRule: createRule,
  ListScanRule: createRule,
  RunScanRule: createRule,
  ListScanRuleTask: runRule,
  GetScanRuleTask: runRule,
  StopScanRuleTask: startRule,
  RetryScanRuleTask: stopRule,
  CreateSasOrder: authorizeSas,
  GetSasOrder: orderSas,
  PaySasOrder: orderSas,
  UpdateSasSync: buySas,
  ListScanBaselineByTask: cloudScanNginx,
  ListScanMaliciousFileByTask: cloudScanNginx,
  ListScanComplianceByTask: cloudScanNginx,
  PlanRepoTagFix: cloudScanNginx,
  CreateRepoTagFixTask: cloudScanNginx,
  ListRepoTagFixTask: fixNginx,
  ListKeys: createSigningKey,
  DescribeKey: createSigningKey,
  EnableKey: createSigningKey,
  DisableKey: createSigningKey,
  GetPublicKey: createSigningKey,
  ListKeyUsage: createSigningKey,
  CreateSigningWitness: createSigningKey,
  ListSigningWitness: createWitness,
  DeleteSigningWitness: createWitness,
  CreateSigningRule: createWitness,
  UpdateSigningRule: createSigningRule,
  DeleteSigningRule: createSigningRule,
  ListSigningRule: createSigningRule,
  ListRepoTagSignature: signNginx,
  VerifyRepoTagSignature: signNginx,
  SignRepoTag: createWitness,
  ExportRepoTagSignature: signNginx,
  TamperRepoTagSignature: signNginx,
  UpdateEventCenterRule: createEventRule,
  DeleteEventCenterRule: createEventRule,
  ListEventCenterRuleName: createEventRule,
  ListEventCenterRules: createEventRule,
  GetEventCenterRule: createEventRule,
  TestEventCenterRule: createEventRule,
  ListEventCenterRecord: testEventRule,
  GetEventCenterRecord: testEventRule,
  ListDemoReceiverMessage: testEventRule,
  ResendEventCenterRecord: failEventRule,
  GetSecurityReport: scanNginx,
  SearchVulnerabilities: scanNginx,
  DiffScans: scanNginx,
  ExportScanReport: scanNginx,
  ExportSecurityReport: scanNginx,
  ExportSearchResults: scanNginx,
  ListReportSchedule: createReportSchedule,
  DeleteReportSchedule: createReportSchedule,
  RunReportSchedule: createReportSchedule,
  InspectImageUpload: uploadArchive,
  CompleteImageUpload: uploadArchive,
  CancelImageUpload: uploadArchive,
  UpdateDeployPolicy: createPolicy,
  DeleteDeployPolicy: createPolicy,
  ListDeployPolicy: createPolicy,
  CheckDeployment: enforceOnNginx,
  DeleteVulnException: createException,
  ListVulnException: createException,
  GetRepoTagScanExceptions: exceptNginx,
  DeletePolicy: createRamPolicy,
  ListAuditLog: denyAuditor,
};

describe('every action answers its happy path with the contract response', () => {
  it('covers every action of the registry', () => {
    expect(Object.keys(HAPPY).sort()).toEqual(Object.keys(ACTIONS).sort());
  });

  it.each(Object.keys(ACTIONS) as ActionName[])('%s', async (action) => {
    const world = await loadWorld();
    await PREPARE[action]?.(world);
    const def = ACTIONS[action];
    const { status, body } = await rawCall(actionQuery(action, HAPPY[action](world) as Record<string, unknown>), {
      method: def.method,
    });
    expect(status).toBe(200);
    // The action's own success envelope: the common one, or Code 0 / "success" without IsSuccess.
    const envelope = ENVELOPE_FIELDS[def.envelope];
    expect(body).toMatchObject(envelope);
    if (!('IsSuccess' in envelope)) expect(body).not.toHaveProperty('IsSuccess');
    const parsed = def.response.safeParse(body);
    expect(parsed.success ? 'valid' : parsed.error.message).toBe('valid');
    const declared = Object.keys(def.response.shape);
    expect(Object.keys(body).filter((key) => !declared.includes(key))).toEqual([]);
  });
});

/** A custom RAM policy document: read the prod namespace of any instance. */
const RAM_DOCUMENT = JSON.stringify({
  Version: '1',
  Statement: [{ Effect: 'Allow', Action: ['cr:Get*', 'cr:List*'], Resource: 'acs:cr:*:*:repository/*/prod/*' }],
});

/** An unattached custom policy, which may be deleted. */
async function createRamPolicy(): Promise<void> {
  await callAction('CreatePolicy', HAPPY.CreatePolicy({} as World));
}

/** A denied call of the read-only auditor, so the audit log has a DENIED row; back to the main account. */
async function denyAuditor(w: World): Promise<void> {
  await callAction('SwitchIdentity', { UserName: 'auditor' });
  await rawCall(actionQuery('DeleteRepository', { InstanceId: w.prodHz, RepoId: w.nginxRepo }));
  await callAction('SwitchIdentity', { UserName: 'root' });
}
