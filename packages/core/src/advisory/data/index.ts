/**
 * The built-in curated advisory dataset: a few hundred real, hand-checked advisories as OSV
 * records (https://ossf.github.io/osv-schema/), so scans match well-known vulnerabilities
 * without downloading a feed. Every record keeps its upstream id in `database_specific.source`
 * and links to the upstream advisory in `references`.
 */
import { almaLinuxAdvisories } from './almalinux';
import { alpineAdvisories } from './alpine';
import { CURATED_MODIFIED } from './build';
import { cratesIoAdvisories } from './crates-io';
import { debianAdvisories } from './debian';
import { goAdvisories } from './go';
import { mavenAdvisories } from './maven';
import { npmAdvisories } from './npm';
import type { OsvRecord } from './osv-record';
import { packagistAdvisories } from './packagist';
import { pypiAdvisories } from './pypi';
import { rockyLinuxAdvisories } from './rocky';
import { rubyGemsAdvisories } from './rubygems';
import { ubuntuAdvisories } from './ubuntu';

export type { OsvRecord } from './osv-record';

/** Version of the curated dataset; bump when records are added, fixed or removed. */
export const CURATED_DATASET_VERSION = '2026.11.28';

/** When the curated dataset was built (ISO 8601). */
export const CURATED_DATASET_BUILD_DATE = CURATED_MODIFIED;

/** OSV ecosystem names the curated dataset uses, exactly as OSV spells them. */
export const CURATED_ECOSYSTEMS = [
  'Debian:11',
  'Debian:12',
  'Ubuntu:22.04',
  'Alpine:v3.18',
  'Alpine:v3.19',
  'AlmaLinux:9',
  'Rocky Linux:9',
  'npm',
  'PyPI',
  'Maven',
  'Go',
  'crates.io',
  'RubyGems',
  'Packagist',
] as const;

/** The curated records grouped by the feed they come from. */
export const curatedAdvisoriesByFeed: Readonly<Record<string, readonly OsvRecord[]>> = {
  debian: debianAdvisories,
  ubuntu: ubuntuAdvisories,
  alpine: alpineAdvisories,
  almalinux: almaLinuxAdvisories,
  rocky: rockyLinuxAdvisories,
  npm: npmAdvisories,
  pypi: pypiAdvisories,
  maven: mavenAdvisories,
  go: goAdvisories,
  'crates.io': cratesIoAdvisories,
  rubygems: rubyGemsAdvisories,
  packagist: packagistAdvisories,
};

/** Every curated record. */
export const curatedAdvisories: readonly OsvRecord[] = Object.values(curatedAdvisoriesByFeed).flat();
