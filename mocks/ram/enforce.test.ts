/**
 * RAM enforced at the API: identities × actions × resources through the real gateway, with the seeded users
 * (admin, developer, auditor, security) and the main account.
 */
import { describe, expect, it } from 'vitest';
import type { ActionName } from '@/api/contract/actions';
import { actionQuery, callAction, callError, instanceByName, rawCall, repoIdOf } from '../testing/api';

interface World {
  prodHz: string;
  devHz: string;
  nginx: string;
  demoApp: string;
}

async function loadWorld(): Promise<World> {
  const prodHz = (await instanceByName('acr-prod-hz')).InstanceId;
  const devHz = (await instanceByName('acr-dev-hz')).InstanceId;
  return {
    prodHz,
    devHz,
    nginx: await repoIdOf(prodHz, 'prod', 'nginx'),
    demoApp: await repoIdOf(devHz, 'team-a', 'demo-app'),
  };
}

const actAs = (UserName: string) => callAction('SwitchIdentity', { UserName });

type Outcome = 'allow' | 'deny';
type Case = [ActionName, (w: World) => Record<string, unknown>, Outcome];

/** HTTP 403 NoPrivilege with ACR's message is a denial; anything else (success or a business error) is not. */
async function outcome(action: ActionName, params: Record<string, unknown>): Promise<Outcome> {
  const { status, body } = await rawCall(actionQuery(action, params));
  if (status !== 403) return 'allow';
  expect(body).toMatchObject({ Code: 'NoPrivilege', Message: 'Access denied for this user.' });
  return 'deny';
}

async function expectMatrix(w: World, cases: Case[]): Promise<void> {
  const seen: string[] = [];
  const wanted: string[] = [];
  for (const [action, params, expected] of cases) {
    seen.push(`${action}: ${await outcome(action, params(w))}`);
    wanted.push(`${action}: ${expected}`);
  }
  expect(seen).toEqual(wanted);
}

const tag = (instance: 'prodHz' | 'devHz', repo: 'nginx' | 'demoApp', Tag: string) => (w: World) => ({
  InstanceId: w[instance],
  RepoId: w[repo],
  Tag,
});
const NGINX = tag('prodHz', 'nginx', '1.25-alpine');
const DEMO_APP = tag('devHz', 'demoApp', 'v1');
const scanRule = (w: World) => ({
  InstanceId: w.devHz,
  RuleName: 'rule-by-test',
  ScanScope: 'NAMESPACE',
  TriggerType: 'MANUAL',
  Namespaces: ['team-a'],
  RepoTagFilterPattern: '.*',
});

