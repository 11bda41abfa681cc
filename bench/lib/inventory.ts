/**
 * A synthetic inventory for the matching benchmark: real (name, version) pairs from advisory records,
 * spread round-robin over the namespaces the index holds (language ecosystems plus the OS release the
 * inventory declares), so lookups hit and range evaluation runs on real version strings.
 */
import { type Application, type Inventory, type OsInfo, osvNamespace, type Package } from '@acr-console/core';
import type { AdvisoryPackage } from './advisory-versions';

/** A package with the namespace key its detector will look it up in. */
export interface KeyedPackage {
  key: string;
  pkg: Package;
}

function toPackage(source: AdvisoryPackage, ecosystem: Package['ecosystem']): Package {
  const pkg: Package = {
    ecosystem,
    name: source.name,
    version: source.version,
    // Detection never reads the purl; a plausible one keeps the packages realistic.
    purl: `pkg:${ecosystem}/${encodeURIComponent(source.name)}@${encodeURIComponent(source.version)}`,
    licenses: [],
    filePath: `bench/${ecosystem}`,
  };
  if (ecosystem === 'maven') pkg.id = source.name;
  if (ecosystem === 'deb' || ecosystem === 'apk') {
    pkg.srcName = source.name;
    pkg.srcVersion = source.version;
  }
  return pkg;
}

/** Interleaves lists: first items of each, then second items, and so on. */
function roundRobin<T>(lists: readonly (readonly T[])[]): T[] {
  const out: T[] = [];
  const longest = Math.max(0, ...lists.map((l) => l.length));
  for (let i = 0; i < longest; i++) {
    for (const list of lists) {
      const item = list[i];
      if (item !== undefined) out.push(item);
    }
  }
  return out;
}

/**
 * Picks `count` packages round-robin over namespaces and, within one, over package names. OS namespaces
 * other than `osKey` are left out, since an image has one OS.
 */
export function synthesizeInventory(
  sources: readonly AdvisoryPackage[],
  count: number,
  os: OsInfo,
  osKey: string,
): { inventory: Inventory; packages: KeyedPackage[] } {
  // namespace → name → versions, so picks spread over names (an inventory lists each package once or twice).
  const groups = new Map<string, Map<string, KeyedPackage[]>>();
  for (const source of sources) {
    const ns = osvNamespace(source.ecosystem);
    if (!ns) continue;
    const isOs = ns.ecosystem === 'deb' || ns.ecosystem === 'apk' || ns.ecosystem === 'rpm';
    if (isOs && ns.key !== osKey) continue;
    const names = groups.get(ns.key) ?? new Map<string, KeyedPackage[]>();
    groups.set(ns.key, names);
    const versions = names.get(source.name) ?? [];
    names.set(source.name, versions);
    versions.push({ key: ns.key, pkg: toPackage(source, ns.ecosystem) });
  }
  const queues = [...groups.values()].map((names) => roundRobin([...names.values()]));
  const picked = roundRobin(queues).slice(0, count);
  const apps = new Map<string, Application>();
  const osPackages: Package[] = [];
  for (const { key, pkg } of picked) {
    if (key === osKey) {
      osPackages.push(pkg);
      continue;
    }
    const app = apps.get(pkg.ecosystem) ?? { type: pkg.ecosystem, filePath: `bench/${pkg.ecosystem}`, packages: [] };
    apps.set(pkg.ecosystem, app);
    app.packages.push(pkg);
  }
  return { inventory: { os, osPackages, applications: [...apps.values()] }, packages: picked };
}
