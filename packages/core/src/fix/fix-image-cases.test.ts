import { describe, expect, it } from 'vitest';
import type { OsvRecord } from '../advisory/osv-types';
import { findDemoRecipe } from '../demo/recipes';
import { buildImage } from '../image/build-image';
import type { ImageSpec } from '../image/image-spec';
import { openImage } from '../image/read/open-image';
import { walkImage } from '../image/read/walk-image';
import { scanImage } from '../scan/scan-image';
import { ScanError } from '../types/errors';
import type { LayerFile } from '../types/image';
import type { Package } from '../types/package';
import { compareVersions } from '../version/index';
import { buildFixedImage } from './build-fixed-image';
import { layoutOf, type RegistryImageBlobs } from './image-files';
import { planFix } from './plan-fix';
import { FixError, type FixPlan } from './types';

const now = () => new Date('2025-06-01T00:00:00Z');
const created = '2025-06-02T00:00:00Z';
const demo = async (name: string) => buildImage(findDemoRecipe(name)?.spec({ variant: 'vulnerable' }) as ImageSpec);
const pkgKey = (p: Package) => `${p.name} ${p.version} ${p.srcName} ${p.srcVersion} ${p.arch} ${p.filePath}`;

/** An advisory with no fixed version yet: its finding must survive the fix. */
const unfixed: OsvRecord = {
  id: 'TEST-2025-0001',
  modified: '2025-01-01T00:00:00Z',
  aliases: ['CVE-2025-0001'],
  summary: 'musl problem without a fix',
  affected: [
    {
      package: { ecosystem: 'Alpine:v3.18', name: 'musl' },
      ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }] }],
    },
  ],
};

const expectFixError = async (promise: Promise<unknown>, reason: string) => {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ScanError);
  expect(error).toBeInstanceOf(FixError);
  expect((error as FixError).reason).toBe(reason);
};

