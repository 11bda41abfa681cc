/**
 * End-to-end tests of the `acr-scan` binary: each case spawns `node packages/core/bin/acr-scan.js`
 * exactly as a user would, on images built with the core's factory and on Trivy's fixture images.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatApkInstalled } from '../demo/formats/apk-installed';
import { buildImage } from '../image/build-image';
import { writeDockerArchive } from '../image/docker-archive';

const BIN = resolve(import.meta.dirname, '../../bin/acr-scan.js');
const FIXTURES = '/work/shared/testdata/trivy/fixtures/images';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function run(...args: string[]): Promise<Run> {
  return new Promise((done) => {
    execFile(process.execPath, [BIN, ...args], { maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      done({ code, stdout, stderr });
    });
  });
}

/** stderr holds exactly one line, without a stack trace. */
function expectOneLine(stderr: string, contains: string): void {
  const lines = stderr.split('\n').filter((l) => l !== '');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toContain(contains);
  expect(stderr).not.toMatch(/\n\s+at /);
}

let dir = '';
let image = '';
let advisories = '';
let withGoMod = '';

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'acr-scan-cli-'));
  const installed = formatApkInstalled([
    {
      name: 'openssl',
      version: '3.1.4-r0',
      arch: 'x86_64',
      size: 1,
      installedSize: 1,
      description: 'openssl',
      url: 'https://www.openssl.org',
      license: 'Apache-2.0',
      origin: 'openssl',
      buildTime: 1,
    },
  ]);
  const built = await buildImage({
    created: '2024-01-01T00:00:00Z',
    config: { Cmd: ['/bin/sh'] },
    layers: [
      {
        createdBy: 'ADD rootfs',
        files: [
          { path: 'etc/alpine-release', content: '3.18.4\n' },
          { path: 'lib/apk/db/installed', content: installed },
        ],
      },
    ],
  });
  image = join(dir, 'demo.tar');
  writeFileSync(image, writeDockerArchive(built, ['demo/alpine:1']));
  const goMod = 'module example.com/demo/x\n\ngo 1.21\n\nrequire github.com/google/uuid v1.6.0\n';
  const withLock = await buildImage({
    created: '2024-01-01T00:00:00Z',
    config: { Cmd: ['/x'] },
    layers: [{ createdBy: 'COPY . /app', files: [{ path: 'app/go.mod', content: goMod }] }],
  });
  withGoMod = join(dir, 'go-mod.tar');
  writeFileSync(withGoMod, writeDockerArchive(withLock, ['demo/go-mod:1']));
  advisories = join(dir, 'osv.json');
  writeFileSync(
    advisories,
    JSON.stringify({
      id: 'TEST-2024-0001',
      modified: '2024-01-01T00:00:00Z',
      aliases: ['CVE-2024-0001'],
      summary: 'openssl problem',
      severity: [{ type: 'CVSS_V3', score: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H' }],
      affected: [
        {
          package: { ecosystem: 'Alpine:v3.18', name: 'openssl' },
          ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed: '3.1.4-r1' }] }],
        },
      ],
    }),
  );
  writeFileSync(join(dir, 'garbage.tar'), 'this is not an image');
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const own = () => ['--advisories', advisories, '--no-builtin-advisories'];

// Each case starts node + tsx, which compiles the core on the fly: seconds on a busy machine, so the default
// 5 s per test is too tight when the cases run concurrently.
const E2E = { timeout: 30_000 };

