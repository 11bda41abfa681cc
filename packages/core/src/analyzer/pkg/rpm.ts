/**
 * RPM databases. Only the SQLite format (`rpmdb.sqlite`, RPM ≥ 4.16: RHEL/Rocky/Alma/Oracle 9, CentOS Stream 9,
 * Fedora ≥ 33, Amazon Linux 2023) is read: table `Packages(hnum, blob)`, one RPM header blob per package, read with
 * sql.js. The older formats, BerkeleyDB `Packages` (RHEL/CentOS ≤ 8, Amazon Linux 2) and NDB `Packages.db` (SUSE),
 * are reported as ScanError('UNSUPPORTED_PACKAGE_DB'), which the orchestrator turns into a scan warning ("OS
 * packages not inventoried") instead of failing the scan. A `-wal` journal next to the database is not read:
 * rpm checkpoints it when a transaction ends, so images built normally carry none.
 * ref. https://github.com/rpm-software-management/rpm/blob/master/lib/backend/sqlite.c
 */
import type { Database, SqlJsStatic } from 'sql.js';
import { ScanError } from '../../types/errors';
import type { Package } from '../../types/package';
import type { AnalysisResult, Analyzer } from '../analyzer';
import { RpmHeader } from './rpm-header';
import { rpmPackage, rpmPackageInfo } from './rpm-package';

const RPM_DIRS = ['var/lib/rpm/', 'usr/lib/sysimage/rpm/'];
const SQLITE_MAGIC = 'SQLite format 3\0';

/** Database files by format. */
const FORMAT_BY_FILE: Readonly<Record<string, 'sqlite' | 'bdb' | 'ndb'>> = {
  'rpmdb.sqlite': 'sqlite',
  Packages: 'bdb',
  'Packages.db': 'ndb',
};

/** Host port for sql.js's wasm module. */
export interface RpmAnalyzerOptions {
  /**
   * Returns the bytes of sql.js's `sql-wasm.wasm` (`node_modules/sql.js/dist/`; `sql-wasm-browser.wasm`, which the
   * browser build of sql.js names, is the same binary). The browser worker passes a loader fetching the URL its
   * bundler emitted (e.g. Vite's `?url` import); Node may read the file. When omitted, sql.js locates the file
   * itself, which works in Node (next to `sql-wasm.js`) but not in a bundled worker.
   */
  loadSqlWasm?: () => Promise<ArrayBuffer | Uint8Array>;
}

/** Which rpm database `path` is, if any. */
export function rpmDatabaseFormat(path: string): 'sqlite' | 'bdb' | 'ndb' | undefined {
  const dir = RPM_DIRS.find((d) => path.startsWith(d));
  return dir ? FORMAT_BY_FILE[path.slice(dir.length)] : undefined;
}

function hasSqliteMagic(content: Uint8Array): boolean {
  if (content.length < SQLITE_MAGIC.length) return false;
  for (let i = 0; i < SQLITE_MAGIC.length; i++) if (content[i] !== SQLITE_MAGIC.charCodeAt(i)) return false;
  return true;
}

function headerToPackage(blob: Uint8Array, filePath: string): Package | undefined | 'bad' {
  try {
    const info = rpmPackageInfo(new RpmHeader(blob));
    return info ? rpmPackage(info, filePath) : 'bad';
  } catch (error) {
    if (error instanceof ScanError) return 'bad';
    throw error;
  }
}

/**
 * Reads every package of an rpmdb.sqlite file with an initialised sql.js. A blob that is not a valid header is
 * skipped (one damaged row should not hide the rest); when rows exist and none can be read, or the file is not an
 * rpm SQLite database, throws ScanError('INVALID_PACKAGE_DB').
 */
export function readRpmSqlite(sql: SqlJsStatic, content: Uint8Array, filePath: string): Package[] {
  if (!hasSqliteMagic(content)) throw new ScanError('INVALID_PACKAGE_DB', `${filePath}: not an SQLite database`);
  const packages: Package[] = [];
  let rows = 0;
  let bad = 0;
  let db: Database | undefined;
  try {
    db = new sql.Database(content);
    const stmt = db.prepare('SELECT blob FROM Packages');
    try {
      while (stmt.step()) {
        rows++;
        const [blob] = stmt.get();
        const pkg = blob instanceof Uint8Array ? headerToPackage(blob, filePath) : 'bad';
        if (pkg === 'bad') bad++;
        else if (pkg) packages.push(pkg);
      }
    } finally {
      stmt.free();
    }
  } catch (cause) {
    throw new ScanError('INVALID_PACKAGE_DB', `${filePath}: cannot read the rpm database (${String(cause)})`, {
      cause,
    });
  } finally {
    db?.close();
  }
  if (rows > 0 && bad === rows) {
    throw new ScanError('INVALID_PACKAGE_DB', `${filePath}: none of its ${rows} rpm headers could be read`);
  }
  return packages;
}

/**
 * Creates the rpm analyzer. sql.js (and its wasm) is loaded on the first rpmdb.sqlite met, once per analyzer.
 * A failure to load it is reported as ScanError('IO_ERROR').
 */
export function createRpmAnalyzer(options: RpmAnalyzerOptions = {}): Analyzer {
  let engine: Promise<SqlJsStatic> | undefined;
  const loadEngine = (): Promise<SqlJsStatic> => {
    engine ??= (async () => {
      const { default: initSqlJs } = await import('sql.js');
      const wasmBinary = options.loadSqlWasm ? await options.loadSqlWasm() : undefined;
      return initSqlJs(wasmBinary ? { wasmBinary } : undefined);
    })().catch((cause: unknown) => {
      engine = undefined;
      throw new ScanError('IO_ERROR', `cannot load sql.js for the rpm database (${String(cause)})`, { cause });
    });
    return engine;
  };
  return {
    name: 'rpm',
    version: 1,
    required: (path, file) => file.type !== 'dir' && rpmDatabaseFormat(path) !== undefined,
    async analyze({ path, content }): Promise<AnalysisResult | null> {
      const format = rpmDatabaseFormat(path);
      // An empty file is a placeholder (or a symlink the walker did not resolve): nothing to read.
      if (!format || content.length === 0) return null;
      if (format !== 'sqlite') {
        const kind = format === 'bdb' ? 'BerkeleyDB (RHEL/CentOS 8 and older, Amazon Linux 2)' : 'NDB (SUSE)';
        throw new ScanError(
          'UNSUPPORTED_PACKAGE_DB',
          `${path}: ${kind} rpm databases are not supported; only rpmdb.sqlite is`,
        );
      }
      const packages = readRpmSqlite(await loadEngine(), content, path);
      return packages.length > 0 ? { osPackages: packages } : null;
    },
  };
}

/** The rpm analyzer with sql.js locating its own wasm (Node, tests). Workers use `createRpmAnalyzer`. */
export const rpmAnalyzer: Analyzer = createRpmAnalyzer();
