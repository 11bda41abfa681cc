/**
 * Detection against real OSV feeds (golang/vulndb, pypa/advisory-database) read from /work/shared at
 * run time; skipped when absent. Expected ids and fixes were read off the records themselves.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { type AdvisoryIndex, createAdvisoryIndex } from '../advisory/advisory-index';
import { loadOsvDirectory, type OsvDirectoryPort, parseOsvDocument } from '../advisory/osv-loader';
import type { Ecosystem } from '../types/ecosystem';
import type { Inventory, Package } from '../types/package';
import { detectVulnerabilities } from './detect';
import { alpineSecdbToOsv } from './testing/alpine-secdb';

const ROOT = '/work/shared/testdata/advisories';

function nodePort(dir: string): OsvDirectoryPort {
  const walk = (d: string): string[] =>
    readdirSync(d).flatMap((n) =>
      statSync(join(d, n)).isDirectory() ? walk(join(d, n)) : [relative(dir, join(d, n))],
    );
  return { list: async () => walk(dir), read: async (p) => readFileSync(join(dir, p)) };
}

function app(ecosystem: Ecosystem, name: string, version: string): Inventory {
  const pkg = { ecosystem, name, version, purl: `pkg:${ecosystem}/${name}@${version}`, licenses: [], filePath: 'app' };
  return { osPackages: [], applications: [{ type: ecosystem, filePath: 'app', packages: [pkg] }] };
}

describe.skipIf(!existsSync(ROOT))('real OSV feeds (skipped without /work/shared)', () => {
  let index: AdvisoryIndex;
  beforeAll(async () => {
    const go = await loadOsvDirectory(nodePort(join(ROOT, 'golang-vulndb-osv/data/osv')));
    const pypi = await loadOsvDirectory(nodePort(join(ROOT, 'pypa-osv/vulns')));
    index = createAdvisoryIndex([...go, ...pypi]);
  }, 60_000);

  it('Go module golang.org/x/text v0.3.5', () => {
    const got = detectVulnerabilities(app('go', 'golang.org/x/text', 'v0.3.5'), index).map((v) => [
      v.id,
      v.advisoryId,
      v.fixedVersion,
    ]);
    expect(got).toEqual([
      ['CVE-2021-38561', 'GO-2021-0113', '0.3.7'],
      ['CVE-2022-32149', 'GO-2022-1059', '0.3.8'],
      ['CVE-2026-56852', 'GO-2026-5970', '0.39.0'],
    ]);
  });

  it('PyPI Jinja2 2.10 (name normalised, PEP 440 order)', () => {
    const got = detectVulnerabilities(app('pypi', 'Jinja2', '2.10'), index).map((v) => [v.id, v.fixedVersion]);
    expect(got).toEqual([
      ['CVE-2019-10906', '2.10.1'],
      ['CVE-2020-28493', '2.11.3'],
    ]);
  });

  it('PyPI Jinja2 2.11.3 has none of them', () => {
    expect(detectVulnerabilities(app('pypi', 'jinja2', '2.11.3'), index)).toEqual([]);
  });
});

const SECDB = join(ROOT, 'alpine-secdb');
describe.skipIf(!existsSync(SECDB))(
  'Alpine secdb (converted to OSV by a test-side converter; skipped without /work/shared)',
  () => {
    const load = () => {
      const docs = readdirSync(SECDB)
        .filter((d) => d.startsWith('v'))
        .flatMap((d) => readdirSync(join(SECDB, d)).map((f) => parseYaml(readFileSync(join(SECDB, d, f), 'utf8'))));
      return createAdvisoryIndex(parseOsvDocument(alpineSecdbToOsv(docs), 'alpine-secdb'));
    };

    it('libcrypto1.1 1.1.1c-r0 on Alpine 3.10.2 matches its origin openssl in the v3.10 branch', () => {
      const index = load();
      const libcrypto: Package = {
        ecosystem: 'apk',
        name: 'libcrypto1.1',
        version: '1.1.1c-r0',
        srcName: 'openssl',
        srcVersion: '1.1.1c-r0',
        purl: '',
        licenses: [],
        filePath: 'lib/apk/db/installed',
      };
      const inv: Inventory = { os: { family: 'alpine', name: '3.10.2' }, osPackages: [libcrypto], applications: [] };
      // v3.10/main.yaml: openssl secfixes 1.1.1d-r0 → CVE-2019-1547/1549/1563; 1.1.1b-r1 and 1.1.1a-r0 are older fixes.
      expect(detectVulnerabilities(inv, index).map((v) => [v.id, v.pkgName, v.fixedVersion])).toEqual([
        ['CVE-2019-1547', 'libcrypto1.1', '1.1.1d-r0'],
        ['CVE-2019-1549', 'libcrypto1.1', '1.1.1d-r0'],
        ['CVE-2019-1563', 'libcrypto1.1', '1.1.1d-r0'],
      ]);
      expect(
        detectVulnerabilities(
          { ...inv, osPackages: [{ ...libcrypto, version: '1.1.1d-r0', srcVersion: '1.1.1d-r0' }] },
          index,
        ),
      ).toEqual([]);
    });

    it('indexes every branch v3.3–v3.11', () => {
      const namespaces = Object.keys(load().info.namespaces).sort();
      expect(namespaces).toEqual([
        'alpine:3.10',
        'alpine:3.11',
        'alpine:3.3',
        'alpine:3.4',
        'alpine:3.5',
        'alpine:3.6',
        'alpine:3.7',
        'alpine:3.8',
        'alpine:3.9',
      ]);
    });
  },
);
