/**
 * npm `package-lock.json` (https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json).
 * lockfileVersion 1 nests `dependencies` by install tree; v2 and v3 hold a flat `packages` map keyed by
 * install path (`node_modules/a/node_modules/b`, `""` for the root project). v2 carries both; the
 * `packages` map wins, as in npm itself and Trivy.
 */
import type { Package } from '../../../types/package';
import { invalidManifest, isRecord, parseJson, str } from '../shared';
import { type NpmEntry, npmLicenses, toNpmPackage } from './npm-package';

const NODE_MODULES = 'node_modules/';

/** Parses a package-lock.json; throws ScanError when it is not JSON or not a lock file. */
export function parsePackageLock(text: string, filePath: string): Package[] {
  const lock = parseJson(text, 'package-lock.json', filePath);
  if (!isRecord(lock)) throw invalidManifest('package-lock.json', filePath);
  const entries = isRecord(lock.packages)
    ? fromPackagesMap(lock.packages)
    : isRecord(lock.dependencies)
      ? fromDependencyTree(lock.dependencies)
      : [];
  return mergeEntries(entries).map((entry) => toNpmPackage(entry, filePath));
}

/** The name npm installs a path under: everything after the last `node_modules/`. */
function nameFromPath(path: string): string {
  const idx = path.lastIndexOf(NODE_MODULES);
  return idx >= 0 ? path.slice(idx + NODE_MODULES.length) : path;
}

/**
 * v2/v3. Links (`link: true`, workspaces and `file:` dependencies) point at a directory entry that has
 * the version but no `node_modules/` path; the target and everything under it is moved under the link's
 * path so it is reported with the name it is installed as.
 */
function fromPackagesMap(raw: Record<string, unknown>): NpmEntry[] {
  const packages = new Map<string, Record<string, unknown>>();
  for (const [path, value] of Object.entries(raw)) if (isRecord(value)) packages.set(path, value);

  for (const [linkPath, link] of [...packages]) {
    const target = str(link.resolved);
    // A link without a target resolves nothing (a broken lock file); an empty prefix would match everything.
    if (link.link !== true || !target) continue;
    packages.delete(linkPath);
    for (const [path, pkg] of [...packages]) {
      if (path !== target && !path.startsWith(`${target}/`)) continue;
      packages.delete(path);
      packages.set(linkPath + path.slice(target.length), pkg);
    }
  }

  const entries: NpmEntry[] = [];
  for (const [path, pkg] of packages) {
    if (!path.startsWith(NODE_MODULES) || pkg.link === true) continue;
    entries.push({
      name: str(pkg.name) || nameFromPath(path),
      version: str(pkg.version),
      licenses: npmLicenses(pkg),
      dev: pkg.dev === true,
    });
  }
  return entries;
}

/** v1: `dependencies` nest where npm installed a second copy; `dev: true` marks development-only ones. */
function fromDependencyTree(tree: Record<string, unknown>): NpmEntry[] {
  const entries: NpmEntry[] = [];
  const walk = (deps: Record<string, unknown>, depth: number): void => {
    // Real trees are a few levels deep; the bound only stops a hostile file from exhausting the stack.
    if (depth > 64) return;
    for (const [name, dep] of Object.entries(deps)) {
      if (!isRecord(dep)) continue;
      const version = str(dep.version);
      // `file:`/`git+` versions are not registry versions and cannot be matched against advisories.
      if (version && !/^[a-z+]+:/i.test(version)) {
        entries.push({ name, version, licenses: [], dev: dep.dev === true });
      }
      if (isRecord(dep.dependencies)) walk(dep.dependencies, depth + 1);
    }
  };
  walk(tree, 0);
  return entries;
}

/**
 * One package per name@version, sorted by name then version. A package installed both for production
 * and for development is not a dev dependency: dev holds only when every copy is dev.
 */
function mergeEntries(entries: NpmEntry[]): NpmEntry[] {
  const byId = new Map<string, NpmEntry>();
  for (const entry of entries) {
    const key = `${entry.name}@${entry.version}`;
    const seen = byId.get(key);
    if (!seen) {
      byId.set(key, { ...entry });
      continue;
    }
    seen.dev = seen.dev === true && entry.dev === true;
    if (!seen.licenses?.length && entry.licenses?.length) seen.licenses = entry.licenses;
  }
  return [...byId.values()].sort((a, b) => compareText(a.name, b.name) || compareText(a.version, b.version));
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
