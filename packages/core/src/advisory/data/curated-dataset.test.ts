/**
 * Schema sanity of the curated dataset: every record must be a well-formed OSV record whose ids,
 * ecosystems, ranges, versions and links hold up, and the famous advisories must be present.
 * Where /work/shared holds upstream snapshots (Go vulndb, PyPA, GHSA samples), the curated ranges
 * are cross-checked against them.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import type { Ecosystem } from '../../types/ecosystem';
import { compareVersions, isValidVersion } from '../../version/index';
import { validateOsvRecord } from '../osv-validate';
import { advisoryUrl } from './build';
import { CURATED_DATASET_BUILD_DATE, CURATED_DATASET_VERSION, CURATED_ECOSYSTEMS, curatedAdvisories } from './index';
import type { OsvRecord } from './osv-record';

/** Version scheme of each OSV ecosystem the dataset uses. */
const SCHEME: Record<(typeof CURATED_ECOSYSTEMS)[number], Ecosystem> = {
  'Debian:11': 'deb',
  'Debian:12': 'deb',
  'Ubuntu:22.04': 'deb',
  'Alpine:v3.18': 'apk',
  'Alpine:v3.19': 'apk',
  'AlmaLinux:9': 'rpm',
  'Rocky Linux:9': 'rpm',
  npm: 'npm',
  PyPI: 'pypi',
  Maven: 'maven',
  Go: 'go',
  'crates.io': 'cargo',
  RubyGems: 'rubygems',
  Packagist: 'composer',
};
const SEMVER_ECOSYSTEMS = new Set(['npm', 'Go', 'crates.io']);

const GHSA = /^GHSA(-[23456789cfghjmpqrvwx]{4}){3}$/;
const CVE = /^CVE-\d{4}-\d{4,}$/;
const ID_FORMS = [
  GHSA,
  /^GO-\d{4}-\d{4}$/,
  /^PYSEC-\d{4}-\d+$/,
  /^RUSTSEC-\d{4}-\d{4}$/,
  /^(DEBIAN|UBUNTU|ALPINE)-CVE-\d{4}-\d{4,}$/,
  /^ALSA-\d{4}:\d{4,}$/,
  /^RLSA-\d{4}:\d{4,}$/,
];
const CVSS_V3 = /^CVSS:3\.[01]\/AV:[NALP]\/AC:[LH]\/PR:[NLH]\/UI:[NR]\/S:[UC]\/C:[NLH]\/I:[NLH]\/A:[NLH]$/;

/** Go module versions carry no `v` in OSV; the comparator expects one. */
const forScheme = (scheme: Ecosystem, v: string) => (scheme === 'go' && v !== '0' ? `v${v}` : v);
const byId = new Map(curatedAdvisories.map((r) => [r.id, r]));

