import { describe, expect, it } from 'vitest';
import { evaluateRam, ipInCidr } from './evaluate';
import { parseRamPolicy } from './parse';
import { FULL_ACCESS_POLICY, READ_ONLY_POLICY, repositoryArn } from './system';
import type { RamPolicy } from './types';

const REGION = 'cn-hangzhou';
const ACCOUNT = '1234567890123456';
const INSTANCE = 'cri-prodhz0000000001';
const repo = (ns?: string, name?: string) => repositoryArn(REGION, ACCOUNT, INSTANCE, ns, name);

function custom(name: string, json: unknown): RamPolicy {
  const parsed = parseRamPolicy(JSON.stringify(json));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return { PolicyName: name, PolicyType: 'Custom', Document: parsed.document };
}

/** A developer may do anything in namespace team-a, and nothing else. */
const teamA = custom('team-a-dev', {
  Version: '1',
  Statement: [
    { Effect: 'Allow', Action: 'cr:*', Resource: [repo('team-a'), `${repo('team-a')}/*`] },
    { Effect: 'Allow', Action: ['cr:GetInstance', 'cr:ListInstance*'], Resource: '*' },
  ],
});
/** The security engineer reads everything and scans, but may never delete. */
const security = custom('security-engineer', {
  Version: '1',
  Statement: [
    { Effect: 'Allow', Action: ['cr:Get*', 'cr:List*', 'cr:PutScan', 'cr:*ScanRule*'], Resource: '*' },
    { Effect: 'Deny', Action: 'cr:Delete*', Resource: '*' },
  ],
});
/** Full access, except the prod namespace's repositories. */
const noProd = custom('no-prod', {
  Version: '1',
  Statement: [{ Effect: 'Deny', Action: 'cr:*', Resource: `${repo('prod')}/*` }],
});

const USERS: Record<string, RamPolicy[]> = {
  admin: [FULL_ACCESS_POLICY],
  auditor: [READ_ONLY_POLICY],
  developer: [teamA],
  security: [READ_ONLY_POLICY, security],
  contractor: [FULL_ACCESS_POLICY, noProd],
  nobody: [],
};

// user, action, resource, expected decision
const MATRIX: [string, string, string, 'Allow' | 'ExplicitDeny' | 'ImplicitDeny'][] = [
  ['admin', 'cr:DeleteRepository', repo('prod', 'web'), 'Allow'],
  ['admin', 'cr:PutScan', repo('team-a', 'app'), 'Allow'],
  ['auditor', 'cr:GetRepository', repo('prod', 'web'), 'Allow'],
  ['auditor', 'cr:ListScanBaseline', `acs:cr:${REGION}:${ACCOUNT}:instance/${INSTANCE}`, 'Allow'],
  ['auditor', 'cr:PullRepository', repo('prod', 'web'), 'Allow'],
  ['auditor', 'cr:PutScan', repo('prod', 'web'), 'ImplicitDeny'],
  ['auditor', 'cr:CreateScanRule', `acs:cr:${REGION}:${ACCOUNT}:instance/${INSTANCE}/scanrule/*`, 'ImplicitDeny'],
  ['auditor', 'cr:DeleteRepository', repo('prod', 'web'), 'ImplicitDeny'],
  ['developer', 'cr:PutScan', repo('team-a', 'app'), 'Allow'],
  ['developer', 'cr:GetNamespace', repo('team-a'), 'Allow'],
  ['developer', 'cr:PutScan', repo('prod', 'web'), 'ImplicitDeny'],
  ['developer', 'cr:GetNamespace', repo('team-b'), 'ImplicitDeny'],
  // `team-a*` would be a prefix trap; the policy names `team-a` and `team-a/*` exactly.
  ['developer', 'cr:GetRepository', repo('team-ab', 'x'), 'ImplicitDeny'],
  ['developer', 'cr:ListInstance', '*', 'Allow'],
  ['developer', 'cr:listinstanceendpoint', `acs:cr:${REGION}:${ACCOUNT}:instance/${INSTANCE}`, 'Allow'],
  ['security', 'cr:PutScan', repo('prod', 'web'), 'Allow'],
  ['security', 'cr:UpdateScanRule', `acs:cr:${REGION}:${ACCOUNT}:instance/${INSTANCE}/scanrule/*`, 'Allow'],
  ['security', 'cr:DeleteScanRule', `acs:cr:${REGION}:${ACCOUNT}:instance/${INSTANCE}/scanrule/*`, 'ExplicitDeny'],
  ['security', 'cr:DeleteRepoTag', repo('prod', 'web'), 'ExplicitDeny'],
  ['contractor', 'cr:DeleteRepository', repo('team-a', 'app'), 'Allow'],
  ['contractor', 'cr:GetRepository', repo('prod', 'web'), 'ExplicitDeny'],
  // The namespace itself is not under `prod/*`, so only the repositories are denied.
  ['contractor', 'cr:GetNamespace', repo('prod'), 'Allow'],
  ['nobody', 'cr:GetInstance', `acs:cr:${REGION}:${ACCOUNT}:instance/${INSTANCE}`, 'ImplicitDeny'],
];

