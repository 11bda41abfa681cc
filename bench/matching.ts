/**
 * Matching throughput: an advisory index of the curated set plus every OSV record in
 * /work/shared/testdata/advisories (pypa YAML, Go vulndb JSON, GHSA samples), and a 5,000-package
 * inventory of real names and versions from those records. `detectVulnerabilities` is compared with
 * two baselines over the same packages measured in the same run: a plain `Map.get` per package (the
 * floor) and the index's own `lookup` per package (name normalisation, no range evaluation), so the
 * ratios say what range evaluation and finding assembly cost.
 *
 * Usage: npx tsx --conditions=source bench/matching.ts
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import {
  type AdvisoryEntry,
  compareVersions,
  createAdvisoryIndex,
  curatedAdvisories,
  detectVulnerabilities,
  isValidVersion,
  type OsvRecord,
} from '@acr-console/core';
import { loadAdvisoryPath } from '../packages/core/src/cli/load-advisories';
import { advisoryPackages } from './lib/advisory-versions';
import { synthesizeInventory } from './lib/inventory';
import { measure, ms, timing } from './lib/measure';

const DATA = '/work/shared/testdata/advisories';
const SOURCES = ['pypa-osv/vulns', 'golang-vulndb-osv/data/osv', 'ghsa-osv-samples'];
const PACKAGES = 5000;
const RUNS = 3;
/** Passes of the baseline loops per measurement: one pass is too short for the timer. */
const BASELINE_PASSES = 100;

async function main() {
  if (!existsSync(DATA)) {
    console.log(`matching bench: skipped — ${DATA} is absent (the shared OSV test data)`);
    return;
  }
  const records: OsvRecord[] = [...curatedAdvisories];
  console.log(`matching bench: curated records: ${curatedAdvisories.length}`);
  const loadStart = performance.now();
  for (const source of SOURCES) {
    const start = performance.now();
    const loaded = await loadAdvisoryPath(path.join(DATA, source));
    records.push(...loaded);
    console.log(`matching bench: loaded ${loaded.length} records from ${source} in ${ms(performance.now() - start)}`);
  }
  console.log(`matching bench: load (read + parse + validate) total: ${ms(performance.now() - loadStart)}`);
  const indexStart = performance.now();
  const index = createAdvisoryIndex(records);
  console.log(
    `matching bench: index: ${index.info.recordCount} records (${index.info.withdrawnCount} withdrawn dropped) built in ${ms(performance.now() - indexStart)}; namespaces: ${JSON.stringify(index.info.namespaces)}`,
  );

  const { inventory, packages } = synthesizeInventory(
    advisoryPackages(records),
    PACKAGES,
    { family: 'debian', name: '12' },
    'debian:12',
  );
  const perKey: Record<string, number> = {};
  for (const p of packages) perKey[p.key] = (perKey[p.key] ?? 0) + 1;
  console.log(`matching bench: inventory: ${packages.length} packages ${JSON.stringify(perKey)}`);

  // Baseline 1: the same lookups as plain Map.get calls on a prebuilt (namespace, name) map.
  const plain = new Map<string, readonly AdvisoryEntry[]>();
  for (const { key, pkg } of packages)
    plain.set(`${key}\0${pkg.srcName || pkg.name}`, index.lookup(key, pkg.srcName || pkg.name));
  const keys = packages.map(({ key, pkg }) => `${key}\0${pkg.srcName || pkg.name}`);
  let hits = 0;
  const mapLoop = await measure(RUNS, () => {
    hits = 0;
    for (let pass = 0; pass < BASELINE_PASSES; pass++) {
      for (const key of keys) hits += plain.get(key)?.length ?? 0;
    }
  });
  // Baseline 2: the index's lookup (namespace check + name normalisation), still no range evaluation.
  const lookupLoop = await measure(RUNS, () => {
    for (let pass = 0; pass < BASELINE_PASSES; pass++) {
      for (const { key, pkg } of packages) index.lookup(key, pkg.srcName || pkg.name);
    }
  });
  const perPass = (t: { best: number; median: number }) => ({
    best: t.best / BASELINE_PASSES,
    median: t.median / BASELINE_PASSES,
  });
  const mapPass = perPass(mapLoop);
  const lookupPass = perPass(lookupLoop);
  console.log(
    `matching bench: baseline Map.get loop (${packages.length} packages, ${hits / BASELINE_PASSES} advisory entries hit): per pass best ${ms(mapPass.best)}, median ${ms(mapPass.median)} (${BASELINE_PASSES} passes per run)`,
  );
  console.log(
    `matching bench: baseline index.lookup loop: per pass best ${ms(lookupPass.best)}, median ${ms(lookupPass.median)}`,
  );

  let findings = 0;
  const detect = await measure(RUNS, () => {
    findings = detectVulnerabilities(inventory, index).length;
  });
  console.log(`matching bench: detectVulnerabilities: ${timing(detect)}`);
  console.log(
    `matching bench: ${findings} findings; ${Math.round(packages.length / (detect.best / 1000)).toLocaleString('en-US')} packages/s (best), ${Math.round(packages.length / (detect.median / 1000)).toLocaleString('en-US')} packages/s (median)`,
  );
  // One untimed run with counting comparators: where the time goes (each call parses its versions).
  const calls = { compare: 0, isValid: 0 };
  detectVulnerabilities(inventory, index, {
    versions: {
      compare: (eco, a, b) => {
        calls.compare++;
        return compareVersions(eco, a, b);
      },
      isValid: (eco, v) => {
        calls.isValid++;
        return isValidVersion(eco, v);
      },
    },
  });
  console.log(
    `matching bench: version calls per detect run: ${calls.compare.toLocaleString('en-US')} compare, ${calls.isValid.toLocaleString('en-US')} isValid (${Math.round((calls.compare + calls.isValid) / packages.length)} per package)`,
  );
  console.log(
    `matching bench: ratio detect/Map.get: best ${(detect.best / mapPass.best).toFixed(0)}x; detect/index.lookup: best ${(detect.best / lookupPass.best).toFixed(0)}x`,
  );
}

await main();
