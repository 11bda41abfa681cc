import { describe, expect, it } from 'vitest';
import { atOrAbove, countedFindings, effectiveIssueCount, evaluatePolicy, validateDenyPolicy } from './evaluate';
import type { DenyPolicy, FindingSeverity, PolicyFinding, TagPolicyInput } from './types';

const base: DenyPolicy = {
  issueLevel: 'HIGH',
  issueCount: 2,
  logic: 'OR',
  action: 'BLOCK',
  onlyFixable: false,
  blockUnscanned: false,
};
const finding = (severity: FindingSeverity, extra: Partial<PolicyFinding> = {}): PolicyFinding => ({
  severity,
  fixable: true,
  excepted: false,
  ...extra,
});
const tag = (extra: Partial<TagPolicyInput> = {}): TagPolicyInput => ({
  scanned: true,
  findings: [],
  signatures: [],
  ...extra,
});
const highs = (n: number) => Array.from({ length: n }, () => finding('High'));
const codes = (policy: DenyPolicy, input: TagPolicyInput) => evaluatePolicy(policy, input).reasons.map((r) => r.code);

describe('severity and counting', () => {
  it('ranks Unknown < Low < Medium < High', () => {
    expect(atOrAbove('High', 'MEDIUM')).toBe(true);
    expect(atOrAbove('Medium', 'HIGH')).toBe(false);
    expect(atOrAbove('Low', 'LOW')).toBe(true);
    expect(atOrAbove('Unknown', 'LOW')).toBe(false);
    expect(atOrAbove('Unknown', 'UNKNOWN')).toBe(true);
  });

  it('counts non-excepted findings at the level, and only fixable ones when asked', () => {
    const findings = [
      finding('High'),
      finding('High', { excepted: true }),
      finding('High', { fixable: false }),
      finding('Medium'),
      finding('Low'),
      finding('Unknown'),
    ];
    expect(countedFindings(findings, 'HIGH', false)).toBe(2);
    expect(countedFindings(findings, 'HIGH', true)).toBe(1);
    expect(countedFindings(findings, 'MEDIUM', false)).toBe(3);
    expect(countedFindings(findings, 'LOW', false)).toBe(4);
    expect(countedFindings(findings, 'UNKNOWN', false)).toBe(5);
  });

  it('reads a bad issueCount as at least 1', () => {
    expect(effectiveIssueCount(0)).toBe(1);
    expect(effectiveIssueCount(-3)).toBe(1);
    expect(effectiveIssueCount(2.7)).toBe(2);
    expect(effectiveIssueCount(Number.NaN)).toBe(1);
  });
});

describe('vulnerability condition', () => {
  it('passes below IssueCount and denies at it (the boundary)', () => {
    expect(evaluatePolicy(base, tag({ findings: highs(1) })).allowed).toBe(true);
    const denied = evaluatePolicy(base, tag({ findings: highs(2) }));
    expect(denied).toMatchObject({ allowed: false, action: 'BLOCK', countedFindings: 2 });
    expect(denied.reasons).toEqual([
      expect.objectContaining({ code: 'VULNERABILITY_THRESHOLD', count: 2, threshold: 2 }),
    ]);
    expect(denied.reasons[0]?.message['zh-CN']).toContain('2 个高危');
    expect(denied.reasons[0]?.message['en-US']).toContain('High severity');
  });

  it('IssueCount 1 blocks any counted finding', () => {
    expect(evaluatePolicy({ ...base, issueCount: 1 }, tag({ findings: highs(1) })).allowed).toBe(false);
    expect(evaluatePolicy({ ...base, issueCount: 1 }, tag()).allowed).toBe(true);
  });

  it('ignores findings below the level', () => {
    const findings = [finding('Medium'), finding('Medium'), finding('Low')];
    expect(evaluatePolicy(base, tag({ findings })).allowed).toBe(true);
    expect(evaluatePolicy({ ...base, issueLevel: 'MEDIUM' }, tag({ findings })).allowed).toBe(false);
  });

  it('honours exceptions', () => {
    const findings = [finding('High'), finding('High', { excepted: true })];
    expect(evaluatePolicy(base, tag({ findings })).allowed).toBe(true);
  });

  it('with onlyFixable, ignores findings without a fix', () => {
    const findings = [finding('High', { fixable: false }), finding('High', { fixable: false })];
    expect(evaluatePolicy(base, tag({ findings })).allowed).toBe(false);
    const decision = evaluatePolicy({ ...base, onlyFixable: true }, tag({ findings }));
    expect(decision).toMatchObject({ allowed: true, countedFindings: 0 });
    const fixable = evaluatePolicy({ ...base, onlyFixable: true }, tag({ findings: highs(2) }));
    expect(fixable.reasons[0]?.message['en-US']).toContain('fixable');
  });

  it('is off without an issueLevel', () => {
    const { issueLevel: _off, ...signatureOnly } = base;
    expect(evaluatePolicy(signatureOnly, tag({ findings: highs(9) })).allowed).toBe(true);
  });
});