describe.concurrent('acr-scan', E2E, () => {
  it('prints help and exits 0', async () => {
    const r = await run('--help');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('acr-scan image <tar|dir>');
    expect(r.stdout).toContain('--include-lock-files');
    expect(r.stdout).toContain('--engine ENGINE');
  });

  it('--engine cloud adds the inspectors’ results to the JSON report, and the default does not', async () => {
    const [cloud, plain] = await Promise.all([
      run('image', image, '-f', 'json', '--engine', 'cloud', ...own()),
      run('image', image, '-f', 'json', ...own()),
    ]);
    expect(cloud.code).toBe(0);
    const results = (out: string): string[] =>
      JSON.parse(out).Results.map((r: { Target: string; Class: string }) => `${r.Class}: ${r.Target}`);
    // The image has no USER and no HEALTHCHECK: baseline findings in the image config (and, depending on
    // today's date, an end-of-life finding at the release file); nothing else.
    expect(results(cloud.stdout)).toContain('config: image config');
    expect(results(cloud.stdout).every((r) => r.startsWith('os-pkgs: ') || r.startsWith('config: '))).toBe(true);
    expect(results(plain.stdout)).toEqual([`os-pkgs: ${image} (alpine 3.18.4)`]);
  });

  it.each([
    [[], []],
    [['--include-lock-files'], ['app/go.mod: github.com/google/uuid@v1.6.0']],
  ])('lock files in the image count only with --include-lock-files: %j', async (flags, expected) => {
    const r = await run('image', withGoMod, '-f', 'json', '--list-all-pkgs', ...own(), ...flags);
    expect(r.code).toBe(0);
    const results: { Target: string; Packages?: { Name: string; Version: string }[] }[] =
      JSON.parse(r.stdout).Results ?? [];
    expect(results.flatMap((t) => (t.Packages ?? []).map((p) => `${t.Target}: ${p.Name}@${p.Version}`))).toEqual(
      expected,
    );
  });

  it.each([
    [['image', 'x.tar', '--bogus'], '--bogus'],
    [['image'], 'missing image path'],
    [['image', 'x.tar', '--format', 'xml'], "bad --format value 'xml'"],
    [['image', 'x.tar', '--exit-code', 'many'], "bad --exit-code value 'many'"],
    [['image', 'x.tar', '--engine', 'sas'], "bad --engine value 'sas' (allowed: trivy, cloud)"],
    [['frobnicate'], "unknown command 'frobnicate'"],
  ])('usage error %j → exit 2 and one line pointing to --help', async (args, message) => {
    const r = await run(...args);
    expect(r.code).toBe(2);
    expectOneLine(r.stderr, message);
    expect(r.stderr).toContain('--help');
  });

  it('exits 3 with one line for a missing file', async () => {
    const r = await run('image', join(dir, 'nope.tar'));
    expect(r.code).toBe(3);
    expectOneLine(r.stderr, 'nope.tar');
  });

  it('exits 3 with one line for a file that is not an image', async () => {
    const r = await run('image', join(dir, 'garbage.tar'));
    expect(r.code).toBe(3);
    expectOneLine(r.stderr, 'acr-scan:');
  });

  it('exits 3 with one line when the image has no manifest for --platform', async () => {
    const r = await run('image', image, '--platform', 'linux/s390x');
    expect(r.code).toBe(3);
    expectOneLine(r.stderr, 'linux/s390x');
  });

  it('exits 1 with one line when --output cannot be written', async () => {
    const r = await run('image', image, '-o', join(dir, 'no-such-dir', 'out.json'), ...own());
    expect(r.code).toBe(1);
    expectOneLine(r.stderr, 'cannot write');
  });

  it('exits 3 with one line for unreadable advisories', async () => {
    const r = await run('image', image, '--advisories', join(dir, 'missing-osv.json'));
    expect(r.code).toBe(3);
    expectOneLine(r.stderr, 'missing-osv.json');
  });

  it('writes Trivy JSON with the finding from the extra advisories', async () => {
    const r = await run('image', image, '--format', 'json', ...own());
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const json = JSON.parse(r.stdout);
    expect(json.SchemaVersion).toBe(2);
    expect(json.ArtifactName).toBe(image);
    expect(json.Metadata.OS).toMatchObject({ Family: 'alpine', Name: '3.18.4' });
    expect(json.Results[0].Vulnerabilities.map((v: { VulnerabilityID: string }) => v.VulnerabilityID)).toEqual([
      'CVE-2024-0001',
    ]);
  });

  it.each(['sarif', 'cyclonedx', 'spdx', 'acr'])('--format %s is valid JSON', async (format) => {
    const r = await run('image', image, '--format', format, ...own());
    expect(r.code).toBe(0);
    expect(() => JSON.parse(r.stdout)).not.toThrow();
  });

  it('writes the table and CSV formats', async () => {
    const [table, csv] = await Promise.all([run('image', image, ...own()), run('image', image, '-f', 'csv', ...own())]);
    expect(table.stdout).toContain('Total: 1 (UNKNOWN: 0, LOW: 0, MEDIUM: 0, HIGH: 0, CRITICAL: 1)');
    expect(table.stdout).not.toContain('\u001b[');
    expect(csv.stdout.split('\r\n')[0]).toMatch(/^Target,Class,Type,Library/);
    expect(csv.stdout).toContain('CVE-2024-0001');
  });

  it.each([
    [['--exit-code', '7'], 7],
    [['--exit-code', '7', '--severity', 'LOW,MEDIUM'], 0],
    [['--exit-code', '0'], 0],
  ])('%j → exit %d', async (flags, code) => {
    const r = await run('image', image, '-f', 'json', ...own(), ...flags);
    expect(r.code).toBe(code);
  });

  it('writes to --output instead of stdout', async () => {
    const out = join(dir, 'report.sarif');
    const r = await run('image', image, '-f', 'sarif', '-o', out, ...own());
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(JSON.parse(readFileSync(out, 'utf8')).version).toBe('2.1.0');
  });

  it('describes the advisory data with db info', async () => {
    const [text, json, none] = await Promise.all([
      run('db', 'info'),
      run('db', 'info', '--format', 'json', ...own()),
      run('db', 'info', '--no-builtin-advisories'),
    ]);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/Records:\s+[1-9]\d*/);
    expect(JSON.parse(json.stdout)).toMatchObject({ recordCount: 1, namespaces: { 'alpine:3.18': 1 } });
    expect(none.stdout).toMatch(/Records:\s+0/);
  });
});

