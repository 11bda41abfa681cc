/**
 * Curated crates.io records (OSV ecosystem `crates.io`, SEMVER ranges), following the RustSec
 * advisory database (https://rustsec.org/). Summaries are written for this dataset.
 */
import { type AdvisoryFact, advisory, affects, type RangeSpec } from './build';
import type { OsvRecord } from './osv-record';

const crate = (name: string, ...ranges: RangeSpec[]) => affects('crates.io', name, ...ranges);

const FACTS: readonly AdvisoryFact[] = [
  {
    id: 'RUSTSEC-2021-0078',
    aliases: ['CVE-2021-32715'],
    rating: 'LOW',
    summary: 'hyper accepts Content-Length values with a leading plus sign (request smuggling)',
    affected: [crate('hyper', ['0', '0.14.10'])],
  },
  {
    id: 'RUSTSEC-2021-0079',
    aliases: ['CVE-2021-32714'],
    rating: 'HIGH',
    summary: 'hyper chunk size parsing can overflow, enabling request smuggling',
    affected: [crate('hyper', ['0', '0.14.10'])],
  },
  {
    id: 'RUSTSEC-2021-0003',
    aliases: ['CVE-2021-25900'],
    rating: 'CRITICAL',
    summary: 'smallvec insert_many can write out of bounds (buffer overflow)',
    affected: [crate('smallvec', ['0.6.3', '0.6.14'], ['1.0.0', '1.6.1'])],
  },
  {
    id: 'RUSTSEC-2022-0013',
    aliases: ['CVE-2022-24713'],
    rating: 'HIGH',
    summary: 'regex compiles crafted patterns with many empty sub-expressions very slowly (denial of service)',
    affected: [crate('regex', ['0', '1.5.5'])],
  },
  {
    id: 'RUSTSEC-2020-0071',
    aliases: ['CVE-2020-26235'],
    rating: 'MODERATE',
    summary: 'time calls localtime_r, which can segfault when another thread sets environment variables',
    affected: [crate('time', ['0', '0.2.23'])],
  },
  {
    id: 'RUSTSEC-2020-0159',
    rating: 'MODERATE',
    summary: 'chrono calls localtime_r, which can segfault when another thread sets environment variables',
    affected: [crate('chrono', ['0', '0.4.20'])],
  },
  {
    id: 'RUSTSEC-2021-0124',
    aliases: ['CVE-2021-45710'],
    rating: 'HIGH',
    summary: 'tokio oneshot channel close and send race can cause a data race on the stored value',
    affected: [crate('tokio', ['0.1.14', '1.8.4'], ['1.9.0', '1.13.1'])],
  },
  {
    id: 'RUSTSEC-2023-0044',
    rating: 'MODERATE',
    summary: 'openssl crate X509VerifyParamRef::set_host reads past the end of host names containing NUL',
    affected: [crate('openssl', ['0', '0.10.55'])],
  },
  {
    id: 'RUSTSEC-2024-0336',
    aliases: ['CVE-2024-32650'],
    rating: 'HIGH',
    summary: 'rustls ConnectionCommon::complete_io can loop forever on a closed connection',
    affected: [crate('rustls', ['0.21.0', '0.21.11'], ['0.22.0', '0.22.4'], ['0.23.0', '0.23.5'])],
  },
];

/** Curated `crates.io` records. */
export const cratesIoAdvisories: readonly OsvRecord[] = FACTS.map(advisory);
