import { beforeEach, describe, expect, it } from 'vitest';
import type { ActionRequest } from '@/api/contract/actions';
import { EVENT_RULE_LIMIT } from '@/api/contract/events';
import { backend } from '../node';
import { read } from '../store/transactions';
import { actionQuery, callAction, expectBusinessError, instanceByName, rawCall } from '../testing/api';
import { eventConfig, installFakeNetwork } from '../testing/events';

installFakeNetwork();

let prodHz: string;

beforeEach(async () => {
  prodHz = (await instanceByName('acr-prod-hz')).InstanceId;
});

type CreateParams = ActionRequest<'CreateEventCenterRule'>;

const DINGTALK = eventConfig({
  notifyMethod: 'dingding',
  notifyConfig: { Url: 'https://oapi.dingtalk.com/robot/send?access_token=abc123', Secret: 'SECabcdef123' },
  notifyFilter: { Severity: 'HIGH' },
  retry: { Retries: 2 },
});

function ruleOn(instanceId: string, overrides: Partial<CreateParams> = {}): CreateParams {
  return {
    InstanceId: instanceId,
    RuleName: 'scan-alerts',
    EventType: 'cr:Artifact:ScanCompleted',
    EventScope: 'NAMESPACE',
    Namespaces: ['prod'],
    RepoTagFilterPattern: '.*',
    EventConfig: DINGTALK,
    ...overrides,
  };
}

describe('creating, listing, updating and deleting event rules', () => {
  it('creates a rule and shows it everywhere with the DingTalk secret masked', async () => {
    const { RuleId } = await callAction('CreateEventCenterRule', ruleOn(prodHz));
    expect(RuleId).toMatch(/^crecr-[0-9a-z]{16}$/);

    const { RuleNames } = await callAction('ListEventCenterRuleName', { InstanceId: prodHz });
    expect(RuleNames).toEqual([{ RuleId, RuleName: 'scan-alerts' }]);

    const { Rules } = await callAction('ListEventCenterRules', { InstanceId: prodHz });
    expect(Rules).toHaveLength(1);
    expect(Rules[0]).toMatchObject({
      RuleId,
      InstanceId: prodHz,
      EventType: 'cr:Artifact:ScanCompleted',
      EventScope: 'NAMESPACE',
      EventChannel: 'EVENT_BRIDGE',
      Namespaces: ['prod'],
      RepoNames: [],
      EventConfig: {
        notifyMethod: 'dingding',
        notifyConfig: { Url: 'https://oapi.dingtalk.com/robot/send?access_token=abc123', Secret: 'SECa****' },
        notifyFilter: { Severity: 'HIGH' },
        retry: { Retries: 2 },
      },
    });
    const { Rule } = await callAction('GetEventCenterRule', { InstanceId: prodHz, RuleId });
    expect(Rule.EventConfig.notifyConfig.Secret).toBe('SECa****');
  });

  it('answers the real envelopes: UpdateEventCenterRule Code 200, DeleteEventCenterRule Code "success"', async () => {
    const { RuleId } = await callAction('CreateEventCenterRule', ruleOn(prodHz));
    const updated = await rawCall(
      actionQuery('UpdateEventCenterRule', { InstanceId: prodHz, RuleId, RuleName: 'renamed' }),
    );
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({ Code: 200, RuleId });
    expect(updated.body).not.toHaveProperty('IsSuccess');
    expect(Object.keys(updated.body).sort()).toEqual(['Code', 'RequestId', 'RuleId']);

    const deleted = await rawCall(actionQuery('DeleteEventCenterRule', { InstanceId: prodHz, RuleId }));
    expect(deleted.body).toMatchObject({ Code: 'success' });
    expect(Object.keys(deleted.body).sort()).toEqual(['Code', 'RequestId']);
    expect((await callAction('ListEventCenterRuleName', { InstanceId: prodHz })).RuleNames).toEqual([]);
    await expectBusinessError('GetEventCenterRule', { InstanceId: prodHz, RuleId }, 'EVENT_RULE_NOT_EXIST');
    await expectBusinessError('DeleteEventCenterRule', { InstanceId: prodHz, RuleId }, 'EVENT_RULE_NOT_EXIST');
  });

  it('updates only the fields given, keeps the secret when the masked one comes back, clears a dropped scope', async () => {
    const { RuleId } = await callAction('CreateEventCenterRule', ruleOn(prodHz));
    await callAction('UpdateEventCenterRule', { InstanceId: prodHz, RuleId, RuleName: 'renamed' });
    const { Rule } = await callAction('GetEventCenterRule', { InstanceId: prodHz, RuleId });
    expect(Rule).toMatchObject({ RuleName: 'renamed', EventScope: 'NAMESPACE', Namespaces: ['prod'] });
    expect(Rule.UpdateTime).toBeGreaterThanOrEqual(Rule.CreateTime);

    await callAction('UpdateEventCenterRule', {
      InstanceId: prodHz,
      RuleId,
      EventScope: 'INSTANCE',
      EventConfig: JSON.stringify(Rule.EventConfig),
    });
    const stored = await read(backend.store, ['eventRules'], (tx) => tx.objectStore('eventRules').get(RuleId));
    expect(stored?.EventConfig.notifyConfig.Secret).toBe('SECabcdef123');
    expect(stored).toMatchObject({ EventScope: 'INSTANCE', Namespaces: [], RepoNames: [] });
  });

  it('lists rules newest first', async () => {
    const first = await callAction('CreateEventCenterRule', ruleOn(prodHz, { RuleName: 'first' }));
    const second = await callAction('CreateEventCenterRule', ruleOn(prodHz, { RuleName: 'second' }));
    const { RuleNames } = await callAction('ListEventCenterRuleName', { InstanceId: prodHz });
    const ids = RuleNames.map((r) => r.RuleId);
    expect(ids).toHaveLength(2);
    expect(new Set(ids)).toEqual(new Set([first.RuleId, second.RuleId]));
  });
});

