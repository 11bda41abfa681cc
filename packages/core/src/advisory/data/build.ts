/**
 * Builders that turn the compact fact tables of the curated dataset into OSV records
 * (https://ossf.github.io/osv-schema/). Keeping the tables terse (one object per advisory,
 * ranges as `[introduced, fixed]` pairs) keeps the facts reviewable; every OSV detail that
 * follows mechanically from them (range type, reference links, database_specific) lives here.
 */
import type { CuratedAffected, CuratedEvent, CuratedRating, CuratedReference, OsvRecord } from './osv-record';

/** OSV schema version the records declare. */
export const CURATED_SCHEMA_VERSION = '1.6.0';

/** `modified` of every record: the day the dataset was last reviewed. */
export const CURATED_MODIFIED = '2026-11-28T00:00:00Z';

/**
 * One affected range: `[introduced, end]`. `end` is the first fixed version, or
 * `<=version` for a `last_affected` event when no fix exists.
 */
export type RangeSpec = readonly [introduced: string, end: string];

/** One affected package with its ranges. */
export interface AffectSpec {
  ecosystem: string;
  name: string;
  ranges: readonly RangeSpec[];
}

/** The facts behind one curated advisory. */
export interface AdvisoryFact {
  /** Record id, in the form the upstream database uses (`GHSA-…`, `GO-…`, `DEBIAN-CVE-…`). */
  id: string;
  /** Other ids of the same vulnerability (`CVE-…`, `GHSA-…`). */
  aliases?: readonly string[];
  /** Related ids (the CVEs a vendor errata bundles). */
  related?: readonly string[];
  /** One line, written for this dataset. */
  summary: string;
  rating: CuratedRating;
  /** CVSS v3.x base vector, only where the published vector is known. */
  cvss?: string;
  /** Publication date (`YYYY-MM-DD`), where known. */
  published?: string;
  affected: readonly AffectSpec[];
  /** Upstream id the facts come from; defaults to `id`. */
  source?: string;
  /** Extra https links beyond the ones derived from the ids. */
  links?: readonly string[];
}

/** Ecosystems whose OSV records use SEMVER ranges; all others use ECOSYSTEM ranges. */
const SEMVER_ECOSYSTEMS = new Set(['npm', 'Go', 'crates.io']);

/** Shorthand for an {@link AffectSpec}. */
export function affects(ecosystem: string, name: string, ...ranges: RangeSpec[]): AffectSpec {
  return { ecosystem, name, ranges };
}

function events([introduced, end]: RangeSpec): CuratedEvent[] {
  const out: CuratedEvent[] = [{ introduced }];
  if (end.startsWith('<=')) out.push({ last_affected: end.slice(2) });
  else out.push({ fixed: end });
  return out;
}

function toAffected(spec: AffectSpec): CuratedAffected {
  const type = SEMVER_ECOSYSTEMS.has(spec.ecosystem) ? 'SEMVER' : 'ECOSYSTEM';
  return {
    package: { ecosystem: spec.ecosystem, name: spec.name },
    ranges: spec.ranges.map((range) => ({ type, events: events(range) })),
  };
}

/** The canonical public page of an advisory id, or undefined for an id without one. */
export function advisoryUrl(id: string): string | undefined {
  const distro = /^(DEBIAN|UBUNTU|ALPINE)-(CVE-\d{4}-\d+)$/.exec(id);
  if (distro) {
    const cve = distro[2];
    if (distro[1] === 'DEBIAN') return `https://security-tracker.debian.org/tracker/${cve}`;
    if (distro[1] === 'UBUNTU') return `https://ubuntu.com/security/${cve}`;
    return `https://security.alpinelinux.org/vuln/${cve}`;
  }
  if (id.startsWith('CVE-')) return `https://nvd.nist.gov/vuln/detail/${id}`;
  if (id.startsWith('GHSA-')) return `https://github.com/advisories/${id}`;
  if (id.startsWith('GO-')) return `https://pkg.go.dev/vuln/${id}`;
  if (id.startsWith('PYSEC-')) return `https://osv.dev/vulnerability/${id}`;
  if (id.startsWith('RUSTSEC-')) return `https://rustsec.org/advisories/${id}.html`;
  if (id.startsWith('DSA-') || id.startsWith('DLA-')) return `https://security-tracker.debian.org/tracker/${id}`;
  if (id.startsWith('USN-')) return `https://ubuntu.com/security/notices/${id}`;
  if (id.startsWith('ALSA-')) return `https://errata.almalinux.org/9/${id.replace(':', '-')}.html`;
  if (id.startsWith('RLSA-')) return `https://errata.rockylinux.org/${id}`;
  return undefined;
}

