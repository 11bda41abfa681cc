import { beforeEach, describe, expect, it } from 'vitest';
import type { ActionRequest } from '@/api/contract/actions';
import { verifyDingTalkRequest } from '../events';
import { callAction, instanceByName, repoIdOf } from '../testing/api';
import { dingTalkReply, eventConfig, finishedRecord, installFakeNetwork, settled } from '../testing/events';

const net = installFakeNetwork();

let devHz: string;
let prodHz: string;

beforeEach(async () => {
  devHz = (await instanceByName('acr-dev-hz')).InstanceId;
  prodHz = (await instanceByName('acr-prod-hz')).InstanceId;
});

/** ScanCompleted data keys: ACR's documented ones in order, then ours. */
const SCAN_COMPLETED_KEYS = [
  'RegionId',
  'InstanceId',
  'InstanceName',
  'RepoId',
  'RepoName',
  'RepoNamespaceName',
  'Tag',
  'ImageUpdate',
  'Status',
  'HighSeverity',
  'MediumSeverity',
  'LowSeverity',
  'UnknownSeverity',
  'TotalSeverity',
  'Digest',
  'ScanService',
  'TopFindings',
  'ResultUrl',
];

function eventRule(overrides: Partial<ActionRequest<'CreateEventCenterRule'>>) {
  return callAction('CreateEventCenterRule', {
    InstanceId: devHz,
    RuleName: 'rule',
    EventType: 'cr:Artifact:ScanCompleted',
    EventScope: 'INSTANCE',
    RepoTagFilterPattern: '.*',
    EventConfig: eventConfig({ notifyMethod: 'http', notifyConfig: { Url: 'http://hooks.test/acr' } }),
    ...overrides,
  });
}

async function scanTag(InstanceId: string, RepoId: string, Tag: string) {
  const tag = { InstanceId, RepoId, Tag };
  await callAction('CreateRepoTagScanTask', tag);
  await expect
    .poll(async () => (await callAction('GetRepoTagScanStatus', tag)).Status, { timeout: 30_000, interval: 50 })
    .not.toBe('SCANNING');
  // The scan's notification starts right after its end is written: give it a tick to register.
  await new Promise((resolve) => setTimeout(resolve, 20));
  await settled();
  return callAction('GetRepoTagScanSummary', tag);
}

