/**
 * The OSV record model (Open Source Vulnerability format, schema 1.x).
 * Spec: https://ossf.github.io/osv-schema/
 *
 * Only the fields the core reads are typed; anything else a record carries is kept untouched in the
 * `*_specific` bags so nothing is lost when a record is re-exported.
 */

/** `severity[].type`. CVSS_V2 and Ubuntu's own type appear in the wild and are carried, not scored. */
export type OsvSeverityType = 'CVSS_V2' | 'CVSS_V3' | 'CVSS_V4' | 'Ubuntu' | (string & {});

export interface OsvSeverity {
  type: OsvSeverityType;
  /** A CVSS vector string for the CVSS types. */
  score: string;
}

/** One event of a range. Exactly one key is set per event. */
export interface OsvEvent {
  introduced?: string;
  fixed?: string;
  last_affected?: string;
  limit?: string;
}

export type OsvRangeType = 'SEMVER' | 'ECOSYSTEM' | 'GIT';

export interface OsvRange {
  type: OsvRangeType;
  /** GIT ranges only. */
  repo?: string;
  events: OsvEvent[];
  database_specific?: Record<string, unknown>;
}

export interface OsvPackage {
  /** e.g. `npm`, `PyPI`, `Debian:12`, `Alpine:v3.18`, `Maven`. */
  ecosystem: string;
  name: string;
  purl?: string;
}

export interface OsvAffected {
  package?: OsvPackage;
  /** Per-package severity (OSV 1.5+); takes precedence over the record's for this package. */
  severity?: OsvSeverity[];
  ranges?: OsvRange[];
  versions?: string[];
  ecosystem_specific?: Record<string, unknown>;
  database_specific?: Record<string, unknown>;
}

export interface OsvReference {
  type: string;
  url: string;
}

export interface OsvCredit {
  name: string;
  contact?: string[];
  type?: string;
}

export interface OsvRecord {
  schema_version?: string;
  id: string;
  modified: string;
  published?: string;
  /** When set, the record was retracted; loaders drop it. */
  withdrawn?: string;
  aliases?: string[];
  related?: string[];
  upstream?: string[];
  summary?: string;
  details?: string;
  severity?: OsvSeverity[];
  affected?: OsvAffected[];
  references?: OsvReference[];
  credits?: OsvCredit[];
  /** GHSA puts `severity: LOW|MODERATE|HIGH|CRITICAL` and `cwe_ids` here. */
  database_specific?: Record<string, unknown>;
}