describe('evaluateRam over a table of identities × actions × resources', () => {
  it.each(MATRIX)('%s %s on %s → %s', (user, action, resource, expected) => {
    const decision = evaluateRam(USERS[user] ?? [], { action, resource });
    expect(decision.decision).toBe(expected);
    expect(decision.allowed).toBe(expected === 'Allow');
  });

  it('names the statements that decided', () => {
    const decision = evaluateRam(USERS.security ?? [], { action: 'cr:DeleteRepoTag', resource: repo('prod', 'web') });
    expect(decision.matches).toEqual([{ policyName: 'security-engineer', statement: 1, effect: 'Deny' }]);
  });
});

describe('conditions', () => {
  const officeOnly = custom('office-only', {
    Version: '1',
    Statement: [
      { Effect: 'Allow', Action: 'cr:*', Resource: '*', Condition: { IpAddress: { 'acs:SourceIp': ['10.0.0.0/8'] } } },
      {
        Effect: 'Deny',
        Action: 'cr:Delete*',
        Resource: '*',
        Condition: { DateGreaterThan: { 'acs:CurrentTime': '2026-12-01T00:00:00Z' } },
      },
    ],
  });

  it('IpAddress and date conditions gate the statements', () => {
    const at = (ip: string, time: string) => ({ 'acs:SourceIp': ip, 'acs:CurrentTime': time });
    const ask = (action: string, context: Record<string, string>) =>
      evaluateRam([officeOnly], { action, resource: repo('prod', 'web'), context }).decision;
    expect(ask('cr:GetRepository', at('10.1.2.3', '2026-11-28T00:00:00Z'))).toBe('Allow');
    expect(ask('cr:GetRepository', at('192.168.1.1', '2026-11-28T00:00:00Z'))).toBe('ImplicitDeny');
    expect(ask('cr:DeleteRepository', at('10.1.2.3', '2026-11-28T00:00:00Z'))).toBe('Allow');
    expect(ask('cr:DeleteRepository', at('10.1.2.3', '2026-12-02T00:00:00Z'))).toBe('ExplicitDeny');
  });

  it('a missing context key fails positive operators and satisfies negated ones', () => {
    const notVpc = custom('not-vpc', {
      Version: '1',
      Statement: [
        {
          Effect: 'Allow',
          Action: 'cr:Get*',
          Resource: '*',
          Condition: { StringNotEquals: { 'acs:SourceVpc': 'vpc-1' } },
        },
        {
          Effect: 'Allow',
          Action: 'cr:List*',
          Resource: '*',
          Condition: { StringEquals: { 'acs:SourceVpc': 'vpc-1' } },
        },
      ],
    });
    expect(evaluateRam([notVpc], { action: 'cr:GetRepository', resource: '*' }).allowed).toBe(true);
    expect(evaluateRam([notVpc], { action: 'cr:ListRepository', resource: '*' }).allowed).toBe(false);
  });

  it('matches CIDR blocks exactly', () => {
    expect(ipInCidr('10.255.0.1', '10.0.0.0/8')).toBe(true);
    expect(ipInCidr('11.0.0.1', '10.0.0.0/8')).toBe(false);
    expect(ipInCidr('192.168.1.7', '192.168.1.7')).toBe(true);
    expect(ipInCidr('0.0.0.0', '0.0.0.0/0')).toBe(true);
    expect(ipInCidr('300.1.1.1', '0.0.0.0/0')).toBe(false);
  });
});
