/**
 * A sample of the hostile-input corpus (testdata/hostile) through the real `acr-scan` binary: a rejected input
 * exits 3 with exactly ONE line on stderr naming the problem and its code, never a stack trace, within a time
 * bound; a handled one exits 0 and reports the broken file as a warning.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hostileCase } from '../../testdata/hostile/build-corpus';
import { EXIT } from './run';

const BIN = resolve(import.meta.dirname, '../../bin/acr-scan.js');

function run(...args: string[]): Promise<{ code: number; stdout: string; stderr: string; ms: number }> {
  const started = performance.now();
  return new Promise((done) => {
    execFile(process.execPath, [BIN, ...args], { maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      done({ code, stdout, stderr, ms: performance.now() - started });
    });
  });
}

/** What stderr should say for each rejected case (besides the `[CODE]` suffix). */
const REJECTED: [id: string, says: RegExp][] = [
  ['empty-file', /empty/],
  ['non-tar-bytes', /not a tar archive/],
  ['truncated-gzip', /corrupt or truncated/],
  ['manifest-json-bad-json', /manifest\.json is not valid JSON/],
  ['missing-layer-blob', /missing/],
  ['oci-blob-digest-mismatch', /hashes to/],
  ['layer-non-tar', /not a valid tar stream/],
  ['path-100k-pax', /maxPathLength/],
  ['gzip-bomb-archive-1g', /decompression bomb \(maxArchiveRatio\)/],
];

let dir = '';
const files = new Map<string, string>();

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'acr-scan-hostile-'));
  for (const id of [...REJECTED.map(([id]) => id), 'rpmdb-bdb-junk']) {
    const file = join(dir, `${id}.tar`);
    writeFileSync(file, await hostileCase(id).build());
    files.set(id, file);
  }
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

// Each run starts node + tsx (seconds on a busy machine); the bound is a hang detector, not a benchmark.
const BOUND_MS = 30_000;

describe.concurrent('acr-scan on hostile inputs', { timeout: 60_000 }, () => {
  it.each(REJECTED)('%s: exit 3 and one line on stderr', async (id, says) => {
    const expected = hostileCase(id).expect;
    if (expected.outcome !== 'reject') throw new Error(`${id} is not a reject case`);
    const r = await run('image', files.get(id) as string, '--no-builtin-advisories');
    expect(r.code).toBe(EXIT.input);
    expect(r.stdout).toBe('');
    const lines = r.stderr.split('\n').filter((line) => line !== '');
    expect(lines, r.stderr).toHaveLength(1);
    expect(lines[0]).toMatch(/^acr-scan: /);
    expect(lines[0]).toMatch(says);
    expect(lines[0]).toContain(`[${expected.code}]`);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.ms).toBeLessThan(BOUND_MS);
  });

  it('a garbage rpm database is skipped with one warning line and the scan succeeds', async () => {
    const r = await run('image', files.get('rpmdb-bdb-junk') as string, '--no-builtin-advisories', '-f', 'json');
    expect(r.code).toBe(EXIT.ok);
    expect(JSON.parse(r.stdout).ArtifactName).toContain('rpmdb-bdb-junk.tar');
    const lines = r.stderr.split('\n').filter((line) => line !== '');
    expect(lines).toEqual([expect.stringMatching(/^acr-scan: warning: rpm: var\/lib\/rpm\/Packages: /)]);
  });
});
