/**
 * Curated Rocky Linux 9 errata (OSV ecosystem `Rocky Linux:9`, ids `RLSA-YYYY:NNNN` mirroring the Red Hat
 * errata they rebuild, binary package names, RPM `epoch:version-release` fixed versions), per
 * https://errata.rockylinux.org/. An errata bundles several CVEs, so they are `related` rather than aliases.
 */
import { advisory, affects } from './build';
import type { OsvRecord } from './osv-record';

const ROCKY9 = 'Rocky Linux:9';

/** Curated `Rocky Linux:9` records. */
export const rockyLinuxAdvisories: readonly OsvRecord[] = [
  advisory({
    id: 'RLSA-2023:5453',
    related: ['CVE-2023-4911', 'CVE-2023-4527', 'CVE-2023-4806'],
    summary: 'glibc update fixing the Looney Tunables ld.so privilege escalation and getaddrinfo memory errors',
    rating: 'HIGH',
    published: '2023-10-05',
    affected: [
      affects(ROCKY9, 'glibc', ['0', '2.34-60.el9_2.7']),
      affects(ROCKY9, 'glibc-common', ['0', '2.34-60.el9_2.7']),
      affects(ROCKY9, 'glibc-minimal-langpack', ['0', '2.34-60.el9_2.7']),
    ],
  }),
  advisory({
    id: 'RLSA-2024:2447',
    related: ['CVE-2023-3446', 'CVE-2023-3817', 'CVE-2023-5678', 'CVE-2024-0727'],
    summary:
      'openssl update fixing slow DH key and parameter checks and the PKCS#12 null dereference (Rocky Linux 9.4)',
    rating: 'LOW',
    published: '2024-05-10',
    affected: [
      affects(ROCKY9, 'openssl', ['0', '1:3.0.7-27.el9']),
      affects(ROCKY9, 'openssl-libs', ['0', '1:3.0.7-27.el9']),
    ],
  }),
];
