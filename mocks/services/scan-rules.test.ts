import { beforeEach, describe, expect, it } from 'vitest';
import type { ActionRequest } from '@/api/contract/actions';
import {
  actionQuery,
  callAction,
  callError,
  contractBody,
  expectBusinessError,
  instanceByName,
  rawCall,
} from '../testing/api';
import { linkVpc, ruleOn } from '../testing/scan-rules';

let prodHz: string;
let devHz: string;

beforeEach(async () => {
  await callAction('UpdateDemoSpeed', { Speed: 'instant' });
  prodHz = (await instanceByName('acr-prod-hz')).InstanceId;
  devHz = (await instanceByName('acr-dev-hz')).InstanceId;
});

describe('scan rule CRUD and envelopes', () => {
  it('creates, reads, lists, updates and deletes a rule with the real envelopes', async () => {
    const params = ruleOn(devHz, {
      RuleName: 'team-a',
      Namespaces: ['team-a'],
      NotifyMethod: 'DING_TALK',
      NotifyUrl: 'https://oapi.dingtalk.com/robot/send?access_token=abc',
      NotifySecret: 'SECabc',
    });
    const created = await contractBody('CreateScanRule', { ...params, Namespaces: JSON.stringify(params.Namespaces) });
    expect(Object.keys(created).sort()).toEqual(['Code', 'RequestId', 'ScanRuleId']);
    expect(created.Code).toBe(0);
    const ScanRuleId = String(created.ScanRuleId);
    expect(ScanRuleId).toMatch(/^crscnr-[0-9a-z]{16}$/);

    const got = await contractBody('GetScanRule', { InstanceId: devHz, ScanRuleId });
    expect(got).toMatchObject({ Code: 'success', IsSuccess: true });
    expect(got.ScanRule).toEqual({
      ScanRuleId,
      InstanceId: devHz,
      RuleName: 'team-a',
      ScanScope: 'NAMESPACE',
      TriggerType: 'MANUAL',
      ScanType: 'VUL',
      Namespaces: ['team-a'],
      RepoNames: [],
      RepoTagFilterPattern: '.*',
      CreateTime: expect.any(Number),
      UpdateTime: expect.any(Number),
      NotifyMethod: 'DING_TALK',
      NotifyUrl: 'https://oapi.dingtalk.com/robot/send?access_token=abc',
      NotifySecret: 'SECabc',
    });

    const listed = await contractBody('ListScanRule', { InstanceId: devHz });
    expect(listed).toMatchObject({ IsSuccess: true, TotalCount: 1, PageNo: 1, PageSize: 30 });
    expect((listed.ScanRules as Record<string, unknown>[])[0]).not.toHaveProperty('InstanceId');

    const updated = await contractBody('UpdateScanRule', {
      InstanceId: devHz,
      ScanRuleId,
      RuleName: 'team-a-demo',
      ScanScope: 'REPO',
      TriggerType: 'AUTO',
      Namespaces: '["team-a"]',
      RepoNames: '["demo-app"]',
      RepoTagFilterPattern: 'v\\d+',
    });
    expect(updated).toEqual({ RequestId: expect.any(String), Code: 0, ScanRuleId });
    const after = (await callAction('GetScanRule', { InstanceId: devHz, ScanRuleId })).ScanRule;
    expect(after).toMatchObject({ RuleName: 'team-a-demo', ScanScope: 'REPO', TriggerType: 'AUTO', ScanType: 'VUL' });
    expect(after.RepoNames).toEqual(['demo-app']);
    // Omitting the notification fields on update clears them.
    expect(after.NotifyMethod).toBeUndefined();

    const deleted = await contractBody('DeleteScanRule', { InstanceId: devHz, ScanRuleId });
    expect(Object.keys(deleted).sort()).toEqual(['Code', 'RequestId']);
    expect(deleted.Code).toBe('success');
    await expectBusinessError('GetScanRule', { InstanceId: devHz, ScanRuleId }, 'SCAN_RULE_NOT_EXIST');
    await expectBusinessError('DeleteScanRule', { InstanceId: devHz, ScanRuleId }, 'SCAN_RULE_NOT_EXIST');
  });

  it('answers business errors of the integer-Code actions with IsSuccess false, which the client raises', async () => {
    const { status, body } = await rawCall(
      actionQuery('CreateScanRule', { ...ruleOn(prodHz), Namespaces: '["prod"]' }),
    );
    expect(status).toBe(200);
    expect(body).toMatchObject({ Code: 'INSTANCE_VPC_REQUIRED', IsSuccess: false });
    expect(String(body.Message)).toMatch(/VPC/);
    const error = await callError('CreateScanRule', ruleOn(prodHz));
    expect({ code: error.code, status: error.httpStatus }).toEqual({ code: 'INSTANCE_VPC_REQUIRED', status: 200 });
  });

  it('keeps names unique per instance, 1–64 characters', async () => {
    const { ScanRuleId } = await callAction('CreateScanRule', ruleOn(devHz, { Namespaces: ['team-a'] }));
    await expectBusinessError('CreateScanRule', ruleOn(devHz, { Namespaces: ['team-a'] }), 'SCAN_RULE_ALREADY_EXIST');
    // An empty value is a missing parameter at the gateway, like every required parameter.
    const missing = await callError('CreateScanRule', ruleOn(devHz, { RuleName: '', Namespaces: ['team-a'] }));
    expect({ code: missing.code, status: missing.httpStatus }).toEqual({ code: 'MissingParameter', status: 400 });
    for (const RuleName of ['   ', 'x'.repeat(65), 'tab\tname']) {
      await expectBusinessError(
        'CreateScanRule',
        ruleOn(devHz, { RuleName, Namespaces: ['team-a'] }),
        'SCAN_RULE_NAME_ILLEGAL',
      );
    }
    await callAction('CreateScanRule', ruleOn(devHz, { RuleName: 'x'.repeat(64), Namespaces: ['team-a'] }));
    // Renaming onto another rule's name is refused; keeping its own name is fine.
    const update = {
      InstanceId: devHz,
      ScanRuleId,
      ScanScope: 'NAMESPACE' as const,
      TriggerType: 'AUTO' as const,
      Namespaces: ['team-a'],
      RepoTagFilterPattern: '.*',
    };
    await expectBusinessError('UpdateScanRule', { ...update, RuleName: 'x'.repeat(64) }, 'SCAN_RULE_ALREADY_EXIST');
    await callAction('UpdateScanRule', { ...update, RuleName: 'all-prod' });
    // The same name in another instance is fine.
    await linkVpc(prodHz);
    await callAction('CreateScanRule', ruleOn(prodHz));
  });

  it('lists rules of one scan type (default VUL), newest first', async () => {
    await callAction('CreateScanRule', ruleOn(devHz, { RuleName: 'one', Namespaces: ['team-a'] }));
    await new Promise((resolve) => setTimeout(resolve, 5));
    await callAction('CreateScanRule', ruleOn(devHz, { RuleName: 'two', Namespaces: ['team-a'] }));
    await callAction('CreateScanRule', ruleOn(devHz, { RuleName: 'sbom', Namespaces: ['team-a'], ScanType: 'SBOM' }));
    const vul = await callAction('ListScanRule', { InstanceId: devHz });
    expect(vul.ScanRules.map((r) => r.RuleName)).toEqual(['two', 'one']);
    expect(vul.TotalCount).toBe(2);
    const sbom = await callAction('ListScanRule', { InstanceId: devHz, ScanType: 'SBOM' });
    expect(sbom.ScanRules.map((r) => r.RuleName)).toEqual(['sbom']);
  });
});

