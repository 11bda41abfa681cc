import { describe, expect, it } from 'vitest';
import { createAdvisoryIndex } from '../advisory/advisory-index';
import type { OsvRecord } from '../advisory/osv-types';
import { osAnalyzers } from '../analyzer/os';
import { osPackageAnalyzers } from '../analyzer/pkg';
import { formatApkInstalled } from '../demo/formats/apk-installed';
import { demoImageRecipes, findDemoRecipe } from '../demo/recipes';
import { buildImage } from '../image/build-image';
import { writeDockerArchive } from '../image/docker-archive';
import { type ImageSpec, whiteout } from '../image/image-spec';
import { bytesBlob } from '../image/read/sources';
import { ScanError } from '../types/errors';
import { type ScanProgress, scanImage } from './scan-image';

const apkDb = (...pkgs: Array<[name: string, version: string]>) =>
  formatApkInstalled(
    pkgs.map(([name, version]) => ({
      name,
      version,
      arch: 'x86_64',
      size: 1,
      installedSize: 1,
      description: name,
      url: 'https://example.test',
      license: 'MIT',
      origin: name,
      buildTime: 1,
    })),
  );

const alpineSpec: ImageSpec = {
  created: '2024-01-01T00:00:00Z',
  config: { Cmd: ['/bin/sh'] },
  layers: [
    {
      createdBy: 'ADD rootfs',
      files: [
        { path: 'etc/os-release', content: 'ID=alpine\nVERSION_ID=3.18.4\nPRETTY_NAME="Alpine Linux v3.18"\n' },
        { path: 'etc/alpine-release', content: '3.18.4\n' },
        { path: 'lib/apk/db/installed', content: apkDb(['musl', '1.2.4-r2'], ['openssl', '3.1.4-r0']) },
      ],
    },
    {
      createdBy: 'RUN apk add curl',
      files: [
        {
          path: 'lib/apk/db/installed',
          content: apkDb(['musl', '1.2.4-r2'], ['openssl', '3.1.4-r0'], ['curl', '8.4.0-r0']),
        },
        { path: 'tmp/junk', content: 'x' },
      ],
    },
    { createdBy: 'RUN rm -rf /tmp/junk', files: [whiteout('tmp/junk')] },
  ],
};

const advisory = (id: string, name: string, fixed: string, vector?: string): OsvRecord => ({
  id,
  modified: '2024-01-01T00:00:00Z',
  aliases: [id.replace('TEST-', 'CVE-')],
  summary: `${name} problem`,
  ...(vector ? { severity: [{ type: 'CVSS_V3', score: vector }] } : {}),
  affected: [
    {
      package: { ecosystem: 'Alpine:v3.18', name },
      ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed }] }],
    },
  ],
});

