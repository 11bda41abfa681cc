import { describe, expect, it } from 'vitest';
import { ACTIONS, type ActionName } from '@/api/contract/actions';
import { authEntry, isChecked, isMutating, RAM_AUTH } from './ram-actions';

const names = Object.keys(ACTIONS) as ActionName[];

describe('the authorisation map', () => {
  it('has an entry for every action of the contract, and none for an action that does not exist', () => {
    expect(names.filter((name) => !Object.hasOwn(RAM_AUTH, name))).toEqual([]);
    expect(Object.keys(RAM_AUTH).filter((name) => !Object.hasOwn(ACTIONS, name))).toEqual([]);
  });

  it('leaves only identity, permission questions and demo plumbing unchecked, each with its reason', () => {
    const unchecked = names.filter((name) => !isChecked(RAM_AUTH[name])).sort();
    expect(unchecked).toEqual(
      [
        'CheckPermissions',
        'GetCallerIdentity',
        'GetDemoReceiver',
        'GetDemoState',
        'ListDemoReceiverMessage',
        'ResetDemoWorld',
        'SwitchIdentity',
        'UpdateDemoReceiver',
        'UpdateDemoSpeed',
      ].sort(),
    );
    for (const name of unchecked) {
      const entry = RAM_AUTH[name];
      expect('unchecked' in entry && entry.unchecked.length > 10).toBe(true);
    }
  });

  it('names RAM actions as product:Action', () => {
    for (const name of names) {
      const entry = RAM_AUTH[name];
      if (isChecked(entry)) expect(entry.ram).toMatch(/^(cr|kms|ram):[A-Z][A-Za-z]+$/);
    }
  });

  it.each([
    ['CreateRepoTagScanTask', 'cr:PutScan', 'repository'],
    ['GetRepoTagScanStatus', 'cr:GetScan', 'repository'],
    ['ListRepoTagScanResult', 'cr:GetScan', 'repository'],
    ['GetRepoTagScanSummary', 'cr:GetScanCount', 'repository'],
    ['ListScanBaselineByTask', 'cr:ListScanBaseline', 'instance'],
    ['ListScanMaliciousFileByTask', 'cr:ListScanMaliciousFile', 'instance'],
    ['CreateScanRule', 'cr:CreateScanRule', 'scanrule'],
    ['GetScanRule', 'cr:ListScanRule', 'scanrule'],
    ['GetInstance', 'cr:GetInstance', 'instance'],
    ['UpdateEventCenterRule', 'cr:UpdateEventCenterRule', 'instance'],
    ['ListEventCenterRecord', 'cr:ListEventCenterRecord', 'instance'],
    ['DeleteRepository', 'cr:DeleteRepository', 'repository'],
    ['ListNamespace', 'cr:ListNamespace', 'instance'],
    ['CreateKey', 'kms:CreateKey', 'kms'],
    ['CreateUser', 'ram:CreateUser', 'ram'],
    ['PushDemoImage', 'cr:PushRepository', 'repository'],
  ] as const)('%s → %s on the %s', (action, ram, resource) => {
    expect(authEntry(action)).toEqual({ ram, resource });
  });

  it('audits what changes something, not reads', () => {
    expect(
      ['CreateNamespace', 'DeleteRepoTag', 'SignRepoTag', 'AttachPolicyToUser', 'RunScanRule'].map(isMutating),
    ).toEqual([true, true, true, true, true]);
    expect(
      ['GetInstance', 'ListRepoTag', 'DescribeVpcs', 'CheckDeployment', 'PreviewScanRuleTags', 'ExportScanReport'].map(
        isMutating,
      ),
    ).toEqual([false, false, false, false, false, false]);
  });
});
