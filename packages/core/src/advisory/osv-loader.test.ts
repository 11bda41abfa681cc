import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ScanError } from '../types/errors';
import { createAdvisoryIndex, databaseInfo } from './advisory-index';
import { loadOsvDirectory, loadOsvFromZip, type OsvDirectoryPort, parseOsvDocument } from './osv-loader';

const record = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  modified: '2024-01-01T00:00:00Z',
  affected: [
    {
      package: { ecosystem: 'npm', name: 'lodash' },
      ranges: [{ type: 'SEMVER', events: [{ introduced: '0' }, { fixed: '4.17.21' }] }],
    },
  ],
  ...extra,
});

function nodePort(dir: string): OsvDirectoryPort {
  const walk = (d: string): string[] =>
    readdirSync(d).flatMap((n) =>
      statSync(join(d, n)).isDirectory() ? walk(join(d, n)) : [relative(dir, join(d, n))],
    );
  return { list: async () => walk(dir), read: async (p) => readFileSync(join(dir, p)) };
}

function expectInvalid(f: () => unknown, fileName: string): void {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(ScanError);
    expect((e as ScanError).code).toBe('INVALID_ADVISORY');
    expect((e as ScanError).message).toContain(fileName);
    return;
  }
  throw new Error('expected INVALID_ADVISORY');
}

describe('parseOsvDocument', () => {
  it('reads a record from a string, bytes, an object and an array', () => {
    const r = record('GHSA-1');
    expect(parseOsvDocument(JSON.stringify(r))).toEqual([r]);
    expect(parseOsvDocument(strToU8(JSON.stringify(r)))).toEqual([r]);
    expect(parseOsvDocument(r)).toEqual([r]);
    expect(parseOsvDocument([r, record('GHSA-2')]).map((x) => x.id)).toEqual(['GHSA-1', 'GHSA-2']);
  });

  it('reads YAML when the file name says so', () => {
    const yaml =
      'id: PYSEC-1\nmodified: "2024-01-01T00:00:00Z"\naffected:\n- package: {ecosystem: PyPI, name: x}\n  versions: ["1.0"]\n';
    expect(parseOsvDocument(yaml, 'x/PYSEC-1.yaml')[0]?.id).toBe('PYSEC-1');
  });

  it.each([
    ['{not json', 'bad.json'],
    ['[1,2]', 'numbers.json'],
    ['{"modified":"2024-01-01T00:00:00Z"}', 'no-id.json'],
    ['{"id":"X-1"}', 'no-modified.json'],
    [JSON.stringify(record('X-1', { affected: {} })), 'affected-object.json'],
    [JSON.stringify(record('X-1', { affected: [{ package: { ecosystem: 'npm' } }] })), 'no-name.json'],
    [
      JSON.stringify(record('X-1', { affected: [{ ranges: [{ type: 'RANGE', events: [{ introduced: '0' }] }] }] })),
      'bad-type.json',
    ],
    [
      JSON.stringify(
        record('X-1', { affected: [{ ranges: [{ type: 'SEMVER', events: [{ introduced: '0', fixed: '1' }] }] }] }),
      ),
      'two-keys.json',
    ],
    [
      JSON.stringify(record('X-1', { affected: [{ ranges: [{ type: 'SEMVER', events: [{ fixed: 1 }] }] }] })),
      'number-version.json',
    ],
    [JSON.stringify(record('X-1', { aliases: 'CVE-1' })), 'aliases.json'],
  ])('rejects %s with the file name', (text, name) => {
    expectInvalid(() => parseOsvDocument(text, name), name);
  });
});

describe('loadOsvFromZip', () => {
  it('loads every JSON entry of an osv.dev style all.zip', () => {
    const zip = zipSync({
      'GHSA-1.json': strToU8(JSON.stringify(record('GHSA-1'))),
      'GHSA-2.json': strToU8(JSON.stringify(record('GHSA-2', { withdrawn: '2024-02-01T00:00:00Z' }))),
      'README.txt': strToU8('not a record'),
    });
    const records = loadOsvFromZip(zip);
    expect(records.map((r) => r.id)).toEqual(['GHSA-1', 'GHSA-2']);
    const index = createAdvisoryIndex(records);
    expect(databaseInfo(index).recordCount).toBe(1);
    expect(databaseInfo(index).withdrawnCount).toBe(1);
  });

  it('names the entry of a broken record', () => {
    const zip = zipSync({ 'bad/GHSA-9.json': strToU8('{"id": 3}') });
    expectInvalid(() => loadOsvFromZip(zip, 'npm/all.zip'), 'npm/all.zip:bad/GHSA-9.json');
  });

  it('rejects bytes that are not a zip', () => {
    expectInvalid(() => loadOsvFromZip(strToU8('hello'), 'x.zip'), 'x.zip');
  });
});

describe('loadOsvDirectory', () => {
  it('reads files in path order through the port and ignores other files', async () => {
    const files: Record<string, string> = {
      'b/GHSA-2.json': JSON.stringify(record('GHSA-2')),
      'a/GHSA-1.json': JSON.stringify(record('GHSA-1')),
      LICENSE: 'CC-BY-4.0',
    };
    const port: OsvDirectoryPort = { list: async () => Object.keys(files), read: async (p) => files[p] as string };
    expect((await loadOsvDirectory(port)).map((r) => r.id)).toEqual(['GHSA-1', 'GHSA-2']);
  });

  it('reports read failures as IO_ERROR', async () => {
    const port: OsvDirectoryPort = {
      list: async () => ['x.json'],
      read: async () => Promise.reject(new Error('EACCES')),
    };
    await expect(loadOsvDirectory(port)).rejects.toMatchObject({ code: 'IO_ERROR' });
  });
});

const ADVISORIES = '/work/shared/testdata/advisories';
describe.skipIf(!existsSync(ADVISORIES))(
  'real OSV data in /work/shared/testdata/advisories (skipped when absent)',
  () => {
    it('loads all pypa/advisory-database YAML records (PyPI)', async () => {
      const records = await loadOsvDirectory(nodePort(join(ADVISORIES, 'pypa-osv/vulns')));
      expect(records.length).toBeGreaterThan(2600);
      const info = databaseInfo(createAdvisoryIndex(records));
      expect(info.namespaces.pypi).toBeGreaterThan(2500);
    }, 60_000);

    it('loads all golang/vulndb OSV JSON records (Go)', async () => {
      const records = await loadOsvDirectory(nodePort(join(ADVISORIES, 'golang-vulndb-osv/data/osv')));
      expect(records.length).toBeGreaterThan(4000);
      const index = createAdvisoryIndex(records);
      expect(databaseInfo(index).namespaces.go).toBeGreaterThan(4000);
      expect(index.lookup('go', 'stdlib').length).toBeGreaterThan(100);
    }, 60_000);

    it('loads the GHSA samples and indexes them by ecosystem', async () => {
      const records = await loadOsvDirectory(nodePort(join(ADVISORIES, 'ghsa-osv-samples')));
      expect(records.length).toBe(3);
      const index = createAdvisoryIndex(records);
      expect(index.lookup('npm', 'jquery').map((e) => e.record.id)).toContain('GHSA-6c3j-c64m-qhgq');
    });
  },
);
