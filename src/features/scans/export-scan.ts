/** 导出: the pure builders of a scan's CSV and JSON files (no DOM, no network). */
import type { ScanService, ScanSummary, ScanVulnerability } from '@/api/contract/scans';
import { severityLabel, vulTypeLabel } from '@/lib/enum-labels';
import type { MessageKey, TFunction } from '@/lib/i18n';

/** What the exported file describes besides its rows. */
export interface ScanExportMeta {
  /** `namespace/repo:tag`. */
  image: string;
  /** Manifest digest, hex without `sha256:` (empty when unknown). */
  digest: string;
  engine: ScanService;
  /** When the scan finished (epoch ms), undefined when unknown. */
  scanTime: number | undefined;
  summary: ScanSummary;
}

interface CsvColumn {
  caption: MessageKey;
  value: (row: ScanVulnerability, t: TFunction) => string;
}

const CSV_COLUMNS: readonly CsvColumn[] = [
  { caption: 'scans.vul.col.cve', value: (r) => r.CveName },
  { caption: 'scans.drawer.type', value: (r, t) => t(vulTypeLabel[r.ScanType]) },
  { caption: 'scans.vul.col.severity', value: (r, t) => t(severityLabel[r.Severity]) },
  { caption: 'scans.vul.col.package', value: (r) => r.Feature },
  { caption: 'scans.vul.col.version', value: (r) => r.Version },
  { caption: 'scans.vul.col.fixed', value: (r) => r.VersionFixed },
  { caption: 'scans.drawer.format', value: (r) => r.VersionFormat },
  { caption: 'scans.vul.col.fix-cmd', value: (r) => r.FixCmd },
  { caption: 'scans.vul.col.layer', value: (r) => r.AddedBy },
  { caption: 'scans.vul.col.path', value: (r) => r.CveLocation },
  { caption: 'scans.drawer.cvss-vector', value: (r) => r.CvssVector ?? '' },
  { caption: 'scans.drawer.cvss-score', value: (r) => (r.CvssScore === undefined ? '' : String(r.CvssScore)) },
  { caption: 'scans.drawer.link', value: (r) => r.CveLink },
  { caption: 'scans.drawer.description', value: (r) => r.Description },
];

/** One CSV field, quoted per RFC 4180 when it holds a comma, a double quote, CR or LF. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** The CSV file: a header row of column captions in the current language, then one record per row, CRLF-separated. */
export function buildScanCsv(rows: readonly ScanVulnerability[], t: TFunction): string {
  const lines = [
    CSV_COLUMNS.map((c) => csvField(t(c.caption))).join(','),
    ...rows.map((row) => CSV_COLUMNS.map((c) => csvField(c.value(row, t))).join(',')),
  ];
  return `${lines.join('\r\n')}\r\n`;
}

/** The JSON file: the image, digest, engine, scan time, summary and every row (pretty-printed). */
export function buildScanJson(meta: ScanExportMeta, rows: readonly ScanVulnerability[]): string {
  const doc = {
    image: meta.image,
    digest: meta.digest ? `sha256:${meta.digest}` : '',
    engine: meta.engine,
    scanTime: meta.scanTime === undefined ? null : new Date(meta.scanTime).toISOString(),
    summary: meta.summary,
    rows,
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

/** `prod/web-api:1.4.2` → `prod_web-api_1.4.2-scan.csv`. */
export function exportFileName(image: string, extension: 'csv' | 'json'): string {
  const base = image.replace(/[^\w.-]+/g, '_').replace(/^_+|_+$/g, '') || 'image';
  return `${base}-scan.${extension}`;
}
