/**
 * CVSS v3.0 / v3.1 base score.
 * Spec: https://www.first.org/cvss/v3.1/specification-document (§7 formulas, Appendix A Roundup)
 * and https://www.first.org/cvss/v3.0/specification-document (v3.0 Roundup).
 */

const BASE_METRICS = ['AV', 'AC', 'PR', 'UI', 'S', 'C', 'I', 'A'] as const;
type BaseMetric = (typeof BASE_METRICS)[number];

/** Temporal and environmental metric names; allowed in a vector but not part of the base score. */
const OTHER_METRICS = new Set(['E', 'RL', 'RC', 'CR', 'IR', 'AR', 'MAV', 'MAC', 'MPR', 'MUI', 'MS', 'MC', 'MI', 'MA']);

const ALLOWED: Record<BaseMetric, readonly string[]> = {
  AV: ['N', 'A', 'L', 'P'],
  AC: ['L', 'H'],
  PR: ['N', 'L', 'H'],
  UI: ['N', 'R'],
  S: ['U', 'C'],
  C: ['H', 'L', 'N'],
  I: ['H', 'L', 'N'],
  A: ['H', 'L', 'N'],
};

const AV = { N: 0.85, A: 0.62, L: 0.55, P: 0.2 } as Record<string, number>;
const AC = { L: 0.77, H: 0.44 } as Record<string, number>;
const UI = { N: 0.85, R: 0.62 } as Record<string, number>;
const CIA = { H: 0.56, L: 0.22, N: 0 } as Record<string, number>;
/** Privileges Required weighs more when the scope changes (spec §7.4). */
const PR_UNCHANGED = { N: 0.85, L: 0.62, H: 0.27 } as Record<string, number>;
const PR_CHANGED = { N: 0.85, L: 0.68, H: 0.5 } as Record<string, number>;

/** A parsed v3 vector: its minor version and base metric values. */
export interface Cvss3Vector {
  version: '3.0' | '3.1';
  metrics: Record<BaseMetric, string>;
}

/** Parses `CVSS:3.x/AV:…/…`; `undefined` when the prefix, a base metric or a value is missing or unknown. */
export function parseCvss3Vector(vector: string): Cvss3Vector | undefined {
  const parts = vector.trim().split('/');
  const head = parts.shift();
  if (head !== 'CVSS:3.0' && head !== 'CVSS:3.1') return undefined;
  const metrics: Partial<Record<BaseMetric, string>> = {};
  for (const part of parts) {
    const [name, value, extra] = part.split(':');
    if (name === undefined || value === undefined || extra !== undefined) return undefined;
    if (name in ALLOWED) {
      const metric = name as BaseMetric;
      if (metrics[metric] !== undefined || !ALLOWED[metric].includes(value)) return undefined;
      metrics[metric] = value;
    } else if (!OTHER_METRICS.has(name)) {
      return undefined;
    }
  }
  if (BASE_METRICS.some((m) => metrics[m] === undefined)) return undefined;
  return { version: head === 'CVSS:3.0' ? '3.0' : '3.1', metrics: metrics as Record<BaseMetric, string> };
}

/**
 * v3.1 Roundup (Appendix A): works on integers so that e.g. 4.000000000000001 rounds to 4.0, not 4.1
 * as a naive `ceil(x * 10) / 10` would.
 */
export function roundup31(value: number): number {
  const intInput = Math.round(value * 100000);
  if (intInput % 10000 === 0) return intInput / 100000;
  return (Math.floor(intInput / 10000) + 1) / 10;
}

/** v3.0 Roundup: the smallest one-decimal number ≥ the input (the spec's definition, kept for 3.0 vectors). */
export function roundup30(value: number): number {
  return Math.ceil(value * 10) / 10;
}

/**
 * The base score (0.0–10.0) of a CVSS v3.0 or v3.1 vector, or `undefined` for an invalid vector.
 * @example cvss3BaseScore('CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H') // 9.8
 */
export function cvss3BaseScore(vector: string): number | undefined {
  const parsed = parseCvss3Vector(vector);
  if (!parsed) return undefined;
  const m = parsed.metrics;
  const roundup = parsed.version === '3.0' ? roundup30 : roundup31;
  const changed = m.S === 'C';
  const iss = 1 - (1 - (CIA[m.C] as number)) * (1 - (CIA[m.I] as number)) * (1 - (CIA[m.A] as number));
  const impact = changed ? 7.52 * (iss - 0.029) - 3.25 * (iss - 0.02) ** 15 : 6.42 * iss;
  const pr = (changed ? PR_CHANGED : PR_UNCHANGED)[m.PR] as number;
  const exploitability = 8.22 * (AV[m.AV] as number) * (AC[m.AC] as number) * pr * (UI[m.UI] as number);
  if (impact <= 0) return 0;
  return changed
    ? roundup(Math.min(1.08 * (impact + exploitability), 10))
    : roundup(Math.min(impact + exploitability, 10));
}

/** CVSS v3 qualitative rating (spec §5): None 0.0, Low 0.1–3.9, Medium 4.0–6.9, High 7.0–8.9, Critical 9.0–10.0. */
export type CvssRating = 'NONE' | 'LOW' | 'MEDIUM' | 'HIGH' | 'CRITICAL';

/** The qualitative rating of a v3 base score. */
export function cvss3Rating(score: number): CvssRating {
  if (score <= 0) return 'NONE';
  if (score < 4) return 'LOW';
  if (score < 7) return 'MEDIUM';
  if (score < 9) return 'HIGH';
  return 'CRITICAL';
}
