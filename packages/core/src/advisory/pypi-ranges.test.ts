/**
 * Range evaluation against real data: pypa/advisory-database PYSEC records enumerate every affected
 * release in `versions` next to their ECOSYSTEM ranges, so each enumerated version should fall in the
 * ranges. /work/shared/testdata/versions/osv_pypi_enumerated.tsv holds an independent (Python,
 * PEP 440) evaluation of the same question; we must agree with it row for row, except where it reads
 * `introduced: "0"` as the version 0 — the OSV spec makes it "before every version", so pre-releases of
 * 0 (`0.0.0b0`, which PEP 440 puts below 0) are affected, as the records' own `versions` lists say.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareVersions, isValidVersion } from '../version/index';
import { normalizePackageName } from './ecosystem-map';
import { parseOsvDocument } from './osv-loader';
import type { OsvRecord } from './osv-types';
import { inRange } from './range-eval';

const VULNS = '/work/shared/testdata/advisories/pypa-osv/vulns';
const TSV = '/work/shared/testdata/versions/osv_pypi_enumerated.tsv';

const compare = (a: string, b: string) => {
  if (!isValidVersion('pypi', a) || !isValidVersion('pypi', b)) throw new RangeError('invalid');
  return compareVersions('pypi', a, b);
};

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : [join(dir, n)]));
}

describe.skipIf(!existsSync(VULNS) || !existsSync(TSV))(
  'PyPI enumerated versions vs ECOSYSTEM ranges (skipped without /work/shared)',
  () => {
    it('agrees with the reference evaluation on every enumerated version', () => {
      const byId = new Map<string, OsvRecord>();
      for (const f of walk(VULNS).filter((p) => p.endsWith('.yaml'))) {
        for (const r of parseOsvDocument(readFileSync(f, 'utf8'), f)) byId.set(r.id, r);
      }
      const rows = readFileSync(TSV, 'utf8').trim().split('\n').slice(1);
      let checked = 0;
      let belowZero = 0;
      const disagreements: string[] = [];
      for (const row of rows) {
        const [id, pkg, version, expected] = row.split('\t') as [string, string, string, string];
        const affected = byId
          .get(id)
          ?.affected?.filter(
            (a) => a.package && normalizePackageName('pypi', a.package.name) === normalizePackageName('pypi', pkg),
          );
        if (!affected || affected.length === 0) continue;
        const ranges = affected.flatMap((a) => a.ranges ?? []).filter((r) => r.type === 'ECOSYSTEM');
        const got = ranges.some((r) => {
          try {
            return inRange(r, version, compare);
          } catch {
            return false;
          }
        });
        checked++;
        if (compare(version, '0') < 0) {
          belowZero++;
          if (!got) disagreements.push(`${id} ${pkg} ${version}: below 0 but not affected`);
          continue;
        }
        if (String(got) !== expected) disagreements.push(`${id} ${pkg} ${version}: expected ${expected}`);
      }
      expect(checked).toBeGreaterThan(140000);
      expect(belowZero).toBeLessThan(50);
      expect(disagreements.slice(0, 20)).toEqual([]);
    }, 60_000);
  },
);
