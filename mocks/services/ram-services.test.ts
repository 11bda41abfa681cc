import { describe, expect, it } from 'vitest';
import { backend } from '../node';
import { writeAudit } from '../ram/audit';
import { repositoryReader } from '../ram/visibility';
import { META_KEY } from '../store/schema';
import { write } from '../store/transactions';
import { callAction, expectBusinessError } from '../testing/api';

const READ_ONLY = 'AliyunContainerRegistryReadOnlyAccess';
const DOC = (action: string) =>
  JSON.stringify({ Version: '1', Statement: [{ Effect: 'Allow', Action: action, Resource: '*' }] });

describe('RAM users and groups', () => {
  it('seeds the four users, the developer group and its policy on the group', async () => {
    const { Users } = await callAction('ListUsers', {});
    expect(Users.map((u) => [u.UserName, u.DisplayName])).toEqual([
      ['admin', '管理员'],
      ['developer', '开发者'],
      ['auditor', '只读审计员'],
      ['security', '安全工程师'],
    ]);
    const { Groups } = await callAction('ListGroups', {});
    expect(Groups).toMatchObject([{ GroupName: 'dev-team', Members: ['developer'] }]);
    const { Attachments } = await callAction('ListAttachments', { PrincipalType: 'Group' });
    expect(Attachments.map((a) => `${a.PrincipalName}:${a.PolicyName}`)).toEqual(['dev-team:team-a-developer']);
  });

  it('creates users once, never as root, and deletes them with their attachments and session', async () => {
    const { User } = await callAction('CreateUser', { UserName: 'qa-bot' });
    expect(User).toMatchObject({ UserName: 'qa-bot', DisplayName: 'qa-bot', Comments: '', Groups: [] });
    expect(User.UserId).toMatch(/^2\d{15}$/);
    await expectBusinessError('CreateUser', { UserName: 'qa-bot' }, 'RAM_USER_EXIST');
    await expectBusinessError('CreateUser', { UserName: 'root' }, 'RAM_NAME_ILLEGAL');
    await callAction('SwitchIdentity', { UserName: 'auditor' });
    await callAction('SwitchIdentity', { UserName: 'root' });
    await callAction('DeleteUser', { UserName: 'auditor' });
    expect((await callAction('ListAttachments', { PrincipalName: 'auditor' })).Attachments).toEqual([]);
    await expectBusinessError('DeleteUser', { UserName: 'auditor' }, 'RAM_USER_NOT_EXIST');
    await expectBusinessError('SwitchIdentity', { UserName: 'auditor' }, 'RAM_USER_NOT_EXIST');
  });

  it('derives group members from the users and cleans up a deleted group', async () => {
    await callAction('CreateGroup', { GroupName: 'ops' });
    await expectBusinessError('CreateGroup', { GroupName: 'ops' }, 'RAM_GROUP_EXIST');
    await callAction('AddUserToGroup', { UserName: 'auditor', GroupName: 'ops' });
    await callAction('AddUserToGroup', { UserName: 'auditor', GroupName: 'ops' });
    await callAction('AddUserToGroup', { UserName: 'security', GroupName: 'ops' });
    await callAction('RemoveUserFromGroup', { UserName: 'security', GroupName: 'ops' });
    await expectBusinessError('AddUserToGroup', { UserName: 'nobody', GroupName: 'ops' }, 'RAM_USER_NOT_EXIST');
    await expectBusinessError('AddUserToGroup', { UserName: 'auditor', GroupName: 'nope' }, 'RAM_GROUP_NOT_EXIST');
    expect((await callAction('ListGroups', {})).Groups.find((g) => g.GroupName === 'ops')?.Members).toEqual([
      'auditor',
    ]);
    await callAction('AttachPolicyToGroup', { GroupName: 'ops', PolicyName: READ_ONLY, PolicyType: 'System' });
    await callAction('DeleteGroup', { GroupName: 'ops' });
    const { Users } = await callAction('ListUsers', {});
    expect(Users.find((u) => u.UserName === 'auditor')?.Groups).toEqual([]);
    expect((await callAction('ListAttachments', { PrincipalName: 'ops' })).Attachments).toEqual([]);
  });
});

