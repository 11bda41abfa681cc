/**
 * Poetry `poetry.lock` (TOML; https://python-poetry.org/docs/basic-usage/#installing-with-poetrylock):
 * one `[[package]]` table per locked distribution with `name` and `version`. Poetry before 1.5 also wrote
 * `category = "dev"` for development-only packages. Packages from a local `directory` or `file` source are
 * the project's own code, not PyPI releases, and are left out.
 */
import { parse as parseToml } from 'smol-toml';
import type { Package } from '../../../types/package';
import { invalidManifest, isRecord, str } from '../shared';
import { toPypiPackage } from './python-package';

/** Parses a poetry.lock; throws ScanError when it is not TOML. */
export function parsePoetryLock(text: string, filePath: string): Package[] {
  let doc: Record<string, unknown>;
  try {
    doc = parseToml(text) as Record<string, unknown>;
  } catch (error) {
    throw invalidManifest('poetry.lock', filePath, error);
  }
  const entries = Array.isArray(doc.package) ? doc.package : [];
  const packages: Package[] = [];
  for (const entry of entries) {
    if (!isRecord(entry)) continue;
    const name = str(entry.name);
    const version = str(entry.version);
    const sourceType = isRecord(entry.source) ? str(entry.source.type) : '';
    if (!name || !version || sourceType === 'directory' || sourceType === 'file') continue;
    packages.push(toPypiPackage(name, version, filePath, { dev: entry.category === 'dev' }));
  }
  return packages;
}
