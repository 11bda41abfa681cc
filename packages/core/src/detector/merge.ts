/** Merging duplicate findings: one package hit by several records for the same vulnerability. */
import type { Ecosystem } from '../types/ecosystem';
import type { TrivySeverity, Vulnerability } from '../types/finding';

/** Whether fixed version `x` is below `y` in `ecosystem`'s ordering. */
export type LowerFix = (x: string, y: string, ecosystem: Ecosystem) => boolean;

const RANK: Record<TrivySeverity, number> = { UNKNOWN: 0, LOW: 1, MEDIUM: 2, HIGH: 3, CRITICAL: 4 };

function packageKey(v: Vulnerability): string {
  return `${v.pkgPath}\u0000${v.pkgName}\u0000${v.installedVersion}`;
}

function union(a: readonly string[], b: readonly string[]): string[] {
  return [...new Set([...a, ...b])];
}

/** Folds `b` into `a`: the lower fix wins (the first version that resolves both), the higher severity wins. */
function fold(a: Vulnerability, b: Vulnerability, lower: LowerFix): Vulnerability {
  const merged: Vulnerability = {
    ...a,
    aliases: union(a.aliases, [b.advisoryId, ...b.aliases]).filter((x) => x !== a.id),
    references: union(a.references, b.references),
    cvss: [...a.cvss, ...b.cvss.filter((c) => !a.cvss.some((d) => d.vector === c.vector))],
  };
  if (RANK[b.severity] > RANK[a.severity]) {
    merged.severity = b.severity;
    merged.severitySource = b.severitySource;
  }
  if (
    b.fixedVersion !== undefined &&
    (a.fixedVersion === undefined || lower(b.fixedVersion, a.fixedVersion, a.ecosystem))
  ) {
    merged.fixedVersion = b.fixedVersion;
    merged.status = b.status;
  }
  return merged;
}

/** Only non-CVE ids merge through aliases: an RHSA listing two CVEs must not fold one CVE into another. */
function aliasesEachOther(a: Vulnerability, b: Vulnerability): boolean {
  if (a.id.startsWith('CVE-') || b.id.startsWith('CVE-')) return false;
  return a.aliases.includes(b.id) || b.aliases.includes(a.id) || a.advisoryId === b.advisoryId;
}

/**
 * Merges findings with the same id, package name, installed version and path. Two findings whose ids
 * alias each other (a GHSA and a PYSEC record, neither naming a CVE) are merged too, under the first id.
 * `lower` orders fixed versions in the package's scheme.
 */
export function mergeFindings(findings: readonly Vulnerability[], lower: LowerFix): Vulnerability[] {
  const out: Vulnerability[] = [];
  const byPackage = new Map<string, Vulnerability[]>();
  for (const f of findings) {
    const key = packageKey(f);
    const group = byPackage.get(key) ?? [];
    byPackage.set(key, group);
    const i = group.findIndex((g) => g.id === f.id || aliasesEachOther(g, f));
    if (i < 0) group.push(f);
    else group[i] = fold(group[i] as Vulnerability, f, lower);
  }
  for (const group of byPackage.values()) out.push(...group);
  return out;
}
