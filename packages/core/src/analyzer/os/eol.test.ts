import { describe, expect, it } from 'vitest';
import type { OsInfo } from '../../types/package';
import { eolReleaseKey, osEol } from './eol';

describe('eolReleaseKey', () => {
  it.each<[OsInfo['family'], string, string | undefined]>([
    ['alpine', '3.18.4', '3.18'],
    ['alpine', '3.20_alpha20240315', '3.20'],
    ['alpine', 'edge', undefined],
    ['debian', '12.4', '12'],
    ['debian', 'trixie/sid', undefined],
    ['ubuntu', '22.04', '22.04'],
    ['centos', '7.6.1810', '7'],
    ['centos', 'stream9', 'stream9'],
    ['oracle', '8.10', '8'],
    ['amazon', '2018.03', '1'],
    ['amazon', '2', '2'],
    ['amazon', '2023.3.20240108', '2023'],
  ])('%s %s → %s', (family, name, want) => {
    expect(eolReleaseKey({ family, name })).toBe(want);
  });
});

describe('osEol', () => {
  const at = (iso: string) => new Date(`${iso}T12:00:00Z`);
  it.each<[OsInfo, string, Pick<OsInfo, 'eolDate' | 'eol'>]>([
    [{ family: 'alpine', name: '3.18.4' }, '2025-05-09', { eolDate: '2025-05-09', eol: false }],
    [{ family: 'alpine', name: '3.18.4' }, '2025-05-10', { eolDate: '2025-05-09', eol: true }],
    [{ family: 'debian', name: '9.8' }, '2024-01-01', { eolDate: '2020-07-06', eol: true }],
    [{ family: 'debian', name: '13.1' }, '2026-01-01', { eolDate: '2028-08-09', eol: false }],
    [{ family: 'ubuntu', name: '18.04' }, '2024-01-01', { eolDate: '2023-05-31', eol: true }],
    [{ family: 'redhat', name: '9.4' }, '2026-01-01', { eolDate: '2032-05-31', eol: false }],
    [{ family: 'centos', name: '8.5.2111' }, '2022-01-01', { eolDate: '2021-12-31', eol: true }],
    [{ family: 'amazon', name: '2018.03' }, '2024-01-01', { eolDate: '2023-12-31', eol: true }],
    [{ family: 'rocky', name: '8.4' }, '2026-01-01', { eolDate: '2029-05-31', eol: false }],
  ])('%o at %s', (os, now, want) => {
    expect(osEol(os, at(now))).toEqual({ ...os, ...want });
  });

  it('leaves unknown releases without EOL fields (and clears stale ones)', () => {
    expect(osEol({ family: 'debian', name: 'trixie/sid', eol: true, eolDate: '2000-01-01' }, new Date())).toEqual({
      family: 'debian',
      name: 'trixie/sid',
    });
    expect(osEol({ family: 'ubuntu', name: '99.04' }, new Date())).toEqual({ family: 'ubuntu', name: '99.04' });
  });
});
