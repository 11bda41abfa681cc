/** Builds npm `Package`s and reads the licence forms package.json files and lock files carry. */
import type { Package } from '../../../types/package';
import { npmPurl } from '../purl';
import { isRecord, str } from '../shared';

/** One npm package as the lock-file parsers see it, before it becomes a `Package`. */
export interface NpmEntry {
  name: string;
  version: string;
  licenses?: string[];
  dev?: boolean;
}

/** Turns a parsed entry into the inventory's `Package` (id is the name; scoped names keep the scope). */
export function toNpmPackage(entry: NpmEntry, filePath: string): Package {
  const pkg: Package = {
    ecosystem: 'npm',
    name: entry.name,
    version: entry.version,
    purl: npmPurl(entry.name, entry.version),
    licenses: entry.licenses ?? [],
    filePath,
    id: entry.name,
  };
  if (entry.dev) pkg.dev = true;
  return pkg;
}

/**
 * Licences from a package.json or lock entry: `license: "MIT"`, the deprecated object form
 * `license: {type: "MIT"}` and the legacy `licenses: [{type, url}]` list
 * (https://docs.npmjs.com/cli/v10/configuring-npm/package-json#license). An array of bare strings is not
 * a form npm ever defined; Trivy ignores it and so do we.
 */
export function npmLicenses(manifest: Record<string, unknown>): string[] {
  const out: string[] = [];
  const add = (value: unknown): void => {
    if (typeof value === 'string' && value.trim()) out.push(value.trim());
    else if (isRecord(value) && str(value.type)) out.push(str(value.type));
  };
  for (const field of [manifest.license, manifest.licenses]) {
    if (Array.isArray(field)) {
      for (const item of field) if (isRecord(item)) add(item);
    } else {
      add(field);
    }
  }
  return out;
}
