/**
 * The analyzer contract. Analyzers declare which files they need (`required`, decided from the path and
 * file metadata before any byte is read) and all run in one streaming pass over the layers; the image
 * walker reads a file's content only when some analyzer asked for it.
 */
import type { LayerFile } from '../types/image';
import type { Application, OsInfo, Package } from '../types/package';

export interface AnalyzerInput {
  /** The file's path relative to the image root (no leading slash). */
  path: string;
  file: LayerFile;
  content: Uint8Array;
}

/**
 * Licences found for an installed package in a file apart from its database (dpkg keeps them in
 * `usr/share/doc/<pkg>/copyright`); the orchestrator merges them onto the package of that name.
 */
export interface PackageLicenses {
  ecosystem: 'deb';
  /** Binary package name (the doc directory's name). */
  name: string;
  licenses: string[];
}

export interface AnalysisResult {
  os?: OsInfo;
  /** Packages from an OS package database (apk, dpkg, rpm). */
  osPackages?: Package[];
  /** Language targets (lock files, manifests, jars, binaries) and their packages. */
  applications?: Application[];
  /** Licences of OS packages read from files other than the package database. */
  packageLicenses?: PackageLicenses[];
}

export interface Analyzer {
  /** Stable name, e.g. `apk`, `dpkg`, `npm-lock`, `jar`, `gobinary`. */
  name: string;
  /** Bumped when the analyzer's output changes, so cached results can be invalidated. */
  version: number;
  required(path: string, file: LayerFile): boolean;
  /** Returns null when the file holds nothing of interest; throws ScanError for a corrupt database. */
  analyze(input: AnalyzerInput): AnalysisResult | null | Promise<AnalysisResult | null>;
}
