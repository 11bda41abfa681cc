import { describe, expect, it } from 'vitest';
import { findDemoRecipe } from '../demo/recipes';
import { type BuiltImage, buildImage } from '../image/build-image';
import { scanImage } from '../scan/scan-image';
import { OS_ECOSYSTEMS } from '../types/ecosystem';
import type { Vulnerability } from '../types/finding';
import { buildFixedImage, FIX_HISTORY_SUFFIX } from './build-fixed-image';
import { layoutOf, type RegistryImageBlobs } from './image-files';
import { planFix } from './plan-fix';

const now = () => new Date('2025-06-01T00:00:00Z');
const created = '2025-06-02T03:04:05.678Z';
const key = (v: Vulnerability) => `${v.id} ${v.pkgName} ${v.pkgPath}`;
const isOs = (v: Vulnerability) => (OS_ECOSYSTEMS as readonly string[]).includes(v.ecosystem);
const copy = (image: BuiltImage) => [image.manifest, image.config, ...image.layers].map((b) => b.bytes.slice());

const scan = (image: RegistryImageBlobs) => scanImage(layoutOf(image), { now });

/** Scans a demo image, fixes every OS vulnerability with a fixed version, and scans the result. */
async function fixDemo(name: string) {
  const recipe = findDemoRecipe(name);
  if (!recipe) throw new Error(`no recipe ${name}`);
  const image = await buildImage(recipe.spec({ variant: 'vulnerable' }));
  const before = copy(image);
  const report = await scan(image);
  const selected = report.vulnerabilities.filter((v) => isOs(v) && v.fixedVersion);
  if (!report.os) throw new Error(`${name}: no OS detected`);
  const plan = planFix({ image: name, os: report.os, vulnerabilities: selected });
  const fixed = await buildFixedImage(image, plan, { created });
  const after = await scan(fixed);
  return { image, before, report, selected, plan, fixed, after };
}

describe.each([
  ['alpine:3.18', 'lib/apk/db/installed'],
  ['debian:12-slim', 'var/lib/dpkg/status'],
  ['ubuntu:22.04', 'var/lib/dpkg/status'],
  ['rockylinux:9', 'var/lib/rpm/rpmdb.sqlite'],
  ['node:18-alpine', 'lib/apk/db/installed'],
  ['python:3.11-slim', 'var/lib/dpkg/status'],
])('one-click fix of %s', (name, dbPath) => {
  it('removes exactly the selected vulnerabilities and leaves the rest', async () => {
    const { image, before, report, selected, plan, fixed, after } = await fixDemo(name);
    expect(selected.length).toBeGreaterThan(0);
    expect(plan.unfixable).toEqual([]);
    const gone = new Set(selected.map(key));
    const expected = report.vulnerabilities
      .filter((v) => !gone.has(key(v)))
      .map(key)
      .sort();
    expect(after.vulnerabilities.map(key).sort()).toEqual(expected);
    // The original image is untouched.
    expect(copy(image)).toEqual(before);
    // One more layer, named by its diff_id and recorded in the history.
    const config = JSON.parse(new TextDecoder().decode(fixed.config.bytes));
    const manifest = JSON.parse(new TextDecoder().decode(fixed.manifest.bytes));
    expect(fixed.layers).toHaveLength(image.layers.length + 1);
    expect(manifest.layers).toHaveLength(image.layers.length + 1);
    expect(manifest.layers.at(-1).digest).toBe(fixed.fixLayer.digest);
    expect(manifest.config.digest).toBe(fixed.config.digest);
    expect(config.rootfs.diff_ids.slice(0, -1)).toEqual(image.layers.map((l) => l.diffId));
    expect(config.rootfs.diff_ids.at(-1)).toBe(fixed.fixLayer.diffId);
    expect(config.history.at(-1)).toEqual({ created, created_by: `RUN ${plan.command}${FIX_HISTORY_SUFFIX}` });
    expect(fixed.files).toEqual([dbPath]);
    expect(after.layers.at(-1)?.createdBy).toBe(fixed.createdBy);
    expect(fixed.layers.slice(0, -1).map((l) => l.digest)).toEqual(image.layers.map((l) => l.digest));
  });
});
