/**
 * CSV report: one row per finding, a header row, RFC 4180 quoting and CRLF line breaks.
 * Spec: https://www.rfc-editor.org/rfc/rfc4180
 *
 * The last three columns say what each row is: `Finding Type` (`vulnerability`, `baseline`, `secret`,
 * `malware`), `Location` (`path:line` or an image-config key) and `Level` (the cloud engine's own level).
 * Rows of a cloud-engine scan come after the vulnerabilities: Class `config`/`secret`/`malware`, the rule id
 * in the Vulnerability column and the severity mapped as in `./inspection.ts`.
 */
import {
  INSPECTION_CLASS,
  inspectionFindings,
  inspectionLocation,
  inspectionSeverity,
  inspectionTarget,
} from './inspection';
import { reportTargets } from './report-targets';
import type { ScanReport } from './scan-report';

/** Column headers of {@link toCsv}, in order. */
export const CSV_HEADERS = [
  'Target',
  'Class',
  'Type',
  'Library',
  'Package Path',
  'Vulnerability',
  'Severity',
  'Status',
  'Installed Version',
  'Fixed Version',
  'Title',
  'Layer DiffID',
  'Primary URL',
  'Finding Type',
  'Location',
  'Level',
] as const;

/** Quotes a field when it holds a comma, a double quote, CR or LF (quotes doubled inside). */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Renders the findings as CSV text (ends with CRLF). */
export function toCsv(report: ScanReport): string {
  const rows: string[][] = [[...CSV_HEADERS]];
  for (const target of reportTargets(report)) {
    for (const v of target.vulnerabilities) {
      rows.push([
        target.target,
        target.class,
        target.type,
        v.pkgName,
        v.pkgPath,
        v.id,
        v.severity,
        v.status,
        v.installedVersion,
        v.fixedVersion ?? '',
        v.title,
        v.layer?.diffId ?? '',
        v.primaryUrl,
        'vulnerability',
        v.pkgPath,
        '',
      ]);
    }
  }
  for (const f of inspectionFindings(report)) {
    rows.push([
      inspectionTarget(f),
      INSPECTION_CLASS[f.kind],
      f.kind,
      '',
      f.location.path ?? '',
      f.ruleId,
      inspectionSeverity(f),
      'FAIL',
      '',
      '',
      f.title['en-US'],
      f.location.layer?.diffId ?? '',
      '',
      f.kind,
      inspectionLocation(f),
      f.level,
    ]);
  }
  return rows.map((r) => `${r.map(csvField).join(',')}\r\n`).join('');
}
