import { beforeEach, describe, expect, it } from 'vitest';
import { callAction, callError, expectBusinessError, instanceByName } from '../testing/api';
import { HIGH_RULE } from '../testing/policies';

let prodHz: string;

beforeEach(async () => {
  prodHz = (await instanceByName('acr-prod-hz')).InstanceId;
});

const create = (overrides: Partial<typeof HIGH_RULE> & { NamespaceName?: string; Enabled?: boolean } = {}) => ({
  InstanceId: prodHz,
  NamespaceName: 'prod',
  Enabled: true,
  ...HIGH_RULE,
  ...overrides,
});

describe('deployment policy CRUD', () => {
  it('creates, lists, updates and deletes a policy', async () => {
    const { PolicyId } = await callAction('CreateDeployPolicy', create({ Witnesses: [] }));
    expect(PolicyId).toMatch(/^crdp-[0-9a-z]{16}$/);

    const listed = await callAction('ListDeployPolicy', { InstanceId: prodHz });
    expect(listed.TotalCount).toBe(1);
    expect(listed.Policies[0]).toMatchObject({ PolicyId, NamespaceName: 'prod', Enabled: true, IssueLevel: 'HIGH' });

    // Dropping IssueLevel turns the vulnerability condition off; it must not survive from the stored rule.
    const { IssueLevel: _none, ...withoutLevel } = HIGH_RULE;
    await callAction('UpdateDeployPolicy', {
      InstanceId: prodHz,
      PolicyId,
      Enabled: false,
      ...withoutLevel,
      BlockUnscanned: true,
    });
    const [updated] = (await callAction('ListDeployPolicy', { InstanceId: prodHz })).Policies;
    expect(updated).toMatchObject({ PolicyId, Enabled: false, BlockUnscanned: true, NamespaceName: 'prod' });
    expect(updated).not.toHaveProperty('IssueLevel');
    expect(updated?.UpdateTime).toBeGreaterThanOrEqual(updated?.CreateTime ?? 0);

    await callAction('DeleteDeployPolicy', { InstanceId: prodHz, PolicyId });
    expect((await callAction('ListDeployPolicy', { InstanceId: prodHz })).Policies).toEqual([]);
    await expectBusinessError('DeleteDeployPolicy', { InstanceId: prodHz, PolicyId }, 'DEPLOY_POLICY_NOT_EXIST');
  });

  it('lists policies by namespace name', async () => {
    await callAction('CreateDeployPolicy', create({ NamespaceName: 'prod' }));
    await callAction('CreateDeployPolicy', create({ NamespaceName: 'dev' }));
    const { Policies } = await callAction('ListDeployPolicy', { InstanceId: prodHz });
    expect(Policies.map((p) => p.NamespaceName)).toEqual(['dev', 'prod']);
  });

  it('keeps one policy per namespace', async () => {
    await callAction('CreateDeployPolicy', create());
    await expectBusinessError('CreateDeployPolicy', create({ IssueLevel: 'LOW' }), 'DEPLOY_POLICY_EXIST');
  });

  it('refuses an unknown namespace, witness or policy', async () => {
    await expectBusinessError('CreateDeployPolicy', create({ NamespaceName: 'nope' }), 'NAMESPACE_NOT_EXIST');
    await expectBusinessError(
      'CreateDeployPolicy',
      create({ RequireSignature: true, Witnesses: ['crw-doesnotexist00'] }),
      'WITNESS_NOT_EXIST',
    );
    await expectBusinessError(
      'UpdateDeployPolicy',
      { InstanceId: prodHz, PolicyId: 'crdp-doesnotexist00', Enabled: true, ...HIGH_RULE },
      'DEPLOY_POLICY_NOT_EXIST',
    );
  });

  it('refuses a policy that checks nothing, on create, update and preview', async () => {
    const { IssueLevel: _none, ...nothing } = HIGH_RULE;
    await expectBusinessError(
      'CreateDeployPolicy',
      { InstanceId: prodHz, NamespaceName: 'prod', Enabled: true, ...nothing },
      'DEPLOY_POLICY_ILLEGAL',
    );
    await expectBusinessError(
      'PreviewDeployPolicy',
      { InstanceId: prodHz, NamespaceName: 'prod', ...nothing },
      'DEPLOY_POLICY_ILLEGAL',
    );
    const { PolicyId } = await callAction('CreateDeployPolicy', create());
    await expectBusinessError(
      'UpdateDeployPolicy',
      { InstanceId: prodHz, PolicyId, Enabled: true, ...nothing },
      'DEPLOY_POLICY_ILLEGAL',
    );
  });

  it('refuses a count below 1 on the wire (InvalidParameter, nothing stored)', async () => {
    const error = await callError('CreateDeployPolicy', {
      InstanceId: prodHz,
      NamespaceName: 'prod',
      Enabled: true,
      ...HIGH_RULE,
      IssueCount: 0,
    });
    expect({ code: error.code, status: error.httpStatus }).toEqual({ code: 'InvalidParameter', status: 400 });
    expect((await callAction('ListDeployPolicy', { InstanceId: prodHz })).TotalCount).toBe(0);
  });
});

describe('deleting what a policy or an exception is scoped to', () => {
  it('a deleted namespace takes its policy and exceptions along, so a namespace re-created under its name starts clean', async () => {
    await callAction('CreateNamespace', { InstanceId: prodHz, NamespaceName: 'short-lived' });
    await callAction('CreateDeployPolicy', create({ NamespaceName: 'short-lived' }));
    await callAction('CreateVulnException', {
      InstanceId: prodHz,
      CveId: 'CVE-2023-4911',
      ScopeType: 'NAMESPACE',
      NamespaceName: 'short-lived',
      Reason: 'not reachable',
      Author: 'root',
    });

    await callAction('DeleteNamespace', { InstanceId: prodHz, NamespaceName: 'short-lived' });
    await callAction('CreateNamespace', { InstanceId: prodHz, NamespaceName: 'short-lived' });

    const policies = await callAction('ListDeployPolicy', { InstanceId: prodHz });
    expect(policies.Policies.filter((p) => p.NamespaceName === 'short-lived')).toEqual([]);
    const exceptions = await callAction('ListVulnException', { InstanceId: prodHz, NamespaceName: 'short-lived' });
    expect(exceptions.TotalCount).toBe(0);
    await callAction('CreateDeployPolicy', create({ NamespaceName: 'short-lived' }));
  });
});