const index = createAdvisoryIndex([
  advisory('TEST-2024-0001', 'openssl', '3.1.4-r1', 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H'),
  advisory('TEST-2024-0002', 'curl', '8.5.0-r0', 'CVSS:3.1/AV:N/AC:H/PR:N/UI:R/S:U/C:L/I:N/A:N'),
  advisory('TEST-2024-0003', 'musl', '1.2.4-r1'),
]);
const analyzers = [...osAnalyzers, ...osPackageAnalyzers];
const now = () => new Date('2026-11-28T00:00:00Z');

async function archive(spec: ImageSpec, tags = ['demo/alpine:1']) {
  return bytesBlob(writeDockerArchive(await buildImage(spec), tags));
}

describe('scanImage', () => {
  it('finds the OS and packages, credits each package to its layer and matches advisories', async () => {
    const events: ScanProgress['phase'][] = [];
    const report = await scanImage(await archive(alpineSpec), {
      analyzers,
      advisoryIndex: index,
      now,
      onProgress: (p) => events.push(p.phase),
    });
    expect(report.os).toMatchObject({ family: 'alpine', name: '3.18.4' });
    expect(report.repoTags).toEqual(['demo/alpine:1']);
    expect(report.layers).toHaveLength(3);
    const layerOf = Object.fromEntries(report.inventory.osPackages.map((p) => [p.name, p.layer?.index]));
    expect(layerOf).toEqual({ curl: 1, musl: 0, openssl: 0 });
    const curl = report.inventory.osPackages.find((p) => p.name === 'curl');
    expect(curl?.purl).toBe('pkg:apk/alpine/curl@8.4.0-r0?arch=x86_64&distro=3.18.4');
    expect(report.vulnerabilities.map((v) => [v.id, v.pkgName, v.fixedVersion, v.layer?.index]).sort()).toEqual([
      ['CVE-2024-0001', 'openssl', '3.1.4-r1', 0],
      ['CVE-2024-0002', 'curl', '8.5.0-r0', 1],
    ]);
    expect(events).toEqual(['opening', 'layer', 'layer', 'layer', 'analyzing', 'matching', 'done']);
    expect(report.metadata.scannedAt).toBe('2026-11-28T00:00:00.000Z');
    expect(report.imageId).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  it('filters by severity and records the filter', async () => {
    const report = await scanImage(await archive(alpineSpec), {
      analyzers,
      advisoryIndex: index,
      now,
      severities: ['CRITICAL'],
    });
    expect(report.vulnerabilities.map((v) => v.id)).toEqual(['CVE-2024-0001']);
    expect(report.metadata.severities).toEqual(['CRITICAL']);
  });

  it('drops packages whose database a later layer deleted', async () => {
    const spec: ImageSpec = {
      ...alpineSpec,
      layers: [...alpineSpec.layers, { createdBy: 'RUN rm -rf /lib/apk', files: [whiteout('lib/apk')] }],
    };
    const report = await scanImage(await archive(spec), { analyzers, advisoryIndex: index, now });
    expect(report.inventory.osPackages).toEqual([]);
    expect(report.vulnerabilities).toEqual([]);
    expect(report.os?.family).toBe('alpine');
  });

  it('skips files over the per-file limit with a warning instead of failing', async () => {
    const report = await scanImage(await archive(alpineSpec), {
      analyzers,
      advisoryIndex: index,
      now,
      limits: { maxFileBytes: 100 },
    });
    expect(report.inventory.osPackages).toEqual([]);
    // Both layers write the database: each version is skipped.
    expect(report.warnings).toHaveLength(2);
    for (const w of report.warnings ?? []) {
      expect(w).toMatch(/^lib\/apk\/db\/installed: skipped, \d+ bytes is over the 100-byte file limit$/);
    }
    expect(report.os?.name).toBe('3.18.4');
  });

  it('reports EOL from the scan clock', async () => {
    const spec: ImageSpec = {
      ...alpineSpec,
      layers: [{ createdBy: 'ADD', files: [{ path: 'etc/alpine-release', content: '3.10.2\n' }] }],
    };
    const report = await scanImage(await archive(spec), { analyzers, advisoryIndex: index, now });
    expect(report.os).toMatchObject({ family: 'alpine', name: '3.10.2', eol: true });
  });

  it('fails with a ScanError on bytes that are not an image', async () => {
    const promise = scanImage(bytesBlob(new TextEncoder().encode('not a tar at all')), {
      analyzers,
      advisoryIndex: index,
    });
    await expect(promise).rejects.toBeInstanceOf(ScanError);
  });

  it('matches the built-in curated advisories unless they are turned off', async () => {
    const recipe = findDemoRecipe('node:18-alpine');
    if (!recipe) throw new Error('the node:18-alpine demo recipe is gone');
    const source = await archive(recipe.spec(), [recipe.name]);
    const builtin = await scanImage(source, { now });
    expect(builtin.vulnerabilities.map((v) => v.id)).toContain('CVE-2021-44906');
    expect(builtin.metadata.dbVersion).toMatch(/^curated-/);
    const off = await scanImage(source, { now, builtinAdvisories: false });
    expect(off.vulnerabilities).toEqual([]);
    expect(off.inventory.applications.length).toBeGreaterThan(0);
  });

  // Each demo image declares the packages it was built with: the scan must find every one of them.
  it.each(demoImageRecipes.map((r) => [r.name, r] as const))(
    'demo image %s: inventory has every declared package',
    async (_name, recipe) => {
      const report = await scanImage(await archive(recipe.spec(), [recipe.name]), { advisoryIndex: index, now });
      const found = new Set(
        [...report.inventory.osPackages, ...report.inventory.applications.flatMap((a) => a.packages)].map(
          (p) => `${p.name}@${p.version}`,
        ),
      );
      const missing = recipe
        .packages()
        .filter((p) => !found.has(`${p.name}@${p.version}`) && !found.has(`${p.name.split(':').pop()}@${p.version}`));
      expect(missing).toEqual([]);
    },
  );
});
