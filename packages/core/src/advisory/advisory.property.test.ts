/**
 * Property tests for advisory loading and scoring (issue 9, item 2). Users import OSV JSON/YAML files and
 * zips into the console, so everything downstream of the loader sees foreign data. Checked here:
 * `parseOsvDocument` and `loadOsvFromZip` return records or throw ScanError('INVALID_ADVISORY') on arbitrary
 * text, JSON, YAML, mutated records and mutated zips; a record the validator accepts never makes the next
 * stages throw (indexing, severity assessment, range evaluation against the scheme's comparator), even with
 * junk in the fields the validator lets through; and the CVSS v3 vector parser never throws, round-trips a
 * printed vector in any metric order, scores every valid vector within 0.0–10.0 on the 0.1 grid, and rates
 * it consistently. Seeds are fixed so a failure reproduces.
 */

import fc from 'fast-check';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it, vi } from 'vitest';
import { fuzzTimeout, mutate, mutationArb, runs } from '../testing/fuzz';
import { ScanError } from '../types/errors';
import { compareVersions } from '../version';
import { createAdvisoryIndex } from './advisory-index';
import { cvss3BaseScore, cvss3Rating, parseCvss3Vector } from './cvss3';
import { osvNamespace } from './ecosystem-map';
import { loadOsvFromZip, parseOsvDocument } from './osv-loader';
import type { OsvRecord } from './osv-types';
import { evaluateAffected } from './range-eval';
import { assessSeverity } from './severity';

vi.setConfig({ testTimeout: fuzzTimeout() });

/** Runs `f`; a ScanError of `code` is fine, anything else fails the property. */
function onlyScanError(f: () => unknown, code = 'INVALID_ADVISORY'): void {
  try {
    f();
  } catch (error) {
    if (error instanceof ScanError && error.code === code) return;
    throw new Error(`expected a ScanError(${code}), got ${String(error)}`, { cause: error });
  }
}

// ---------------------------------------------------------------------------------------------------------
// CVSS v3

const METRICS: Record<string, string[]> = {
  AV: ['N', 'A', 'L', 'P'],
  AC: ['L', 'H'],
  PR: ['N', 'L', 'H'],
  UI: ['N', 'R'],
  S: ['U', 'C'],
  C: ['H', 'L', 'N'],
  I: ['H', 'L', 'N'],
  A: ['H', 'L', 'N'],
};
const baseMetrics = fc.record(
  Object.fromEntries(Object.entries(METRICS).map(([k, vs]) => [k, fc.constantFrom(...vs)])) as Record<
    string,
    fc.Arbitrary<string>
  >,
);
const otherMetrics = fc.uniqueArray(
  fc.tuple(fc.constantFrom('E', 'RL', 'RC', 'CR', 'MAV', 'MS'), fc.constantFrom('X', 'H', 'U')),
  { selector: ([k]) => k, maxLength: 3 },
);
const vector = fc
  .tuple(fc.constantFrom('3.0', '3.1'), baseMetrics, otherMetrics, fc.nat())
  .map(([version, base, other, rot]) => {
    const parts = [...Object.entries(base), ...other].map(([k, v]) => `${k}:${v}`);
    const r = rot % parts.length;
    return { version, base, text: `CVSS:${version}/${[...parts.slice(r), ...parts.slice(0, r)].join('/')}` };
  });