describe('RAM at the API: who may do what', () => {
  it('the read-only auditor may list and read everything (RAM and the audit log too), and change nothing', async () => {
    const w = await loadWorld();
    await actAs('auditor');
    await expectMatrix(w, [
      ['ListInstance', () => ({ RegionId: 'cn-hangzhou' }), 'allow'],
      ['GetInstance', (w) => ({ InstanceId: w.prodHz }), 'allow'],
      ['ListNamespace', (w) => ({ InstanceId: w.prodHz }), 'allow'],
      ['ListRepository', (w) => ({ InstanceId: w.prodHz }), 'allow'],
      ['GetRepository', (w) => ({ InstanceId: w.prodHz, RepoId: w.nginx }), 'allow'],
      ['ListRepoTag', (w) => ({ InstanceId: w.prodHz, RepoId: w.nginx }), 'allow'],
      ['GetRepoTagScanStatus', NGINX, 'allow'],
      ['ListRepoTagScanResult', NGINX, 'allow'],
      ['GetRepoTagScanSummary', NGINX, 'allow'],
      ['ListScanRule', (w) => ({ InstanceId: w.devHz }), 'allow'],
      ['ListEventCenterRuleName', (w) => ({ InstanceId: w.prodHz }), 'allow'],
      ['CreateRepoTagScanTask', NGINX, 'deny'],
      ['CreateNamespace', (w) => ({ InstanceId: w.prodHz, NamespaceName: 'qa' }), 'deny'],
      ['DeleteRepoTag', NGINX, 'deny'],
      ['CreateScanRule', scanRule, 'deny'],
      ['ListUsers', () => ({}), 'allow'],
      ['ListAuditLog', () => ({}), 'allow'],
      ['ListKeys', () => ({ RegionId: 'cn-hangzhou' }), 'allow'],
      ['CreateUser', () => ({ UserName: 'mallory' }), 'deny'],
      ['CreateKey', () => ({ RegionId: 'cn-hangzhou', KeySpec: 'EC_P256' }), 'deny'],
    ]);
  });

  it('the developer sees and works in team-a only', async () => {
    const w = await loadWorld();
    await actAs('developer');
    const { Namespaces, TotalCount } = await callAction('ListNamespace', { InstanceId: w.devHz });
    expect(Namespaces.map((ns) => ns.NamespaceName)).toEqual(['team-a']);
    expect(TotalCount).toBe('1');
    const { Instances } = await callAction('ListInstance', { RegionId: 'cn-hangzhou' });
    expect(Instances.map((i) => i.InstanceName)).toEqual(['acr-dev-hz']);
    expect((await callAction('GetInstanceCount', { RegionId: 'cn-hangzhou' })).Count).toBe(1);
    const repos = await callAction('ListRepository', { InstanceId: w.devHz });
    expect(repos.Repositories.map((r) => `${r.RepoNamespaceName}/${r.RepoName}`)).toEqual(['team-a/demo-app']);
    await expectMatrix(w, [
      ['GetInstance', (w) => ({ InstanceId: w.devHz }), 'allow'],
      ['GetInstanceUsage', (w) => ({ InstanceId: w.devHz }), 'allow'],
      ['GetRepository', (w) => ({ InstanceId: w.devHz, RepoId: w.demoApp }), 'allow'],
      ['ListRepoTag', (w) => ({ InstanceId: w.devHz, RepoId: w.demoApp }), 'allow'],
      ['CreateRepoTagScanTask', DEMO_APP, 'allow'],
      ['GetRepoTagScanStatus', DEMO_APP, 'allow'],
      [
        'CreateRepository',
        (w) => ({
          InstanceId: w.devHz,
          RepoNamespaceName: 'team-a',
          RepoName: 'api',
          RepoType: 'PRIVATE',
          Summary: 's',
        }),
        'allow',
      ],
      [
        'CreateRepository',
        (w) => ({
          InstanceId: w.devHz,
          RepoNamespaceName: 'sandbox',
          RepoName: 'x',
          RepoType: 'PRIVATE',
          Summary: 's',
        }),
        'deny',
      ],
      ['GetNamespace', (w) => ({ InstanceId: w.devHz, NamespaceName: 'sandbox' }), 'deny'],
      ['ListNamespace', (w) => ({ InstanceId: w.prodHz }), 'deny'],
      ['ListRepository', (w) => ({ InstanceId: w.prodHz }), 'deny'],
      ['GetRepository', (w) => ({ InstanceId: w.prodHz, RepoId: w.nginx }), 'deny'],
      ['CreateRepoTagScanTask', NGINX, 'deny'],
      ['GetInstance', (w) => ({ InstanceId: w.prodHz }), 'deny'],
      ['ListInstance', () => ({ RegionId: 'cn-shanghai' }), 'deny'],
      ['CreateScanRule', scanRule, 'deny'],
    ]);
  });

  it('the security engineer may scan anywhere but never delete (explicit Deny)', async () => {
    const w = await loadWorld();
    await actAs('security');
    await expectMatrix(w, [
      ['CreateRepoTagScanTask', NGINX, 'allow'],
      ['CreateScanRule', scanRule, 'allow'],
      ['ListNamespace', (w) => ({ InstanceId: w.prodHz }), 'allow'],
      ['DeleteRepository', (w) => ({ InstanceId: w.prodHz, RepoId: w.nginx }), 'deny'],
      ['DeleteRepoTag', NGINX, 'deny'],
      ['CreateNamespace', (w) => ({ InstanceId: w.prodHz, NamespaceName: 'qa' }), 'deny'],
    ]);
    const denied = await callError('DeleteRepository', { InstanceId: w.prodHz, RepoId: w.nginx });
    expect(denied.httpStatus).toBe(403);
    await actAs('root');
    const { Logs } = await callAction('ListAuditLog', { UserName: 'security', Result: 'DENIED' });
    expect(Logs.find((log) => log.Action === 'DeleteRepository')).toMatchObject({
      RamAction: 'cr:DeleteRepository',
      Detail: 'ExplicitDeny by security-engineer',
    });
  });

  it('the administrator may do everything in ACR, but not administer RAM', async () => {
    const w = await loadWorld();
    await actAs('admin');
    await expectMatrix(w, [
      ['CreateNamespace', (w) => ({ InstanceId: w.prodHz, NamespaceName: 'qa' }), 'allow'],
      ['CreateRepoTagScanTask', NGINX, 'allow'],
      ['CreateScanRule', scanRule, 'allow'],
      ['ListKeys', () => ({ RegionId: 'cn-hangzhou' }), 'allow'],
      ['DeleteRepository', (w) => ({ InstanceId: w.prodHz, RepoId: w.nginx }), 'allow'],
      ['CreateUser', () => ({ UserName: 'mallory' }), 'deny'],
      ['AttachPolicyToUser', () => ({ UserName: 'admin', PolicyName: 'x', PolicyType: 'Custom' }), 'deny'],
      ['ListAuditLog', () => ({}), 'deny'],
    ]);
  });

  it('the main account may do everything, RAM included', async () => {
    const w = await loadWorld();
    await actAs('developer');
    await actAs('root');
    await expectMatrix(w, [
      ['CreateUser', () => ({ UserName: 'mallory' }), 'allow'],
      ['DeleteRepository', (w) => ({ InstanceId: w.prodHz, RepoId: w.nginx }), 'allow'],
      ['ListNamespace', (w) => ({ InstanceId: w.prodHz }), 'allow'],
    ]);
    expect((await callAction('GetCallerIdentity', {})).Identity).toMatchObject({
      UserName: 'root',
      IdentityType: 'Account',
    });
  });

  it('an unknown resource still answers its own NOT_EXIST error to an allowed caller', async () => {
    const w = await loadWorld();
    await actAs('auditor');
    const error = await callError('GetRepository', { InstanceId: w.prodHz, RepoId: 'crr-doesnotexist0000' });
    expect({ code: error.code, status: error.httpStatus }).toEqual({ code: 'REPO_NOT_EXIST', status: 200 });
  });
});

