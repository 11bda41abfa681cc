import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildImage } from '../image/build-image';
import { writeDockerArchive } from '../image/docker-archive';
import { BUILTIN_MALWARE_SIGNATURES, MALWARE_SIGNATURES_VERSION } from '../inspect/malware';
import { type CliIo, progressText, runCli } from './run';

function fakeIo(tty: boolean): CliIo & { out: string; err: string } {
  const io = {
    out: '',
    err: '',
    stdout: { isTTY: tty, write: (t: string) => (io.out += t) },
    stderr: { isTTY: tty, write: (t: string) => (io.err += t) },
  };
  return io;
}

let dir = '';
let image = '';
let samples = '';

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'acr-scan-run-'));
  image = join(dir, 'tiny.tar');
  const built = await buildImage({
    created: '2024-01-01T00:00:00Z',
    config: {},
    layers: [{ createdBy: 'ADD', files: [{ path: 'etc/alpine-release', content: '3.19.1\n' }] }],
  });
  writeFileSync(image, writeDockerArchive(built, ['tiny:1']));
  // Samples for the cloud engine: a password in Env (baseline, HIGH), a web shell (malware, CRITICAL), an
  // AWS key (secret, HIGH) and no HEALTHCHECK (baseline, LOW).
  const withSamples = await buildImage({
    created: '2024-01-01T00:00:00Z',
    config: { Env: ['DB_PASSWORD=s3cr3t-Pa55'], User: 'app' },
    layers: [
      {
        createdBy: 'COPY . /',
        files: [
          { path: 'etc/alpine-release', content: '3.19.1\n' },
          { path: 'srv/www/shell.php', content: "<?php @eval($_POST['x']); ?>\n" },
          { path: 'srv/app.ini', content: '[aws]\nkey = AKIA2QZ7VN4KD9TBW3XF\n' },
        ],
      },
    ],
  });
  samples = join(dir, 'samples.tar');
  writeFileSync(samples, writeDockerArchive(withSamples, ['samples:1']));
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('runCli', () => {
  it.each([
    [true, true],
    [false, false],
  ])('stderr TTY %s → progress shown %s', async (tty, shown) => {
    const io = fakeIo(tty);
    expect(await runCli(['image', image, '--no-builtin-advisories'], io)).toBe(0);
    expect(io.err.includes('Reading layer 1/1')).toBe(shown);
    expect(io.out).toContain('(alpine 3.19.1)');
  });

  it('prints the version', async () => {
    const io = fakeIo(false);
    expect(await runCli(['--version'], io)).toBe(0);
    expect(io.out).toMatch(/^acr-scan \d+\.\d+\.\d+\n$/);
  });
});

