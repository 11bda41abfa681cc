import { describe, expect, it } from 'vitest';
import { diffSideParam, parseDiffSide, paths, vulnSearchParams } from '@/hooks/use-route-params';
import { readSearchFilters, searchRequest } from './use-search-filters';

describe('漏洞检索 filters in the URL', () => {
  it('round-trips every filter through paths.search', () => {
    const filters = {
      cve: 'CVE-2023-*',
      package: 'openssl',
      namespace: 'prod',
      repo: 'nginx',
      tag: '1.25',
      severity: ['High', 'Medium'] as const,
      cvssMin: 7,
      cvssMax: 9.8,
      fixable: true,
      ecosystem: 'alpine',
      excepted: false,
      fix: ['UNFIXED', 'FIXING'] as const,
    };
    const url = paths.search('cn-hangzhou', 'cri-1', filters);
    expect(url.startsWith('/cn-hangzhou/instances/cri-1/search?')).toBe(true);
    const parsed = readSearchFilters(new URL(url, 'http://x').searchParams);
    expect(parsed).toEqual({ ...filters, severity: ['High', 'Medium'], fix: ['UNFIXED', 'FIXING'] });
    expect(url).toContain('ecosystem=alpine');
    expect(url).toContain('excepted=0');
    expect(url).toContain('fix=unfixed%2Cfixing');
  });

  it('reads the report’s click-through filters: ecosystem, excepted, fix states', () => {
    const parsed = readSearchFilters(new URLSearchParams('ecosystem=npm&excepted=1&fix=Fixed,bogus,fixed,ignored'));
    expect(parsed).toMatchObject({ ecosystem: 'npm', excepted: true, fix: ['FIXED', 'IGNORED'] });
    expect(readSearchFilters(new URLSearchParams('excepted=yes&fix=')).excepted).toBeUndefined();
    expect(searchRequest('cri-1', parsed)).toMatchObject({
      Ecosystem: 'npm',
      Excepted: true,
      FixState: ['FIXED', 'IGNORED'],
    });
    expect(paths.search('r', 'i', { excepted: true })).toBe('/r/instances/i/search?excepted=1');
  });

  it('drops unknown levels, out-of-range scores and empty text', () => {
    const parsed = readSearchFilters(
      new URLSearchParams('severity=High,Bogus,High&cvssMin=11&cvssMax=&cve=%20&fixable=0'),
    );
    expect(parsed).toEqual({
      cve: undefined,
      package: undefined,
      namespace: undefined,
      repo: undefined,
      tag: undefined,
      severity: ['High'],
      cvssMin: undefined,
      cvssMax: undefined,
      fixable: undefined,
      ecosystem: undefined,
      excepted: undefined,
      fix: undefined,
    });
  });

  it('maps to the API fields', () => {
    expect(searchRequest('cri-1', { cve: 'CVE-1', severity: ['Low'], fixable: true })).toMatchObject({
      InstanceId: 'cri-1',
      CveId: 'CVE-1',
      Severity: ['Low'],
      Fixable: true,
    });
    expect(paths.search('r', 'i')).toBe('/r/instances/i/search');
    expect(vulnSearchParams({ severity: [] }).toString()).toBe('');
  });
});

describe('扫描对比 sides in the URL', () => {
  it('round-trips with and without a scan task', () => {
    for (const side of [
      { repoId: 'crr-a', tag: '1.0' },
      { repoId: 'crr-a', tag: '1.1', scanTaskId: 'task-9' },
    ]) {
      expect(parseDiffSide(diffSideParam(side))).toEqual(side);
    }
    expect(parseDiffSide(null)).toBeUndefined();
    expect(parseDiffSide('crr-a')).toBeUndefined();
    expect(paths.scanDiff('r', 'i', { repoId: 'crr-a', tag: '1.0' }, { repoId: 'crr-a', tag: '1.1' })).toBe(
      '/r/instances/i/diff?base=crr-a%3A1.0&target=crr-a%3A1.1',
    );
  });
});
