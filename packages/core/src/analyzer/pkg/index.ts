/** OS package database analyzers (apk, dpkg, rpm) and their helpers. */
import type { Analyzer } from '../analyzer';
import { apkAnalyzer } from './apk';
import { dpkgAnalyzer } from './dpkg';
import { createRpmAnalyzer, type RpmAnalyzerOptions, rpmAnalyzer } from './rpm';

/**
 * The OS package analyzers, with sql.js locating its own wasm for rpm (right for Node; a bundled worker should
 * use `createOsPackageAnalyzers` with a wasm loader).
 */
export const osPackageAnalyzers: Analyzer[] = [apkAnalyzer, dpkgAnalyzer, rpmAnalyzer];

/** The OS package analyzers with host ports (the sql.js wasm loader for rpm). */
export function createOsPackageAnalyzers(options: RpmAnalyzerOptions = {}): Analyzer[] {
  return [apkAnalyzer, dpkgAnalyzer, createRpmAnalyzer(options)];
}

export { APK_DB_PATHS, apkAnalyzer, parseApkInstalled } from './apk';
export {
  DPKG_STATUS_DIR,
  DPKG_STATUS_PATH,
  dpkgAnalyzer,
  isDpkgDatabasePath,
  parseDeb822,
  parseDpkgStatus,
} from './dpkg';
export { normalizeLicense, splitLicenses } from './license';
export { osPackagePurl, withOsPurls } from './purl';
export { createRpmAnalyzer, type RpmAnalyzerOptions, readRpmSqlite, rpmAnalyzer, rpmDatabaseFormat } from './rpm';
export { RPMTAG, RpmHeader, type RpmTagValue } from './rpm-header';
export { formatEvr, type RpmPackageInfo, rpmPackage, rpmPackageInfo, splitSourceRpm } from './rpm-package';
