/**
 * Severity of an advisory: CVSS v3 vectors scored with {@link cvss3BaseScore}, vendor and GHSA labels,
 * and the fold from Trivy's five levels to ACR's four.
 */
import type { AcrSeverity, CvssScore, TrivySeverity } from '../types/finding';
import { type CvssRating, cvss3BaseScore, cvss3Rating } from './cvss3';
import type { OsvAffected, OsvRecord } from './osv-types';

/**
 * CVSS rating → Trivy level. `NONE` (score 0.0) has no Trivy level; trivy-db turns an unknown label
 * into UNKNOWN, and so do we.
 */
export function trivySeverityFromRating(rating: CvssRating): TrivySeverity {
  return rating === 'NONE' ? 'UNKNOWN' : rating;
}

const LABELS: Record<string, TrivySeverity> = {
  // GHSA database_specific.severity
  low: 'LOW',
  moderate: 'MEDIUM',
  medium: 'MEDIUM',
  high: 'HIGH',
  critical: 'CRITICAL',
  // Debian urgency and Ubuntu priority words that are not plain levels
  unimportant: 'LOW',
  negligible: 'LOW',
  'not yet assigned': 'UNKNOWN',
  unknown: 'UNKNOWN',
};

/** A textual severity (GHSA `MODERATE`, Debian `unimportant`, Ubuntu `negligible`, …) → Trivy level; `undefined` if unknown. */
export function severityFromLabel(label: string): TrivySeverity | undefined {
  return LABELS[label.trim().toLowerCase()];
}

/** ACR's levels: CRITICAL and HIGH → HIGH (高危), MEDIUM → MEDIUM (中危), LOW → LOW (低危), else UNKNOWN (未知). */
export function toAcrSeverity(severity: TrivySeverity): AcrSeverity {
  switch (severity) {
    case 'CRITICAL':
    case 'HIGH':
      return 'HIGH';
    case 'MEDIUM':
    case 'LOW':
      return severity;
    default:
      return 'UNKNOWN';
  }
}

/** The severity chosen for a finding, where it came from, and every scorable CVSS vector. */
export interface SeverityAssessment {
  severity: TrivySeverity;
  /** `vendor` id (e.g. `debian`), the record's source (`ghsa`, `go`, …) or `''` when UNKNOWN. */
  source: string;
  cvss: CvssScore[];
}

/** The database an advisory comes from, from its id prefix (`GHSA-…` → `ghsa`, `PYSEC-…` → `pysec`). */
export function advisorySource(record: OsvRecord): string {
  const m = /^([A-Za-z]+)-/.exec(record.id);
  return m ? (m[1] as string).toLowerCase() : 'osv';
}

function stringField(bag: Record<string, unknown> | undefined, key: string): string | undefined {
  const v = bag?.[key];
  return typeof v === 'string' ? v : undefined;
}

/**
 * Picks a severity, in this order:
 * 1. a vendor label on the affected entry (`ecosystem_specific.severity` / `.urgency`, with
 *    `ecosystem_specific.severity_source` naming the vendor) or Ubuntu's `severity[{type: "Ubuntu"}]`
 *    — distributions rate for their own build;
 * 2. the highest CVSS v3 base score among the affected entry's and the record's vectors;
 * 3. the record's `database_specific.severity` label (GHSA);
 * 4. UNKNOWN.
 * CVSS v4 vectors are not scored here (no v4 calculator yet) and do not contribute.
 */
export function assessSeverity(record: OsvRecord, affected?: OsvAffected): SeverityAssessment {
  const source = advisorySource(record);
  const cvss: CvssScore[] = [];
  for (const s of [...(affected?.severity ?? []), ...(record.severity ?? [])]) {
    if (s.type !== 'CVSS_V3') continue;
    const score = cvss3BaseScore(s.score);
    if (score !== undefined && !cvss.some((c) => c.vector === s.score)) cvss.push({ vector: s.score, score, source });
  }
  const eco = affected?.ecosystem_specific;
  const vendorLabel = stringField(eco, 'severity') ?? stringField(eco, 'urgency');
  const vendor = vendorLabel === undefined ? undefined : severityFromLabel(vendorLabel);
  if (vendor !== undefined && vendor !== 'UNKNOWN') {
    return { severity: vendor, source: stringField(eco, 'severity_source') ?? source, cvss };
  }
  // Ubuntu's OSV records rate with their own severity type: `{type: "Ubuntu", score: "medium"}`.
  const ubuntu = [...(affected?.severity ?? []), ...(record.severity ?? [])].find((s) => s.type === 'Ubuntu');
  const ubuntuLevel = ubuntu ? severityFromLabel(ubuntu.score) : undefined;
  if (ubuntuLevel !== undefined && ubuntuLevel !== 'UNKNOWN') return { severity: ubuntuLevel, source: 'ubuntu', cvss };
  if (cvss.length > 0) {
    const best = Math.max(...cvss.map((c) => c.score));
    return { severity: trivySeverityFromRating(cvss3Rating(best)), source, cvss };
  }
  const label = stringField(record.database_specific, 'severity');
  const fromLabel = label === undefined ? undefined : severityFromLabel(label);
  if (fromLabel !== undefined && fromLabel !== 'UNKNOWN') return { severity: fromLabel, source, cvss };
  return { severity: 'UNKNOWN', source: '', cvss };
}