/** Builds the OSV record for one fact. */
export function advisory(fact: AdvisoryFact): OsvRecord {
  const aliases = [...(fact.aliases ?? [])];
  const source = fact.source ?? fact.id;
  const urls = [fact.id, source, ...aliases, ...(fact.related ?? [])]
    .map(advisoryUrl)
    .filter((u): u is string => u !== undefined);
  const references: CuratedReference[] = [...new Set(urls)].map((url) => ({ type: 'ADVISORY', url }));
  for (const url of fact.links ?? []) references.push({ type: 'WEB', url });
  return {
    schema_version: CURATED_SCHEMA_VERSION,
    id: fact.id,
    modified: CURATED_MODIFIED,
    ...(fact.published ? { published: `${fact.published}T00:00:00Z` } : {}),
    aliases,
    ...(fact.related ? { related: [...fact.related] } : {}),
    summary: fact.summary,
    ...(fact.cvss ? { severity: [{ type: 'CVSS_V3' as const, score: fact.cvss }] } : {}),
    affected: fact.affected.map(toAffected),
    references,
    database_specific: { source, severity: fact.rating, curated: true },
  };
}

/** Facts about a CVE that several distribution records share. */
export interface CveFact {
  summary: string;
  rating: CuratedRating;
  cvss?: string;
  published?: string;
}

/** Distributions whose per-CVE records the dataset carries, with their OSV id prefixes. */
export type DistroFeed = 'DEBIAN' | 'UBUNTU' | 'ALPINE';

/** One distribution fix: `[ecosystem, source package, first fixed version]`. */
export type DistroFix = readonly [ecosystem: string, pkg: string, fixed: string];

/**
 * Builds a distribution record the way OSV publishes them: id `<DISTRO>-<CVE>`, the CVE as
 * alias, one `affected` entry per release, each affected from `0` up to the distribution's
 * first fixed build (distributions track backported fixes, not upstream versions).
 */
export function distroAdvisory(
  feed: DistroFeed,
  cve: string,
  facts: Readonly<Record<string, CveFact>>,
  fixes: readonly DistroFix[],
  notice?: string,
): OsvRecord {
  const fact = facts[cve];
  if (!fact) throw new Error(`curated dataset: no CVE facts for ${cve}`);
  return advisory({
    id: `${feed}-${cve}`,
    aliases: [cve],
    summary: fact.summary,
    rating: fact.rating,
    cvss: fact.cvss,
    published: fact.published,
    affected: fixes.map(([ecosystem, pkg, fixed]) => affects(ecosystem, pkg, ['0', fixed])),
    source: notice ?? cve,
  });
}

/** CVSS 3.1 vectors that recur across the dataset (each used only where NVD publishes it). */
export const CVSS = {
  /** 9.8: network, no privileges, full impact. */
  CRITICAL_RCE: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H',
  /** 10.0: as above with scope change. */
  CRITICAL_SCOPE: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H',
  /** 7.5: remote denial of service. */
  NETWORK_DOS: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H',
  /** 7.5: remote information disclosure. */
  NETWORK_LEAK: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:N/A:N',
  /** 7.8: local privilege escalation. */
  LOCAL_PRIVESC: 'CVSS:3.1/AV:L/AC:L/PR:L/UI:N/S:U/C:H/I:H/A:H',
} as const;
