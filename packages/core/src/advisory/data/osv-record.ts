/**
 * Minimal OSV record shape for the curated dataset (OSV schema 1.6,
 * https://ossf.github.io/osv-schema/). It is a structural subset of the full model in
 * `../osv-types.ts`, so every curated record can be handed to the OSV loader as is.
 */

/** `severity[]` entry: a CVSS v3 vector. */
export interface CuratedSeverity {
  type: 'CVSS_V3';
  score: string;
}

/** One range event; exactly one key is set. */
export interface CuratedEvent {
  introduced?: string;
  fixed?: string;
  last_affected?: string;
}

/** `affected[].ranges[]`: SEMVER for npm, Go and crates.io, ECOSYSTEM elsewhere. */
export interface CuratedRange {
  type: 'SEMVER' | 'ECOSYSTEM';
  events: CuratedEvent[];
}

/** `affected[]`: one package in one ecosystem. */
export interface CuratedAffected {
  package: { ecosystem: string; name: string; purl?: string };
  ranges: CuratedRange[];
}

/** `references[]`. */
export interface CuratedReference {
  type: 'ADVISORY' | 'WEB' | 'PACKAGE' | 'REPORT';
  url: string;
}

/** GHSA-style rating the dataset carries next to (or instead of) a CVSS vector. */
export type CuratedRating = 'LOW' | 'MODERATE' | 'HIGH' | 'CRITICAL';

/**
 * What every curated record keeps in `database_specific`. A type alias, not an interface, so it
 * stays assignable to the loader's `Record<string, unknown>` bag.
 */
export type CuratedDatabaseSpecific = {
  /** The upstream advisory id the facts were taken from (e.g. `GHSA-…`, `CVE-…`, `ALSA-…`). */
  source: string;
  /** Qualitative rating; always set so records without a vector still rank. */
  severity: CuratedRating;
  /** Marks the record as part of the built-in curated dataset. */
  curated: true;
};

/** A curated OSV record. */
export interface OsvRecord {
  schema_version: string;
  id: string;
  modified: string;
  published?: string;
  aliases: string[];
  /** Distinct but related ids, e.g. the CVEs a vendor errata bundles. */
  related?: string[];
  summary: string;
  severity?: CuratedSeverity[];
  affected: CuratedAffected[];
  references: CuratedReference[];
  database_specific: CuratedDatabaseSpecific;
}
