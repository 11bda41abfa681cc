/**
 * Property tests for the rpm header reader (issue 9, item 2). The rpm analyzer reads one header blob per
 * row of rpmdb.sqlite and skips a row whose header is damaged, which only works if `RpmHeader` and
 * `rpmPackageInfo` signal damage with ScanError; a RangeError from a DataView read past the end would be
 * caught by the database-level handler instead and fail the whole database. So: headers written by the
 * core's own rpmdb writer read back to the package they describe (write → read round trip), and on
 * arbitrary bytes and on flipped, truncated or spliced headers the reader returns a package, undefined,
 * or throws ScanError — nothing else. Seeds are fixed so a failure reproduces.
 */
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { type RpmPackageSpec, rpmPackageHeader } from '../../image/rpmdb/rpmdb-sqlite';
import { fuzzTimeout, mutate, mutationArb, runs } from '../../testing/fuzz';
import { ScanError } from '../../types/errors';
import { RpmHeader } from './rpm-header';
import { rpmPackage, rpmPackageInfo } from './rpm-package';

vi.setConfig({ testTimeout: fuzzTimeout() });

const word = fc.string({ unit: fc.constantFrom(...'abcxyz0129._+~^'.split('')), minLength: 1, maxLength: 10 });
const spec: fc.Arbitrary<RpmPackageSpec> = fc.record(
  {
    name: word,
    version: word,
    release: word,
    epoch: fc.nat(5),
    arch: fc.constantFrom('x86_64', 'noarch', 'aarch64'),
    sourceRpm: word.map((w) => `${w}-1.0-1.src.rpm`),
    license: fc.constantFrom('MIT', 'GPLv2+', 'LGPLv2+ and GPLv3+'),
    vendor: fc.constantFrom('Rocky Enterprise Software Foundation', 'Red Hat, Inc.'),
    summary: fc.string({ maxLength: 20 }),
    size: fc.nat(),
  },
  { requiredKeys: ['name', 'version', 'release', 'arch', 'sourceRpm'] },
);

/** Reads a blob like the analyzer does; only ScanError may escape. */
function readHeader(blob: Uint8Array): void {
  try {
    const info = rpmPackageInfo(new RpmHeader(blob));
    if (info) rpmPackage(info, 'var/lib/rpm/rpmdb.sqlite');
  } catch (error) {
    if (!(error instanceof ScanError)) throw new Error(`not a ScanError: ${String(error)}`, { cause: error });
  }
}

describe('rpm headers', () => {
  it('write → read gives back name, version, release, epoch, arch, source rpm, licence and vendor', () => {
    fc.assert(
      fc.property(spec, (p) => {
        const info = rpmPackageInfo(new RpmHeader(rpmPackageHeader(p)));
        expect(info).toEqual({
          name: p.name,
          version: p.version,
          release: p.release,
          ...(p.epoch !== undefined ? { epoch: p.epoch } : {}),
          arch: p.arch,
          sourceRpm: p.sourceRpm,
          ...(p.license ? { license: p.license } : {}),
          ...(p.vendor ? { vendor: p.vendor } : {}),
        });
      }),
      { seed: 0x4e1, numRuns: runs(300) },
    );
  });

  it('arbitrary bytes give a package, nothing, or a ScanError', () => {
    const plausible = fc
      .tuple(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 0, max: 64 }), fc.uint8Array({ maxLength: 200 }))
      .map(([il, dl, rest]) => {
        const head = new Uint8Array(8);
        new DataView(head.buffer).setUint32(0, il);
        new DataView(head.buffer).setUint32(4, dl);
        const out = new Uint8Array(8 + rest.length);
        out.set(head);
        out.set(rest, 8);
        return out;
      });
    fc.assert(fc.property(fc.oneof(fc.uint8Array({ maxLength: 300 }), plausible), readHeader), {
      seed: 0x4e2,
      numRuns: runs(1000),
    });
  });

  it('mutated real headers give a package, nothing, or a ScanError', () => {
    fc.assert(
      fc.property(spec, fc.array(mutationArb, { minLength: 1, maxLength: 4 }), (p, ms) => {
        readHeader(mutate(rpmPackageHeader(p), ms));
      }),
      { seed: 0x4e3, numRuns: runs(1000) },
    );
  });
});
