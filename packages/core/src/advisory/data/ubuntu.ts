/**
 * Curated Ubuntu records (OSV ecosystem `Ubuntu:22.04`, package = source package). Fixed
 * versions are the first jammy builds the Ubuntu CVE tracker (https://ubuntu.com/security/cve)
 * lists as released, with the USN that shipped them.
 */
import { type DistroFix, distroAdvisory } from './build';
import { OS_CVE_FACTS } from './os-cve-facts';
import type { OsvRecord } from './osv-record';

const JAMMY = 'Ubuntu:22.04';
const fix = (pkg: string, fixed: string): DistroFix[] => [[JAMMY, pkg, fixed]];

/** `[CVE, fixes, USN]` rows. */
const ROWS: ReadonlyArray<readonly [string, readonly DistroFix[], string]> = [
  ['CVE-2023-4911', fix('glibc', '2.35-0ubuntu3.4'), 'USN-6409-1'],
  ['CVE-2024-2961', fix('glibc', '2.35-0ubuntu3.7'), 'USN-6737-1'],
  ['CVE-2024-33599', fix('glibc', '2.35-0ubuntu3.8'), 'USN-6804-1'],
  ['CVE-2024-33600', fix('glibc', '2.35-0ubuntu3.8'), 'USN-6804-1'],
  ['CVE-2024-33601', fix('glibc', '2.35-0ubuntu3.8'), 'USN-6804-1'],
  ['CVE-2024-33602', fix('glibc', '2.35-0ubuntu3.8'), 'USN-6804-1'],
  ['CVE-2023-5363', fix('openssl', '3.0.2-0ubuntu1.12'), 'USN-6450-1'],
  ['CVE-2022-37434', fix('zlib', '1:1.2.11.dfsg-2ubuntu9.2'), 'USN-5570-2'],
  ['CVE-2023-47038', fix('perl', '5.34.0-3ubuntu1.3'), 'USN-6517-1'],
  ['CVE-2023-39804', fix('tar', '1.34+dfsg-1ubuntu0.1.22.04.2'), 'USN-6543-1'],
  ['CVE-2024-22365', fix('pam', '1.4.0-11ubuntu2.4'), 'USN-6588-1'],
  ['CVE-2024-28085', fix('util-linux', '2.37.2-4ubuntu3.4'), 'USN-6719-2'],
  ['CVE-2023-4641', fix('shadow', '1:4.8.1-2ubuntu2.2'), 'USN-6640-1'],
  ['CVE-2023-36054', fix('krb5', '1.19.2-2ubuntu0.3'), 'USN-6467-1'],
  ['CVE-2023-5981', fix('gnutls28', '3.7.3-4ubuntu1.3'), 'USN-6499-1'],
  ['CVE-2024-0553', fix('gnutls28', '3.7.3-4ubuntu1.4'), 'USN-6593-1'],
  ['CVE-2024-28834', fix('gnutls28', '3.7.3-4ubuntu1.5'), 'USN-6733-1'],
  ['CVE-2023-4016', fix('procps', '2:3.3.17-6ubuntu2.1'), 'USN-6477-1'],
];

/** Curated `Ubuntu:22.04` records. */
export const ubuntuAdvisories: readonly OsvRecord[] = ROWS.map(([cve, fixes, usn]) =>
  distroAdvisory('UBUNTU', cve, OS_CVE_FACTS, fixes, usn),
);