describe('RAM at the API: a custom user with wildcards and an explicit Deny', () => {
  it('hides denied rows from lists allowed at the instance, and pages what is left', async () => {
    const w = await loadWorld();
    await callAction('CreateUser', { UserName: 'contractor' });
    await callAction('CreatePolicy', {
      PolicyName: 'no-prod',
      PolicyDocument: JSON.stringify({
        Version: '1',
        Statement: [{ Effect: 'Deny', Action: 'cr:*', Resource: 'acs:cr:*:*:repository/*/prod/*' }],
      }),
    });
    for (const [PolicyName, PolicyType] of [
      ['AliyunContainerRegistryFullAccess', 'System'],
      ['no-prod', 'Custom'],
    ] as const) {
      await callAction('AttachPolicyToUser', { UserName: 'contractor', PolicyName, PolicyType });
    }
    const all = await callAction('ListRepository', { InstanceId: w.prodHz, PageSize: 100 });
    await actAs('contractor');
    const visible = await callAction('ListRepository', { InstanceId: w.prodHz, PageSize: 100 });
    const expected = all.Repositories.filter((r) => r.RepoNamespaceName !== 'prod').map((r) => r.RepoId);
    expect(visible.Repositories.map((r) => r.RepoId)).toEqual(expected);
    expect(visible.TotalCount).toBe(String(expected.length));
    const second = await callAction('ListRepository', { InstanceId: w.prodHz, PageNo: 2, PageSize: 2 });
    expect(second.Repositories.map((r) => r.RepoId)).toEqual(expected.slice(2, 4));
    expect(second).toMatchObject({ PageNo: 2, PageSize: 2, TotalCount: String(expected.length) });
    await expectMatrix(w, [
      ['GetRepository', (w) => ({ InstanceId: w.prodHz, RepoId: w.nginx }), 'deny'],
      ['CreateRepoTagScanTask', NGINX, 'deny'],
      ['GetNamespace', (w) => ({ InstanceId: w.prodHz, NamespaceName: 'prod' }), 'allow'],
      ['CreateRepoTagScanTask', DEMO_APP, 'allow'],
      ['ListKeys', () => ({ RegionId: 'cn-hangzhou' }), 'deny'],
    ]);
  });
});

