import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ScanError } from '../../types/errors';
import { testInput, testLayerFile } from '../os/test-input';
import { createRpmAnalyzer, rpmAnalyzer, rpmDatabaseFormat } from './rpm';
import { RPMTAG } from './rpm-header';
import { encodeRpmHeader } from './rpm-test-header';

const FIXTURE = join(import.meta.dirname, 'testdata/rpm-sqlite/var/lib/rpm/rpmdb.sqlite');
const DB_PATH = 'var/lib/rpm/rpmdb.sqlite';
const wasmPath = createRequire(import.meta.url).resolve('sql.js/dist/sql-wasm.wasm');
const loadSqlWasm = async () => readFileSync(wasmPath);

async function expectScanError(promise: Promise<unknown>, code: ScanError['code']): Promise<void> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ScanError);
  expect((error as ScanError).code).toBe(code);
}

/** An SQLite database made by running `schema`, then inserting `blobs` into `Packages` (rpm's own schema). */
async function sqliteDb(
  blobs: Uint8Array[],
  schema = 'CREATE TABLE Packages (hnum INTEGER PRIMARY KEY, blob BLOB NOT NULL)',
) {
  const { default: initSqlJs } = await import('sql.js');
  const SQL = await initSqlJs({ wasmBinary: await loadSqlWasm() });
  // sql.js's write API is outside the typed subset the analyzer declares.
  const db = new SQL.Database() as unknown as {
    run(sql: string, params?: unknown[]): void;
    export(): Uint8Array;
    close(): void;
  };
  db.run(schema);
  for (const blob of blobs) db.run('INSERT INTO Packages (blob) VALUES (?)', [blob]);
  const bytes = db.export();
  db.close();
  return bytes;
}

