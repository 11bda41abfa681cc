/**
 * Vulnerability exceptions (忽略): accepting the risk of one CVE for a tag, a repository or a whole
 * namespace, until an expiry. Expired exceptions stop applying but are still reported, so the console can
 * mark them 已过期 instead of silently dropping them.
 */

export type ExceptionScope =
  | { kind: 'tag'; namespace: string; repository: string; tag: string }
  | { kind: 'repository'; namespace: string; repository: string }
  | { kind: 'namespace'; namespace: string };

export interface VulnerabilityException {
  id: string;
  /** The vulnerability id, e.g. `CVE-2023-4911` (compared case-insensitively). */
  cveId: string;
  scope: ExceptionScope;
  reason: string;
  author: string;
  createdAt?: string;
  /**
   * The instant it stops applying (ISO string or epoch milliseconds); absent means it never expires. A
   * date-only expiry chosen in the UI should be sent as the end of that day in the user's zone. An
   * unparseable value counts as already expired, so a corrupt record can never widen an exception.
   */
  expiresAt?: string | number;
}

/** The tag whose findings are being judged. */
export interface ExceptionTarget {
  namespace: string;
  repository: string;
  tag: string;
}

/** A finding with what exceptions did to it. */
export type ExceptedFinding<F> = F & {
  excepted: boolean;
  /** The exception that applies (the most specific scope, then the latest expiry). */
  exceptionId?: string;
  /** Exceptions that would match this finding but have expired. */
  expiredExceptionIds?: string[];
};

export interface ExceptionResult<F> {
  findings: ExceptedFinding<F>[];
  /** Exceptions in force that matched at least one finding. */
  applied: VulnerabilityException[];
  /** Expired exceptions that would have matched at least one finding. */
  expired: VulnerabilityException[];
  /** Finding counts before and after exceptions (the console shows both). */
  counts: { raw: number; effective: number };
}

const SCOPE_RANK: Record<ExceptionScope['kind'], number> = { tag: 3, repository: 2, namespace: 1 };

/** Whether `exception`'s scope covers `target`. */
export function scopeCovers(scope: ExceptionScope, target: ExceptionTarget): boolean {
  if (scope.namespace !== target.namespace) return false;
  if (scope.kind === 'namespace') return true;
  if (scope.repository !== target.repository) return false;
  return scope.kind === 'repository' || scope.tag === target.tag;
}

/** The expiry as epoch milliseconds: `Infinity` when there is none, `-Infinity` when unparseable. */
export function expiryTime(exception: VulnerabilityException): number {
  const { expiresAt } = exception;
  if (expiresAt === undefined) return Number.POSITIVE_INFINITY;
  const time = typeof expiresAt === 'number' ? expiresAt : Date.parse(expiresAt);
  return Number.isNaN(time) ? Number.NEGATIVE_INFINITY : time;
}

/** Whether the exception has expired at `now` (it expires at the `expiresAt` instant itself). */
export function isExpired(exception: VulnerabilityException, now: Date | number): boolean {
  return expiryTime(exception) <= +now;
}

/**
 * Marks each finding of `target` excepted when an unexpired exception for its CVE covers the target.
 * Findings already marked `excepted` by the caller stay excepted.
 */
export function applyExceptions<F extends { cveId: string; excepted?: boolean }>(
  findings: readonly F[],
  exceptions: readonly VulnerabilityException[],
  now: Date | number,
  target: ExceptionTarget,
): ExceptionResult<F> {
  const byCve = new Map<string, VulnerabilityException[]>();
  for (const exception of exceptions) {
    if (!scopeCovers(exception.scope, target)) continue;
    const key = exception.cveId.toUpperCase();
    byCve.set(key, [...(byCve.get(key) ?? []), exception]);
  }

  const applied = new Set<VulnerabilityException>();
  const expired = new Set<VulnerabilityException>();
  const out = findings.map((finding): ExceptedFinding<F> => {
    const matching = byCve.get(finding.cveId.toUpperCase()) ?? [];
    const live = matching.filter((e) => !isExpired(e, now));
    const dead = matching.filter((e) => isExpired(e, now));
    for (const e of dead) expired.add(e);
    const chosen = live.sort(
      (a, b) => SCOPE_RANK[b.scope.kind] - SCOPE_RANK[a.scope.kind] || expiryTime(b) - expiryTime(a),
    )[0];
    if (chosen) applied.add(chosen);
    const result: ExceptedFinding<F> = { ...finding, excepted: finding.excepted === true || chosen !== undefined };
    if (chosen) result.exceptionId = chosen.id;
    if (dead.length > 0) result.expiredExceptionIds = dead.map((e) => e.id);
    return result;
  });
  return {
    findings: out,
    applied: [...applied],
    expired: [...expired],
    counts: { raw: out.length, effective: out.filter((f) => !f.excepted).length },
  };
}