describe('RAM at the API: changes take effect on the next call', () => {
  it('detaching a policy from a group denies the next call of its members', async () => {
    const w = await loadWorld();
    await actAs('developer');
    expect(await outcome('GetRepository', { InstanceId: w.devHz, RepoId: w.demoApp })).toBe('allow');
    await actAs('root');
    await callAction('DetachPolicyFromGroup', {
      GroupName: 'dev-team',
      PolicyName: 'team-a-developer',
      PolicyType: 'Custom',
    });
    await actAs('developer');
    expect(await outcome('GetRepository', { InstanceId: w.devHz, RepoId: w.demoApp })).toBe('deny');
  });

  it('a new policy version replaces what the policy allows', async () => {
    const w = await loadWorld();
    await callAction('CreatePolicyVersion', {
      PolicyName: 'security-engineer',
      PolicyDocument: JSON.stringify({ Version: '1', Statement: [{ Effect: 'Allow', Action: 'cr:*', Resource: '*' }] }),
    });
    await actAs('security');
    expect(await outcome('DeleteRepository', { InstanceId: w.prodHz, RepoId: w.nginx })).toBe('allow');
  });

  it('a custom policy with an invalid document is rejected with every problem', async () => {
    const error = await callError('CreatePolicy', {
      PolicyName: 'broken',
      PolicyDocument: JSON.stringify({
        Version: '2',
        Statement: [{ Effect: 'Permit', Action: ['cr:Get*', 'GetRepository'], Resource: 'arn:aws:s3:::x' }],
      }),
    });
    expect(error.code).toBe('RAM_POLICY_DOCUMENT_ILLEGAL');
    for (const path of ['Version', 'Statement[0].Effect', 'Statement[0].Action[1]', 'Statement[0].Resource']) {
      expect(error.message).toContain(`${path}: `);
    }
    expect(error.message).toContain('Version must be "1"');
  });
});

describe('RAM at the API: the audit log', () => {
  it('records denials and mutations, newest first, with the request id the caller saw', async () => {
    const w = await loadWorld();
    await actAs('auditor');
    const denied = await callError('CreateNamespace', { InstanceId: w.prodHz, NamespaceName: 'qa' });
    await actAs('admin');
    await callAction('CreateNamespace', { InstanceId: w.prodHz, NamespaceName: 'qa' });
    await callAction('GetInstance', { InstanceId: w.prodHz });
    await actAs('root');
    const { Logs, TotalCount } = await callAction('ListAuditLog', {});
    expect(TotalCount).toBe(2);
    expect(Logs.map((l) => [l.UserName, l.Action, l.Result])).toEqual([
      ['admin', 'CreateNamespace', 'ALLOWED'],
      ['auditor', 'CreateNamespace', 'DENIED'],
    ]);
    expect(Logs[1]).toMatchObject({
      RamAction: 'cr:CreateNamespace',
      Resource: `acs:cr:cn-hangzhou:1588000000000000:repository/${w.prodHz}/qa`,
      Detail: 'ImplicitDeny',
      RequestId: denied.requestId,
    });
    const filtered = await callAction('ListAuditLog', { Result: 'DENIED', UserName: 'auditor', PageSize: 1 });
    expect(filtered.Logs.map((l) => l.Action)).toEqual(['CreateNamespace']);
    const byAction = await callAction('ListAuditLog', { ApiAction: 'CreateNamespace', PageNo: 2, PageSize: 1 });
    expect(byAction).toMatchObject({ TotalCount: 2, Logs: [{ UserName: 'auditor' }] });
    expect((await callAction('ListAuditLog', { ApiAction: 'DeleteRepository' })).TotalCount).toBe(0);
  });
});

