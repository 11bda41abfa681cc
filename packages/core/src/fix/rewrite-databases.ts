/** Picks the package-database files of the plan's ecosystem and rewrites each one that holds a planned package. */
import { rpmDatabaseFormat } from '../analyzer/pkg/rpm';
import type { ChangedFile } from './fix-layer';
import type { ImageFile } from './image-files';
import { rewriteApkInstalled } from './rewrite-apk';
import { rewriteDpkgStatus } from './rewrite-dpkg';
import { loadSqlJs, rewriteRpmdbSqlite } from './rewrite-rpmdb';
import { FixError, type FixPlan, type PackageFix } from './types';

/**
 * The rewritten files, in path order.
 *
 * @throws FixError `NO_PACKAGE_DB`, `UNSUPPORTED_RPMDB`, `PLAN_MISMATCH` (a planned package is in no database).
 */
export async function rewriteDatabases(
  databases: ReadonlyMap<string, ImageFile>,
  plan: FixPlan,
  loadSqlWasm?: () => Promise<ArrayBuffer | Uint8Array>,
): Promise<ChangedFile[]> {
  const fixes = new Map<string, PackageFix>(plan.packages.map((p) => [p.name, p]));
  let files = [...databases.values()].sort((a, b) => (a.file.path < b.file.path ? -1 : 1));
  if (plan.ecosystem === 'rpm') {
    const legacy = files.find((f) => rpmDatabaseFormat(f.file.path) !== 'sqlite');
    files = files.filter((f) => rpmDatabaseFormat(f.file.path) === 'sqlite');
    if (files.length === 0 && legacy) {
      throw new FixError(
        'UNSUPPORTED_RPMDB',
        `${legacy.file.path}: BerkeleyDB/NDB rpm databases cannot be rewritten; only rpmdb.sqlite (RPM ≥ 4.16) can`,
      );
    }
  }
  if (files.length === 0) {
    throw new FixError('NO_PACKAGE_DB', `the image has no ${plan.ecosystem} package database to update`);
  }
  const found = new Set<string>();
  const out: ChangedFile[] = [];
  const sql = plan.ecosystem === 'rpm' ? await loadSqlJs(loadSqlWasm) : undefined;
  for (const { file, content } of files) {
    let bytes: Uint8Array;
    let changed: Set<string>;
    if (sql) {
      ({ bytes, changed } = rewriteRpmdbSqlite(sql, content, fixes));
    } else {
      const text = new TextDecoder().decode(content);
      const result = plan.ecosystem === 'apk' ? rewriteApkInstalled(text, fixes) : rewriteDpkgStatus(text, fixes);
      bytes = new TextEncoder().encode(result.text);
      changed = result.changed;
    }
    if (changed.size === 0) continue;
    for (const name of changed) found.add(name);
    out.push({ file, content: bytes });
  }
  const missing = plan.packages.filter((p) => !found.has(p.name)).map((p) => p.name);
  if (missing.length > 0) {
    throw new FixError('PLAN_MISMATCH', `planned packages not installed in the image: ${missing.join(', ')}`);
  }
  return out;
}
