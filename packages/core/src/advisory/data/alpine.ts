/**
 * Curated Alpine records (OSV ecosystem `Alpine:v3.18` / `Alpine:v3.19`, package = ORIGIN
 * package, so libcrypto3/libssl3 match through `openssl` and ssl_client through `busybox`).
 * Fixed versions are the `secfixes` entries of the release branch (https://secdb.alpinelinux.org/).
 */
import { type DistroFix, distroAdvisory } from './build';
import { OS_CVE_FACTS } from './os-cve-facts';
import type { OsvRecord } from './osv-record';

const A318 = 'Alpine:v3.18';
const A319 = 'Alpine:v3.19';
const both = (pkg: string, fixed318: string, fixed319: string): DistroFix[] => [
  [A318, pkg, fixed318],
  [A319, pkg, fixed319],
];

/** `[CVE, fixes]` rows. */
const ROWS: ReadonlyArray<readonly [string, readonly DistroFix[]]> = [
  // openssl (3.1 branch in both releases)
  ['CVE-2023-2650', both('openssl', '3.1.1-r0', '3.1.1-r0')],
  ['CVE-2023-2975', both('openssl', '3.1.1-r2', '3.1.1-r2')],
  ['CVE-2023-3446', both('openssl', '3.1.1-r3', '3.1.1-r3')],
  ['CVE-2023-3817', both('openssl', '3.1.2-r0', '3.1.2-r0')],
  ['CVE-2023-5363', both('openssl', '3.1.4-r0', '3.1.4-r0')],
  ['CVE-2023-5678', both('openssl', '3.1.4-r1', '3.1.4-r1')],
  ['CVE-2023-6129', both('openssl', '3.1.4-r3', '3.1.4-r3')],
  ['CVE-2023-6237', both('openssl', '3.1.4-r4', '3.1.4-r4')],
  ['CVE-2024-2511', [[A319, 'openssl', '3.1.4-r6']]],
  ['CVE-2024-4603', [[A319, 'openssl', '3.1.5-r0']]],
  ['CVE-2024-4741', [[A319, 'openssl', '3.1.6-r0']]],
  ['CVE-2024-5535', [[A319, 'openssl', '3.1.6-r0']]],
  // busybox
  ['CVE-2022-48174', both('busybox', '1.36.1-r1', '1.36.1-r2')],
  ['CVE-2023-42363', both('busybox', '1.36.1-r7', '1.36.1-r17')],
  ['CVE-2023-42364', both('busybox', '1.36.1-r7', '1.36.1-r19')],
  ['CVE-2023-42365', both('busybox', '1.36.1-r7', '1.36.1-r19')],
  ['CVE-2023-42366', both('busybox', '1.36.1-r6', '1.36.1-r16')],
  // musl (3.18's 1.2.4-r2 is still before the fix: see the coverage test)
  ['CVE-2025-26519', both('musl', '1.2.4-r3', '1.2.4_git20230717-r5')],
  // curl (3.18)
  ['CVE-2023-38039', [[A318, 'curl', '8.3.0-r0']]],
  ['CVE-2023-38545', [[A318, 'curl', '8.4.0-r0']]],
  ['CVE-2023-38546', [[A318, 'curl', '8.4.0-r0']]],
  ['CVE-2023-46218', [[A318, 'curl', '8.5.0-r0']]],
  ['CVE-2023-46219', [[A318, 'curl', '8.5.0-r0']]],
  // HTTP/2 rapid reset in Alpine's own nghttp2 and nginx builds (3.18)
  [
    'CVE-2023-44487',
    [
      [A318, 'nghttp2', '1.57.0-r0'],
      [A318, 'nginx', '1.24.0-r7'],
    ],
  ],
];

/** Curated `Alpine:v3.18` / `Alpine:v3.19` records. */
export const alpineAdvisories: readonly OsvRecord[] = ROWS.map(([cve, fixes]) =>
  distroAdvisory('ALPINE', cve, OS_CVE_FACTS, fixes),
);