describe('CheckPermissions agrees with the real call', () => {
  const cases: [string, ActionName, (w: World) => Record<string, string>][] = [
    ['auditor', 'CreateRepoTagScanTask', (w) => ({ InstanceId: w.prodHz, RepoId: w.nginx, Tag: '1.25-alpine' })],
    ['auditor', 'GetRepoTagScanSummary', (w) => ({ InstanceId: w.prodHz, RepoId: w.nginx, Tag: '1.25-alpine' })],
    ['developer', 'ListNamespace', (w) => ({ InstanceId: w.devHz })],
    ['developer', 'ListNamespace', (w) => ({ InstanceId: w.prodHz })],
    ['developer', 'ListInstance', () => ({ RegionId: 'cn-hangzhou' })],
    ['developer', 'DeleteRepoTag', (w) => ({ InstanceId: w.devHz, RepoId: w.demoApp, Tag: 'v1' })],
    ['developer', 'GetRepository', (w) => ({ InstanceId: w.prodHz, RepoId: w.nginx })],
    ['security', 'DeleteRepository', (w) => ({ InstanceId: w.prodHz, RepoId: w.nginx })],
    ['security', 'CreateRepoTagScanTask', (w) => ({ InstanceId: w.prodHz, RepoId: w.nginx, Tag: '1.25-alpine' })],
    ['admin', 'CreateUser', () => ({ UserName: 'eve' })],
    ['admin', 'CreateNamespace', (w) => ({ InstanceId: w.devHz, NamespaceName: 'qa' })],
    ['root', 'CreateUser', () => ({ UserName: 'eve' })],
  ];

  it('for a table of identities and actions', async () => {
    const w = await loadWorld();
    const answers: string[] = [];
    const calls: string[] = [];
    for (const [user, action, params] of cases) {
      await actAs(user);
      const [answer] = (await callAction('CheckPermissions', { Questions: [{ Action: action, Params: params(w) }] }))
        .Answers;
      answers.push(`${user} ${action}: ${answer?.Allowed ? 'allow' : 'deny'}`);
      calls.push(`${user} ${action}: ${await outcome(action, params(w))}`);
    }
    expect(answers).toEqual(calls);
  });

  it('names the RAM action, the resource and the deciding policy', async () => {
    const w = await loadWorld();
    await actAs('security');
    const { Answers } = await callAction('CheckPermissions', {
      Questions: [
        { Action: 'DeleteRepository', Params: { InstanceId: w.prodHz, RepoId: w.nginx } },
        { Action: 'GetScanRule', Params: { InstanceId: w.devHz, ScanRuleId: 'crscnr-x' } },
        { Action: 'NoSuchAction', Params: {} },
      ],
    });
    expect(Answers).toEqual([
      {
        Action: 'DeleteRepository',
        Allowed: false,
        RamAction: 'cr:DeleteRepository',
        Resource: `acs:cr:cn-hangzhou:1588000000000000:repository/${w.prodHz}/prod/nginx`,
        Decision: 'ExplicitDeny',
        DeniedBy: 'security-engineer',
      },
      {
        Action: 'GetScanRule',
        Allowed: true,
        RamAction: 'cr:ListScanRule',
        Resource: `acs:cr:cn-hangzhou:1588000000000000:instance/${w.devHz}/scanrule/*`,
        Decision: 'Allow',
      },
      { Action: 'NoSuchAction', Allowed: false, RamAction: '', Resource: '', Decision: 'ImplicitDeny' },
    ]);
  });
});
