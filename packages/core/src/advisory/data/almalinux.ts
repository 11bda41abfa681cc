/**
 * Curated AlmaLinux 9 errata (OSV ecosystem `AlmaLinux:9`, ids `ALSA-YYYY:NNNN`, binary package
 * names, RPM `epoch:version-release` fixed versions), per https://errata.almalinux.org/.
 * An errata bundles several CVEs, so they are `related` rather than aliases.
 */
import { advisory, affects } from './build';
import type { OsvRecord } from './osv-record';

const ALMA9 = 'AlmaLinux:9';

/** Curated `AlmaLinux:9` records. */
export const almaLinuxAdvisories: readonly OsvRecord[] = [
  advisory({
    id: 'ALSA-2023:5453',
    related: ['CVE-2023-4911', 'CVE-2023-4527', 'CVE-2023-4806', 'CVE-2023-4813'],
    summary: 'glibc update fixing the Looney Tunables ld.so privilege escalation and getaddrinfo memory errors',
    rating: 'HIGH',
    published: '2023-10-05',
    affected: [
      affects(ALMA9, 'glibc', ['0', '2.34-60.el9_2.7']),
      affects(ALMA9, 'glibc-common', ['0', '2.34-60.el9_2.7']),
      affects(ALMA9, 'glibc-minimal-langpack', ['0', '2.34-60.el9_2.7']),
    ],
  }),
  advisory({
    id: 'ALSA-2024:2447',
    related: [
      'CVE-2023-2975',
      'CVE-2023-3446',
      'CVE-2023-3817',
      'CVE-2023-5678',
      'CVE-2023-6129',
      'CVE-2023-6237',
      'CVE-2024-0727',
    ],
    summary:
      'openssl update fixing slow DH/RSA key checks, AES-SIV associated data and PKCS#12 null dereference issues',
    rating: 'LOW',
    published: '2024-04-30',
    affected: [
      affects(ALMA9, 'openssl', ['0', '1:3.0.7-27.el9']),
      affects(ALMA9, 'openssl-libs', ['0', '1:3.0.7-27.el9']),
    ],
  }),
];
