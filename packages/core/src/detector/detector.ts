/**
 * The detector contract (Trivy `detector/ospkg/driver`, grype `match.Matcher` style): a detector only
 * says WHERE a package's advisories live — namespace, name and version to compare. Matching itself
 * (range evaluation, severity, building findings) is shared in ./match-package.ts, so every family and
 * ecosystem behaves the same way.
 */
import type { OsvAffected } from '../advisory/osv-types';
import type { Ecosystem } from '../types/ecosystem';
import type { OsInfo, Package } from '../types/package';

/** Where and how one package is looked up. */
export interface DetectTarget {
  /**
   * Advisory namespace keys, all consulted: `debian:12`, `alpine:3.18`, `npm`, … (see advisory/ecosystem-map.ts).
   * Ubuntu Pro/ESM systems look in both the ESM stream and the base release, as Trivy does.
   */
  namespaces: string[];
  /** Name looked up (the SOURCE package for Debian/Ubuntu, the origin for Alpine). */
  name: string;
  /** Version compared against the ranges (the source version where the name is the source package). */
  version: string;
  /** Version scheme used for ECOSYSTEM ranges. */
  scheme: Ecosystem;
}

/** Per-scan facts a detector may need beyond the package. */
export interface DetectEnv {
  os?: OsInfo;
  /** Overrides the release derived from `os.name` (e.g. Alpine's repository branch when newer). */
  release?: string;
}

export interface Detector {
  /** Stable name, e.g. `debian`, `alpine`, `npm`. */
  name: string;
  /** Whether the detector handles this package in this environment. */
  handles(pkg: Package, env: DetectEnv): boolean;
  /** The lookup for a package it handles, or `undefined` when the release is unknown. */
  target(pkg: Package, env: DetectEnv): DetectTarget | undefined;
  /** Drops affected entries that do not apply to the package (e.g. a different RPM architecture). */
  accepts?(pkg: Package, affected: OsvAffected): boolean;
  /** How a fixed version is shown (RPM drops a `0:` epoch, as rpm and Trivy print it). */
  displayVersion?(version: string): string;
}
