/**
 * `@acr-console/core` — the pure-TypeScript scan core shared by the browser worker and Node.
 *
 * This entry point exposes the platform port and the image factory: a deterministic tar writer,
 * an image builder producing Docker schema-2 images (layers, config, manifest with their digests),
 * a `docker save` archive writer, and the recipes of the demo images the mock backend seeds.
 *
 * @packageDocumentation
 */

// Advisories (OSV) and detection.
export {
  type AdvisoryEntry,
  type AdvisoryIndex,
  type AdvisoryIndexOptions,
  createAdvisoryIndex,
  type DatabaseInfo,
  databaseInfo,
} from './advisory/advisory-index';
export { type CvssRating, cvss3BaseScore, cvss3Rating, parseCvss3Vector } from './advisory/cvss3';
export {
  CURATED_DATASET_BUILD_DATE,
  CURATED_DATASET_VERSION,
  CURATED_ECOSYSTEMS,
  curatedAdvisories,
} from './advisory/data';
export { normalizePackageName, type OsvNamespace, osvNamespace } from './advisory/ecosystem-map';
export { loadOsvDirectory, loadOsvFromZip, type OsvDirectoryPort, parseOsvDocument } from './advisory/osv-loader';
export type {
  OsvAffected,
  OsvEvent,
  OsvPackage,
  OsvRange,
  OsvRecord,
  OsvReference,
  OsvSeverity,
} from './advisory/osv-types';
export { evaluateAffected, inRange, type RangeMatch, type VersionCompare } from './advisory/range-eval';
export { assessSeverity, type SeverityAssessment, severityFromLabel, toAcrSeverity } from './advisory/severity';
// Analyzers: OS release, OS package databases, language packages.
export type { AnalysisResult, Analyzer, AnalyzerInput, PackageLicenses } from './analyzer/analyzer';
export { LOCK_FILE_ANALYZERS, languageAnalyzers } from './analyzer/language';
export { buildPurl, normalizePypiName, type PurlType } from './analyzer/language/purl';
export {
  EOL_DATA,
  type EolEntry,
  eolEntry,
  type OsDetection,
  osAnalyzers,
  osEol,
  type ResolveOsHints,
  resolveOs,
} from './analyzer/os';
export {
  createOsPackageAnalyzers,
  osPackageAnalyzers,
  osPackagePurl,
  type RpmAnalyzerOptions,
  withOsPurls,
} from './analyzer/pkg';
export { copyrightPackageName, dpkgCopyrightAnalyzer, parseDebianCopyright } from './analyzer/pkg/dpkg-copyright';
export { type ApkPackage, formatApkInstalled } from './demo/formats/apk-installed';
export { type DpkgPackage, formatDpkgStanza, formatDpkgStatus } from './demo/formats/dpkg-status';
export { formatGoBinary, type GoBinaryModule, type GoBinarySpec } from './demo/formats/go-binary';
export { demoImageRecipes, findDemoRecipe } from './demo/recipes';
export type { DemoImageRecipe, DemoPackage, DemoPackageType, DemoRecipeOptions, DemoVariant } from './demo/types';
export { type DetectOptions, detectVulnerabilities } from './detector/detect';
export type { DetectEnv, Detector, DetectTarget } from './detector/detector';
export { DEFAULT_DETECTORS } from './detector/registry';
// One-click fix (一键修复): OS package upgrade plans and the fixed image with its new layer.
export * from './fix';
export { type ArchiveImage, listArchiveImages } from './image/archive-images';
export { type BuiltBlob, type BuiltImage, type BuiltLayer, buildImage } from './image/build-image';
export { canonicalJson, canonicalJsonBytes } from './image/canonical-json';
export { type DockerArchiveOptions, normalizeImageName, writeDockerArchive } from './image/docker-archive';
export {
  type ImageFileSpec,
  type ImageFileType,
  type ImageSpec,
  type LayerSpec,
  OPAQUE_WHITEOUT,
  opaque,
  WHITEOUT_PREFIX,
  whiteout,
} from './image/image-spec';
export {
  type ContainerConfig,
  type Descriptor,
  type DockerArchiveManifestEntry,
  type Healthcheck,
  type HistoryEntry,
  type ImageConfig,
  type ImageIndex,
  type ImageManifest,
  MEDIA_TYPE_DOCKER_CONFIG,
  MEDIA_TYPE_DOCKER_LAYER_GZIP,
  MEDIA_TYPE_DOCKER_MANIFEST,
  MEDIA_TYPE_DOCKER_MANIFEST_LIST,
  MEDIA_TYPE_OCI_CONFIG,
  MEDIA_TYPE_OCI_INDEX,
  MEDIA_TYPE_OCI_LAYER_GZIP,
  MEDIA_TYPE_OCI_LAYER_TAR,
  MEDIA_TYPE_OCI_MANIFEST,
} from './image/oci';
export { type OciLayoutArchive, type OciLayoutOptions, writeOciLayout } from './image/oci-layout-writer';
export { type Compression, type DecompressFactory, webDecompress } from './image/read/decompress';
export type { PathFlag } from './image/read/entry-path';
export { applyLayers, combineVisitors, FileTree, type ResolveResult } from './image/read/file-tree';
export { DEFAULT_READ_LIMITS, type ReadLimits, resolveLimits } from './image/read/limits';
// Reading real images: docker save archives and OCI layouts, layers with whiteouts, limits.
export {
  type ImageFormat,
  type LayerBlob,
  type OpenedImage,
  type OpenImageOptions,
  openImage,
  type ResolvedReadOptions,
} from './image/read/open-image';
export { DEFAULT_PLATFORM, formatPlatform, parsePlatform } from './image/read/platform-select';
export { createSha256, type HashFactory, type IncrementalHash, Sha256 } from './image/read/sha256';
export {
  type BlobLike,
  bytesBlob,
  type ImageSource,
  isLayoutDirectory,
  type LayoutDirectory,
  memoryDirectory,
} from './image/read/sources';
export {
  type ImageVisitor,
  type LayerStats,
  type WalkEntry,
  type WalkOptions,
  type WalkSummary,
  type WhiteoutEvent,
  walkImage,
} from './image/read/walk-image';
export {
  type RegistryImage,
  type RegistryImageOptions,
  toRegistryImage,
} from './image/registry-image';
export {
  encodeRpmHeaderBlob,
  RPM_TAG_TYPE,
  RPM_WRITE_TAG,
  type RpmHeaderTag,
} from './image/rpmdb/rpm-header-writer';
export {
  RPMDB_PACKAGES_SQL,
  type RpmPackageSpec,
  rpmPackageHeader,
  writeRpmdbSqlite,
} from './image/rpmdb/rpmdb-sqlite';
export {
  type SqliteTable,
  type SqliteValue,
  type SqliteWriteOptions,
  writeSqliteDatabase,
} from './image/rpmdb/sqlite-writer';
export { TAR_BLOCK_SIZE, type TarEntry, type TarEntryType, writeTar } from './image/tar-writer';
// Content inspectors: baseline checks, secrets, malicious files (the cloud-security engine's additions).
export * from './inspect';
export { type Platform, type Sha256Digest, sha256Digest, toHex, webPlatform } from './platform';
// Deployment policies (DenyPolicy + signature rules), their preview, and vulnerability exceptions.
export * from './policy';
// RAM policies (parse, validate, evaluate), ACR's system policies and ARNs.
export * from './ram';
// Reports and the scan orchestrator.
export {
  type AcrApiSeverity,
  type AcrScanResultRow,
  type AcrScanSummary,
  acrApiSeverity,
  CSV_HEADERS,
  type CycloneDxOptions,
  countBySeverity,
  fixCommand,
  isReportFormat,
  REPORT_FORMATS,
  type ReportFormat,
  type ReportTarget,
  reportTargets,
  type ScanReport,
  type ScanReportLayer,
  type ScanReportMetadata,
  type SeverityCounts,
  type SpdxOptions,
  sarifLevel,
  type TableOptions,
  type TrivyJsonOptions,
  toAcrRow,
  toAcrScanResult,
  toAcrScanSummary,
  toCsv,
  toCycloneDx,
  toSarif,
  toSpdx,
  toTable,
  toTrivyJson,
  totalsLine,
  type WriteReportOptions,
  writeReport,
} from './report';
export type { ScanInspection } from './report/scan-report';
export {
  type AdvisorySources,
  BUILTIN_DB_VERSION,
  buildAdvisoryIndex,
  defaultAnalyzers,
  SCANNER,
  type ScanImageOptions,
  type ScanProgress,
  scanImage,
} from './scan';
// Image signing (镜像加签) and verification in cosign's simple-signing form, on Web Crypto.
export * from './signing';
// Shared types of the scan pipeline.
export type { Ecosystem } from './types/ecosystem';
export { ECOSYSTEMS, OS_ECOSYSTEMS } from './types/ecosystem';
export { SCAN_ERROR_CODES, ScanError, type ScanErrorCode } from './types/errors';
export type { AcrSeverity, CvssScore, FixStatus, TrivySeverity, Vulnerability } from './types/finding';
export { ACR_SEVERITIES, TRIVY_SEVERITIES } from './types/finding';
export type { FileType, LayerFile, LayerRef, Platform as ImagePlatform } from './types/image';
export type { Application, Inventory, OsFamily, OsInfo, Package } from './types/package';
// Version rules: one comparator per ecosystem, and the constraint forms advisory data uses.
export * from './version/index';