describe('CVSS v3 vectors', () => {
  it('print → parse gives back the version and base metrics, in any metric order', () => {
    fc.assert(
      fc.property(vector, ({ version, base, text }) => {
        expect(parseCvss3Vector(text)).toEqual({ version, metrics: base });
      }),
      { seed: 0xc51, numRuns: runs(500) },
    );
  });

  it('every valid vector scores 0.0–10.0 on the 0.1 grid, and its rating matches the score', () => {
    fc.assert(
      fc.property(vector, ({ base, text }) => {
        const score = cvss3BaseScore(text);
        if (score === undefined) throw new Error(`no score for ${text}`);
        expect(score).toBeGreaterThanOrEqual(0);
        expect(score).toBeLessThanOrEqual(10);
        expect(Math.round(score * 10) / 10).toBe(score);
        // No impact means no score (spec §7.1).
        if (base.C === 'N' && base.I === 'N' && base.A === 'N') expect(score).toBe(0);
        expect(cvss3Rating(score)).toBe(
          score === 0 ? 'NONE' : score < 4 ? 'LOW' : score < 7 ? 'MEDIUM' : score < 9 ? 'HIGH' : 'CRITICAL',
        );
      }),
      { seed: 0xc52, numRuns: runs(500) },
    );
  });

  it('raising one impact metric never lowers the score', () => {
    const up: Record<string, string> = { N: 'L', L: 'H', H: 'H' };
    fc.assert(
      fc.property(vector, fc.constantFrom('C', 'I', 'A'), ({ version, base }, m) => {
        const text = (b: Record<string, string>) =>
          `CVSS:${version}/${Object.entries(b)
            .map(([k, v]) => `${k}:${v}`)
            .join('/')}`;
        const higher = { ...base, [m]: up[base[m] ?? 'N'] ?? 'H' };
        expect(cvss3BaseScore(text(higher)) ?? 0).toBeGreaterThanOrEqual(cvss3BaseScore(text(base)) ?? 0);
      }),
      { seed: 0xc53, numRuns: runs(300) },
    );
  });

  it('never throws on arbitrary or mangled vectors (including metric names like `constructor`)', () => {
    const names = fc.constantFrom(
      'AV',
      'AC',
      'S',
      'E',
      'constructor',
      '__proto__',
      'toString',
      'hasOwnProperty',
      '',
      'X',
    );
    const mangled = fc
      .array(fc.tuple(names, fc.constantFrom('N', 'L', 'H', 'U', 'C', '', 'x:y')), { maxLength: 10 })
      .map((ps) => `CVSS:3.1/${ps.map(([k, v]) => `${k}:${v}`).join('/')}`);
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 60 }),
          mangled,
          vector.map((v) => v.text.slice(0, -3)),
        ),
        (text) => {
          const parsed = parseCvss3Vector(text);
          const score = cvss3BaseScore(text);
          expect(score === undefined).toBe(parsed === undefined);
        },
      ),
      { seed: 0xc54, numRuns: runs(800) },
    );
  });
});

// ---------------------------------------------------------------------------------------------------------
// OSV records

const osvEcosystem = fc.constantFrom(
  'npm',
  'PyPI',
  'Go',
  'Maven',
  'Debian:12',
  'Alpine:v3.19',
  'crates.io',
  'RubyGems',
  'Packagist',
  'Rocky Linux:9',
  'Nope',
  '__proto__',
  'constructor',
);
const version = fc.oneof(
  fc.constantFrom('0', '1.0.0', '2.3.4-r1', '1:1.2-3', 'v1.2.3', '1.0.0a1'),
  fc.string({ maxLength: 8 }),
);
const junk = fc.jsonValue({ maxDepth: 2 });
const event = fc.oneof(
  version.map((v) => ({ introduced: v })),
  version.map((v) => ({ fixed: v })),
  version.map((v) => ({ last_affected: v })),
  version.map((v) => ({ limit: v })),
);
const affected = fc.record(
  {
    package: fc.record({ ecosystem: osvEcosystem, name: fc.constantFrom('lodash', 'Django', 'openssl', 'x', '') }),
    ranges: fc.array(
      fc.record({
        type: fc.constantFrom('SEMVER', 'ECOSYSTEM', 'GIT'),
        events: fc.array(event, { minLength: 1, maxLength: 4 }),
      }),
      { maxLength: 2 },
    ),
    versions: fc.array(version, { maxLength: 3 }),
    // Fields the validator does not inspect but later stages read.
    severity: fc.oneof(
      junk,
      fc.array(fc.record({ type: fc.constantFrom('CVSS_V3', 'Ubuntu'), score: fc.string({ maxLength: 12 }) })),
    ),
    ecosystem_specific: junk,
    database_specific: junk,
  },
  { requiredKeys: ['package'] },
);
const record = fc.record(
  {
    id: fc.constantFrom('GHSA-1', 'CVE-2024-1', 'DSA-1', 'x'),
    modified: fc.constantFrom('2024-01-01T00:00:00Z', '2023-01-01T00:00:00Z', ''),
    withdrawn: fc.constant('2024-02-01T00:00:00Z'),
    aliases: fc.array(fc.string({ maxLength: 6 }), { maxLength: 2 }),
    summary: fc.string({ maxLength: 10 }),
    severity: fc.array(
      fc.record({
        type: fc.constantFrom('CVSS_V3', 'Ubuntu', 'CVSS_V2'),
        score: fc.oneof(
          vector.map((v) => v.text),
          fc.string({ maxLength: 8 }),
        ),
      }),
      { maxLength: 2 },
    ),
    affected: fc.array(affected, { maxLength: 3 }),
    database_specific: junk,
    references: fc.array(fc.record({ url: fc.constant('https://example.com') }), { maxLength: 1 }),
  },
  { requiredKeys: ['id', 'modified'] },
);

