import { describe, expect, it } from 'vitest';
import type { DeployPolicy } from '@/api/contract/policies';
import { initialPolicyValues, policyRuleFields, toggledPolicy } from './policy-form-values';

const policy: DeployPolicy = {
  PolicyId: 'pol-1',
  InstanceId: 'cri-1',
  NamespaceName: 'prod',
  Enabled: true,
  IssueCount: 3,
  Logic: 'AND',
  PolicyAction: 'BLOCK_RETAG',
  RequireSignature: true,
  Witnesses: ['wit-1'],
  OnlyFixable: true,
  BlockUnscanned: false,
  CreateTime: 1,
  UpdateTime: 2,
};

describe('policy form values', () => {
  it('starts a new policy at 高危 ≥ 1, OR, 阻断, enabled', () => {
    expect(policyRuleFields(initialPolicyValues())).toEqual({
      IssueLevel: 'HIGH',
      IssueCount: 1,
      Logic: 'OR',
      PolicyAction: 'BLOCK',
      RequireSignature: false,
      Witnesses: [],
      OnlyFixable: false,
      BlockUnscanned: false,
    });
    expect(initialPolicyValues().Enabled).toBe(true);
  });

  it('reads a policy without a vulnerability condition as 不检查 and sends no IssueLevel back', () => {
    const values = initialPolicyValues(policy);
    expect(values.Level).toBe('NONE');
    const fields = policyRuleFields(values);
    expect(fields).not.toHaveProperty('IssueLevel');
    expect(fields).toMatchObject({ IssueCount: 3, Logic: 'AND', PolicyAction: 'BLOCK_RETAG', Witnesses: ['wit-1'] });
  });

  it('drops the picked witnesses when 要求签名 is off', () => {
    const values = { ...initialPolicyValues(policy), RequireSignature: false };
    expect(policyRuleFields(values).Witnesses).toEqual([]);
  });

  it('flips only Enabled when the table switch is used', () => {
    const request = toggledPolicy({ ...policy, IssueLevel: 'MEDIUM' }, false);
    expect(request).toEqual({
      InstanceId: 'cri-1',
      PolicyId: 'pol-1',
      Enabled: false,
      IssueLevel: 'MEDIUM',
      IssueCount: 3,
      Logic: 'AND',
      PolicyAction: 'BLOCK_RETAG',
      RequireSignature: true,
      Witnesses: ['wit-1'],
      OnlyFixable: true,
      BlockUnscanned: false,
    });
  });
});