describe('what a rule may be', () => {
  it('allows 10 rules per instance and answers EVENT_RULE_LIMIT_EXCEED for the 11th', async () => {
    for (let i = 0; i < EVENT_RULE_LIMIT; i++) {
      await callAction('CreateEventCenterRule', ruleOn(prodHz, { RuleName: `rule-${i}` }));
    }
    await expectBusinessError(
      'CreateEventCenterRule',
      ruleOn(prodHz, { RuleName: 'one-too-many' }),
      'EVENT_RULE_LIMIT_EXCEED',
    );
    const devHz = (await instanceByName('acr-dev-hz')).InstanceId;
    await callAction('CreateEventCenterRule', ruleOn(devHz, { EventScope: 'INSTANCE', Namespaces: [] }));
  });

  it('rejects a duplicate name and an illegal one', async () => {
    await callAction('CreateEventCenterRule', ruleOn(prodHz));
    await expectBusinessError('CreateEventCenterRule', ruleOn(prodHz), 'EVENT_RULE_ALREADY_EXIST');
    await expectBusinessError('CreateEventCenterRule', ruleOn(prodHz, { RuleName: '  ' }), 'EVENT_RULE_NAME_ILLEGAL');
    await expectBusinessError(
      'CreateEventCenterRule',
      ruleOn(prodHz, { RuleName: 'x'.repeat(65) }),
      'EVENT_RULE_NAME_ILLEGAL',
    );
  });

  it('parses EventConfig leniently (trailing commas) and checks the address scheme against the method', async () => {
    await callAction(
      'CreateEventCenterRule',
      ruleOn(prodHz, {
        RuleName: 'doc-example',
        EventConfig:
          '{"notifyMethod":"http","notifyConfig":{"Url":"http://hooks.example.com/acr","id":"tok"},"notifyFilter":{},}',
      }),
    );
    const bad = [
      '{"notifyMethod":"http","notifyConfig":{"Url":"https://hooks.example.com/acr"}}',
      '{"notifyMethod":"https","notifyConfig":{"Url":"http://hooks.example.com/acr"}}',
      '{"notifyMethod":"dingding","notifyConfig":{"Url":"http://oapi.dingtalk.com/robot/send?access_token=a"}}',
      '{"notifyMethod":"http","notifyConfig":{"Url":"http://hooks.example.com/acr","Secret":"SEC1"}}',
      '{"notifyMethod":"email","notifyConfig":{"Url":"https://hooks.example.com"}}',
      '{"notifyMethod":"http"}',
      'not json',
      '{"notifyMethod":"http","notifyConfig":{"Url":"http://"}}',
      '{"notifyMethod":"http","notifyConfig":{"Url":"http://h.example.com"},"retry":{"Retries":9}}',
    ];
    for (const [i, EventConfig] of bad.entries()) {
      await expectBusinessError(
        'CreateEventCenterRule',
        ruleOn(prodHz, { RuleName: `bad-${i}`, EventConfig }),
        'EVENT_CONFIG_ILLEGAL',
      );
    }
  });

  it('rejects a bad or catastrophic tag regex', async () => {
    for (const RepoTagFilterPattern of ['[', '(a+)+', '(\\d+){2,}']) {
      await expectBusinessError(
        'CreateEventCenterRule',
        ruleOn(prodHz, { RepoTagFilterPattern }),
        'EVENT_RULE_PATTERN_ILLEGAL',
      );
    }
    const { RuleId } = await callAction('CreateEventCenterRule', ruleOn(prodHz));
    await expectBusinessError(
      'UpdateEventCenterRule',
      { InstanceId: prodHz, RuleId, RepoTagFilterPattern: '(a|a)*' },
      'EVENT_RULE_PATTERN_ILLEGAL',
    );
  });

  it('checks the scope like scan rules do: shape, then existence', async () => {
    const illegal: Partial<CreateParams>[] = [
      { EventScope: 'INSTANCE', Namespaces: ['prod'] },
      { EventScope: 'NAMESPACE', Namespaces: [] },
      { EventScope: 'NAMESPACE', Namespaces: ['prod'], RepoNames: ['nginx'] },
      { EventScope: 'REPO', Namespaces: ['prod', 'dev'], RepoNames: ['nginx'] },
      { EventScope: 'REPO', Namespaces: ['prod'], RepoNames: [] },
    ];
    for (const scope of illegal) {
      await expectBusinessError('CreateEventCenterRule', ruleOn(prodHz, scope), 'EVENT_RULE_SCOPE_ILLEGAL');
    }
    await expectBusinessError('CreateEventCenterRule', ruleOn(prodHz, { Namespaces: ['nope'] }), 'NAMESPACE_NOT_EXIST');
    await expectBusinessError(
      'CreateEventCenterRule',
      ruleOn(prodHz, { EventScope: 'REPO', Namespaces: ['prod'], RepoNames: ['nope'] }),
      'REPO_NOT_EXIST',
    );
    const { RuleId } = await callAction(
      'CreateEventCenterRule',
      ruleOn(prodHz, { EventScope: 'REPO', Namespaces: ['prod'], RepoNames: ['nginx'] }),
    );
    await expectBusinessError(
      'UpdateEventCenterRule',
      { InstanceId: prodHz, RuleId, EventScope: 'INSTANCE', Namespaces: ['prod'] },
      'EVENT_RULE_SCOPE_ILLEGAL',
    );
    await expectBusinessError('CreateEventCenterRule', ruleOn('cri-doesnotexist00'), 'INSTANCE_NOT_EXIST');
  });
});
