import { beforeEach, describe, expect, it } from 'vitest';
import { DEMO_RECEIVER_HOST } from '@/api/contract/events';
import { reason } from '@/api/contract/reasons';
import { backend } from '../node';
import { write } from '../store/transactions';
import { callAction, expectBusinessError, instanceByName } from '../testing/api';
import { eventConfig, finishedRecord, installFakeNetwork, settled } from '../testing/events';

const net = installFakeNetwork();

let devHz: string;

beforeEach(async () => {
  devHz = (await instanceByName('acr-dev-hz')).InstanceId;
});

const ROBOT = 'https://oapi.dingtalk.com/robot/send?access_token=demo-robot-token';

function dingTalkRule(RuleName: string, Secret?: string) {
  return callAction('CreateEventCenterRule', {
    InstanceId: devHz,
    RuleName,
    EventType: 'cr:Artifact:ScanCompleted',
    EventScope: 'INSTANCE',
    RepoTagFilterPattern: '.*',
    EventConfig: eventConfig({ notifyMethod: 'dingding', notifyConfig: { Url: ROBOT, ...(Secret ? { Secret } : {}) } }),
  });
}

function httpRule(RuleName: string, Url: string) {
  return callAction('CreateEventCenterRule', {
    InstanceId: devHz,
    RuleName,
    EventType: 'cr:Artifact:PushCompleted',
    EventScope: 'INSTANCE',
    RepoTagFilterPattern: '.*',
    EventConfig: eventConfig({ notifyMethod: 'http', notifyConfig: { Url } }),
  });
}

async function testSend(RuleId: string) {
  const { RecordId } = await callAction('TestEventCenterRule', { InstanceId: devHz, RuleId });
  return finishedRecord(devHz, RecordId);
}

describe('the demo receiver', () => {
  it('is on by default and answers DingTalk and the demo host inside the console, keeping every message', async () => {
    expect(await callAction('GetDemoReceiver', {})).toMatchObject({ Enabled: true, Host: DEMO_RECEIVER_HOST });
    const robot = await dingTalkRule('robot', 'SECrobot');
    const hook = await httpRule('hook', `http://${DEMO_RECEIVER_HOST}/acr/push`);
    expect((await testSend(robot.RuleId)).Record).toMatchObject({
      Status: 'SUCCESS',
      Target: expect.stringContaining('access_token=demo-r…'),
    });
    const http = await testSend(hook.RuleId);
    expect(http.Record).toMatchObject({ Status: 'SUCCESS', HttpStatus: 200 });
    expect(http.Attempts[0]?.ResponseBody).toBe('{"ok":true}');
    expect(net.requests).toEqual([]);

    const { Messages, TotalCount } = await callAction('ListDemoReceiverMessage', {});
    expect(TotalCount).toBe(2);
    const ding = Messages.find((m) => m.Kind === 'dingtalk');
    expect(ding?.Url).toMatch(/timestamp=\d+&sign=/);
    expect(JSON.parse(ding?.ResponseBody ?? '{}')).toEqual({ errcode: 0, errmsg: 'ok' });
    expect(JSON.parse(ding?.Body ?? '{}').msgtype).toBe('markdown');
    const hookMessage = Messages.find((m) => m.Kind === 'http');
    expect(hookMessage).toMatchObject({ ResponseStatus: 200, Url: `http://${DEMO_RECEIVER_HOST}/acr/push` });
    expect(hookMessage?.Headers['Content-Type']).toBe('application/json; charset=utf-8');
    expect(Object.keys(JSON.parse(hookMessage?.Body ?? '{}'))).toEqual(['push_data', 'repository']);
    expect((await callAction('ListDemoReceiverMessage', { Kind: 'http' })).Messages).toHaveLength(1);
  });

  it('rejects a wrong sign as DingTalk does (310000, not retried) and a re-send with the fixed secret succeeds', async () => {
    const stale = await dingTalkRule('stale-secret', 'SECold');
    // The robot's current secret is the one configured last.
    const current = await dingTalkRule('current-secret', 'SECnew');
    const rejected = await testSend(stale.RuleId);
    expect(rejected.Record).toMatchObject({ Status: 'FAILED', Attempts: 1, HttpStatus: 200 });
    expect(rejected.Record.Error).toMatch(/errcode 310000/);
    expect(JSON.parse(rejected.Attempts[0]?.ResponseBody ?? '{}').errcode).toBe(310000);
    expect((await testSend(current.RuleId)).Record.Status).toBe('SUCCESS');

    const failed = await callAction('ListEventCenterRecord', { InstanceId: devHz, Status: 'FAILED' });
    expect(failed.Records.map((r) => r.RuleId)).toEqual([stale.RuleId]);

    await callAction('UpdateEventCenterRule', {
      InstanceId: devHz,
      RuleId: stale.RuleId,
      EventConfig: eventConfig({ notifyMethod: 'dingding', notifyConfig: { Url: ROBOT, Secret: 'SECnew' } }),
    });
    await callAction('ResendEventCenterRecord', { InstanceId: devHz, RecordId: rejected.Record.RecordId });
    const resent = await finishedRecord(devHz, rejected.Record.RecordId);
    expect(resent.Record).toMatchObject({ Status: 'SUCCESS', Attempts: 2 });
    const { Messages } = await callAction('ListDemoReceiverMessage', { Kind: 'dingtalk' });
    expect(Messages.map((m) => JSON.parse(m.ResponseBody).errcode).sort()).toEqual([0, 0, 310000]);
  });

  it('accepts unsigned messages for a robot configured without a secret, and rejects a missing token', async () => {
    const open = await dingTalkRule('open-robot');
    expect((await testSend(open.RuleId)).Record.Status).toBe('SUCCESS');
    await callAction('UpdateEventCenterRule', {
      InstanceId: devHz,
      RuleId: open.RuleId,
      EventConfig: eventConfig({
        notifyMethod: 'dingding',
        notifyConfig: { Url: 'https://oapi.dingtalk.com/robot/send' },
      }),
    });
    const noToken = await testSend(open.RuleId);
    expect(noToken.Record.Error).toMatch(/300001/);
  });

  it('turned off, lets the same addresses go to the network', async () => {
    expect(await callAction('UpdateDemoReceiver', { Enabled: false })).toMatchObject({ Enabled: false });
    expect((await callAction('GetDemoReceiver', {})).Enabled).toBe(false);
    const hook = await httpRule('hook', `http://${DEMO_RECEIVER_HOST}/acr`);
    await testSend(hook.RuleId);
    expect(net.requests.map((r) => r.url)).toEqual([`http://${DEMO_RECEIVER_HOST}/acr`]);
    expect((await callAction('ListDemoReceiverMessage', {})).TotalCount).toBe(0);
  });
});

