/**
 * One switch over every report format (as Trivy's `report/writer.go` does), returning the text to write.
 */
import { toAcrScanResult, toAcrScanSummary } from './acr';
import { toCsv } from './csv';
import { toCycloneDx } from './cyclonedx';
import { toSarif } from './sarif';
import type { ScanReport } from './scan-report';
import { toSpdx } from './spdx';
import { toTable } from './table';
import { toTrivyJson } from './trivy-json';

/** Every output format. `json` is Trivy's schema v2; `acr` is the ACR ListRepoTagScanResult shape plus the summary. */
export const REPORT_FORMATS = ['table', 'json', 'sarif', 'cyclonedx', 'spdx', 'csv', 'acr'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** Options of {@link writeReport}. */
export interface WriteReportOptions {
  /** Table only: ANSI colours (pass true only for a TTY). */
  color?: boolean;
  /** JSON only: list every package per target. */
  listPackages?: boolean;
  /** CycloneDX only: fixed serial number (`urn:uuid:…`). */
  serialNumber?: string;
  /** SPDX only: fixed document namespace. */
  documentNamespace?: string;
}

/** Whether a string names a supported format. */
export function isReportFormat(value: string): value is ReportFormat {
  return (REPORT_FORMATS as readonly string[]).includes(value);
}

/** Renders a report in the given format; JSON-based formats are pretty-printed with a final newline. */
export function writeReport(report: ScanReport, format: ReportFormat, options: WriteReportOptions = {}): string {
  const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
  switch (format) {
    case 'table':
      return toTable(report, { color: options.color });
    case 'json':
      return json(toTrivyJson(report, { listPackages: options.listPackages }));
    case 'sarif':
      return json(toSarif(report));
    case 'cyclonedx':
      return json(toCycloneDx(report, { serialNumber: options.serialNumber }));
    case 'spdx':
      return json(toSpdx(report, { documentNamespace: options.documentNamespace }));
    case 'csv':
      return toCsv(report);
    case 'acr': {
      const rows = toAcrScanResult(report);
      return json({ ...toAcrScanSummary(report.vulnerabilities), TotalCount: rows.length, Vulnerabilities: rows });
    }
  }
}
