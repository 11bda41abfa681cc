import { describe, expect, it } from 'vitest';
import { createAdvisoryIndex, databaseInfo } from './advisory-index';
import type { OsvRecord } from './osv-types';

function rec(
  id: string,
  ecosystem: string,
  name: string,
  modified = '2024-01-01T00:00:00Z',
  extra: Partial<OsvRecord> = {},
): OsvRecord {
  return {
    id,
    modified,
    affected: [{ package: { ecosystem, name }, ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }] }] }],
    ...extra,
  };
}

describe('createAdvisoryIndex', () => {
  it('indexes by namespace and normalised name', () => {
    const index = createAdvisoryIndex([
      rec('PYSEC-1', 'PyPI', 'Zope.Interface'),
      rec('DSA-1', 'Debian:12', 'openssl'),
      rec('ALPINE-1', 'Alpine:v3.18', 'openssl'),
    ]);
    expect(index.lookup('pypi', 'zope_interface').map((e) => e.record.id)).toEqual(['PYSEC-1']);
    expect(index.lookup('debian:12', 'openssl').map((e) => e.record.id)).toEqual(['DSA-1']);
    expect(index.lookup('debian:11', 'openssl')).toEqual([]);
    expect(index.lookup('alpine:3.18', 'openssl')).toHaveLength(1);
    expect(index.lookup('npm', 'openssl')).toEqual([]);
  });

  it('groups several affected entries of one package into one entry', () => {
    const r = rec('GHSA-1', 'npm', 'a');
    r.affected?.push(
      { package: { ecosystem: 'npm', name: 'a' }, versions: ['1.0.0'] },
      { package: { ecosystem: 'npm', name: 'b' }, versions: ['1.0.0'] },
    );
    const index = createAdvisoryIndex([r]);
    expect(index.lookup('npm', 'a')).toHaveLength(1);
    expect(index.lookup('npm', 'a')[0]?.affected).toHaveLength(2);
    expect(databaseInfo(index).namespaces).toEqual({ npm: 1 });
  });

  it('drops withdrawn records and keeps the latest copy of a duplicated id', () => {
    const index = createAdvisoryIndex(
      [
        rec('GHSA-1', 'npm', 'old', '2023-01-01T00:00:00Z'),
        rec('GHSA-1', 'npm', 'new', '2024-06-01T00:00:00Z'),
        rec('GHSA-2', 'npm', 'gone', '2024-01-01T00:00:00Z', { withdrawn: '2024-02-01T00:00:00Z' }),
        rec('NUGET-1', 'NuGet', 'x'),
      ],
      { version: '2026.11.28', builtAt: '2026-11-28T00:00:00Z' },
    );
    expect(index.lookup('npm', 'old')).toEqual([]);
    expect(index.lookup('npm', 'new')).toHaveLength(1);
    expect(index.lookup('npm', 'gone')).toEqual([]);
    expect(databaseInfo(index)).toEqual({
      version: '2026.11.28',
      builtAt: '2026-11-28T00:00:00Z',
      lastModified: '2024-06-01T00:00:00Z',
      recordCount: 2,
      withdrawnCount: 1,
      namespaces: { npm: 1 },
      unsupportedEcosystems: { NuGet: 1 },
    });
  });
});
