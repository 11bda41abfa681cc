import { describe, expect, it } from 'vitest';
import { advisory, affects } from '../advisory/data/build';
import { buildImage } from '../image/build-image';
import { writeDockerArchive } from '../image/docker-archive';
import { writeOciLayout } from '../image/oci-layout-writer';
import { bytesBlob } from '../image/read/sources';
import { scanImage } from '../scan/scan-image';
import { cleanRecipe } from './clean-recipe';
import { ROCKY_9 } from './rocky-data';
import { RPMDB_SQLITE_PATH, rockyRecipe } from './rocky-image';
import type { DemoImageRecipe, DemoVariant } from './types';

const now = () => new Date('2025-06-01T00:00:00Z');

/** Builds a recipe variant, packs it as `docker save` or OCI layout, and scans it with the built-in advisories. */
async function scan(
  recipe: DemoImageRecipe,
  variant: DemoVariant,
  format: 'docker' | 'oci',
  options: Parameters<typeof scanImage>[1] = {},
) {
  const image = await buildImage(recipe.spec({ variant }));
  const bytes =
    format === 'docker'
      ? writeDockerArchive(image, [recipe.name])
      : (await writeOciLayout(image, { tag: recipe.name })).bytes;
  return scanImage(bytesBlob(bytes), { now, ...options });
}

/**
 * Rocky's errata for Looney Tunables (RLSA-2023:5453, the rebuild of RHSA-2023:5453), in the shape the curated
 * AlmaLinux records use. The shipped dataset has no `Rocky Linux:9` records yet; this shows the rpm inventory is
 * what the rocky detector needs once it has.
 */
const RLSA_2023_5453 = advisory({
  id: 'RLSA-2023:5453',
  related: ['CVE-2023-4911', 'CVE-2023-4527', 'CVE-2023-4806', 'CVE-2023-4813'],
  summary: 'glibc security update',
  rating: 'HIGH',
  published: '2023-10-05',
  affected: ['glibc', 'glibc-common', 'glibc-minimal-langpack'].map((name) =>
    affects('Rocky Linux:9', name, ['0', '2.34-60.el9_2.7']),
  ),
});

describe('hello:1.0, the clean image', () => {
  it.each([
    ['docker', 'vulnerable'],
    ['oci', 'patched'],
  ] as const)('(%s, %s) has an OS, packages and modules, and no vulnerabilities', async (format, variant) => {
    const report = await scan(cleanRecipe, variant, format);
    // An empty inventory would make "no findings" meaningless: the scan must see what the recipe declares.
    expect(report.inventory.os).toMatchObject({ family: 'debian', name: '12', eol: false });
    const found = [...report.inventory.osPackages, ...report.inventory.applications.flatMap((a) => a.packages)];
    expect(found.map((p) => `${p.name}@${p.version}`).sort()).toEqual(
      cleanRecipe
        .packages({ variant })
        .map((p) => `${p.name}@${p.version}`)
        .sort(),
    );
    expect(report.vulnerabilities).toEqual([]);
    expect(report.warnings).toEqual([]);
  });
});

describe('rockylinux:9', () => {
  it.each([
    ['vulnerable', '9.2', 'docker'],
    ['patched', '9.4', 'oci'],
  ] as const)(
    '%s: scan detects Rocky %s and every rpm of the layer with its source rpm (%s)',
    async (variant, release, format) => {
      const report = await scan(rockyRecipe, variant, format);
      expect(report.inventory.os).toMatchObject({ family: 'rocky', name: release });
      expect(report.warnings).toEqual([]);
      const found = report.inventory.osPackages.map((p) => ({
        name: p.name,
        version: p.version,
        srcName: p.srcName,
        srcVersion: p.srcVersion,
        ecosystem: p.ecosystem,
        filePath: p.filePath,
        layer: p.layer?.index,
      }));
      const expected = ROCKY_9[variant].packages.map(([name, evr, , source]) => ({
        name,
        version: evr,
        srcName: source,
        srcVersion: evr,
        ecosystem: 'rpm',
        filePath: RPMDB_SQLITE_PATH,
        layer: 0,
      }));
      expect(found).toEqual(expect.arrayContaining(expected));
      expect(found).toHaveLength(expected.length);
    },
  );

  it.each([
    ['vulnerable', ['glibc', 'glibc-common', 'glibc-minimal-langpack']],
    ['patched', []],
  ] as const)('%s: a Rocky Linux:9 advisory matches the affected binary rpms only', async (variant, names) => {
    const report = await scan(rockyRecipe, variant, 'docker', {
      builtinAdvisories: false,
      extraAdvisories: [RLSA_2023_5453],
    });
    expect(report.vulnerabilities.map((v) => v.pkgName).sort()).toEqual([...names]);
    for (const v of report.vulnerabilities) expect(v.fixedVersion).toBe('2.34-60.el9_2.7');
  });

  it('names real Rocky 9 builds: openssl-libs keeps its epoch, python3 comes from python3.9', () => {
    const byName = new Map(rockyRecipe.packages().map((p) => [p.name, p]));
    expect(byName.get('openssl-libs')).toMatchObject({ version: '1:3.0.7-16.el9_2', sourceName: 'openssl' });
    expect(byName.get('glibc')).toMatchObject({ version: '2.34-60.el9', sourceName: 'glibc' });
    expect(byName.get('python3')).toMatchObject({ sourceName: 'python3.9' });
    expect(byName.get('libcurl')).toMatchObject({ version: '7.76.1-23.el9', sourceName: 'curl' });
  });
});
