/**
 * Curated RubyGems records (OSV ecosystem `RubyGems`, ECOSYSTEM ranges over gem versions),
 * following the GitHub Advisory Database. Summaries are written for this dataset.
 */
import { type AdvisoryFact, advisory, affects, type RangeSpec } from './build';
import type { OsvRecord } from './osv-record';

const gem = (name: string, ...ranges: RangeSpec[]) => affects('RubyGems', name, ...ranges);

const FACTS: readonly AdvisoryFact[] = [
  {
    id: 'GHSA-crjr-9rc5-ghw8',
    aliases: ['CVE-2022-24836'],
    rating: 'HIGH',
    summary: 'Nokogiri HTML encoding detection regex is vulnerable to ReDoS',
    affected: [gem('nokogiri', ['0', '1.13.4'])],
  },
  {
    id: 'GHSA-2rr5-8q37-2w7h',
    aliases: ['CVE-2021-41098'],
    rating: 'HIGH',
    summary: 'Nokogiri XML::Schema on JRuby resolves external entities by default (XXE)',
    affected: [gem('nokogiri', ['0', '1.12.5'])],
  },
  {
    id: 'GHSA-wq4h-7r42-5hrr',
    aliases: ['CVE-2022-30123'],
    rating: 'CRITICAL',
    summary: 'Rack Lint and CommonLogger let crafted requests inject shell escape sequences into logs',
    affected: [gem('rack', ['0', '2.0.9.1'], ['2.1.0', '2.1.4.1'], ['2.2.0', '2.2.3.1'])],
  },
  {
    id: 'GHSA-3h57-hmj3-gj3p',
    aliases: ['CVE-2023-27530'],
    rating: 'HIGH',
    summary: 'Rack multipart parsing has no limit on parts (denial of service)',
    affected: [gem('rack', ['0', '2.0.9.3'], ['2.1.0', '2.1.4.3'], ['2.2.0', '2.2.6.3'], ['3.0.0', '3.0.4.2'])],
  },
  {
    id: 'GHSA-3hhc-qp5v-9p2j',
    aliases: ['CVE-2022-32224'],
    rating: 'CRITICAL',
    summary: 'Active Record serialized columns using YAML allow remote code execution',
    affected: [
      gem('activerecord', ['5.2.0', '5.2.8.1'], ['6.0.0', '6.0.5.1'], ['6.1.0', '6.1.6.1'], ['7.0.0', '7.0.3.1']),
    ],
  },
  {
    id: 'GHSA-486f-hjj9-9vhh',
    aliases: ['CVE-2022-23514'],
    rating: 'HIGH',
    summary: 'Loofah sanitizer regex is vulnerable to ReDoS on crafted input',
    affected: [gem('loofah', ['0', '2.19.1'])],
  },
  {
    id: 'GHSA-2rxp-v6pw-ch6m',
    aliases: ['CVE-2024-49761'],
    rating: 'MODERATE',
    summary: 'REXML parsing of hex character references with many digits is vulnerable to ReDoS',
    affected: [gem('rexml', ['0', '3.3.9'])],
  },
];

/** Curated `RubyGems` records. */
export const rubyGemsAdvisories: readonly OsvRecord[] = FACTS.map(advisory);