// Trivy's own fixture images; skipped with this note when /work/shared is not mounted.
describe.skipIf(!existsSync(FIXTURES)).concurrent(`acr-scan on ${FIXTURES}`, E2E, () => {
  it('alpine-311.tar.gz: OS 3.11.5 and the apk packages Trivy lists', async () => {
    const expected = JSON.parse(readFileSync(join(FIXTURES, 'alpine-311.expected.json'), 'utf8'));
    const trivyPkgs: { Name: string; Version: string }[] = expected.case.wantBlobs[0].BlobInfo.PackageInfos[0].Packages;
    const r = await run('image', join(FIXTURES, 'alpine-311.tar.gz'), '-f', 'json', '--list-all-pkgs');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.Metadata.OS).toMatchObject({ Family: 'alpine', Name: '3.11.5' });
    const ours = json.Results[0].Packages.map(
      (p: { Name: string; Version: string }) => `${p.Name}@${p.Version}`,
    ).sort();
    expect(ours).toEqual(trivyPkgs.map((p) => `${p.Name}@${p.Version}`).sort());
  });

  it('alpine-310.tar.gz: an end-of-life Alpine is flagged EOSL', async () => {
    const r = await run('image', join(FIXTURES, 'alpine-310.tar.gz'), '-f', 'json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).Metadata.OS).toEqual({ Family: 'alpine', Name: '3.10.4', EOSL: true });
  });

  it.each(['test.oci', 'test_image_tag.oci'])('%s (OCI layout directory) scans', async (name) => {
    const r = await run('image', join(FIXTURES, name), '-f', 'json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).Metadata.ImageID).toMatch(/^sha256:/);
  });
});