describe('buildFixedImage', () => {
  it('fixes a partial selection up to its target only; application and unfixed findings stay', async () => {
    const image = await demo('node:18-alpine');
    const options = { now, extraAdvisories: [unfixed] };
    const report = await scanImage(layoutOf(image), options);
    // One vulnerability per package, the one with the lowest fixed version: later fixes must stay reported.
    const lowest = new Map<string, (typeof report.vulnerabilities)[number]>();
    for (const v of report.vulnerabilities.filter((x) => x.ecosystem === 'apk' && x.fixedVersion)) {
      const seen = lowest.get(v.pkgName);
      if (!seen || compareVersions('apk', v.fixedVersion as string, seen.fixedVersion as string) < 0) {
        lowest.set(v.pkgName, v);
      }
    }
    const appVulns = report.vulnerabilities.filter((v) => v.ecosystem === 'npm');
    expect(appVulns.length).toBeGreaterThan(0);
    const noFix = report.vulnerabilities.filter((v) => !v.fixedVersion);
    expect(noFix.length).toBeGreaterThan(0);
    const selected = [...lowest.values(), ...appVulns, ...noFix];
    const plan = planFix({ image: 'node:18-alpine', os: report.os as FixPlan['os'], vulnerabilities: selected });
    expect(plan.unfixable.map((u) => u.reason).sort()).toEqual(
      [...appVulns.map(() => 'not_os_package'), ...noFix.map(() => 'no_fixed_version')].sort(),
    );
    const fixed = await buildFixedImage(image, plan, { created });
    const after = await scanImage(layoutOf(fixed), options);
    const target = new Map(plan.packages.map((p) => [p.name, p.fixedVersion]));
    const stays = report.vulnerabilities.filter((v) => {
      const to = target.get(v.pkgName);
      return v.ecosystem !== 'apk' || !to || !v.fixedVersion || compareVersions('apk', v.fixedVersion, to) > 0;
    });
    const key = (v: (typeof stays)[number]) => `${v.id} ${v.pkgName} ${v.pkgPath} ${v.ecosystem}`;
    expect(after.vulnerabilities.map(key).sort()).toEqual(stays.map(key).sort());
    expect(stays.length).toBeGreaterThan(appVulns.length + 1);
    expect(after.vulnerabilities.filter((v) => v.id === 'CVE-2025-0001')).toHaveLength(noFix.length);
  });

  it.each(['alpine:3.19', 'debian:11', 'rockylinux:9'])(
    'keeps every record of %s but the planned versions',
    async (name) => {
      const image = await demo(name);
      const report = await scanImage(layoutOf(image), { now });
      const vulns = report.vulnerabilities.filter((v) => v.fixedVersion);
      const plan = planFix({ image: name, os: report.os as FixPlan['os'], vulnerabilities: vulns });
      const fixed = await buildFixedImage(image, plan, { created });
      const after = await scanImage(layoutOf(fixed), { now });
      const target = new Map(plan.packages.map((p) => [p.name, p]));
      const untouched = (pkgs: Package[]) => pkgs.filter((p) => !target.has(p.name)).map(pkgKey);
      expect(untouched(after.inventory.osPackages)).toEqual(untouched(report.inventory.osPackages));
      expect(after.inventory.osPackages).toHaveLength(report.inventory.osPackages.length);
      for (const p of after.inventory.osPackages.filter((x) => target.has(x.name))) {
        expect(p.version.replace(/^0:/, '')).toBe(target.get(p.name)?.targetVersion);
      }
    },
  );

  it('is deterministic for a given image, plan and time', async () => {
    const image = await demo('debian:12-slim');
    const report = await scanImage(layoutOf(image), { now });
    const plan = planFix({ image: 'd', os: report.os as FixPlan['os'], vulnerabilities: report.vulnerabilities });
    const a = await buildFixedImage(image, plan, { created });
    const b = await buildFixedImage(image, plan, { created });
    const c = await buildFixedImage(image, plan, { created: '2025-06-03T00:00:00Z' });
    expect(a.digest).toBe(b.digest);
    expect(a.fixLayer.digest).toBe(b.fixLayer.digest);
    expect(c.digest).not.toBe(a.digest);
    expect(a.size).toBe(a.manifest.size + a.config.size + a.layers.reduce((n, l) => n + l.size, 0));
    expect(a.imageId).toBe(a.config.digest.slice(7));
  });

  it('writes the database with its mode, owner and parent directories as they were', async () => {
    const apk = 'P:musl\nV:1.2.4-r0\nA:x86_64\no:musl\n\n';
    const image = await buildImage({
      created: '2024-01-01T00:00:00Z',
      config: {},
      layers: [
        {
          createdBy: 'ADD rootfs',
          files: [
            { path: 'etc/os-release', content: 'ID=alpine\nVERSION_ID=3.18.4\n' },
            { path: 'lib', type: 'dir', mode: 0o711 },
            { path: 'lib/apk', type: 'dir', mode: 0o750, uid: 3, gid: 4 },
            { path: 'lib/apk/db', type: 'dir', mode: 0o700, uid: 5, gid: 6 },
            { path: 'lib/apk/db/installed', content: apk, mode: 0o600, uid: 7, gid: 8 },
          ],
        },
      ],
    });
    const plan = planFix({
      image: 'a',
      os: { family: 'alpine', name: '3.18.4' },
      vulnerabilities: [
        { id: 'CVE-1', ecosystem: 'apk', pkgName: 'musl', installedVersion: '1.2.4-r0', fixedVersion: '1.2.4-r2' },
      ],
    });
    const fixed = await buildFixedImage(image, plan, { created });
    const files: LayerFile[] = [];
    const opened = await openImage(layoutOf(fixed));
    await walkImage(opened, { entry: (e) => void (e.file.layer.index === 1 && files.push(e.file)) });
    expect(files.map((f) => [f.path, f.type, f.mode.toString(8), f.uid, f.gid])).toEqual([
      ['lib', 'dir', '711', 0, 0],
      ['lib/apk', 'dir', '750', 3, 4],
      ['lib/apk/db', 'dir', '700', 5, 6],
      ['lib/apk/db/installed', 'file', '600', 7, 8],
    ]);
  });

  it('rewrites the distroless status.d file that holds the package', async () => {
    const stanza = (name: string, version: string) =>
      `Package: ${name}\nVersion: ${version}\nArchitecture: amd64\nSource: openssl\n`;
    const image = await buildImage({
      created: '2024-01-01T00:00:00Z',
      config: {},
      layers: [
        {
          createdBy: 'distroless base',
          files: [
            { path: 'etc/os-release', content: 'ID=debian\nVERSION_ID="12"\nPRETTY_NAME="Distroless"\n' },
            { path: 'var/lib/dpkg/status.d/libssl3', content: stanza('libssl3', '3.0.9-1') },
            { path: 'var/lib/dpkg/status.d/libssl3.md5sums', content: 'abc  usr/lib/libssl.so.3\n' },
            { path: 'var/lib/dpkg/status.d/tzdata', content: stanza('tzdata', '2024a-0+deb12u1') },
          ],
        },
      ],
    });
    const plan = planFix({
      image: 'distroless',
      os: { family: 'debian', name: '12', distroless: true },
      vulnerabilities: [
        { id: 'CVE-1', ecosystem: 'deb', pkgName: 'libssl3', installedVersion: '3.0.9-1', fixedVersion: '3.0.11-1' },
      ],
    });
    const fixed = await buildFixedImage(image, plan, { created });
    expect(fixed.files).toEqual(['var/lib/dpkg/status.d/libssl3']);
    const after = await scanImage(layoutOf(fixed), { now });
    const versions = after.inventory.osPackages.map((p) => [p.name, p.version, p.srcVersion]);
    expect(versions).toEqual(
      expect.arrayContaining([
        ['libssl3', '3.0.11-1', '3.0.11-1'],
        ['tzdata', '2024a-0+deb12u1', '2024a-0+deb12u1'],
      ]),
    );
  });

  describe('typed errors', () => {
    const alpinePlan = (pkgName: string) =>
      planFix({
        image: 'a',
        os: { family: 'alpine', name: '3.18.0' },
        vulnerabilities: [{ id: 'CVE-1', ecosystem: 'apk', pkgName, installedVersion: '1-r0', fixedVersion: '1-r1' }],
      });

    it('NOTHING_TO_FIX when the plan upgrades nothing', async () => {
      const plan = planFix({ image: 'a', os: { family: 'alpine', name: '3.18.0' }, vulnerabilities: [] });
      await expectFixError(buildFixedImage(await demo('alpine:3.18'), plan, { created }), 'NOTHING_TO_FIX');
    });

    it('NO_PACKAGE_DB when the image has no database of the plan', async () => {
      await expectFixError(
        buildFixedImage(await demo('busybox:1.36'), alpinePlan('busybox'), { created }),
        'NO_PACKAGE_DB',
      );
    });

    it('PLAN_MISMATCH when a planned package is not installed', async () => {
      await expectFixError(
        buildFixedImage(await demo('alpine:3.18'), alpinePlan('nope'), { created }),
        'PLAN_MISMATCH',
      );
    });

    it('UNSUPPORTED_RPMDB for a BerkeleyDB rpm database', async () => {
      const image = await buildImage({
        created: '2024-01-01T00:00:00Z',
        config: {},
        layers: [{ createdBy: 'centos 7', files: [{ path: 'var/lib/rpm/Packages', content: 'bdb' }] }],
      });
      const plan = planFix({
        image: 'c',
        os: { family: 'centos', name: '7.9.2009' },
        vulnerabilities: [
          { id: 'X', ecosystem: 'rpm', pkgName: 'glibc', installedVersion: '1-1', fixedVersion: '1-2' },
        ],
      });
      await expectFixError(buildFixedImage(image, plan, { created }), 'UNSUPPORTED_RPMDB');
    });

    it('INVALID_INPUT for a bad creation time', async () => {
      const image = await demo('alpine:3.18');
      await expectFixError(buildFixedImage(image, alpinePlan('busybox'), { created: 'yesterday' }), 'INVALID_INPUT');
    });

    it("passes the reader's own ScanError on for blobs that are not a complete image", async () => {
      const image = await demo('alpine:3.18');
      const broken: RegistryImageBlobs = { ...image, layers: [] };
      await expect(buildFixedImage(broken, alpinePlan('busybox'), { created })).rejects.toMatchObject({
        name: 'ScanError',
        code: 'MISSING_BLOB',
      });
    });
  });
});
