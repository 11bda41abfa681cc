/** Report writers: pure functions from a {@link ScanReport} to each output format. */
export {
  type AcrApiSeverity,
  type AcrScanResultRow,
  type AcrScanSummary,
  acrApiSeverity,
  fixCommand,
  toAcrRow,
  toAcrScanResult,
  toAcrScanSummary,
  toAcrSeverity,
} from './acr';
export { CSV_HEADERS, csvField, toCsv } from './csv';
export { type CycloneDxOptions, toCycloneDx } from './cyclonedx';
export {
  countInspection,
  filterInspection,
  IMAGE_CONFIG_TARGET,
  INSPECTION_CLASS,
  INSPECTION_KINDS,
  type InspectionGroup,
  type InspectionKind,
  inspectionGroups,
  inspectionLocation,
  inspectionSeverity,
} from './inspection';
export { type ReportTarget, reportTargets, sortVulnerabilities, type TargetClass } from './report-targets';
export { sarifLevel, securitySeverity, toSarif } from './sarif';
export {
  countBySeverity,
  type ScanReport,
  type ScanReportLayer,
  type ScanReportMetadata,
  type SeverityCounts,
} from './scan-report';
export { type SpdxOptions, toSpdx } from './spdx';
export { type TableOptions, toTable, totalsLine } from './table';
export { type TrivyJsonOptions, toTrivyJson } from './trivy-json';
export {
  isReportFormat,
  REPORT_FORMATS,
  type ReportFormat,
  type WriteReportOptions,
  writeReport,
} from './write-report';
