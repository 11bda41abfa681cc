/**
 * The cloud engine's findings (baseline risks, leaked secrets, malicious samples) as the report writers
 * show them: one flat, ordered list with a Trivy severity per finding, a location text and a result
 * target. Every writer that shows them (Trivy JSON, table, SARIF, CSV) goes through this module, so they
 * agree on the mapping:
 *
 * - baseline and secret levels: high → HIGH, medium → MEDIUM, low → LOW;
 * - malicious-sample levels: serious (紧急) → CRITICAL, suspicious (可疑) → HIGH, remind (提醒) → LOW.
 *
 * CycloneDX, SPDX and the ACR shapes describe packages and their vulnerabilities only and leave these out.
 */
import type { InspectionFinding } from '../inspect/inspector';
import { TRIVY_SEVERITIES, type TrivySeverity } from '../types/finding';
import type { ScanInspection, ScanReport } from './scan-report';

/** Kinds of inspection finding, in the order reports show them. */
export const INSPECTION_KINDS = ['baseline', 'secret', 'malware'] as const;
export type InspectionKind = (typeof INSPECTION_KINDS)[number];

/** The Trivy result class each kind is written under (`malware` is this scanner's own class). */
export const INSPECTION_CLASS: Record<InspectionKind, 'config' | 'secret' | 'malware'> = {
  baseline: 'config',
  secret: 'secret',
  malware: 'malware',
};

const LEVEL_SEVERITY: Record<InspectionFinding['level'], TrivySeverity> = {
  high: 'HIGH',
  medium: 'MEDIUM',
  low: 'LOW',
  serious: 'CRITICAL',
  suspicious: 'HIGH',
  remind: 'LOW',
};

/** The Trivy severity of a finding (see the module comment for the mapping). */
export function inspectionSeverity(finding: InspectionFinding): TrivySeverity {
  return LEVEL_SEVERITY[finding.level] ?? 'UNKNOWN';
}

/** `path:line`, `path`, or the image-config key (`config.Env[2]`) of a finding. */
export function inspectionLocation(finding: InspectionFinding): string {
  const { path, line, configKey } = finding.location;
  if (path) return line ? `${path}:${line}` : path;
  return configKey ?? '';
}

/** The result target of findings in the image config rather than in a file. */
export const IMAGE_CONFIG_TARGET = 'image config';

/** The result a finding belongs to: its file, or {@link IMAGE_CONFIG_TARGET}. */
export function inspectionTarget(finding: InspectionFinding): string {
  return finding.location.path || IMAGE_CONFIG_TARGET;
}

/** Every finding of a report, baseline first, then secrets, then malware (each list in the report's order). */
export function inspectionFindings(report: Pick<ScanReport, 'inspection'>): InspectionFinding[] {
  const i = report.inspection;
  return i ? [...i.baseline, ...i.secrets, ...i.malware] : [];
}

/** One result per kind and target, in report order (image config first within a kind, then files by path). */
export interface InspectionGroup {
  kind: InspectionKind;
  target: string;
  findings: InspectionFinding[];
}

/** Groups findings by kind and target, keeping each finding's order inside its group. */
export function inspectionGroups(report: Pick<ScanReport, 'inspection'>): InspectionGroup[] {
  const groups: InspectionGroup[] = [];
  for (const kind of INSPECTION_KINDS) {
    const byTarget = new Map<string, InspectionFinding[]>();
    for (const f of inspectionFindings(report)) {
      if (f.kind !== kind) continue;
      const target = inspectionTarget(f);
      const list = byTarget.get(target) ?? [];
      list.push(f);
      byTarget.set(target, list);
    }
    const targets = [...byTarget.keys()].sort((a, b) =>
      a === IMAGE_CONFIG_TARGET ? -1 : b === IMAGE_CONFIG_TARGET ? 1 : a < b ? -1 : a > b ? 1 : 0,
    );
    for (const target of targets) groups.push({ kind, target, findings: byTarget.get(target) ?? [] });
  }
  return groups;
}

/** Keeps the findings whose mapped severity is among `severities` (as `--severity` filters vulnerabilities). */
export function filterInspection(
  inspection: ScanInspection,
  severities: readonly TrivySeverity[] = TRIVY_SEVERITIES,
): ScanInspection {
  const keep = new Set(severities);
  const ok = (f: InspectionFinding) => keep.has(inspectionSeverity(f));
  return {
    baseline: inspection.baseline.filter(ok),
    secrets: inspection.secrets.filter(ok),
    malware: inspection.malware.filter(ok),
  };
}

/** Number of findings of a report's inspection (0 when the scan ran no inspectors). */
export function countInspection(report: Pick<ScanReport, 'inspection'>): number {
  return inspectionFindings(report).length;
}