describe('runCli --engine', () => {
  const scan = async (...flags: string[]) => {
    const io = fakeIo(false);
    const code = await runCli(['image', samples, '--no-builtin-advisories', ...flags], io);
    return { code, out: io.out, err: io.err };
  };
  const classes = (out: string): string[] => JSON.parse(out).Results.map((r: { Class: string }) => r.Class);

  it('trivy (the default) reports no cloud findings in any format', async () => {
    for (const flags of [[], ['--engine', 'trivy']]) {
      const json = await scan('-f', 'json', ...flags);
      expect(json.code).toBe(0);
      expect(classes(json.out)).toEqual(['os-pkgs']);
    }
    expect((await scan()).out).not.toContain('Malicious files');
    expect(JSON.parse((await scan('-f', 'sarif')).out).runs[0].results).toEqual([]);
    expect((await scan('-f', 'csv')).out.split('\r\n').filter((l) => l !== '')).toHaveLength(1);
  });

  it('cloud adds baseline, secret and malware results to json, table, sarif and csv', async () => {
    const json = await scan('-f', 'json', '--engine', 'cloud');
    expect(json.code).toBe(0);
    expect(classes(json.out)).toEqual(expect.arrayContaining(['os-pkgs', 'config', 'secret', 'malware']));
    const results: { Target: string; Class: string; Malware?: { RuleID: string; Severity: string }[] }[] = JSON.parse(
      json.out,
    ).Results;
    expect(results.find((r) => r.Class === 'malware')).toMatchObject({
      Target: 'srv/www/shell.php',
      Malware: [{ RuleID: 'webshell-php-eval-request', Severity: 'CRITICAL' }],
    });
    const table = await scan('--engine', 'cloud');
    expect(table.out).toContain('Baseline risks (image config and files)');
    expect(table.out).toMatch(/srv\/app\.ini:2\s*│ aws-access-key-id\s*│ HIGH/);
    expect(table.out).toMatch(/srv\/www\/shell\.php:1\s*│ webshell-php-eval-request\s*│ CRITICAL\s*│ serious/);
    expect(table.out).toMatch(/config\.Env\[0\]\s*│ cis-4\.10-secret-in-env\s*│ HIGH/);
    const sarif = JSON.parse((await scan('-f', 'sarif', '--engine', 'cloud')).out).runs[0];
    expect(sarif.results.map((r: { ruleId: string }) => r.ruleId)).toEqual(
      expect.arrayContaining(['cis-4.10-secret-in-env', 'aws-access-key-id', 'webshell-php-eval-request']),
    );
    const csv = (await scan('-f', 'csv', '--engine', 'cloud')).out;
    expect(csv).toContain(',malware,srv/www/shell.php:1,serious\r\n');
  });

  it.each([
    [['--exit-code', '4'], 0],
    [['--exit-code', '4', '--engine', 'cloud'], 4],
    // Only the LOW finding (no HEALTHCHECK) is left, and it still counts.
    [['--exit-code', '4', '--engine', 'cloud', '--severity', 'LOW'], 4],
    [['--exit-code', '4', '--engine', 'cloud', '--severity', 'UNKNOWN'], 0],
  ])('%j → exit %d (cloud findings count toward --exit-code with their mapped severity)', async (flags, code) => {
    expect((await scan('-f', 'json', ...flags)).code).toBe(code);
  });

  it('--severity filters the cloud findings it reports', async () => {
    const r = await scan('-f', 'json', '--engine', 'cloud', '--severity', 'CRITICAL');
    expect(classes(r.out)).toEqual(['os-pkgs', 'malware']);
  });

  it('--signatures replaces the built-in malware signatures with a set loaded from a file', async () => {
    // The built-in set without its web-shell signatures: the sample's shell.php is no longer reported.
    const set = {
      ...BUILTIN_MALWARE_SIGNATURES,
      version: '2026.12.01',
      content: BUILTIN_MALWARE_SIGNATURES.content.filter((sig) => sig.type !== 'webshell'),
    };
    const file = join(dir, 'signatures.json');
    writeFileSync(file, JSON.stringify(set));
    const withBuiltin = await scan('-f', 'json', '--engine', 'cloud');
    expect(classes(withBuiltin.out)).toContain('malware');
    const custom = await scan('-f', 'json', '--engine', 'cloud', '--signatures', file);
    expect(custom.code).toBe(0);
    expect(classes(custom.out)).not.toContain('malware');
  });

  it('--signatures: needs the cloud engine, and a bad file is one line and exit 3', async () => {
    const usage = await scan('--signatures', join(dir, 'nope.json'));
    expect(usage.code).toBe(2);
    expect(usage.err).toMatch(/--signatures needs --engine cloud/);
    const missing = await scan('--engine', 'cloud', '--signatures', join(dir, 'nope.json'));
    expect(missing.code).toBe(3);
    expect(missing.err.trim().split('\n')).toHaveLength(1);
    const bad = join(dir, 'bad-signatures.json');
    writeFileSync(bad, JSON.stringify({ version: '1', hashes: 'no' }));
    const invalid = await scan('--engine', 'cloud', '--signatures', bad);
    expect(invalid.code).toBe(3);
    expect(invalid.err).toMatch(/^acr-scan: .+\n$/);
  });
});

describe('acr-scan db info', () => {
  it('names the malware signature set version', async () => {
    const io = fakeIo(false);
    expect(await runCli(['db', 'info'], io)).toBe(0);
    expect(io.out).toContain(`Malware signatures: ${MALWARE_SIGNATURES_VERSION}`);
    const json = fakeIo(false);
    await runCli(['db', 'info', '-f', 'json'], json);
    expect(JSON.parse(json.out).malwareSignatures).toBe(MALWARE_SIGNATURES_VERSION);
  });
});

describe('progressText', () => {
  it.each([
    [{ phase: 'opening' } as const, 'Opening image…'],
    [
      {
        phase: 'layer',
        index: 1,
        count: 3,
        layer: { index: 1, digest: 'sha256:0123456789abcdef', diffId: 'x' },
      } as const,
      'Reading layer 2/3 (sha256:0123456789ab)',
    ],
    [{ phase: 'matching', packages: 12 } as const, 'Matching 12 packages against advisories…'],
    [{ phase: 'done', vulnerabilities: 4 } as const, 'Done: 4 vulnerabilities'],
  ])('%j → %s', (progress, text) => expect(progressText(progress)).toBe(text));
});
