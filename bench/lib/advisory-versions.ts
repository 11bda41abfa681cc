/**
 * Real package names and versions taken from OSV records (https://ossf.github.io/osv-schema/), so the
 * benchmark inventories look like real ones: each affected package yields versions the record names
 * (enumerated `versions`, `introduced`, `fixed`, `last_affected`) — a mix of affected and fixed ones.
 */
import type { OsvRecord } from '@acr-console/core';

/** A package name/version drawn from an advisory, with its OSV ecosystem. */
export interface AdvisoryPackage {
  ecosystem: string;
  name: string;
  version: string;
}

/** Every (ecosystem, name, version) the records mention, deduplicated, in record order. */
export function advisoryPackages(records: readonly OsvRecord[]): AdvisoryPackage[] {
  const seen = new Set<string>();
  const out: AdvisoryPackage[] = [];
  const add = (ecosystem: string, name: string, version: string | undefined) => {
    if (!version || version === '0') return;
    const key = `${ecosystem}\0${name}\0${version}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ ecosystem, name, version });
  };
  for (const record of records) {
    for (const affected of record.affected ?? []) {
      const pkg = affected.package;
      if (!pkg) continue;
      for (const version of affected.versions ?? []) add(pkg.ecosystem, pkg.name, version);
      for (const range of affected.ranges ?? []) {
        if (range.type === 'GIT') continue;
        for (const event of range.events) {
          add(pkg.ecosystem, pkg.name, event.introduced);
          add(pkg.ecosystem, pkg.name, event.fixed);
          add(pkg.ecosystem, pkg.name, event.last_affected);
        }
      }
    }
  }
  return out;
}

/**
 * One version per package name that a record marks as affected, for building vulnerable images:
 * an enumerated version, else `introduced` (when not `0`), else `last_affected`.
 */
export function affectedVersions(records: readonly OsvRecord[], ecosystem: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const record of records) {
    for (const affected of record.affected ?? []) {
      const pkg = affected.package;
      if (!pkg || pkg.ecosystem !== ecosystem || out.has(pkg.name)) continue;
      const events = (affected.ranges ?? []).filter((r) => r.type !== 'GIT').flatMap((r) => r.events);
      const version =
        affected.versions?.[0] ??
        events.find((e) => e.introduced && e.introduced !== '0')?.introduced ??
        events.find((e) => e.last_affected)?.last_affected;
      if (version) out.set(pkg.name, version);
    }
  }
  return out;
}
