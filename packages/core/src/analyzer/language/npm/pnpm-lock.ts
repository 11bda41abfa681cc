/**
 * `pnpm-lock.yaml` (https://github.com/pnpm/spec/tree/master/lockfile). The `packages` keys changed form
 * across lockfile versions:
 * - v5.x: `/name/1.2.3` or `/@scope/name/1.2.3_peer@4.5.6` (peer suffix after `_`);
 * - v6.x: `/name@1.2.3(peer@4.5.6)`;
 * - v9.x: `name@1.2.3` without the leading slash; peer variants live in `snapshots`, and the `dev` flag is
 *   gone, so dev-only packages are found by walking the graph from the importers' dependencies.
 * Entries whose version is not a registry version (tarballs, git, `link:`, `file:`) are not reported.
 */
import { parse as parseYaml } from 'yaml';
import type { Package } from '../../../types/package';
import { invalidManifest, isRecord, str } from '../shared';
import { type NpmEntry, toNpmPackage } from './npm-package';

/** Splits a `packages` key of any lockfile version into name and version (peer suffixes dropped). */
export function parsePnpmKey(key: string): { name: string; version: string } | null {
  const k = key.replace(/^\//, '').replace(/\(.*$/, '');
  // The part after an `@scope/` prefix: in v5 a `/` separates name and version, later an `@` does.
  const scopeEnd = k.startsWith('@') ? k.indexOf('/') + 1 : 0;
  const body = k.slice(scopeEnd);
  const slash = body.indexOf('/');
  const at = body.indexOf('@');
  if (slash > 0 && (at < 0 || slash < at)) {
    return { name: k.slice(0, scopeEnd + slash), version: body.slice(slash + 1).split('_')[0] ?? '' };
  }
  if (at <= 0) return null;
  return { name: k.slice(0, scopeEnd + at), version: body.slice(at + 1) };
}

const REGISTRY_VERSION = /^\d+\.\d+\.\d+/;

/** Parses a pnpm lock file; throws ScanError when it is not YAML or not a lock file. */
export function parsePnpmLock(text: string, filePath: string): Package[] {
  let doc: unknown;
  try {
    doc = parseYaml(text, { logLevel: 'error' });
  } catch (error) {
    throw invalidManifest('pnpm-lock.yaml', filePath, error);
  }
  if (!isRecord(doc)) throw invalidManifest('pnpm-lock.yaml', filePath);
  const packages = isRecord(doc.packages) ? doc.packages : {};
  const devOnly = isRecord(doc.snapshots) ? devOnlyV9(doc) : null;
  const byId = new Map<string, NpmEntry>();
  for (const [key, value] of Object.entries(packages)) {
    if (!isRecord(value)) continue;
    const parsed = parsePnpmKey(key);
    // The key's version is what pnpm resolved; for git, tarball and directory entries it is a URL or a
    // path (or the key has no version at all), which is what keeps them out.
    const name = str(value.name) || parsed?.name || '';
    const version = parsed?.version ?? '';
    if (!name || !REGISTRY_VERSION.test(version)) continue;
    const id = `${name}@${version}`;
    const dev = devOnly ? devOnly.has(id) : value.dev === true;
    const seen = byId.get(id);
    if (seen) seen.dev = seen.dev === true && dev;
    else byId.set(id, { name, version, dev });
  }
  return [...byId.values()]
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.version < b.version ? -1 : 1))
    .map((e) => toNpmPackage(e, filePath));
}

/**
 * v9: ids (`name@version`) reachable from some importer's devDependencies but from no production
 * dependency. Importer and snapshot dependency values are versions, possibly with a peer suffix.
 */
function devOnlyV9(doc: Record<string, unknown>): Set<string> {
  const snapshots = doc.snapshots as Record<string, unknown>;
  const edges = new Map<string, string[]>();
  for (const [key, value] of Object.entries(snapshots)) {
    const deps = isRecord(value) ? { ...asRecord(value.dependencies), ...asRecord(value.optionalDependencies) } : {};
    edges.set(
      key,
      Object.entries(deps).map(([n, v]) => `${n}@${str(v)}`),
    );
  }
  const walk = (roots: string[]): Set<string> => {
    const seen = new Set<string>();
    const stack = [...roots];
    while (stack.length > 0) {
      const id = stack.pop() as string;
      if (seen.has(id)) continue;
      seen.add(id);
      for (const next of edges.get(id) ?? []) stack.push(next);
    }
    return new Set([...seen].map((id) => id.replace(/\(.*$/, '')));
  };
  const prodRoots: string[] = [];
  const devRoots: string[] = [];
  for (const importer of Object.values(asRecord(doc.importers))) {
    if (!isRecord(importer)) continue;
    for (const [field, roots] of [
      ['dependencies', prodRoots],
      ['optionalDependencies', prodRoots],
      ['devDependencies', devRoots],
    ] as const) {
      for (const [name, spec] of Object.entries(asRecord(importer[field]))) {
        const version = isRecord(spec) ? str(spec.version) : str(spec);
        roots.push(`${name}@${version}`);
      }
    }
  }
  const prod = walk(prodRoots);
  return new Set([...walk(devRoots)].filter((id) => !prod.has(id)));
}

function asRecord(value: unknown): Record<string, unknown> {
  return isRecord(value) ? value : {};
}