describe('rpm analyzer', () => {
  it.each<[string, ReturnType<typeof rpmDatabaseFormat>]>([
    ['var/lib/rpm/rpmdb.sqlite', 'sqlite'],
    ['usr/lib/sysimage/rpm/rpmdb.sqlite', 'sqlite'],
    ['var/lib/rpm/Packages', 'bdb'],
    ['usr/lib/sysimage/rpm/Packages.db', 'ndb'],
    ['var/lib/rpm/rpmdb.sqlite-wal', undefined],
    ['var/lib/rpm/Basenames', undefined],
    ['opt/var/lib/rpm/rpmdb.sqlite', undefined],
  ])('format of %s is %s', (path, format) => {
    expect(rpmDatabaseFormat(path)).toBe(format);
    expect(rpmAnalyzer.required(path, testLayerFile(path))).toBe(format !== undefined);
  });

  it('reads a real rpmdb.sqlite (built with rpm 4.18, see testdata/rpm-sqlite/README.md) through the wasm port', async () => {
    let loads = 0;
    const analyzer = createRpmAnalyzer({
      loadSqlWasm: async () => {
        loads++;
        return loadSqlWasm();
      },
    });
    const input = testInput(DB_PATH, readFileSync(FIXTURE));
    const result = await analyzer.analyze(input);
    const packages = [...(result?.osPackages ?? [])].sort((a, b) => a.name.localeCompare(b.name));
    expect(packages).toEqual([
      {
        ecosystem: 'rpm',
        name: 'tinyapp',
        version: '1.2.3-4.el9',
        srcName: 'tinyapp',
        srcVersion: '1.2.3-4.el9',
        arch: 'x86_64',
        licenses: ['MIT', 'Apache-2.0'],
        purl: 'pkg:rpm/redhat/tinyapp@1.2.3-4.el9?arch=x86_64',
        filePath: DB_PATH,
      },
      {
        ecosystem: 'rpm',
        name: 'tinylib',
        version: '2:0.9-1.fc40',
        srcName: 'tinylib',
        srcVersion: '2:0.9-1.fc40',
        arch: 'noarch',
        licenses: ['GPL-2.0-or-later'],
        purl: 'pkg:rpm/redhat/tinylib@0.9-1.fc40?arch=noarch&epoch=2',
        filePath: DB_PATH,
      },
      {
        ecosystem: 'rpm',
        name: 'tinylib-devel',
        version: '2:0.9-1.fc40',
        srcName: 'tinylib',
        srcVersion: '2:0.9-1.fc40',
        arch: 'noarch',
        licenses: ['LGPL-2.1-only'],
        purl: 'pkg:rpm/redhat/tinylib-devel@0.9-1.fc40?arch=noarch&epoch=2',
        filePath: DB_PATH,
      },
    ]);
    await analyzer.analyze(input);
    expect(loads).toBe(1);
  });

  it('works with sql.js locating its own wasm (Node default)', async () => {
    const result = await rpmAnalyzer.analyze(testInput(DB_PATH, readFileSync(FIXTURE)));
    expect(result?.osPackages?.map((p) => p.name).sort()).toEqual(['tinyapp', 'tinylib', 'tinylib-devel']);
  });

  it('reports BerkeleyDB and NDB databases as UNSUPPORTED_PACKAGE_DB', async () => {
    const bdb = new Uint8Array(4096);
    new DataView(bdb.buffer).setUint32(12, 0x00061561, true);
    await expectScanError(
      Promise.resolve(rpmAnalyzer.analyze(testInput('var/lib/rpm/Packages', bdb))),
      'UNSUPPORTED_PACKAGE_DB',
    );
    await expectScanError(
      Promise.resolve(rpmAnalyzer.analyze(testInput('usr/lib/sysimage/rpm/Packages.db', 'RpmP'))),
      'UNSUPPORTED_PACKAGE_DB',
    );
  });

  const analyzer = createRpmAnalyzer({ loadSqlWasm });
  const good = encodeRpmHeader([
    { tag: RPMTAG.NAME, value: 'bash' },
    { tag: RPMTAG.VERSION, value: '5.1.8' },
    { tag: RPMTAG.RELEASE, value: '9.el9' },
    { tag: RPMTAG.ARCH, value: 'x86_64' },
    { tag: RPMTAG.SOURCERPM, value: 'bash-5.1.8-9.el9.src.rpm' },
  ]);

  it.each<[string, () => Promise<Uint8Array>]>([
    ['random bytes', async () => Uint8Array.from({ length: 2048 }, (_, i) => (i * 7919) & 0xff)],
    ['a truncated SQLite file', async () => readFileSync(FIXTURE).subarray(0, 5000)],
    ['an SQLite file without a Packages table', () => sqliteDb([], 'CREATE TABLE Other (x)')],
    ['rows that are all garbage', () => sqliteDb([Uint8Array.of(1, 2, 3), new Uint8Array(64)])],
  ])('reports %s as INVALID_PACKAGE_DB', async (_name, make) => {
    const content = await make();
    await expectScanError(Promise.resolve(analyzer.analyze(testInput(DB_PATH, content))), 'INVALID_PACKAGE_DB');
  });

  it('skips a damaged row but keeps the readable ones', async () => {
    const content = await sqliteDb([good, Uint8Array.of(0, 0, 0, 9, 0, 0, 0, 0)]);
    const result = await analyzer.analyze(testInput(DB_PATH, content));
    expect(result?.osPackages?.map((p) => `${p.name}@${p.version}`)).toEqual(['bash@5.1.8-9.el9']);
  });

  it('returns null for an empty file or an empty database', async () => {
    expect(await analyzer.analyze(testInput(DB_PATH, new Uint8Array(0)))).toBeNull();
    expect(await analyzer.analyze(testInput(DB_PATH, await sqliteDb([])))).toBeNull();
  });

  it('reports a wasm loader failure as IO_ERROR and retries on the next file', async () => {
    let fail = true;
    const flaky = createRpmAnalyzer({
      loadSqlWasm: async () => {
        if (fail) throw new Error('offline');
        return loadSqlWasm();
      },
    });
    await expectScanError(Promise.resolve(flaky.analyze(testInput(DB_PATH, readFileSync(FIXTURE)))), 'IO_ERROR');
    fail = false;
    expect((await flaky.analyze(testInput(DB_PATH, readFileSync(FIXTURE))))?.osPackages).toHaveLength(3);
  });
});