describe('event records', () => {
  it('lists newest first with filters and answers EVENT_RECORD_NOT_EXIST for an unknown record', async () => {
    const a = await httpRule('a', 'http://hooks.test/a');
    const b = await httpRule('b', 'http://hooks.test/b');
    await testSend(a.RuleId);
    await testSend(b.RuleId);
    await testSend(a.RuleId);
    const all = await callAction('ListEventCenterRecord', { InstanceId: devHz });
    expect(all.TotalCount).toBe(3);
    expect(all.Records.map((r) => r.RuleName)).toEqual(['a', 'b', 'a']);
    expect((await callAction('ListEventCenterRecord', { InstanceId: devHz, RuleId: a.RuleId })).TotalCount).toBe(2);
    const page = await callAction('ListEventCenterRecord', { InstanceId: devHz, PageNo: 2, PageSize: 2 });
    expect(page).toMatchObject({ PageNo: 2, PageSize: 2, TotalCount: 3 });
    expect(page.Records).toHaveLength(1);
    await expectBusinessError(
      'GetEventCenterRecord',
      { InstanceId: devHz, RecordId: 'crecrr-doesnotexist0000' },
      'EVENT_RECORD_NOT_EXIST',
    );
    const ok = all.Records[0]?.RecordId as string;
    await expectBusinessError(
      'ResendEventCenterRecord',
      { InstanceId: devHz, RecordId: ok },
      'EVENT_RECORD_NOT_RESENDABLE',
    );
  });

  it('fails a PENDING record whose page went away instead of leaving it pending', async () => {
    const hook = await httpRule('hook', 'http://hooks.test/orphan');
    const { Record } = await testSend(hook.RuleId);
    await settled();
    await write(backend.store, ['eventRecords'], async (tx) => {
      const stored = await tx.objectStore('eventRecords').get(Record.RecordId);
      if (!stored) throw new Error('record missing');
      await tx
        .objectStore('eventRecords')
        .put({ ...stored, Status: 'PENDING', RunnerId: 'closed-tab', HeartbeatTime: 0 });
    });
    const { Records } = await callAction('ListEventCenterRecord', { InstanceId: devHz });
    expect(Records[0]).toMatchObject({ Status: 'FAILED', Error: reason('delivery-interrupted') });
    await callAction('ResendEventCenterRecord', { InstanceId: devHz, RecordId: Record.RecordId });
    expect((await finishedRecord(devHz, Record.RecordId)).Record).toMatchObject({ Status: 'SUCCESS', Attempts: 2 });
  });
});
