import { describe, expect, it } from 'vitest';
import { evaluatePolicy } from './evaluate';
import { applyExceptions, isExpired, scopeCovers, type VulnerabilityException } from './exceptions';
import type { FindingSeverity } from './types';

const target = { namespace: 'ns', repository: 'app', tag: 'v1' };
const NOW = Date.parse('2026-06-01T00:00:00Z');
const exception = (id: string, extra: Partial<VulnerabilityException> = {}): VulnerabilityException => ({
  id,
  cveId: 'CVE-2024-0001',
  scope: { kind: 'tag', ...target },
  reason: 'not reachable',
  author: 'alice',
  ...extra,
});
const finding = (cveId: string, severity: FindingSeverity = 'High') => ({ cveId, severity, fixable: true });

describe('scopes', () => {
  it.each([
    [{ kind: 'tag', namespace: 'ns', repository: 'app', tag: 'v1' }, true],
    [{ kind: 'tag', namespace: 'ns', repository: 'app', tag: 'v2' }, false],
    [{ kind: 'repository', namespace: 'ns', repository: 'app' }, true],
    [{ kind: 'repository', namespace: 'ns', repository: 'other' }, false],
    [{ kind: 'namespace', namespace: 'ns' }, true],
    [{ kind: 'namespace', namespace: 'other' }, false],
  ] as const)('%j covers ns/app:v1 → %s', (scope, covers) => {
    expect(scopeCovers(scope, target)).toBe(covers);
  });
});

describe('expiry', () => {
  it('expires at the expiry instant; no expiry never expires; garbage is expired', () => {
    expect(isExpired(exception('a', { expiresAt: '2026-06-01T00:00:00Z' }), NOW)).toBe(true);
    expect(isExpired(exception('a', { expiresAt: NOW + 1 }), NOW)).toBe(false);
    expect(isExpired(exception('a'), NOW)).toBe(false);
    expect(isExpired(exception('a', { expiresAt: 'soon' }), new Date(NOW))).toBe(true);
  });
});

describe('applyExceptions', () => {
  it('excepts matching CVEs in scope, case-insensitively, and counts raw vs effective', () => {
    const result = applyExceptions(
      [finding('cve-2024-0001'), finding('CVE-2024-0002')],
      [exception('e1'), exception('e2', { cveId: 'CVE-2024-0002', scope: { kind: 'namespace', namespace: 'other' } })],
      NOW,
      target,
    );
    expect(result.findings.map((f) => [f.cveId, f.excepted, f.exceptionId])).toEqual([
      ['cve-2024-0001', true, 'e1'],
      ['CVE-2024-0002', false, undefined],
    ]);
    expect(result.applied.map((e) => e.id)).toEqual(['e1']);
    expect(result.counts).toEqual({ raw: 2, effective: 1 });
  });

  it('does not apply expired exceptions and reports them', () => {
    const old = exception('old', { expiresAt: '2026-01-01T00:00:00Z' });
    const result = applyExceptions([finding('CVE-2024-0001')], [old], NOW, target);
    expect(result.findings[0]).toMatchObject({ excepted: false, expiredExceptionIds: ['old'] });
    expect(result.expired).toEqual([old]);
    expect(result.applied).toEqual([]);
  });

  it('prefers a live exception over an expired one and the most specific scope', () => {
    const result = applyExceptions(
      [finding('CVE-2024-0001')],
      [
        exception('expired', { expiresAt: NOW - 1 }),
        exception('namespace', { scope: { kind: 'namespace', namespace: 'ns' } }),
        exception('repository', { scope: { kind: 'repository', namespace: 'ns', repository: 'app' } }),
      ],
      NOW,
      target,
    );
    expect(result.findings[0]).toMatchObject({
      excepted: true,
      exceptionId: 'repository',
      expiredExceptionIds: ['expired'],
    });
    expect(result.expired.map((e) => e.id)).toEqual(['expired']);
  });

  it('keeps findings the caller already excepted', () => {
    const result = applyExceptions([{ cveId: 'CVE-1', excepted: true }], [], NOW, target);
    expect(result.findings[0]?.excepted).toBe(true);
  });

  it('feeds the policy: deny, then allow after an exception, then deny again once it expires', () => {
    const policy = {
      issueLevel: 'HIGH',
      issueCount: 1,
      logic: 'OR',
      action: 'BLOCK',
      onlyFixable: false,
      blockUnscanned: false,
    } as const;
    const findings = [finding('CVE-2024-0001'), finding('CVE-2024-0009', 'Low')];
    const decide = (exceptions: VulnerabilityException[], now: number) =>
      evaluatePolicy(policy, {
        scanned: true,
        signatures: [],
        findings: applyExceptions(findings, exceptions, now, target).findings,
      });
    expect(decide([], NOW).allowed).toBe(false);
    const accepted = [exception('e', { expiresAt: '2026-07-01T00:00:00Z' })];
    expect(decide(accepted, NOW).allowed).toBe(true);
    expect(decide(accepted, Date.parse('2026-07-02T00:00:00Z')).allowed).toBe(false);
  });
});
