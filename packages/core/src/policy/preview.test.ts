import { describe, expect, it } from 'vitest';
import { fromChainDenyPolicy, toChainDenyPolicy } from './chain';
import { evaluatePolicy } from './evaluate';
import { type PolicyPreviewTag, previewPolicy } from './preview';
import type { DenyPolicy } from './types';

const high = { severity: 'High', fixable: true, excepted: false } as const;
const tags: PolicyPreviewTag[] = [
  { id: 'ns/app:clean-signed', scanned: true, findings: [], signatures: [{ valid: true, signer: 'w' }] },
  { id: 'ns/app:vulnerable-signed', scanned: true, findings: [high, high], signatures: [{ valid: true, signer: 'w' }] },
  { id: 'ns/app:clean-unsigned', scanned: true, findings: [], signatures: [] },
  {
    id: 'ns/app:vulnerable-tampered',
    scanned: true,
    findings: [high, high],
    signatures: [{ valid: false, signer: 'w' }],
  },
  { id: 'ns/app:never-scanned', scanned: false, findings: [], signatures: [{ valid: true, signer: 'w' }] },
];
const policy: DenyPolicy = {
  issueLevel: 'HIGH',
  issueCount: 2,
  logic: 'OR',
  action: 'BLOCK_RETAG',
  requireSignature: { witnesses: ['w'] },
  onlyFixable: false,
  blockUnscanned: true,
};

describe('previewPolicy', () => {
  it('lists exactly the tags the policy blocks, with every reason, in order', () => {
    const preview = previewPolicy(policy, tags);
    expect(preview.blocked.map((b) => [b.id, b.action, b.reasons.map((r) => r.code)])).toEqual([
      ['ns/app:vulnerable-signed', 'BLOCK_RETAG', ['VULNERABILITY_THRESHOLD']],
      ['ns/app:clean-unsigned', 'BLOCK_RETAG', ['SIGNATURE_MISSING']],
      ['ns/app:vulnerable-tampered', 'BLOCK_RETAG', ['VULNERABILITY_THRESHOLD', 'SIGNATURE_INVALID']],
      ['ns/app:never-scanned', 'BLOCK_RETAG', ['UNSCANNED']],
    ]);
    expect(preview.allowed).toEqual(['ns/app:clean-signed']);
  });

  it('blocks fewer tags under AND', () => {
    const preview = previewPolicy({ ...policy, logic: 'AND' }, tags);
    expect(preview.blocked.map((b) => b.id)).toEqual(['ns/app:vulnerable-tampered', 'ns/app:never-scanned']);
  });

  it('agrees with evaluatePolicy tag by tag', () => {
    for (const logic of ['AND', 'OR'] as const) {
      const preview = previewPolicy({ ...policy, logic }, tags);
      for (const tag of tags) {
        const decision = evaluatePolicy({ ...policy, logic }, tag);
        expect(preview.allowed.includes(tag.id)).toBe(decision.allowed);
      }
    }
  });

  it('handles an empty tag list', () => {
    expect(previewPolicy(policy, [])).toEqual({ blocked: [], allowed: [] });
  });
});

describe('chain DenyPolicy wire form', () => {
  it('parses the API example and writes it back', () => {
    const parsed = fromChainDenyPolicy({ Action: 'BLOCK', IssueLevel: 'HIGH', IssueCount: '10', Logic: 'AND' });
    expect(parsed).toEqual({
      issueLevel: 'HIGH',
      issueCount: 10,
      logic: 'AND',
      action: 'BLOCK',
      onlyFixable: false,
      blockUnscanned: false,
    });
    expect(parsed && toChainDenyPolicy(parsed)).toEqual({
      Action: 'BLOCK',
      IssueLevel: 'HIGH',
      IssueCount: '10',
      Logic: 'AND',
    });
  });

  it('rejects values the API does not define', () => {
    expect(
      fromChainDenyPolicy({ Action: 'BLOCK', IssueLevel: 'CRITICAL', IssueCount: '1', Logic: 'AND' }),
    ).toBeUndefined();
    expect(fromChainDenyPolicy({ Action: 'BLOCK', IssueLevel: 'HIGH', IssueCount: '0', Logic: 'AND' })).toBeUndefined();
    expect(
      fromChainDenyPolicy({ Action: 'BLOCK', IssueLevel: 'HIGH', IssueCount: '1.5', Logic: 'AND' }),
    ).toBeUndefined();
    expect(fromChainDenyPolicy({ Action: 'WARN', IssueLevel: 'HIGH', IssueCount: '1', Logic: 'AND' })).toBeUndefined();
    expect(fromChainDenyPolicy({ Action: 'BLOCK', IssueLevel: 'HIGH', IssueCount: '1', Logic: 'XOR' })).toBeUndefined();
  });
});