describe('scope, pattern and notification validation', () => {
  beforeEach(() => linkVpc(prodHz));

  it('enforces the scope rules and that namespaces and repositories exist', async () => {
    const bad: Partial<ActionRequest<'CreateScanRule'>>[] = [
      { ScanScope: 'NAMESPACE', Namespaces: [] },
      { ScanScope: 'NAMESPACE', Namespaces: ['prod'], RepoNames: ['nginx'] },
      { ScanScope: 'REPO', Namespaces: ['prod'], RepoNames: [] },
      { ScanScope: 'REPO', Namespaces: ['prod', 'base'], RepoNames: ['nginx'] },
    ];
    for (const overrides of bad) {
      await expectBusinessError('CreateScanRule', ruleOn(prodHz, overrides), 'SCAN_RULE_SCOPE_ILLEGAL');
    }
    await expectBusinessError('CreateScanRule', ruleOn(prodHz, { Namespaces: ['nope'] }), 'NAMESPACE_NOT_EXIST');
    await expectBusinessError(
      'CreateScanRule',
      ruleOn(prodHz, { ScanScope: 'REPO', Namespaces: ['prod'], RepoNames: ['nginx', 'nope'] }),
      'REPO_NOT_EXIST',
    );
    const { ScanRuleId } = await callAction(
      'CreateScanRule',
      ruleOn(prodHz, { ScanScope: 'REPO', Namespaces: ['prod'], RepoNames: ['nginx', 'nginx', 'web-api'] }),
    );
    const { ScanRule } = await callAction('GetScanRule', { InstanceId: prodHz, ScanRuleId });
    expect(ScanRule.RepoNames).toEqual(['nginx', 'web-api']);
  });

  it('rejects invalid and catastrophic patterns, accepts ordinary ones', async () => {
    const rejected = [
      '[a-',
      '(',
      'a)|(b',
      '(a+)+',
      '(a*)*',
      '(a|a)*',
      '(\\d+){2,}',
      '((ab)*c)+',
      '(a)\\1',
      'x'.repeat(257),
    ];
    for (const RepoTagFilterPattern of rejected) {
      const error = await callError('CreateScanRule', ruleOn(prodHz, { RepoTagFilterPattern }));
      expect({ pattern: RepoTagFilterPattern, code: error.code }).toEqual({
        pattern: RepoTagFilterPattern,
        code: 'SCAN_RULE_PATTERN_ILLEGAL',
      });
    }
    const accepted = ['.*', 'v\\d+\\.\\d+\\.\\d+', 'release-(stable|beta)', '1\\.25(-alpine)?', '[0-9a-f]{7}'];
    for (const [index, RepoTagFilterPattern] of accepted.entries()) {
      await callAction('CreateScanRule', ruleOn(prodHz, { RuleName: `ok-${index}`, RepoTagFilterPattern }));
    }
  });

  it('does not hang on a catastrophic pattern against a long tag (preview rejects it at once)', async () => {
    const started = Date.now();
    await expectBusinessError(
      'PreviewScanRuleTags',
      { InstanceId: prodHz, ScanScope: 'NAMESPACE', Namespaces: ['prod'], RepoTagFilterPattern: '(a+)+$' },
      'SCAN_RULE_PATTERN_ILLEGAL',
    );
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('checks the console-only notification settings', async () => {
    const bad: Partial<ActionRequest<'CreateScanRule'>>[] = [
      { NotifyMethod: 'HTTP', NotifyUrl: 'https://hooks.example.com/acr' },
      { NotifyMethod: 'HTTPS', NotifyUrl: 'http://hooks.example.com/acr' },
      { NotifyMethod: 'DING_TALK', NotifyUrl: 'http://oapi.dingtalk.com/robot/send' },
      { NotifyMethod: 'DING_TALK' },
      { NotifyMethod: 'HTTP', NotifyUrl: 'http://hooks.example.com/acr', NotifySecret: 'x' },
      { NotifyUrl: 'https://hooks.example.com/acr' },
    ];
    for (const overrides of bad) {
      await expectBusinessError('CreateScanRule', ruleOn(prodHz, overrides), 'SCAN_RULE_NOTIFY_ILLEGAL');
    }
    const { ScanRuleId } = await callAction(
      'CreateScanRule',
      ruleOn(prodHz, { NotifyMethod: 'HTTP', NotifyUrl: 'http://hooks.example.com/acr' }),
    );
    const { ScanRule } = await callAction('GetScanRule', { InstanceId: prodHz, ScanRuleId });
    expect(ScanRule).toMatchObject({ NotifyMethod: 'HTTP', NotifyUrl: 'http://hooks.example.com/acr' });
    expect(ScanRule.NotifySecret).toBeUndefined();
  });
});

describe('VPC prerequisite', () => {
  it('refuses to create or run a rule on an instance without a linked VPC, until one is linked', async () => {
    await expectBusinessError('CreateScanRule', ruleOn(prodHz), 'INSTANCE_VPC_REQUIRED');
    await linkVpc(prodHz);
    await callAction('CreateScanRule', ruleOn(prodHz));

    // acr-dev-hz has a VPC in the seed; unlinking it blocks running its rules.
    const { ScanRuleId } = await callAction('CreateScanRule', ruleOn(devHz, { Namespaces: ['team-a'] }));
    const { LinkedVpcs } = await callAction('GetInstanceVpcEndpoint', { InstanceId: devHz });
    for (const linked of LinkedVpcs) {
      await callAction('DeleteInstanceVpcEndpointLinkedVpc', {
        InstanceId: devHz,
        VpcId: linked.VpcId,
        VswitchId: linked.VswitchId,
      });
    }
    await expectBusinessError('RunScanRule', { InstanceId: devHz, ScanRuleId }, 'INSTANCE_VPC_REQUIRED');
    // Reading and deleting need no VPC.
    await callAction('GetScanRule', { InstanceId: devHz, ScanRuleId });
    await callAction('DeleteScanRule', { InstanceId: devHz, ScanRuleId });
  });
});

describe('PreviewScanRuleTags', () => {
  const preview = (params: Partial<ActionRequest<'PreviewScanRuleTags'>>) =>
    callAction('PreviewScanRuleTags', {
      InstanceId: prodHz,
      ScanScope: 'NAMESPACE',
      Namespaces: ['prod'],
      RepoTagFilterPattern: '.*',
      ...params,
    });

  it('counts the tags a scope and filter match, whole-tag, in namespace/repo/tag order (no VPC needed)', async () => {
    const all = await contractBody('PreviewScanRuleTags', {
      InstanceId: prodHz,
      ScanScope: 'NAMESPACE',
      Namespaces: '["prod"]',
      RepoTagFilterPattern: '.*',
    });
    expect(all.TotalCount).toBe(9);
    const images = all.Images as { Namespace: string; RepoName: string; Tag: string }[];
    expect(images.map((i) => `${i.Namespace}/${i.RepoName}:${i.Tag}`)).toEqual([
      'prod/inventory-api:v1.0.0',
      'prod/inventory-api:v1.0.1',
      'prod/legacy-portal:1.0',
      'prod/legacy-portal:1.1',
      'prod/nginx:1.25-alpine',
      'prod/nginx:1.25.3-alpine',
      'prod/payment-gateway:2.0.1',
      'prod/web-api:1.4.2',
      'prod/web-api:1.4.3',
    ]);
    expect((await preview({ Namespaces: ['prod', 'base'] })).TotalCount).toBe(17);
    expect((await preview({ RepoTagFilterPattern: 'v\\d+\\.\\d+\\.\\d+' })).TotalCount).toBe(2);
    // Whole-tag match: `1\.4` alone matches no tag.
    expect((await preview({ RepoTagFilterPattern: '1\\.4' })).TotalCount).toBe(0);
    const repo = await preview({
      ScanScope: 'REPO',
      Namespaces: ['base'],
      RepoNames: ['alpine', 'debian'],
      RepoTagFilterPattern: '3\\.18\\..*',
    });
    expect(repo.Images.map((i) => i.Tag)).toEqual(['3.18.0', '3.18.8']);
    const page = await preview({ Namespaces: ['prod', 'base'], PageNo: 2, PageSize: 10 });
    expect({ count: page.Images.length, total: page.TotalCount }).toEqual({ count: 7, total: 17 });
  });

  it('answers an empty list for an incomplete scope, and errors for a bad one', async () => {
    expect((await preview({ Namespaces: [] })).TotalCount).toBe(0);
    expect((await preview({ ScanScope: 'REPO', Namespaces: ['prod'] })).TotalCount).toBe(0);
    await expectBusinessError(
      'PreviewScanRuleTags',
      { InstanceId: prodHz, ScanScope: 'NAMESPACE', Namespaces: ['nope'], RepoTagFilterPattern: '.*' },
      'NAMESPACE_NOT_EXIST',
    );
    await expectBusinessError(
      'PreviewScanRuleTags',
      { InstanceId: prodHz, ScanScope: 'NAMESPACE', Namespaces: ['prod'], RepoTagFilterPattern: '[' },
      'SCAN_RULE_PATTERN_ILLEGAL',
    );
  });
});
