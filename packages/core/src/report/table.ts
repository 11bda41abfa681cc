/**
 * Terminal table report, laid out like `trivy image --format table`: per target a title, a
 * `Total: N (UNKNOWN: a, LOW: b, MEDIUM: c, HIGH: d, CRITICAL: e)` line and a box-drawn table.
 * ref. https://github.com/aquasecurity/trivy/blob/main/pkg/report/table/vulnerability.go
 *
 * A cloud-engine scan (`report.inspection`) adds three sections after the package targets — baseline
 * risks, secrets, malicious files — each with its own totals line and one row per finding: location
 * (`path:line` or the image-config key), rule id, severity, the engine's level, title and evidence.
 */
import type { InspectionFinding } from '../inspect/inspector';
import { TRIVY_SEVERITIES, type TrivySeverity, type Vulnerability } from '../types/finding';
import {
  INSPECTION_KINDS,
  type InspectionKind,
  inspectionFindings,
  inspectionLocation,
  inspectionSeverity,
} from './inspection';
import { type ReportTarget, reportTargets } from './report-targets';
import { countBySeverity, type ScanReport } from './scan-report';

/** Options of {@link toTable}. */
export interface TableOptions {
  /** ANSI colours for severities; callers pass true only when writing to a TTY. */
  color?: boolean;
  /** Longest title shown before it is cut with `…`. */
  maxTitleWidth?: number;
}

const HEADERS = ['Library', 'Vulnerability', 'Severity', 'Status', 'Installed Version', 'Fixed Version', 'Title'];
const INSPECTION_HEADERS = ['Location', 'Rule ID', 'Severity', 'Level', 'Title', 'Evidence'];

const SECTION_TITLE: Record<InspectionKind, string> = {
  baseline: 'Baseline risks (image config and files)',
  secret: 'Secrets',
  malware: 'Malicious files',
};

const COLORS: Record<TrivySeverity, string> = {
  CRITICAL: '\u001b[31m',
  HIGH: '\u001b[91m',
  MEDIUM: '\u001b[33m',
  LOW: '\u001b[34m',
  UNKNOWN: '\u001b[36m',
};
const RESET = '\u001b[0m';

/** The Trivy-style `Total:` line for a set of vulnerabilities (or of anything with a severity). */
export function totalsLine(vulnerabilities: readonly Pick<Vulnerability, 'severity'>[]): string {
  const counts = countBySeverity(vulnerabilities as Vulnerability[]);
  const parts = [...TRIVY_SEVERITIES].reverse().map((s) => `${s}: ${counts[s]}`);
  return `Total: ${vulnerabilities.length} (${parts.join(', ')})`;
}

/** Renders the report as text tables, one per target (targets without findings show only the totals). */
export function toTable(report: ScanReport, options: TableOptions = {}): string {
  const out: string[] = [];
  for (const target of reportTargets(report)) {
    out.push(renderTarget(target, options));
  }
  if (out.length === 0) out.push(`${report.artifactName}\n\nNo packages found.\n`);
  if (report.inspection) {
    const all = inspectionFindings(report);
    for (const kind of INSPECTION_KINDS) {
      out.push(
        renderInspection(
          kind,
          all.filter((f) => f.kind === kind),
          options,
        ),
      );
    }
  }
  return out.join('\n');
}

function renderTarget(target: ReportTarget, options: TableOptions): string {
  const title = target.class === 'lang-pkgs' ? `${target.target} (${target.type})` : target.target;
  const lines = [title, '='.repeat(displayWidth(title)), totalsLine(target.vulnerabilities), ''];
  if (target.vulnerabilities.length === 0) return `${lines.join('\n')}\n`;
  const maxTitle = options.maxTitleWidth ?? 60;
  const rows = target.vulnerabilities.map((v) => [
    target.showsPkgPath ? `${v.pkgName} (${v.pkgPath})` : v.pkgName,
    v.id,
    v.severity,
    v.status,
    v.installedVersion,
    v.fixedVersion ?? '',
    truncate(v.title || v.primaryUrl, maxTitle),
  ]);
  lines.push(
    ...box(
      HEADERS,
      rows,
      target.vulnerabilities.map((v) => v.severity),
      options,
    ),
  );
  return `${lines.join('\n')}\n`;
}

/** One section of cloud-engine findings: title, totals by mapped severity and a row per finding. */
function renderInspection(kind: InspectionKind, findings: readonly InspectionFinding[], options: TableOptions): string {
  const title = SECTION_TITLE[kind];
  const severities = findings.map(inspectionSeverity);
  const lines = [title, '='.repeat(displayWidth(title)), totalsLine(severities.map((severity) => ({ severity }))), ''];
  if (findings.length === 0) return `${lines.join('\n')}\n`;
  const maxTitle = options.maxTitleWidth ?? 60;
  const rows = findings.map((f, i) => [
    truncate(inspectionLocation(f), 80),
    f.ruleId,
    severities[i] ?? 'UNKNOWN',
    f.level,
    truncate(f.title['en-US'], maxTitle),
    truncate(f.evidence ?? '', 48),
  ]);
  lines.push(...box(INSPECTION_HEADERS, rows, severities, options));
  return `${lines.join('\n')}\n`;
}

/** A box-drawn table; column 2 is the severity, coloured when asked. */
function box(
  headers: readonly string[],
  rows: readonly string[][],
  severities: readonly TrivySeverity[],
  options: TableOptions,
): string[] {
  const widths = headers.map((h, i) => Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[i] ?? ''))));
  const rule = (l: string, m: string, r: string) => `${l}${widths.map((w) => '─'.repeat(w + 2)).join(m)}${r}`;
  const line = (cells: readonly string[], severity?: TrivySeverity) =>
    `│${cells
      .map((c, i) => {
        const padded = ` ${c}${' '.repeat((widths[i] ?? 0) - displayWidth(c))} `;
        return i === 2 && severity && options.color ? `${COLORS[severity]}${padded}${RESET}` : padded;
      })
      .join('│')}│`;
  const out = [rule('┌', '┬', '┐'), line(headers), rule('├', '┼', '┤')];
  rows.forEach((row, i) => {
    out.push(line(row, severities[i]));
  });
  out.push(rule('└', '┴', '┘'));
  return out;
}

function truncate(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** Terminal columns of a string: East Asian wide characters take two. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    width += cp >= 0x1100 && isWide(cp) ? 2 : 1;
  }
  return width;
}

function isWide(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6)
  );
}
