import { describe, expect, it } from 'vitest';
import { initialRuleValues, ruleRequestFields } from './rule-form-values';

const base = {
  ...initialRuleValues(),
  RuleName: ' scan-high ',
  Url: 'https://oapi.dingtalk.com/robot/send?access_token=t',
};

describe('ruleRequestFields', () => {
  it('sends an instance rule with no namespaces and the scan threshold', () => {
    const fields = ruleRequestFields({ ...base, Severity: 'HIGH' });
    expect(fields).toMatchObject({ RuleName: 'scan-high', EventScope: 'INSTANCE', Namespaces: [], RepoNames: [] });
    expect(JSON.parse(fields.EventConfig)).toMatchObject({ notifyFilter: { Severity: 'HIGH' }, retry: { Retries: 3 } });
  });

  it('sends the masked secret back when the field is blank, so the stored one is kept', () => {
    const kept = JSON.parse(ruleRequestFields({ ...base, Secret: '' }, 'SEC1****').EventConfig);
    expect(kept.notifyConfig.Secret).toBe('SEC1****');
    const replaced = JSON.parse(ruleRequestFields({ ...base, Secret: 'SECnew' }, 'SEC1****').EventConfig);
    expect(replaced.notifyConfig.Secret).toBe('SECnew');
  });

  it('sends one namespace and its repositories for a repository rule, and no threshold for other events', () => {
    const fields = ruleRequestFields({
      ...base,
      EventType: 'cr:Artifact:PushCompleted',
      EventScope: 'REPO',
      Namespace: 'team-a',
      RepoNames: ['demo-app'],
    });
    expect(fields).toMatchObject({ Namespaces: ['team-a'], RepoNames: ['demo-app'] });
    expect(JSON.parse(fields.EventConfig).notifyFilter).toBeUndefined();
  });
});