describe('curated dataset: shape', () => {
  it('holds at least 300 records with unique ids', () => {
    expect(curatedAdvisories.length).toBeGreaterThanOrEqual(300);
    expect(byId.size).toBe(curatedAdvisories.length);
  });

  it('declares a version and an ISO build date', () => {
    expect(CURATED_DATASET_VERSION).toMatch(/^\d{4}\.\d{2}\.\d{2}$/);
    expect(Number.isNaN(Date.parse(CURATED_DATASET_BUILD_DATE))).toBe(false);
  });

  it.each(curatedAdvisories.map((r) => [r.id, r] as const))('%s is a sane OSV record', (_id, record: OsvRecord) => {
    expect(ID_FORMS.some((form) => form.test(record.id))).toBe(true);
    for (const alias of record.aliases) expect(CVE.test(alias) || GHSA.test(alias)).toBe(true);
    for (const rel of record.related ?? []) expect(rel).toMatch(CVE);
    expect(record.aliases).not.toContain(record.id);
    const distro = /^(DEBIAN|UBUNTU|ALPINE)-(CVE-.*)$/.exec(record.id);
    if (distro) expect(record.aliases).toEqual([distro[2]]);

    expect(record.summary.length).toBeGreaterThan(20);
    expect(record.summary.length).toBeLessThanOrEqual(160);
    expect(Number.isNaN(Date.parse(record.modified))).toBe(false);
    if (record.published) expect(Date.parse(record.published)).toBeLessThanOrEqual(Date.parse(record.modified));
    for (const s of record.severity ?? []) expect(s.score).toMatch(CVSS_V3);
    expect(['LOW', 'MODERATE', 'HIGH', 'CRITICAL']).toContain(record.database_specific.severity);
    expect(record.database_specific.source).toBeTruthy();

    expect(record.references.length).toBeGreaterThan(0);
    const urls = record.references.map((r) => r.url);
    for (const url of urls) expect(url).toMatch(/^https:\/\/[a-z0-9.-]+\.[a-z]+\//);
    expect(urls).toContain(advisoryUrl(record.id));
    expect(urls).toContain(advisoryUrl(record.database_specific.source));

    expect(record.affected.length).toBeGreaterThan(0);
    for (const affected of record.affected) {
      const ecosystem = affected.package.ecosystem as (typeof CURATED_ECOSYSTEMS)[number];
      expect(CURATED_ECOSYSTEMS).toContain(ecosystem);
      expect(affected.package.name).toMatch(/^\S+$/);
      const scheme = SCHEME[ecosystem];
      expect(affected.ranges.length).toBeGreaterThan(0);
      for (const range of affected.ranges) {
        expect(range.type).toBe(SEMVER_ECOSYSTEMS.has(ecosystem) ? 'SEMVER' : 'ECOSYSTEM');
        const [start, end, ...rest] = range.events;
        expect(rest).toEqual([]);
        expect(Object.keys(start ?? {})).toEqual(['introduced']);
        expect(Object.keys(end ?? {}).length).toBe(1);
        const bound = end?.fixed ?? end?.last_affected;
        const introduced = start?.introduced ?? '';
        expect(bound, `${record.id} ${affected.package.name}`).toBeDefined();
        expect(isValidVersion(scheme, forScheme(scheme, bound ?? '')), `${record.id}: ${bound}`).toBe(true);
        if (introduced !== '0') {
          expect(isValidVersion(scheme, forScheme(scheme, introduced)), `${record.id}: ${introduced}`).toBe(true);
          const order = compareVersions(scheme, forScheme(scheme, introduced), forScheme(scheme, bound ?? ''));
          // introduced must sort strictly before a fix, and at or before a last_affected version
          if (end?.fixed) expect(order, `${record.id}: ${introduced} .. ${bound}`).toBe(-1);
          else expect(order, `${record.id}: ${introduced} .. ${bound}`).toBeLessThanOrEqual(0);
        }
      }
    }
  });
});

describe('curated dataset: accepted by the OSV loader', () => {
  it.each(curatedAdvisories.map((r) => [r.id, r] as const))('%s survives JSON and validateOsvRecord', (id, record) => {
    const roundTripped = JSON.parse(JSON.stringify(record));
    const validated = validateOsvRecord(roundTripped, `curated:${id}`);
    expect(validated.id).toBe(id);
    expect(validated.affected?.length).toBe(record.affected.length);
  });
});

describe('curated dataset: coverage of well-known advisories', () => {
  const aliasIndex = new Map<string, string[]>();
  for (const r of curatedAdvisories) {
    for (const key of [r.id, ...r.aliases, ...(r.related ?? [])]) {
      aliasIndex.set(key, [...(aliasIndex.get(key) ?? []), r.id]);
    }
  }
  it.each([
    ['Log4Shell', 'CVE-2021-44228'],
    ['Log4Shell follow-up', 'CVE-2021-45046'],
    ['Spring4Shell', 'CVE-2022-22965'],
    ['Text4Shell', 'CVE-2022-42889'],
    ['Looney Tunables', 'CVE-2023-4911'],
    ['zlib inflateGetHeader', 'CVE-2022-37434'],
    ['curl SOCKS5 overflow', 'CVE-2023-38545'],
    ['lodash defaultsDeep', 'CVE-2019-10744'],
    ['lodash zipObjectDeep', 'CVE-2020-8203'],
    ['minimist prototype pollution', 'CVE-2021-44906'],
    ['urllib3 authority ReDoS', 'CVE-2021-33503'],
    ['requests Proxy-Authorization leak', 'CVE-2023-32681'],
    ['PyYAML full_load RCE', 'CVE-2020-14343'],
    ['HTTP/2 Rapid Reset', 'CVE-2023-44487'],
    ['Terrapin', 'CVE-2023-48795'],
    ['runc Leaky Vessels', 'CVE-2024-21626'],
    ['Struts 2 Content-Type OGNL', 'CVE-2017-5638'],
  ])('%s (%s) is in the dataset', (_name, cve) => {
    expect(aliasIndex.get(cve)?.length ?? 0).toBeGreaterThan(0);
  });
});

const SHARED = '/work/shared/testdata/advisories';
type Pair = readonly [string, string];

/** `[introduced, fixed]` pairs of an upstream OSV affected entry (GIT ranges skipped). */
function upstreamPairs(affected: { ranges?: { type: string; events: Record<string, string>[] }[] }): Pair[] {
  const out: Pair[] = [];
  for (const range of affected.ranges ?? []) {
    if (range.type === 'GIT') continue;
    let introduced: string | undefined;
    for (const event of range.events) {
      if (event.introduced !== undefined) introduced = event.introduced;
      const end = event.fixed ?? (event.last_affected === undefined ? undefined : `<=${event.last_affected}`);
      if (end !== undefined && introduced !== undefined) {
        out.push([introduced, end]);
        introduced = undefined;
      }
    }
  }
  return out;
}

function curatedPairs(record: OsvRecord, name: string): Pair[] {
  return record.affected
    .filter((a) => a.package.name === name)
    .flatMap((a) =>
      a.ranges.map(
        (r): Pair => [r.events[0]?.introduced ?? '', r.events[1]?.fixed ?? `<=${r.events[1]?.last_affected}`],
      ),
    );
}

// Note: /work/shared holds upstream snapshots used only to double-check facts; the suite skips
// these comparisons when it is absent.
describe.skipIf(!existsSync(SHARED))('curated dataset: agreement with upstream snapshots in /work/shared', () => {
  const goRecords = curatedAdvisories.filter((r) => r.id.startsWith('GO-'));
  it.each(goRecords.map((r) => [r.id, r] as const))('%s matches the Go vulnerability database', (id, record) => {
    const upstream = JSON.parse(readFileSync(join(SHARED, 'golang-vulndb-osv/data/osv', `${id}.json`), 'utf8'));
    for (const affected of record.affected) {
      const up = upstream.affected.find((a: { package: { name: string } }) => a.package.name === affected.package.name);
      expect(up, `${id} ${affected.package.name}`).toBeDefined();
      expect(curatedPairs(record, affected.package.name)).toEqual(upstreamPairs(up));
    }
    for (const alias of record.aliases) expect(upstream.aliases).toContain(alias);
  });

  const pysecFiles = new Map<string, string>();
  if (existsSync(join(SHARED, 'pypa-osv/vulns'))) {
    for (const entry of readdirSync(join(SHARED, 'pypa-osv/vulns'), { withFileTypes: true })) {
      if (!entry.isDirectory()) continue;
      const dir = entry.name;
      for (const file of readdirSync(join(SHARED, 'pypa-osv/vulns', dir))) {
        pysecFiles.set(file.replace(/\.yaml$/, ''), join(SHARED, 'pypa-osv/vulns', dir, file));
      }
    }
  }
  const pysec = curatedAdvisories.filter((r) => r.id.startsWith('PYSEC-'));
  it.each(pysec.map((r) => [r.id, r] as const))('%s matches the PyPA advisory database', (id, record) => {
    const file = pysecFiles.get(id);
    expect(file, id).toBeDefined();
    const upstream = parseYaml(readFileSync(file ?? '', 'utf8'));
    for (const affected of record.affected) {
      const ups = upstream.affected.filter(
        (a: { package: { name: string } }) => a.package.name === affected.package.name,
      );
      expect(curatedPairs(record, affected.package.name)).toEqual(ups.flatMap(upstreamPairs));
    }
    for (const alias of record.aliases) expect(upstream.aliases).toContain(alias);
  });

  it.each([
    ['GHSA-jfh8-c2jp-5v3q', 'org.apache.logging.log4j:log4j-core'],
    ['GHSA-6c3j-c64m-qhgq', 'jquery'],
  ])('%s matches the GHSA sample', (id, name) => {
    const upstream = JSON.parse(readFileSync(join(SHARED, 'ghsa-osv-samples', `${id}.json`), 'utf8'));
    const record = byId.get(id);
    expect(record).toBeDefined();
    const ups = upstream.affected.filter((a: { package: { name: string } }) => a.package.name === name);
    const sort = (pairs: Pair[]) => [...pairs].sort((a, b) => a[0].localeCompare(b[0]));
    expect(sort(curatedPairs(record as OsvRecord, name))).toEqual(sort(ups.flatMap(upstreamPairs)));
  });
});