describe('RAM policies', () => {
  it('lists system and custom policies with their attachment counts', async () => {
    const { Policies } = await callAction('ListPolicies', {});
    expect(Policies.map((p) => [p.PolicyName, p.PolicyType, p.AttachmentCount])).toEqual([
      ['AliyunContainerRegistryFullAccess', 'System', 1],
      [READ_ONLY, 'System', 2],
      ['signing-key-admin', 'Custom', 1],
      ['team-a-developer', 'Custom', 1],
      ['audit-reader', 'Custom', 1],
      ['security-engineer', 'Custom', 1],
    ]);
    const system = await callAction('ListPolicies', { PolicyType: 'System' });
    expect(system.Policies).toHaveLength(2);
    expect(JSON.parse(system.Policies[1]?.PolicyDocument ?? '')).toEqual({
      Version: '1',
      Statement: [{ Effect: 'Allow', Action: ['cr:Get*', 'cr:List*', 'cr:PullRepository'], Resource: ['*'] }],
    });
  });

  it('creates, versions and deletes a custom policy; system policies stay read-only', async () => {
    const text = DOC('cr:Get*');
    const { Policy } = await callAction('CreatePolicy', { PolicyName: 'reader', PolicyDocument: text });
    expect(Policy).toMatchObject({
      PolicyType: 'Custom',
      DefaultVersion: 'v1',
      PolicyDocument: text,
      AttachmentCount: 0,
    });
    await expectBusinessError('CreatePolicy', { PolicyName: 'reader', PolicyDocument: text }, 'RAM_POLICY_EXIST');
    await expectBusinessError('CreatePolicy', { PolicyName: READ_ONLY, PolicyDocument: text }, 'RAM_POLICY_EXIST');
    const v2 = await callAction('CreatePolicyVersion', { PolicyName: 'reader', PolicyDocument: DOC('cr:List*') });
    expect(v2.Policy.DefaultVersion).toBe('v2');
    const v3 = await callAction('CreatePolicyVersion', { PolicyName: 'reader', PolicyDocument: DOC('cr:*') });
    expect(v3.Policy).toMatchObject({ DefaultVersion: 'v3', PolicyDocument: DOC('cr:*') });
    await expectBusinessError(
      'CreatePolicyVersion',
      { PolicyName: 'reader', PolicyDocument: '{"Version":"1"}' },
      'RAM_POLICY_DOCUMENT_ILLEGAL',
    );
    await expectBusinessError(
      'CreatePolicyVersion',
      { PolicyName: READ_ONLY, PolicyDocument: text },
      'RAM_SYSTEM_POLICY_READONLY',
    );
    await expectBusinessError('DeletePolicy', { PolicyName: READ_ONLY }, 'RAM_SYSTEM_POLICY_READONLY');
    await callAction('AttachPolicyToUser', { UserName: 'auditor', PolicyName: 'reader', PolicyType: 'Custom' });
    await expectBusinessError('DeletePolicy', { PolicyName: 'reader' }, 'RAM_POLICY_IN_USE');
    await callAction('DetachPolicyFromUser', { UserName: 'auditor', PolicyName: 'reader', PolicyType: 'Custom' });
    await callAction('DeletePolicy', { PolicyName: 'reader' });
    await expectBusinessError('GetPolicy', { PolicyName: 'reader', PolicyType: 'Custom' }, 'RAM_POLICY_NOT_EXIST');
    await expectBusinessError(
      'AttachPolicyToUser',
      { UserName: 'auditor', PolicyName: 'reader', PolicyType: 'Custom' },
      'RAM_POLICY_NOT_EXIST',
    );
  });

  it('validates a document without saving it, every problem with its path', async () => {
    const bad = await callAction('ValidatePolicyDocument', {
      PolicyDocument: JSON.stringify({
        Version: '2',
        Statement: [{ Effect: 'Permit', Action: 'cr:*', Resource: '*' }],
      }),
    });
    expect(bad.Valid).toBe(false);
    expect(bad.Problems.map((p) => p.Path)).toEqual(['Version', 'Statement[0].Effect']);
    expect(bad.Problems[0]?.Message['en-US']).toBe('Version must be "1"');
    expect(await callAction('ValidatePolicyDocument', { PolicyDocument: DOC('cr:*') })).toMatchObject({
      Valid: true,
      Problems: [],
    });
  });
});

describe('the audit log', () => {
  it('keeps only the newest rows beyond its cap', async () => {
    await callAction('GetDemoState', {});
    for (const action of ['A1', 'A2', 'A3', 'A4']) {
      const row = { UserName: 'root', Action: action, RamAction: '', Resource: '', RequestId: action };
      await writeAudit(backend, { ...row, Result: 'ALLOWED' }, 3);
    }
    const { Logs, TotalCount } = await callAction('ListAuditLog', {});
    expect(TotalCount).toBe(3);
    expect(Logs.map((l) => l.Action)).toEqual(['A4', 'A3', 'A2']);
  });
});

describe('repository visibility for services spanning many repositories', () => {
  it('reads everything as the main account, team-a only as the developer', async () => {
    const repo = (RepoNamespaceName: string) => ({ InstanceId: 'cri-x', RepoNamespaceName, RepoName: 'app' });
    await callAction('GetDemoState', {});
    const { Instances } = await callAction('ListInstance', { RegionId: 'cn-hangzhou' });
    const devHz = Instances.find((i) => i.InstanceName === 'acr-dev-hz')?.InstanceId ?? '';
    expect((await repositoryReader(backend))('cn-hangzhou', repo('prod'))).toBe(true);
    await callAction('SwitchIdentity', { UserName: 'developer' });
    const developer = await repositoryReader(backend);
    expect(developer('cn-hangzhou', { ...repo('team-a'), InstanceId: devHz })).toBe(true);
    expect(developer('cn-hangzhou', { ...repo('sandbox'), InstanceId: devHz })).toBe(false);
    expect(developer('cn-shanghai', { ...repo('team-a'), InstanceId: devHz })).toBe(false);
  });
});

describe('worlds seeded before RAM existed', () => {
  it('get the seeded users on their first request; worlds with RAM records are left alone', async () => {
    await callAction('GetDemoState', {});
    await write(backend.store, ['meta', 'ramUsers', 'ramGroups', 'ramPolicies', 'ramAttachments'], async (tx) => {
      for (const name of ['ramUsers', 'ramGroups', 'ramPolicies', 'ramAttachments'] as const) {
        await tx.objectStore(name).clear();
      }
      const meta = await tx.objectStore('meta').get(META_KEY);
      if (meta) await tx.objectStore('meta').put({ ...meta, SchemaVersion: 7, SeededAt: 42 });
    });
    expect((await callAction('ListUsers', {})).Users.map((u) => u.UserName)).toEqual([
      'admin',
      'developer',
      'auditor',
      'security',
    ]);
    await callAction('DeleteUser', { UserName: 'admin' });
    expect((await callAction('ListUsers', {})).Users).toHaveLength(3);
  });
});
