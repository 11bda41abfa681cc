import { describe, expect, it } from 'vitest';
import { ScanError } from '../types/errors';
import type { OsFamily, OsInfo } from '../types/package';
import { planFix } from './plan-fix';
import { type FixCandidate, FixError } from './types';

const os = (family: OsFamily, name: string, distroless?: boolean): OsInfo => ({ family, name, distroless });
const vuln = (
  id: string,
  pkgName: string,
  installedVersion: string,
  fixedVersion: string | undefined,
  ecosystem: FixCandidate['ecosystem'],
): FixCandidate => ({ id, pkgName, installedVersion, fixedVersion, ecosystem });

describe('planFix', () => {
  it('targets the highest fixed version by deb ordering (epochs beat bigger upstream numbers, ~ sorts first)', () => {
    const plan = planFix({
      image: 'app:1',
      os: os('debian', '12.0'),
      vulnerabilities: [
        vuln('CVE-1', 'foo', '1.0-1', '2.0-1', 'deb'),
        vuln('CVE-2', 'foo', '1.0-1', '1:1.1-1', 'deb'),
        vuln('CVE-3', 'foo', '1.0-1', '1:1.1-1~rc1', 'deb'),
        vuln('CVE-4', 'bar', '3.0-1', '3.0-2~deb12u1', 'deb'),
        vuln('CVE-5', 'bar', '3.0-1', '3.0-1+deb12u9', 'deb'),
      ],
    });
    expect(plan.packages.map((p) => [p.name, p.fixedVersion, p.targetVersion, p.vulnerabilities])).toEqual([
      ['bar', '3.0-2~deb12u1', '3.0-2~deb12u1', ['CVE-4', 'CVE-5']],
      ['foo', '1:1.1-1', '1:1.1-1', ['CVE-1', 'CVE-2', 'CVE-3']],
    ]);
  });

  it('orders apk -rN and rpm releases numerically, not as text', () => {
    const apk = planFix({
      image: 'a',
      os: os('alpine', '3.18.0'),
      vulnerabilities: [
        vuln('CVE-1', 'busybox', '1.36.0-r9', '1.36.1-r9', 'apk'),
        vuln('CVE-2', 'busybox', '1.36.0-r9', '1.36.1-r10', 'apk'),
      ],
    });
    expect(apk.packages[0]?.targetVersion).toBe('1.36.1-r10');
    const rpm = planFix({
      image: 'r',
      os: os('rocky', '9.2'),
      vulnerabilities: [
        vuln('RLSA-1', 'glibc', '2.34-60.el9', '2.34-60.el9_2.10', 'rpm'),
        vuln('RLSA-2', 'glibc', '2.34-60.el9', '2.34-60.el9_2.7', 'rpm'),
      ],
    });
    expect(rpm.packages[0]?.targetVersion).toBe('2.34-60.el9_2.10');
  });

  it("keeps a deb binary's epoch when the advisory names the epoch-less source version", () => {
    const plan = planFix({
      image: 'd',
      os: os('debian', '12.0'),
      vulnerabilities: [vuln('CVE-2024-28085', 'bsdutils', '1:2.38.1-5+b1', '2.38.1-5+deb12u1', 'deb')],
    });
    expect(plan.packages[0]).toMatchObject({ fixedVersion: '2.38.1-5+deb12u1', targetVersion: '1:2.38.1-5+deb12u1' });
    expect(plan.command).toBe('apt-get update && apt-get install -y --only-upgrade bsdutils=1:2.38.1-5+deb12u1');
  });

  it.each([
    [os('alpine', '3.19.1'), 'apk', 'apk add --no-cache --upgrade libssl3=3.1.4-r5 musl=1.2.4-r3'],
    [os('debian', '11.7'), 'deb', 'apt-get update && apt-get install -y --only-upgrade libssl3=3.1.4-r5 musl=1.2.4-r3'],
    [
      os('ubuntu', '22.04'),
      'deb',
      'apt-get update && apt-get install -y --only-upgrade libssl3=3.1.4-r5 musl=1.2.4-r3',
    ],
    [os('rocky', '9.2'), 'rpm', 'dnf -y upgrade libssl3-3.1.4-r5 musl-1.2.4-r3'],
    [os('alma', '8.9'), 'rpm', 'dnf -y upgrade libssl3-3.1.4-r5 musl-1.2.4-r3'],
    [os('fedora', '39'), 'rpm', 'dnf -y upgrade libssl3-3.1.4-r5 musl-1.2.4-r3'],
    [os('amazon', '2023'), 'rpm', 'dnf -y upgrade libssl3-3.1.4-r5 musl-1.2.4-r3'],
    [os('amazon', '2 (Karoo)'), 'rpm', 'yum -y update libssl3-3.1.4-r5 musl-1.2.4-r3'],
    [os('centos', '7.9.2009'), 'rpm', 'yum -y update libssl3-3.1.4-r5 musl-1.2.4-r3'],
  ])('prints the %o upgrade command', (info, ecosystem, command) => {
    const plan = planFix({
      image: 'reg/app:1',
      os: info,
      vulnerabilities: [
        vuln('CVE-2', 'musl', '1.2.4-r2', '1.2.4-r3', ecosystem as FixCandidate['ecosystem']),
        vuln('CVE-1', 'libssl3', '3.1.4-r0', '3.1.4-r5', ecosystem as FixCandidate['ecosystem']),
      ],
    });
    expect(plan.command).toBe(command);
    expect(plan.dockerfile).toBe(`FROM reg/app:1\nRUN ${command}\n`);
    expect(plan.ecosystem).toBe(ecosystem);
  });

  it('prints dnf/yum versions with their epoch', () => {
    const plan = planFix({
      image: 'r',
      os: os('rocky', '9.2'),
      vulnerabilities: [vuln('RLSA-2024:2447', 'openssl-libs', '1:3.0.7-16.el9_2', '1:3.0.7-27.el9', 'rpm')],
    });
    expect(plan.command).toBe('dnf -y upgrade openssl-libs-1:3.0.7-27.el9');
    expect(plan.packageManager).toBe('dnf');
  });

  it('lists what it cannot fix, with the reason, and still upgrades the rest', () => {
    const plan = planFix({
      image: 'node:18-alpine',
      os: os('alpine', '3.18.0'),
      vulnerabilities: [
        vuln('CVE-9', 'zlib', '1.2.13-r1', undefined, 'apk'),
        vuln('GHSA-x', 'semver', '7.5.1', '7.5.2', 'npm'),
        vuln('CVE-8', 'openssl', '3.0.7-1', '3.0.7-2', 'deb'),
        vuln('CVE-7', 'zlib', '1.2.13-r1', '1.2.13-r2', 'apk'),
      ],
    });
    expect(plan.packages.map((p) => [p.name, p.targetVersion])).toEqual([['zlib', '1.2.13-r2']]);
    expect(plan.unfixable.map((u) => [u.id, u.pkgName, u.reason])).toEqual([
      ['CVE-8', 'openssl', 'ecosystem_mismatch'],
      ['GHSA-x', 'semver', 'not_os_package'],
      ['CVE-9', 'zlib', 'no_fixed_version'],
    ]);
    expect(plan.unfixable.every((u) => u.message.length > 0)).toBe(true);
  });

  it('plans nothing (and runs nothing) when no selected vulnerability is fixable', () => {
    const plan = planFix({
      image: 'a:1',
      os: os('alpine', '3.18.0'),
      vulnerabilities: [vuln('CVE-9', 'zlib', '1.2.13-r1', undefined, 'apk')],
    });
    expect(plan.packages).toEqual([]);
    expect(plan.command).toBe('');
    expect(plan.dockerfile).toBe('FROM a:1\n');
    expect(plan.unfixable).toHaveLength(1);
  });

  it('notes that distroless images cannot run the command themselves', () => {
    const plan = planFix({
      image: 'gcr.io/distroless/base',
      os: os('debian', '12', true),
      vulnerabilities: [vuln('CVE-1', 'libssl3', '3.0.9-1', '3.0.11-1~deb12u1', 'deb')],
    });
    expect(plan.notes).toHaveLength(1);
  });

  it('refuses an OS family it has no package manager for, with a typed error', () => {
    const run = () => planFix({ image: 'w', os: { family: 'windows' as OsFamily, name: '10' }, vulnerabilities: [] });
    expect(run).toThrow(FixError);
    expect(run).toThrow(ScanError);
    try {
      run();
    } catch (error) {
      expect(error).toMatchObject({ reason: 'UNSUPPORTED_OS', code: 'UNSUPPORTED_PACKAGE_DB' });
    }
  });

  it('is pure: the same input gives an equal plan and the input is not modified', () => {
    const input = {
      image: 'a',
      os: os('alpine', '3.18.0'),
      vulnerabilities: [vuln('CVE-2', 'b', '1-r0', '1-r2', 'apk'), vuln('CVE-1', 'b', '1-r0', '1-r1', 'apk')],
    };
    const snapshot = structuredClone(input);
    expect(planFix(input)).toEqual(planFix(input));
    expect(input).toEqual(snapshot);
  });
});
