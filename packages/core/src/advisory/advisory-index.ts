/**
 * An in-memory advisory index: OSV records grouped by (namespace, normalised package name).
 * Namespaces are described in ./ecosystem-map.ts.
 */
import type { Ecosystem } from '../types/ecosystem';
import { normalizePackageName, osvNamespace } from './ecosystem-map';
import type { OsvAffected, OsvRecord } from './osv-types';

/** One record as it applies to one package: the record and its `affected` entries for that package. */
export interface AdvisoryEntry {
  record: OsvRecord;
  affected: OsvAffected[];
}

/** What the database holds, for the console's "database" panel and report metadata. */
export interface DatabaseInfo {
  /** Caller-supplied version of the data (e.g. the dataset's release), `unversioned` when none. */
  version: string;
  /** When the data was built (ISO date), when known. */
  builtAt?: string;
  /** Latest `modified` timestamp among the records. */
  lastModified?: string;
  /** Records indexed (after dropping withdrawn and superseded duplicates). */
  recordCount: number;
  /** Withdrawn records dropped. */
  withdrawnCount: number;
  /** Records per namespace (`npm`, `pypi`, `debian:12`, `alpine:3.18`, …); a record counts once per namespace. */
  namespaces: Record<string, number>;
  /** OSV ecosystem names met that the core does not scan (e.g. `NuGet`, `SUSE:…`), with counts. */
  unsupportedEcosystems: Record<string, number>;
}

/** Options of {@link createAdvisoryIndex}. */
export interface AdvisoryIndexOptions {
  version?: string;
  builtAt?: string;
}

/** A read-only advisory index. Build with {@link createAdvisoryIndex}. */
export interface AdvisoryIndex {
  /** Entries for a package name in a namespace key (`debian:12`, `npm`, …); the name is normalised here. */
  lookup(namespace: string, name: string): readonly AdvisoryEntry[];
  /** Every indexed record. */
  readonly records: readonly OsvRecord[];
  readonly info: DatabaseInfo;
}

/**
 * Indexes OSV records. Withdrawn records are dropped; when two records share an id the one with the
 * later `modified` wins (a directory and a zip of the same feed may overlap).
 */
export function createAdvisoryIndex(records: Iterable<OsvRecord>, options: AdvisoryIndexOptions = {}): AdvisoryIndex {
  const byId = new Map<string, OsvRecord>();
  let withdrawnCount = 0;
  for (const r of records) {
    if (r.withdrawn) {
      withdrawnCount++;
      continue;
    }
    const prev = byId.get(r.id);
    if (!prev || prev.modified < r.modified) byId.set(r.id, r);
  }
  const table = new Map<string, Map<string, AdvisoryEntry[]>>();
  const ecosystems = new Map<string, Ecosystem>();
  const namespaces: Record<string, number> = {};
  const unsupportedEcosystems: Record<string, number> = {};
  let lastModified: string | undefined;
  for (const record of byId.values()) {
    if (!lastModified || record.modified > lastModified) lastModified = record.modified;
    const seen = new Set<string>();
    for (const affected of record.affected ?? []) {
      if (!affected.package) continue;
      const ns = osvNamespace(affected.package.ecosystem);
      if (!ns) {
        const eco = affected.package.ecosystem;
        unsupportedEcosystems[eco] = (unsupportedEcosystems[eco] ?? 0) + 1;
        continue;
      }
      ecosystems.set(ns.key, ns.ecosystem);
      const names = table.get(ns.key) ?? new Map<string, AdvisoryEntry[]>();
      table.set(ns.key, names);
      const name = normalizePackageName(ns.ecosystem, affected.package.name);
      const entries = names.get(name) ?? [];
      names.set(name, entries);
      const existing = entries.find((e) => e.record === record);
      if (existing) existing.affected.push(affected);
      else entries.push({ record, affected: [affected] });
      if (!seen.has(ns.key)) {
        seen.add(ns.key);
        namespaces[ns.key] = (namespaces[ns.key] ?? 0) + 1;
      }
    }
  }
  const info: DatabaseInfo = {
    version: options.version ?? 'unversioned',
    ...(options.builtAt ? { builtAt: options.builtAt } : {}),
    ...(lastModified ? { lastModified } : {}),
    recordCount: byId.size,
    withdrawnCount,
    namespaces,
    unsupportedEcosystems,
  };
  return {
    lookup(namespace, name) {
      const eco = ecosystems.get(namespace);
      if (!eco) return [];
      return table.get(namespace)?.get(normalizePackageName(eco, name)) ?? [];
    },
    records: [...byId.values()],
    info,
  };
}

/** The database metadata of an index (version, build time, counts per namespace). */
export function databaseInfo(index: AdvisoryIndex): DatabaseInfo {
  return index.info;
}
