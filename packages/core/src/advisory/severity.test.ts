import { describe, expect, it } from 'vitest';
import type { OsvRecord } from './osv-types';
import { advisorySource, assessSeverity, severityFromLabel, toAcrSeverity } from './severity';

const base: OsvRecord = { id: 'GHSA-xxxx-yyyy-zzzz', modified: '2024-01-01T00:00:00Z' };

describe('toAcrSeverity', () => {
  it.each([
    ['CRITICAL', 'HIGH'],
    ['HIGH', 'HIGH'],
    ['MEDIUM', 'MEDIUM'],
    ['LOW', 'LOW'],
    ['UNKNOWN', 'UNKNOWN'],
  ] as const)('%s → %s', (trivy, acr) => {
    expect(toAcrSeverity(trivy)).toBe(acr);
  });
});

describe('severityFromLabel', () => {
  it.each([
    ['MODERATE', 'MEDIUM'],
    ['LOW', 'LOW'],
    ['HIGH', 'HIGH'],
    ['CRITICAL', 'CRITICAL'],
    ['unimportant', 'LOW'],
    ['negligible', 'LOW'],
    ['bogus', undefined],
  ])('%s → %s', (label, want) => {
    expect(severityFromLabel(label)).toBe(want);
  });
});

describe('assessSeverity', () => {
  it('scores CVSS v3 vectors and rates the highest', () => {
    const r: OsvRecord = {
      ...base,
      severity: [
        { type: 'CVSS_V3', score: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:C/C:L/I:L/A:N' },
        { type: 'CVSS_V3', score: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H' },
      ],
      database_specific: { severity: 'LOW' },
    };
    const s = assessSeverity(r);
    expect(s.severity).toBe('CRITICAL');
    expect(s.source).toBe('ghsa');
    expect(s.cvss.map((c) => c.score)).toEqual([6.1, 9.8]);
  });

  it('falls back to the GHSA label when there is no vector', () => {
    expect(assessSeverity({ ...base, database_specific: { severity: 'MODERATE' } }).severity).toBe('MEDIUM');
  });

  it('does not score CVSS v4 (no calculator) and ends at UNKNOWN', () => {
    const r: OsvRecord = {
      ...base,
      severity: [{ type: 'CVSS_V4', score: 'CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N' }],
    };
    expect(assessSeverity(r)).toEqual({ severity: 'UNKNOWN', source: '', cvss: [] });
  });

  it('prefers a vendor label on the affected entry', () => {
    const r: OsvRecord = {
      ...base,
      id: 'CVE-2021-1',
      severity: [{ type: 'CVSS_V3', score: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H' }],
    };
    const s = assessSeverity(r, { ecosystem_specific: { severity: 'MEDIUM', severity_source: 'debian' } });
    expect(s).toMatchObject({ severity: 'MEDIUM', source: 'debian' });
    expect(s.cvss).toHaveLength(1);
  });

  it('reads Ubuntu priorities given as an `Ubuntu` severity type', () => {
    const r: OsvRecord = { ...base, id: 'UBUNTU-CVE-2024-1', severity: [{ type: 'Ubuntu', score: 'negligible' }] };
    expect(assessSeverity(r)).toEqual({ severity: 'LOW', source: 'ubuntu', cvss: [] });
  });

  it('ignores malformed vectors', () => {
    expect(assessSeverity({ ...base, severity: [{ type: 'CVSS_V3', score: 'garbage' }] }).cvss).toEqual([]);
  });

  it.each([
    ['GHSA-1234', 'ghsa'],
    ['PYSEC-2021-1', 'pysec'],
    ['GO-2022-0001', 'go'],
    ['weird', 'osv'],
  ])('source of %s is %s', (id, src) => {
    expect(advisorySource({ ...base, id })).toBe(src);
  });
});
