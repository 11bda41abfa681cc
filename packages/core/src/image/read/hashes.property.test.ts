/**
 * Oracle properties for the core's own hash implementations (issue 9, item 2): digests decide whether a
 * layer or config is accepted (DIGEST_MISMATCH) and md5 matches malware samples, and both run on attacker
 * bytes. The pure-TypeScript incremental SHA-256 must equal Node's `crypto` SHA-256 for any bytes split
 * into any chunks (block boundaries, empty chunks, the 55/56/64-byte padding edges), and md5 must equal
 * Node's md5. Seeds are fixed so a failure reproduces.
 */
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { md5Hex } from '../../inspect/malware/md5';
import { toHex } from '../../platform';
import { fuzzTimeout, runs } from '../../testing/fuzz';
import { createSha256 } from './sha256';

vi.setConfig({ testTimeout: fuzzTimeout() });

const data = fc.oneof(
  fc.uint8Array({ maxLength: 300 }),
  fc.constantFrom(0, 1, 55, 56, 57, 63, 64, 65, 119, 120, 128, 1000).map((n) => new Uint8Array(n).fill(0x61)),
);

describe('hashes agree with node:crypto', () => {
  it('incremental SHA-256 over any chunking equals the one-shot digest', () => {
    fc.assert(
      fc.property(data, fc.array(fc.nat(), { maxLength: 6 }), (bytes, cuts) => {
        const points = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
        const hash = createSha256();
        let from = 0;
        for (const p of [...points, bytes.length]) {
          hash.update(bytes.subarray(from, p));
          from = p;
        }
        expect(toHex(hash.digest())).toBe(createHash('sha256').update(bytes).digest('hex'));
      }),
      { seed: 0x5a256, numRuns: runs(400) },
    );
  });

  it('md5 equals node’s md5', () => {
    fc.assert(
      fc.property(data, (bytes) => {
        expect(md5Hex(bytes)).toBe(createHash('md5').update(bytes).digest('hex'));
      }),
      { seed: 0x3d5, numRuns: runs(400) },
    );
  });
});
