/**
 * Cargo `Cargo.lock` (TOML; https://doc.rust-lang.org/cargo/guide/cargo-toml-vs-cargo-lock.html): one
 * `[[package]]` table per crate with `name`, `version` and, for crates fetched from a registry or git,
 * `source`. Crates without a source are the workspace's own members, not published releases, and are
 * left out so they cannot match a crates.io advisory of the same name.
 */
import { parse as parseToml } from 'smol-toml';
import type { Package } from '../../../types/package';
import { buildPurl } from '../purl';
import { invalidManifest, isRecord, str } from '../shared';

/** Parses a Cargo.lock (v1 to v4); throws ScanError when it is not TOML. */
export function parseCargoLock(text: string, filePath: string): Package[] {
  let doc: Record<string, unknown>;
  try {
    doc = parseToml(text) as Record<string, unknown>;
  } catch (error) {
    throw invalidManifest('Cargo.lock', filePath, error);
  }
  const packages: Package[] = [];
  for (const entry of Array.isArray(doc.package) ? doc.package : []) {
    if (!isRecord(entry)) continue;
    const name = str(entry.name);
    const version = str(entry.version);
    if (!name || !version || !str(entry.source)) continue;
    packages.push({
      ecosystem: 'cargo',
      name,
      version,
      purl: buildPurl('cargo', undefined, name, version),
      licenses: [],
      filePath,
      id: name,
    });
  }
  return packages;
}