/** Every stage after loading: index, look up, assess severity, evaluate ranges. Must not throw. */
function downstream(records: OsvRecord[], probe: string): void {
  const index = createAdvisoryIndex(records);
  for (const r of index.records) {
    assessSeverity(r);
    for (const a of r.affected ?? []) {
      assessSeverity(r, a);
      const ns = a.package ? osvNamespace(a.package.ecosystem) : undefined;
      if (!ns || !a.package) continue;
      for (const entry of index.lookup(ns.key, a.package.name)) {
        evaluateAffected(entry.affected, probe, (x, y) => compareVersions(ns.ecosystem, x, y));
      }
    }
  }
}

describe('OSV documents', () => {
  it('a generated record either validates and flows through index/severity/ranges, or is an INVALID_ADVISORY', () => {
    fc.assert(
      fc.property(fc.array(record, { minLength: 1, maxLength: 3 }), version, (records, probe) => {
        let parsed: OsvRecord[] | undefined;
        onlyScanError(() => {
          parsed = parseOsvDocument(JSON.stringify(records), 'gen.json');
        });
        if (parsed) {
          expect(parsed).toHaveLength(records.length);
          downstream(parsed, probe);
        }
      }),
      { seed: 0x051, numRuns: runs(400) },
    );
  });

  it('arbitrary text, JSON and YAML give records or an INVALID_ADVISORY', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 120 }),
          junk.map((j) => JSON.stringify(j)),
          fc.jsonValue({ maxDepth: 3 }).map((j) => JSON.stringify({ id: 'X', modified: '', affected: [j] })),
        ),
        fc.constantFrom('a.json', 'a.yaml'),
        (text, name) => {
          onlyScanError(() => downstream(parseOsvDocument(text, name), '1.0.0'));
        },
      ),
      { seed: 0x052, numRuns: runs(500) },
    );
  });

  it('byte mutations of a valid record, alone and zipped, give records or an INVALID_ADVISORY', () => {
    const valid = strToU8(
      JSON.stringify({
        id: 'GHSA-1',
        modified: '2024-01-01T00:00:00Z',
        severity: [{ type: 'CVSS_V3', score: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H' }],
        affected: [
          {
            package: { ecosystem: 'npm', name: 'lodash' },
            ranges: [{ type: 'SEMVER', events: [{ introduced: '0' }, { fixed: '4.17.21' }] }],
          },
        ],
      }),
    );
    const zip = zipSync({ 'npm/GHSA-1.json': valid, 'README.txt': strToU8('x') });
    expect(loadOsvFromZip(zip)).toHaveLength(1);
    fc.assert(
      fc.property(fc.array(mutationArb, { minLength: 1, maxLength: 3 }), (ms) => {
        onlyScanError(() => downstream(parseOsvDocument(mutate(valid, ms), 'm.json'), '4.17.20'));
        onlyScanError(() => downstream(loadOsvFromZip(mutate(zip, ms), 'm.zip'), '4.17.20'));
      }),
      { seed: 0x053, numRuns: runs(400) },
    );
  });
});

// The minimal input fast-check shrank to when these properties first ran, kept as a plain example.
describe('regressions found by the properties', () => {
  it('a record whose affected[].severity is not a list is refused at load time (it crashed severity scoring)', () => {
    const text = JSON.stringify({
      id: 'GHSA-1',
      modified: '2024-01-01T00:00:00Z',
      affected: [{ package: { ecosystem: 'npm', name: 'lodash' }, severity: false }],
    });
    expect(() => parseOsvDocument(text, 'x.json')).toThrow(ScanError);
  });
});
