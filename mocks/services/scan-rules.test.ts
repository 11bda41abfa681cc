import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ACTIONS, type ActionName, type ActionRequest } from '@/api/contract/actions';
import { reason } from '@/api/contract/reasons';
import { backend } from '../node';
import { actionQuery, callAction, callError, expectBusinessError, instanceByName, rawCall } from '../testing/api';
import { createScanHost } from './context';

let prodHz: string;
let devHz: string;

beforeEach(async () => {
  await callAction('UpdateDemoSpeed', { Speed: 'instant' });
  prodHz = (await instanceByName('acr-prod-hz')).InstanceId;
  devHz = (await instanceByName('acr-dev-hz')).InstanceId;
});

const originalHost = backend.scans;
afterEach(() => {
  backend.scans = originalHost;
});

/** A raw call whose body must satisfy the action's response schema exactly (no undeclared field). */
async function contractBody(action: ActionName, params: Record<string, unknown>) {
  const { status, body } = await rawCall(actionQuery(action, params), { method: ACTIONS[action].method });
  expect(status).toBe(200);
  const def = ACTIONS[action];
  const parsed = def.response.safeParse(body);
  expect(parsed.success ? 'valid' : parsed.error.message).toBe('valid');
  expect(Object.keys(body).filter((key) => !Object.keys(def.response.shape).includes(key))).toEqual([]);
  return body;
}

/** Links prod-vpc to acr-prod-hz through the API (the seed leaves it without a VPC). */
async function linkProdVpc(): Promise<void> {
  const { Vpcs } = await callAction('DescribeVpcs', { RegionId: 'cn-hangzhou' });
  const vpc = Vpcs.find((v) => v.VpcName === 'prod-vpc');
  if (!vpc) throw new Error('prod-vpc missing');
  const { VSwitches } = await callAction('DescribeVSwitches', { RegionId: 'cn-hangzhou', VpcId: vpc.VpcId });
  const vswitch = VSwitches[0];
  if (!vswitch) throw new Error('no vSwitch');
  await callAction('CreateInstanceVpcEndpointLinkedVpc', {
    InstanceId: prodHz,
    VpcId: vpc.VpcId,
    VswitchId: vswitch.VSwitchId,
  });
}

type CreateParams = ActionRequest<'CreateScanRule'>;

function ruleOn(instanceId: string, overrides: Partial<CreateParams> = {}): CreateParams {
  return {
    InstanceId: instanceId,
    RuleName: 'all-prod',
    ScanScope: 'NAMESPACE',
    TriggerType: 'MANUAL',
    Namespaces: ['prod'],
    RepoTagFilterPattern: '.*',
    ...overrides,
  };
}

