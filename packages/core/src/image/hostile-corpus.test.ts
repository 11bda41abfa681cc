/**
 * The hostile-input corpus (testdata/hostile/build-corpus.ts) through the entry `acr-scan image <file>` uses:
 * the archive is written to disk, opened with `openImageSource` and scanned with `scanImage`. Every case must
 * end as declared — rejected with its typed ScanError code, or handled — within a time bound (a hang
 * detector, not a performance test) and, for the bombs, a memory bound on the growth of heap + ArrayBuffers.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOSTILE_CASES, type HostileCase } from '../../testdata/hostile/build-corpus';
import { buildAdvisoryIndex } from '../scan/advisories';
import { scanImage } from '../scan/scan-image';
import { ScanError } from '../types/errors';
import { nodeSha256, openImageSource } from './read/node-sources.node.js';

/** Per-case bound on the scan itself (building the input is not timed). */
const TIME_BOUND_MS = 5_000;
/** Bound on heap + ArrayBuffer growth while a bomb is scanned. */
const MEMORY_BOUND_BYTES = 256 * 1024 * 1024;

let dir = '';
const index = buildAdvisoryIndex({ builtin: true });

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'acr-hostile-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// A real gc() (without --expose-gc on the command line), so each bomb's baseline excludes the garbage of
// building it and of the cases before.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const inUse = () => {
  const usage = process.memoryUsage();
  return usage.heapUsed + usage.arrayBuffers;
};

/** Scans `testCase` as the CLI does; returns the outcome, the time taken and the peak memory growth. */
async function scanCase(testCase: HostileCase) {
  const file = join(dir, `${testCase.id}.tar`);
  writeFileSync(file, await testCase.build());
  gc();
  const baseline = inUse();
  let peak = 0;
  const sampler = setInterval(() => {
    peak = Math.max(peak, inUse() - baseline);
  }, 1);
  const started = performance.now();
  try {
    const report = await scanImage(await openImageSource(file), {
      artifactName: file,
      advisoryIndex: index,
      lockFiles: testCase.lockFiles,
      createHash: nodeSha256,
    });
    return { report, error: undefined, ms: performance.now() - started, peak };
  } catch (error) {
    return { report: undefined, error, ms: performance.now() - started, peak };
  } finally {
    clearInterval(sampler);
    peak = Math.max(peak, inUse() - baseline);
    rmSync(file, { force: true });
  }
}

function checkOutcome(testCase: HostileCase, result: Awaited<ReturnType<typeof scanCase>>) {
  const expected = testCase.expect;
  if (expected.outcome === 'reject') {
    expect(result.error, `${testCase.id} should be rejected`).toBeInstanceOf(ScanError);
    const error = result.error as ScanError;
    expect(error.code, error.message).toBe(expected.code);
    if (expected.message) expect(error.message).toMatch(expected.message);
    expect(error.message.length).toBeLessThan(2000);
    return;
  }
  expect(result.error, `${testCase.id} should be handled: ${String(result.error)}`).toBeUndefined();
  const report = result.report;
  if (!report) throw new Error('no report');
  if (expected.osPackages !== undefined) expect(report.inventory.osPackages).toHaveLength(expected.osPackages);
  if (expected.appPackages !== undefined) {
    expect(report.inventory.applications.flatMap((a) => a.packages)).toHaveLength(expected.appPackages);
  }
  if (expected.warning) expect(report.warnings ?? []).toContainEqual(expect.stringMatching(expected.warning));
}

describe('hostile-input corpus', () => {
  it('has at least 40 cases with unique ids', () => {
    expect(HOSTILE_CASES.length).toBeGreaterThanOrEqual(40);
    expect(new Set(HOSTILE_CASES.map((c) => c.id)).size).toBe(HOSTILE_CASES.length);
  });

  it('builds every case deterministically', async () => {
    for (const testCase of HOSTILE_CASES.filter((c) => !c.bomb)) {
      expect(await testCase.build(), testCase.id).toEqual(await testCase.build());
    }
  }, 60_000);

  describe.each(HOSTILE_CASES.filter((c) => !c.bomb).map((c) => [c.id, c] as const))('%s', (_id, testCase) => {
    it(`${testCase.expect.outcome === 'reject' ? `rejects with ${testCase.expect.code}` : 'is handled'} in time`, async () => {
      const result = await scanCase(testCase);
      checkOutcome(testCase, result);
      expect(result.ms).toBeLessThan(testCase.timeBoundMs ?? TIME_BOUND_MS);
      if (process.env.HOSTILE_LOG) console.log(testCase.id, Math.round(result.ms), 'ms', result.peak >> 20, 'MiB');
    });
  });

  // Bombs run one after another so their memory samples do not overlap.
  describe.sequential('decompression bombs', () => {
    it.each(HOSTILE_CASES.filter((c) => c.bomb).map((c) => [c.id, c] as const))(
      '%s stops within the time and memory bounds',
      async (_id, testCase) => {
        const result = await scanCase(testCase);
        checkOutcome(testCase, result);
        expect(result.ms).toBeLessThan(testCase.timeBoundMs ?? TIME_BOUND_MS);
        expect(result.peak).toBeLessThan(MEMORY_BOUND_BYTES);
        if (process.env.HOSTILE_LOG) console.log(testCase.id, Math.round(result.ms), 'ms', result.peak >> 20, 'MiB');
      },
      60_000,
    );
  });
});
