/**
 * Curated Debian records (OSV ecosystem `Debian:<release>`, package = SOURCE package, versions
 * as Debian writes them). Fixed versions are the first bullseye/bookworm builds carrying the fix,
 * per the Debian security tracker (https://security-tracker.debian.org/tracker/) and the DSAs named.
 */
import { type DistroFix, distroAdvisory } from './build';
import { OS_CVE_FACTS } from './os-cve-facts';
import type { OsvRecord } from './osv-record';

const D11 = 'Debian:11';
const D12 = 'Debian:12';

/** `[CVE, fixes, notice?]` rows. */
const ROWS: ReadonlyArray<readonly [string, readonly DistroFix[], string?]> = [
  // glibc
  [
    'CVE-2023-4911',
    [
      [D11, 'glibc', '2.31-13+deb11u7'],
      [D12, 'glibc', '2.36-9+deb12u3'],
    ],
    'DSA-5514-1',
  ],
  ['CVE-2023-4527', [[D12, 'glibc', '2.36-9+deb12u3']], 'DSA-5514-1'],
  ['CVE-2023-6246', [[D12, 'glibc', '2.36-9+deb12u4']], 'DSA-5611-1'],
  ['CVE-2023-6779', [[D12, 'glibc', '2.36-9+deb12u4']], 'DSA-5611-1'],
  ['CVE-2023-6780', [[D12, 'glibc', '2.36-9+deb12u4']], 'DSA-5611-1'],
  [
    'CVE-2024-2961',
    [
      [D11, 'glibc', '2.31-13+deb11u9'],
      [D12, 'glibc', '2.36-9+deb12u6'],
    ],
    'DSA-5673-1',
  ],
  [
    'CVE-2024-33599',
    [
      [D11, 'glibc', '2.31-13+deb11u10'],
      [D12, 'glibc', '2.36-9+deb12u7'],
    ],
    'DSA-5678-1',
  ],
  [
    'CVE-2024-33600',
    [
      [D11, 'glibc', '2.31-13+deb11u10'],
      [D12, 'glibc', '2.36-9+deb12u7'],
    ],
    'DSA-5678-1',
  ],
  [
    'CVE-2024-33601',
    [
      [D11, 'glibc', '2.31-13+deb11u10'],
      [D12, 'glibc', '2.36-9+deb12u7'],
    ],
    'DSA-5678-1',
  ],
  [
    'CVE-2024-33602',
    [
      [D11, 'glibc', '2.31-13+deb11u10'],
      [D12, 'glibc', '2.36-9+deb12u7'],
    ],
    'DSA-5678-1',
  ],
  // openssl
  ['CVE-2023-0464', [[D11, 'openssl', '1.1.1n-0+deb11u5']], 'DSA-5417-1'],
  ['CVE-2023-0465', [[D11, 'openssl', '1.1.1n-0+deb11u5']], 'DSA-5417-1'],
  ['CVE-2023-0466', [[D11, 'openssl', '1.1.1n-0+deb11u5']], 'DSA-5417-1'],
  ['CVE-2023-2650', [[D11, 'openssl', '1.1.1n-0+deb11u5']], 'DSA-5417-1'],
  ['CVE-2023-3446', [[D12, 'openssl', '3.0.11-1~deb12u1']]],
  ['CVE-2023-3817', [[D12, 'openssl', '3.0.11-1~deb12u1']]],
  ['CVE-2023-4807', [[D12, 'openssl', '3.0.11-1~deb12u2']], 'DSA-5532-1'],
  ['CVE-2023-5363', [[D12, 'openssl', '3.0.11-1~deb12u2']], 'DSA-5532-1'],
  ['CVE-2023-5678', [[D12, 'openssl', '3.0.13-1~deb12u1']]],
  ['CVE-2023-6129', [[D12, 'openssl', '3.0.13-1~deb12u1']]],
  ['CVE-2023-6237', [[D12, 'openssl', '3.0.13-1~deb12u1']]],
  ['CVE-2024-0727', [[D12, 'openssl', '3.0.13-1~deb12u1']]],
  // zlib
  ['CVE-2018-25032', [[D11, 'zlib', '1:1.2.11.dfsg-2+deb11u1']], 'DSA-5111-1'],
  ['CVE-2022-37434', [[D11, 'zlib', '1:1.2.11.dfsg-2+deb11u2']], 'DSA-5218-1'],
  // perl
  [
    'CVE-2023-47038',
    [
      [D11, 'perl', '5.32.1-4+deb11u3'],
      [D12, 'perl', '5.36.0-7+deb12u1'],
    ],
    'DSA-5578-1',
  ],
  ['CVE-2023-31484', [[D12, 'perl', '5.36.0-7+deb12u1']]],
  // tar, pam, util-linux, shadow, krb5, ncurses
  [
    'CVE-2023-39804',
    [
      [D11, 'tar', '1.34+dfsg-1+deb11u1'],
      [D12, 'tar', '1.34+dfsg-1.2+deb12u1'],
    ],
  ],
  ['CVE-2024-22365', [[D12, 'pam', '1.5.2-6+deb12u1']]],
  ['CVE-2024-28085', [[D12, 'util-linux', '2.38.1-5+deb12u1']]],
  ['CVE-2023-4641', [[D11, 'shadow', '1:4.8.1-1+deb11u1']]],
  ['CVE-2023-29383', [[D11, 'shadow', '1:4.8.1-1+deb11u1']]],
  ['CVE-2023-36054', [[D11, 'krb5', '1.18.3-6+deb11u4']]],
  ['CVE-2024-37371', [[D11, 'krb5', '1.18.3-6+deb11u5']]],
  ['CVE-2023-29491', [[D11, 'ncurses', '6.2+20201114-2+deb11u2']]],
  // gnutls28
  ['CVE-2023-5981', [[D12, 'gnutls28', '3.7.9-2+deb12u1']]],
  ['CVE-2024-0553', [[D12, 'gnutls28', '3.7.9-2+deb12u2']]],
  ['CVE-2024-28834', [[D12, 'gnutls28', '3.7.9-2+deb12u3']]],
  ['CVE-2024-28835', [[D12, 'gnutls28', '3.7.9-2+deb12u3']]],
  // expat (bookworm images pinned at 2.5.0-1 stay affected: see the coverage test)
  ['CVE-2024-45490', [[D12, 'expat', '2.5.0-1+deb12u1']], 'DSA-5770-1'],
  ['CVE-2024-45491', [[D12, 'expat', '2.5.0-1+deb12u1']], 'DSA-5770-1'],
  ['CVE-2024-45492', [[D12, 'expat', '2.5.0-1+deb12u1']], 'DSA-5770-1'],
];

/** Curated `Debian:11` / `Debian:12` records. */
export const debianAdvisories: readonly OsvRecord[] = ROWS.map(([cve, fixes, notice]) =>
  distroAdvisory('DEBIAN', cve, OS_CVE_FACTS, fixes, notice),
);