async function waitRuleTask(instanceId: string, ruleTaskId: string) {
  await expect
    .poll(
      async () => (await callAction('GetScanRuleTask', { InstanceId: instanceId, RuleTaskId: ruleTaskId })).Status,
      { timeout: 30_000, interval: 50 },
    )
    .not.toBe('SCANNING');
  return callAction('GetScanRuleTask', { InstanceId: instanceId, RuleTaskId: ruleTaskId });
}

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
    await linkProdVpc();
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
  beforeEach(linkProdVpc);

  it('enforces the scope rules and that namespaces and repositories exist', async () => {
    const bad: Partial<CreateParams>[] = [
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
    const bad: Partial<CreateParams>[] = [
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
    await linkProdVpc();
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

describe('RunScanRule and rule tasks', () => {
  beforeEach(linkProdVpc);

  it('scans every matched tag to COMPLETE with real findings, counts aggregated', async () => {
    const { ScanRuleId } = await callAction(
      'CreateScanRule',
      ruleOn(prodHz, {
        RuleName: 'alpine-3',
        ScanScope: 'REPO',
        Namespaces: ['base'],
        RepoNames: ['alpine'],
        RepoTagFilterPattern: '3\\.1[89]\\..*',
      }),
    );
    const run = await contractBody('RunScanRule', { InstanceId: prodHz, ScanRuleId });
    expect(run).toMatchObject({ Code: 'success', IsSuccess: true, ImageCount: 3 });
    expect(String(run.RuleTaskId)).toMatch(/^crscnrt-[0-9a-z]{16}$/);
    const RuleTaskId = String(run.RuleTaskId);

    const task = await waitRuleTask(prodHz, RuleTaskId);
    await contractBody('GetScanRuleTask', { InstanceId: prodHz, RuleTaskId });
    expect(task).toMatchObject({
      RuleTaskId,
      ScanRuleId,
      RuleName: 'alpine-3',
      ScanService: 'ACR_SCAN_SERVICE',
      TriggerType: 'MANUAL',
      ScanType: 'VUL',
      Status: 'COMPLETE',
      ImageCount: 3,
      FinishedCount: 3,
      FailedCount: 0,
      Progress: 100,
    });
    expect(task.FinishTime).toBeGreaterThanOrEqual(task.StartTime);
    expect(task.Images.map((i) => i.Tag)).toEqual(['3.18.0', '3.18.8', '3.19.1']);
    expect(task.Images.every((i) => i.Status === 'COMPLETE')).toBe(true);

    // Each image's counts are the real findings of its own scan task (readable with the single-scan API).
    const alpine = task.Images[0]?.RepoId as string;
    for (const image of task.Images) {
      const summary = await callAction('GetRepoTagScanSummary', { InstanceId: prodHz, ScanTaskId: image.ScanTaskId });
      expect(summary).toMatchObject({
        HighSeverity: image.HighSeverity,
        MediumSeverity: image.MediumSeverity,
        LowSeverity: image.LowSeverity,
        UnknownSeverity: image.UnknownSeverity,
        TotalSeverity: image.TotalSeverity,
      });
      // The child is the tag's latest task now.
      const status = await callAction('GetRepoTagScanStatus', { InstanceId: prodHz, RepoId: alpine, Tag: image.Tag });
      expect(status.ScanTaskId).toBe(image.ScanTaskId);
    }
    const byTag = Object.fromEntries(task.Images.map((i) => [i.Tag, i.TotalSeverity]));
    expect(byTag['3.18.0']).toBeGreaterThan(0);
    expect(byTag['3.19.1']).toBeGreaterThan(0);
    expect(byTag['3.18.8']).toBeLessThan(byTag['3.18.0'] as number);
    const sum = (key: 'HighSeverity' | 'MediumSeverity' | 'LowSeverity' | 'UnknownSeverity' | 'TotalSeverity') =>
      task.Images.reduce((total, image) => total + image[key], 0);
    expect(task.TotalSeverity).toBe(sum('TotalSeverity'));
    expect(task.HighSeverity).toBe(sum('HighSeverity'));
    expect(task.MediumSeverity).toBe(sum('MediumSeverity'));
    expect(task.LowSeverity + task.UnknownSeverity).toBe(sum('LowSeverity') + sum('UnknownSeverity'));
  });

  it('lists tasks newest first (optionally of one rule), and keeps them when the rule is deleted', async () => {
    const first = await callAction('CreateScanRule', ruleOn(prodHz, { RuleName: 'first', Namespaces: ['dev'] }));
    const second = await callAction(
      'CreateScanRule',
      ruleOn(prodHz, { RuleName: 'second', Namespaces: ['prod'], RepoTagFilterPattern: '1\\.4\\.\\d+' }),
    );
    const a = await callAction('RunScanRule', { InstanceId: prodHz, ScanRuleId: first.ScanRuleId });
    await new Promise((resolve) => setTimeout(resolve, 5));
    const b = await callAction('RunScanRule', { InstanceId: prodHz, ScanRuleId: second.ScanRuleId });
    await new Promise((resolve) => setTimeout(resolve, 5));
    const c = await callAction('RunScanRule', { InstanceId: prodHz, ScanRuleId: first.ScanRuleId });
    expect({ a: a.ImageCount, b: b.ImageCount }).toEqual({ a: 6, b: 2 });

    const list = await contractBody('ListScanRuleTask', { InstanceId: prodHz });
    const tasks = list.Tasks as { RuleTaskId: string }[];
    expect(tasks.map((t) => t.RuleTaskId)).toEqual([c.RuleTaskId, b.RuleTaskId, a.RuleTaskId]);
    const ofFirst = await callAction('ListScanRuleTask', { InstanceId: prodHz, ScanRuleId: first.ScanRuleId });
    expect(ofFirst.Tasks.map((t) => t.RuleTaskId)).toEqual([c.RuleTaskId, a.RuleTaskId]);
    const paged = await callAction('ListScanRuleTask', { InstanceId: prodHz, PageNo: 2, PageSize: 2 });
    expect({ ids: paged.Tasks.map((t) => t.RuleTaskId), total: paged.TotalCount }).toEqual({
      ids: [a.RuleTaskId],
      total: 3,
    });

    for (const id of [a.RuleTaskId, b.RuleTaskId, c.RuleTaskId]) await waitRuleTask(prodHz, id);
    await callAction('DeleteScanRule', { InstanceId: prodHz, ScanRuleId: second.ScanRuleId });
    const kept = await callAction('GetScanRuleTask', { InstanceId: prodHz, RuleTaskId: b.RuleTaskId });
    expect(kept).toMatchObject({ ScanRuleId: second.ScanRuleId, RuleName: 'second', Status: 'COMPLETE' });
    expect((await callAction('ListScanRuleTask', { InstanceId: prodHz })).TotalCount).toBe(3);
    await expectBusinessError(
      'RunScanRule',
      { InstanceId: prodHz, ScanRuleId: second.ScanRuleId },
      'SCAN_RULE_NOT_EXIST',
    );
  });

  it('answers SCAN_RULE_NO_MATCHED_IMAGE and creates nothing when no tag matches', async () => {
    const { ScanRuleId } = await callAction('CreateScanRule', ruleOn(prodHz, { RepoTagFilterPattern: 'nothing-\\d+' }));
    await expectBusinessError('RunScanRule', { InstanceId: prodHz, ScanRuleId }, 'SCAN_RULE_NO_MATCHED_IMAGE');
    expect((await callAction('ListScanRuleTask', { InstanceId: prodHz })).TotalCount).toBe(0);
    await expectBusinessError(
      'GetScanRuleTask',
      { InstanceId: prodHz, RuleTaskId: 'crscnrt-0000000000000000' },
      'SCAN_RULE_TASK_NOT_EXIST',
    );
  });

  it('shows progress while scanning and a FAILED count when an image fails', async () => {
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const inner = originalHost.runner;
    backend.scans = createScanHost({
      run: async (job, onProgress) => {
        if (job.artifactName.endsWith(':1.4.2')) throw new Error('layer 2 is truncated');
        await gate;
        return inner.run(job, onProgress);
      },
    });
    const { ScanRuleId } = await callAction(
      'CreateScanRule',
      ruleOn(prodHz, { ScanScope: 'REPO', Namespaces: ['prod'], RepoNames: ['web-api'] }),
    );
    const { RuleTaskId } = await callAction('RunScanRule', { InstanceId: prodHz, ScanRuleId });
    await expect
      .poll(async () => (await callAction('GetScanRuleTask', { InstanceId: prodHz, RuleTaskId })).FinishedCount, {
        timeout: 5000,
        interval: 20,
      })
      .toBe(1);
    const running = await callAction('GetScanRuleTask', { InstanceId: prodHz, RuleTaskId });
    expect(running).toMatchObject({ Status: 'SCANNING', Progress: 50, FailedCount: 1 });
    expect(running.FinishTime).toBeUndefined();
    release();
    const done = await waitRuleTask(prodHz, RuleTaskId);
    expect(done).toMatchObject({ Status: 'FAILED', FinishedCount: 2, FailedCount: 1, Progress: 100 });
    const failed = done.Images.find((i) => i.Tag === '1.4.2');
    expect(failed).toMatchObject({ Status: 'FAILED', FailReason: 'The scan failed: layer 2 is truncated' });
    expect(done.Images.find((i) => i.Tag === '1.4.3')?.Status).toBe('COMPLETE');
  });

  it('never stays SCANNING after a reload: orphaned images end FAILED', async () => {
    backend.scans = createScanHost({ run: () => new Promise(() => {}) });
    const { ScanRuleId } = await callAction('CreateScanRule', ruleOn(prodHz, { RepoTagFilterPattern: '1\\.4\\.\\d+' }));
    const { RuleTaskId } = await callAction('RunScanRule', { InstanceId: prodHz, ScanRuleId });
    expect((await callAction('GetScanRuleTask', { InstanceId: prodHz, RuleTaskId })).Status).toBe('SCANNING');
    // The runner no longer runs them (as after a reload of the same backend instance).
    backend.scans.running.clear();
    const task = await callAction('GetScanRuleTask', { InstanceId: prodHz, RuleTaskId });
    expect(task).toMatchObject({ Status: 'FAILED', FailedCount: 2, FinishedCount: 2 });
    expect(task.Images.every((i) => i.FailReason === reason('scan-interrupted'))).toBe(true);
    const listed = await callAction('ListScanRuleTask', { InstanceId: prodHz });
    expect(listed.Tasks[0]?.Status).toBe('FAILED');
  });

  it('starts an AUTO rule task when a matching tag is pushed (CreateRepoTag)', async () => {
    await callAction(
      'CreateScanRule',
      ruleOn(prodHz, { RuleName: 'auto-nginx', TriggerType: 'AUTO', RepoTagFilterPattern: 'stable|v\\d+' }),
    );
    await callAction('CreateScanRule', ruleOn(prodHz, { RuleName: 'manual', RepoTagFilterPattern: '.*' }));
    const push = { InstanceId: prodHz, NamespaceName: 'prod', RepoName: 'nginx', FromTag: '1.25-alpine' };
    await callAction('CreateRepoTag', { ...push, ToTag: 'canary' });
    expect((await callAction('ListScanRuleTask', { InstanceId: prodHz })).TotalCount).toBe(0);
    await callAction('CreateRepoTag', { ...push, ToTag: 'stable' });
    const { Tasks } = await callAction('ListScanRuleTask', { InstanceId: prodHz });
    expect(Tasks).toHaveLength(1);
    expect(Tasks[0]).toMatchObject({ RuleName: 'auto-nginx', TriggerType: 'AUTO', ImageCount: 1 });
    const done = await waitRuleTask(prodHz, Tasks[0]?.RuleTaskId as string);
    expect(done.Status).toBe('COMPLETE');
    expect(done.Images[0]).toMatchObject({ Namespace: 'prod', RepoName: 'nginx', Tag: 'stable' });
    expect(done.TotalSeverity).toBeGreaterThan(0);
  });
});