describe('signature condition', () => {
  const signed: DenyPolicy = { ...base, issueLevel: undefined, requireSignature: { witnesses: ['w1', 'w2'] } };

  it('passes with a valid signature by a witness', () => {
    const decision = evaluatePolicy(signed, tag({ signatures: [{ valid: false }, { valid: true, signer: 'w2' }] }));
    expect(decision.allowed).toBe(true);
  });

  it('says SIGNATURE_MISSING when unsigned', () => {
    const decision = evaluatePolicy(signed, tag());
    expect(decision.reasons).toEqual([expect.objectContaining({ code: 'SIGNATURE_MISSING', witnesses: ['w1', 'w2'] })]);
    expect(decision.reasons[0]?.message['zh-CN']).toContain('证明者 w1、w2');
  });

  it('says SIGNATURE_INVALID when every signature is invalid', () => {
    expect(codes(signed, tag({ signatures: [{ valid: false, signer: 'w1' }] }))).toEqual(['SIGNATURE_INVALID']);
  });

  it('says SIGNATURE_UNTRUSTED when only other keys signed validly', () => {
    const decision = evaluatePolicy(signed, tag({ signatures: [{ valid: true, signer: 'someone' }] }));
    expect(decision.reasons).toEqual([expect.objectContaining({ code: 'SIGNATURE_UNTRUSTED', signers: ['someone'] })]);
  });

  it('accepts any valid signature when no witness is named', () => {
    const anyKey: DenyPolicy = { ...signed, requireSignature: { witnesses: [] } };
    expect(evaluatePolicy(anyKey, tag({ signatures: [{ valid: true, signer: 'k' }] })).allowed).toBe(true);
    expect(codes(anyKey, tag({ signatures: [{ valid: false }] }))).toEqual(['SIGNATURE_INVALID']);
  });
});

describe('logic', () => {
  const both = (logic: 'AND' | 'OR'): DenyPolicy => ({ ...base, logic, requireSignature: { witnesses: ['w'] } });
  const vulnerable = highs(2);
  const signature = [{ valid: true, signer: 'w' }];
  const cases = [
    // [vulnerable, signed, OR allows, AND allows]
    [false, true, true, true],
    [true, true, false, true],
    [false, false, false, true],
    [true, false, false, false],
  ] as const;

  it.each(cases)(
    'vulnerable=%s signed=%s → OR allows %s, AND allows %s',
    (isVulnerable, isSigned, orAllows, andAllows) => {
      const input = tag({ findings: isVulnerable ? vulnerable : [], signatures: isSigned ? signature : [] });
      expect(evaluatePolicy(both('OR'), input).allowed).toBe(orAllows);
      expect(evaluatePolicy(both('AND'), input).allowed).toBe(andAllows);
    },
  );

  it('lists every reason when both conditions fail', () => {
    for (const logic of ['AND', 'OR'] as const) {
      expect(codes(both(logic), tag({ findings: vulnerable }))).toEqual([
        'VULNERABILITY_THRESHOLD',
        'SIGNATURE_MISSING',
      ]);
    }
  });

  it('reports conditions outvoted under AND as tolerated', () => {
    const decision = evaluatePolicy(both('AND'), tag({ findings: vulnerable, signatures: signature }));
    expect(decision.allowed).toBe(true);
    expect(decision.reasons).toEqual([]);
    expect(decision.tolerated.map((r) => r.code)).toEqual(['VULNERABILITY_THRESHOLD']);
  });

  it('AND with a single enabled condition behaves like OR', () => {
    expect(evaluatePolicy({ ...base, logic: 'AND' }, tag({ findings: vulnerable })).allowed).toBe(false);
  });

  it('allows everything when no condition is enabled', () => {
    const none: DenyPolicy = { ...base, issueLevel: undefined };
    expect(evaluatePolicy(none, tag({ findings: vulnerable })).allowed).toBe(true);
  });
});

describe('never-scanned images', () => {
  it('are denied with blockUnscanned, even when AND would let a signature through', () => {
    const policy: DenyPolicy = { ...base, logic: 'AND', blockUnscanned: true, requireSignature: { witnesses: ['w'] } };
    const decision = evaluatePolicy(policy, tag({ scanned: false, signatures: [{ valid: true, signer: 'w' }] }));
    expect(decision).toMatchObject({ allowed: false, action: 'BLOCK' });
    expect(decision.reasons.map((r) => r.code)).toEqual(['UNSCANNED']);
  });

  it('list the other failing conditions too', () => {
    const policy: DenyPolicy = { ...base, blockUnscanned: true, requireSignature: { witnesses: [] } };
    expect(codes(policy, tag({ scanned: false }))).toEqual(['UNSCANNED', 'SIGNATURE_MISSING']);
  });

  it('pass the vulnerability condition without blockUnscanned', () => {
    expect(evaluatePolicy({ ...base, issueCount: 1 }, tag({ scanned: false })).allowed).toBe(true);
  });

  it('report the policy action', () => {
    const policy: DenyPolicy = { ...base, action: 'BLOCK_DELETE_TAG', blockUnscanned: true };
    expect(evaluatePolicy(policy, tag({ scanned: false })).action).toBe('BLOCK_DELETE_TAG');
    expect(evaluatePolicy(policy, tag()).action).toBeUndefined();
  });
});

describe('validateDenyPolicy', () => {
  it('accepts a sound policy and names each problem', () => {
    expect(validateDenyPolicy(base)).toEqual([]);
    const bad = {
      ...base,
      issueCount: 0,
      issueLevel: 'CRITICAL',
      logic: 'XOR',
      action: 'WARN',
      requireSignature: { witnesses: [' '] },
    } as unknown as DenyPolicy;
    expect(validateDenyPolicy(bad)).toEqual([
      'ISSUE_COUNT_INVALID',
      'ISSUE_LEVEL_INVALID',
      'LOGIC_INVALID',
      'ACTION_INVALID',
      'WITNESS_INVALID',
    ]);
  });
});