describe('scan rules with 事件通知', () => {
  it('立即扫描 with HTTP notification POSTs the documented ScanCompleted body once per image', async () => {
    const { ScanRuleId } = await callAction('CreateScanRule', {
      InstanceId: devHz,
      RuleName: 'notify-http',
      ScanScope: 'NAMESPACE',
      TriggerType: 'MANUAL',
      Namespaces: ['team-a'],
      RepoTagFilterPattern: '.*',
      NotifyMethod: 'HTTP',
      NotifyUrl: 'http://hooks.test/acr-scan',
    });
    const { RuleTaskId, ImageCount } = await callAction('RunScanRule', { InstanceId: devHz, ScanRuleId });
    await expect
      .poll(async () => (await callAction('GetScanRuleTask', { InstanceId: devHz, RuleTaskId })).Status, {
        timeout: 30_000,
        interval: 50,
      })
      .toBe('COMPLETE');
    await expect.poll(() => net.requests.length, { timeout: 10_000 }).toBe(ImageCount);
    await settled();
    const task = await callAction('GetScanRuleTask', { InstanceId: devHz, RuleTaskId });

    expect(net.requests).toHaveLength(ImageCount);
    for (const request of net.requests) {
      expect(request.url).toBe('http://hooks.test/acr-scan');
      expect(request.headers['Content-Type']).toBe('application/json; charset=utf-8');
      const body = JSON.parse(request.body);
      expect(Object.keys(body)).toEqual(SCAN_COMPLETED_KEYS);
      const image = task.Images.find((i) => i.Tag === body.Tag && i.RepoName === body.RepoName);
      expect(image).toBeDefined();
      expect(body).toMatchObject({
        RegionId: 'cn-hangzhou',
        InstanceId: devHz,
        InstanceName: 'acr-dev-hz',
        RepoNamespaceName: 'team-a',
        RepoId: image?.RepoId,
        Status: 'COMPLETE',
        HighSeverity: image?.HighSeverity,
        MediumSeverity: image?.MediumSeverity,
        LowSeverity: image?.LowSeverity,
        UnknownSeverity: image?.UnknownSeverity,
        TotalSeverity: image?.TotalSeverity,
        Digest: `sha256:${image?.Digest}`,
        ScanService: task.ScanService,
        ResultUrl: `http://localhost/cn-hangzhou/instances/${devHz}/repositories/${image?.RepoId}/tags/${body.Tag}/scan`,
      });
      expect(body.ImageUpdate).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/);
      expect(body.TopFindings.length).toBeLessThanOrEqual(Math.min(5, image?.TotalSeverity ?? 0));
    }

    const { Records } = await callAction('ListEventCenterRecord', { InstanceId: devHz, RuleId: ScanRuleId });
    expect(Records).toHaveLength(ImageCount);
    expect(Records[0]).toMatchObject({
      RuleName: 'notify-http',
      Source: 'SCAN_RULE',
      EventType: 'cr:Artifact:ScanCompleted',
      EventChannel: 'EVENT_BRIDGE',
      EventNotifyMethod: 'http',
      Status: 'SUCCESS',
      Attempts: 1,
      HttpStatus: 200,
      Target: 'http://hooks.test/acr-scan',
      Namespace: 'team-a',
    });
    expect(Records[0]?.EventNotifyId).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('a DingTalk scan rule pointed at a local receiver', () => {
  it('立即扫描 sends the markdown of every image to the loopback robot, signed so the receiver can verify it', async () => {
    net.answer = () => dingTalkReply();
    const secret = 'SEClocal-robot-secret';
    const NotifyUrl = 'http://127.0.0.1:18080/robot/send?access_token=local';
    const { ScanRuleId } = await callAction('CreateScanRule', {
      InstanceId: devHz,
      RuleName: 'notify-dingtalk',
      ScanScope: 'NAMESPACE',
      TriggerType: 'MANUAL',
      Namespaces: ['team-a'],
      RepoTagFilterPattern: '.*',
      NotifyMethod: 'DING_TALK',
      NotifyUrl,
      NotifySecret: secret,
    });
    const { RuleTaskId, ImageCount } = await callAction('RunScanRule', { InstanceId: devHz, ScanRuleId });
    await expect
      .poll(async () => (await callAction('GetScanRuleTask', { InstanceId: devHz, RuleTaskId })).Status, {
        timeout: 30_000,
        interval: 50,
      })
      .toBe('COMPLETE');
    await expect.poll(() => net.requests.length, { timeout: 10_000 }).toBe(ImageCount);
    await settled();
    for (const request of net.requests) {
      expect(request.url.startsWith(`${NotifyUrl}&timestamp=`)).toBe(true);
      expect(await verifyDingTalkRequest(request.url, secret, Date.now())).toEqual({ errcode: 0, errmsg: 'ok' });
      expect(JSON.parse(request.body).markdown.text).toContain('漏洞统计');
    }
    const { Records } = await callAction('ListEventCenterRecord', { InstanceId: devHz, RuleId: ScanRuleId });
    expect(Records.map((r) => [r.Source, r.EventNotifyMethod, r.Status])).toEqual(
      Array.from({ length: ImageCount }, () => ['SCAN_RULE', 'dingding', 'SUCCESS']),
    );
  });
});

describe('event rules on scans', () => {
  it('wraps the data in the CloudEvents envelope when configured', async () => {
    await eventRule({
      EventConfig: eventConfig({
        notifyMethod: 'https',
        notifyConfig: { Url: 'https://hooks.test/cloudevents' },
        envelope: 'cloudevents',
      }),
    });
    const repoId = await repoIdOf(devHz, 'team-a', 'demo-app');
    await scanTag(devHz, repoId, 'v1');
    expect(net.requests).toHaveLength(1);
    const request = net.requests[0];
    expect(request?.headers['Content-Type']).toBe('application/cloudevents+json; charset=utf-8');
    const body = JSON.parse(request?.body ?? '{}');
    expect(Object.keys(body)).toEqual([
      'id',
      'source',
      'specversion',
      'type',
      'subject',
      'time',
      'aliyunaccountid',
      'aliyunpublishtime',
      'aliyuneventbusname',
      'aliyunregionid',
      'aliyunpublishaddr',
      'datacontenttype',
      'data',
    ]);
    expect(body).toMatchObject({ source: 'acs.cr', specversion: '1.0', type: 'cr:Artifact:ScanCompleted' });
    expect(body.subject).toMatch(new RegExp(`^acs\\.cr:cn-hangzhou:\\d+:${devHz}/team-a/demo-app$`));
    expect(body.time).toMatch(/\+08:00$/);
    expect(Object.keys(body.data)).toEqual(SCAN_COMPLETED_KEYS);
    expect(body.data).toMatchObject({ Tag: 'v1', RepoName: 'demo-app', Status: 'COMPLETE' });
  });

  it('honours the severity threshold: a HIGH rule stays silent for a clean image, ANY always fires', async () => {
    const high = await eventRule({
      RuleName: 'high-only',
      EventConfig: eventConfig({
        notifyMethod: 'http',
        notifyConfig: { Url: 'http://hooks.test/high' },
        notifyFilter: { Severity: 'HIGH' },
      }),
    });
    const any = await eventRule({
      RuleName: 'any',
      EventConfig: eventConfig({
        notifyMethod: 'http',
        notifyConfig: { Url: 'http://hooks.test/any' },
        notifyFilter: { Severity: 'ANY' },
      }),
    });
    await callAction('PushDemoImage', {
      InstanceId: devHz,
      NamespaceName: 'team-a',
      RepoName: 'demo-app',
      Tag: 'clean',
      RecipeName: 'hello:1.0',
      Variant: 'patched',
    });
    const repoId = await repoIdOf(devHz, 'team-a', 'demo-app');
    const clean = await scanTag(devHz, repoId, 'clean');
    expect(clean.TotalSeverity).toBe(0);
    expect(net.requests.map((r) => r.url)).toEqual(['http://hooks.test/any']);

    await callAction('PushDemoImage', {
      InstanceId: devHz,
      NamespaceName: 'team-a',
      RepoName: 'demo-app',
      Tag: 'vuln',
      RecipeName: 'nginx:1.25-alpine',
      Variant: 'vulnerable',
    });
    net.requests = [];
    const vulnerable = await scanTag(devHz, repoId, 'vuln');
    expect(vulnerable.HighSeverity).toBeGreaterThan(0);
    expect(net.requests.map((r) => r.url).sort()).toEqual(['http://hooks.test/any', 'http://hooks.test/high']);
    const highRecords = await callAction('ListEventCenterRecord', { InstanceId: devHz, RuleId: high.RuleId });
    expect(highRecords.Records.map((r) => r.Tag)).toEqual(['vuln']);
    const anyRecords = await callAction('ListEventCenterRecord', { InstanceId: devHz, RuleId: any.RuleId });
    expect(anyRecords.Records.map((r) => r.Tag)).toEqual(['vuln', 'clean']);
  });

  it('matches scope and tag filter: a rule on another namespace or tag does not fire', async () => {
    await eventRule({ RuleName: 'sandbox', EventScope: 'NAMESPACE', Namespaces: ['sandbox'] });
    await eventRule({ RuleName: 'release-tags', RepoTagFilterPattern: 'release-.*' });
    await eventRule({
      RuleName: 'demo-app',
      EventScope: 'REPO',
      Namespaces: ['team-a'],
      RepoNames: ['demo-app'],
      RepoTagFilterPattern: 'v\\d+',
    });
    const repoId = await repoIdOf(devHz, 'team-a', 'demo-app');
    await scanTag(devHz, repoId, 'v1');
    const { Records } = await callAction('ListEventCenterRecord', { InstanceId: devHz });
    expect(Records.map((r) => r.RuleName)).toEqual(['demo-app']);
  });
});

describe('DingTalk', () => {
  it('signs the robot URL with timestamp and sign that DingTalk verification accepts', async () => {
    await callAction('UpdateDemoReceiver', { Enabled: false });
    net.answer = () => dingTalkReply();
    const secret = 'SECb1d2c3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c2';
    const { RuleId } = await eventRule({
      EventConfig: eventConfig({
        notifyMethod: 'dingding',
        notifyConfig: { Url: 'https://oapi.dingtalk.com/robot/send?access_token=robot1', Secret: secret },
      }),
    });
    const { RecordId } = await callAction('TestEventCenterRule', { InstanceId: devHz, RuleId });
    const { Record, Attempts } = await finishedRecord(devHz, RecordId);
    expect(Record).toMatchObject({ Status: 'SUCCESS', Source: 'TEST', EventNotifyMethod: 'dingding', Attempts: 1 });
    expect(net.requests).toHaveLength(1);
    const url = net.requests[0]?.url ?? '';
    expect(url).toMatch(/^https:\/\/oapi\.dingtalk\.com\/robot\/send\?access_token=robot1&timestamp=\d{13}&sign=/);
    expect(await verifyDingTalkRequest(url, secret, Date.now())).toEqual({ errcode: 0, errmsg: 'ok' });
    expect(Attempts[0]?.Request.Url).toBe(url);
    const body = JSON.parse(net.requests[0]?.body ?? '{}');
    expect(body.msgtype).toBe('markdown');
    expect(body.markdown.title).toContain('镜像扫描完成');
  });

  it('holds the 21st message to one robot within a minute until a slot frees up', async () => {
    const { RuleId } = await eventRule({
      EventConfig: eventConfig({
        notifyMethod: 'dingding',
        notifyConfig: { Url: 'https://oapi.dingtalk.com/robot/send?access_token=busy', Secret: 'SECbusy' },
      }),
    });
    for (let i = 0; i < 21; i++) await callAction('TestEventCenterRule', { InstanceId: devHz, RuleId });
    await settled();
    const { Messages } = await callAction('ListDemoReceiverMessage', { Kind: 'dingtalk', PageSize: 50 });
    expect(Messages).toHaveLength(21);
    const times = Messages.map((m) => m.ReceivedTime).sort((a, b) => a - b);
    expect((times[20] as number) - (times[0] as number)).toBeGreaterThanOrEqual(60_000 - 1000);
    expect((times[19] as number) - (times[0] as number)).toBeLessThan(60_000);
    expect(net.sleeps.some((ms) => ms > 50_000 && ms <= 60_000)).toBe(true);
    expect(Messages.every((m) => JSON.parse(m.ResponseBody).errcode === 0)).toBe(true);
  });
});

describe('retries and 重新发送', () => {
  it('retries a receiver answering 500, fails the record with every attempt, and re-sends it once it recovers', async () => {
    net.answer = () => new Response('boom', { status: 500 });
    const { RuleId } = await eventRule({
      EventConfig: eventConfig({
        notifyMethod: 'http',
        notifyConfig: { Url: 'http://hooks.test/flaky' },
        retry: { Retries: 2 },
      }),
    });
    const { RecordId } = await callAction('TestEventCenterRule', { InstanceId: devHz, RuleId });
    const failed = await finishedRecord(devHz, RecordId);
    expect(failed.Record).toMatchObject({ Status: 'FAILED', Attempts: 3, HttpStatus: 500 });
    expect(failed.Record.Error).toMatch(/HTTP 500/);
    expect(failed.Attempts.map((a) => [a.Attempt, a.HttpStatus, a.ResponseBody])).toEqual([
      [1, 500, 'boom'],
      [2, 500, 'boom'],
      [3, 500, 'boom'],
    ]);
    expect(failed.Attempts[0]?.Request).toMatchObject({ Url: 'http://hooks.test/flaky', Method: 'POST' });
    expect(net.sleeps.slice(0, 2)).toEqual([1000, 2000]);

    net.answer = () => new Response('{"received":true}', { status: 202 });
    await callAction('ResendEventCenterRecord', { InstanceId: devHz, RecordId });
    const resent = await finishedRecord(devHz, RecordId);
    expect(resent.Record).toMatchObject({ Status: 'SUCCESS', Attempts: 4, HttpStatus: 202 });
    expect(resent.Record.Error).toBeUndefined();
    expect(resent.Attempts.map((a) => a.Attempt)).toEqual([1, 2, 3, 4]);
    expect(net.requests.map((r) => r.body).every((body) => body === net.requests[0]?.body)).toBe(true);

    const error = await callAction('ResendEventCenterRecord', { InstanceId: devHz, RecordId }).catch((e) => e);
    expect(error.code).toBe('EVENT_RECORD_NOT_RESENDABLE');
  });

  it('records a network failure with a readable reason', async () => {
    net.answer = () => {
      throw new TypeError('Failed to fetch');
    };
    const { RuleId } = await eventRule({
      EventConfig: eventConfig({
        notifyMethod: 'http',
        notifyConfig: { Url: 'http://127.0.0.1:9/none' },
        retry: { Retries: 0 },
      }),
    });
    const { RecordId } = await callAction('TestEventCenterRule', { InstanceId: devHz, RuleId });
    const { Record } = await finishedRecord(devHz, RecordId);
    expect(Record).toMatchObject({ Status: 'FAILED', Attempts: 1 });
    expect(Record.HttpStatus).toBeUndefined();
    expect(Record.Error).toMatch(/CORS/);
  });
});

describe('push events', () => {
  it('sends cr:Artifact:PushCompleted with the repository-trigger body on CreateRepoTag', async () => {
    const { RuleId } = await callAction('CreateEventCenterRule', {
      InstanceId: prodHz,
      RuleName: 'pushes',
      EventType: 'cr:Artifact:PushCompleted',
      EventScope: 'REPO',
      Namespaces: ['prod'],
      RepoNames: ['nginx'],
      RepoTagFilterPattern: 'stable|release-.*',
      EventConfig: eventConfig({ notifyMethod: 'http', notifyConfig: { Url: 'http://hooks.test/push' } }),
    });
    const retag = (ToTag: string) =>
      callAction('CreateRepoTag', {
        InstanceId: prodHz,
        NamespaceName: 'prod',
        RepoName: 'nginx',
        FromTag: '1.25-alpine',
        ToTag,
      });
    await retag('stable');
    await retag('not-matching');
    await settled();
    expect(net.requests).toHaveLength(1);
    const body = JSON.parse(net.requests[0]?.body ?? '{}');
    expect(Object.keys(body)).toEqual(['push_data', 'repository']);
    expect(body.push_data).toMatchObject({ tag: 'stable' });
    expect(body.push_data.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(body.repository).toMatchObject({
      name: 'nginx',
      namespace: 'prod',
      region: 'cn-hangzhou',
      repo_full_name: 'prod/nginx',
      repo_type: 'PRIVATE',
    });
    const { Records } = await callAction('ListEventCenterRecord', {
      InstanceId: prodHz,
      EventType: 'cr:Artifact:PushCompleted',
    });
    expect(Records).toHaveLength(1);
    expect(Records[0]).toMatchObject({ RuleId, Tag: 'stable', Status: 'SUCCESS', RepoName: 'nginx' });
  });
});
