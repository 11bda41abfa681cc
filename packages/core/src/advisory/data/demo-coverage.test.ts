/**
 * The curated dataset against the demo images: every package a `vulnerable` demo image upgrades in
 * its `patched` variant must be matched by at least one curated record (unless no real advisory
 * separates the two versions — those are listed with the reason), and the `patched` variants may
 * only match the documented records (real CVEs fixed after the versions the patched images pin).
 */
import { describe, expect, it } from 'vitest';
import { demoImageRecipes } from '../../demo/recipes';
import type { DemoPackage, DemoVariant } from '../../demo/types';
import type { Ecosystem } from '../../types/ecosystem';
import { compareVersions } from '../../version/index';
import { curatedAdvisories } from './index';

/** OSV ecosystem of each recipe's OS packages. */
const OS_ECOSYSTEM: Record<string, string> = {
  'alpine:3.18': 'Alpine:v3.18',
  'alpine:3.19': 'Alpine:v3.19',
  'nginx:1.25-alpine': 'Alpine:v3.18',
  'node:18-alpine': 'Alpine:v3.18',
  'java-app:1.0': 'Alpine:v3.18',
  'legacy-portal:1.0': 'Alpine:v3.18',
  'debian:12-slim': 'Debian:12',
  'python:3.11-slim': 'Debian:12',
  'go-api:1.0': 'Debian:12',
  'debian:11': 'Debian:11',
  'ubuntu:22.04': 'Ubuntu:22.04',
  'rockylinux:9': 'Rocky Linux:9',
};

const SCHEME: Record<string, Ecosystem> = {
  Alpine: 'apk',
  Debian: 'deb',
  Ubuntu: 'deb',
  'Rocky Linux': 'rpm',
  npm: 'npm',
  PyPI: 'pypi',
  Maven: 'maven',
  Go: 'go',
};

interface Target {
  ecosystem: string;
  name: string;
  version: string;
}

/** How a scanner looks a demo package up in OSV: source package for OS packages, PEP 503 names. */
function target(recipe: string, pkg: DemoPackage): Target {
  switch (pkg.type) {
    case 'apk':
    case 'dpkg':
      return {
        ecosystem: OS_ECOSYSTEM[recipe] ?? 'unknown',
        name: pkg.sourceName ?? pkg.name,
        version: pkg.sourceVersion ?? pkg.version,
      };
    case 'rpm':
      // Rocky Linux and AlmaLinux OSV records name binary packages, with epoch:version-release ranges.
      return { ecosystem: OS_ECOSYSTEM[recipe] ?? 'unknown', name: pkg.name, version: pkg.version };
    case 'npm':
      return { ecosystem: 'npm', name: pkg.name, version: pkg.version };
    case 'pypi':
      return { ecosystem: 'PyPI', name: pkg.name.toLowerCase().replace(/[-_.]+/g, '-'), version: pkg.version };
    case 'jar':
      return { ecosystem: 'Maven', name: pkg.name, version: pkg.version };
    case 'gomod':
    case 'gobinary':
      return { ecosystem: 'Go', name: pkg.name, version: pkg.version };
  }
}

/** Ids of the curated records whose ranges contain the target. */
function matches(t: Target): string[] {
  const scheme = SCHEME[t.ecosystem.split(':')[0] ?? ''];
  if (!scheme) return [];
  const v = (x: string) => (scheme === 'go' && x !== '0' ? `v${x}` : x);
  const cmp = (a: string, b: string) => compareVersions(scheme, a, b);
  const ids: string[] = [];
  for (const record of curatedAdvisories) {
    const hit = record.affected.some(
      (a) =>
        a.package.ecosystem === t.ecosystem &&
        a.package.name === t.name &&
        a.ranges.some((r) => {
          const introduced = r.events[0]?.introduced ?? '0';
          const end = r.events[1];
          if (introduced !== '0' && cmp(t.version, v(introduced)) < 0) return false;
          if (end?.fixed !== undefined) return cmp(t.version, v(end.fixed)) < 0;
          if (end?.last_affected !== undefined) return cmp(t.version, v(end.last_affected)) <= 0;
          return false;
        }),
    );
    if (hit) ids.push(record.id);
  }
  return ids;
}

const key = (p: DemoPackage) => `${p.type}:${p.name}`;
const packagesOf = (variant: DemoVariant) =>
  demoImageRecipes.flatMap((recipe) => recipe.packages({ variant }).map((pkg) => ({ recipe: recipe.name, pkg })));

/**
 * Packages the patched images upgrade although no curated record separates the two versions,
 * with the reason. Keys are `recipe|type:name`; `*` matches every recipe.
 */
const NOT_COVERED: Record<string, string> = {
  '*|apk:apk-tools': 'apk-tools 2.14.x has no published CVE; the upgrade is a routine release',
  '*|apk:ca-certificates-bundle': 'CA bundle refresh; Alpine lists no CVE for these releases',
  '*|dpkg:base-files': 'release metadata only',
  '*|dpkg:tzdata': 'time zone data; no CVE',
  '*|dpkg:usr-is-merged': 'usrmerge transition package; no CVE',
  '*|dpkg:bash': 'binNMU rebuild of the same source version (5.2.15-2)',
  'nginx:1.25-alpine|apk:nginx':
    'the image installs nginx.org builds; Alpine secdb tracks its own nginx 1.24 branch (its CVE-2023-44487 fix is 1.24.0-r7)',
  'debian:11|dpkg:dpkg': '1.20.13 is a stable point update without a CVE (CVE-2022-1664 was fixed in 1.20.10)',
  'debian:11|dpkg:gpgv': 'no bullseye gnupg2 fix between deb11u2 and deb11u3 could be verified',
  'ubuntu:22.04|dpkg:gpgv': 'no jammy gnupg2 USN between 2.1 and 2.3 could be verified',
  'debian:11|dpkg:libgnutls30': 'bullseye gnutls28 fixed versions (deb11u4..u9) could not be verified',
  '*|dpkg:libsystemd0': 'systemd stable updates: no bullseye/bookworm/jammy fix version could be verified',
  '*|dpkg:libudev1': 'systemd stable updates: no bullseye/bookworm/jammy fix version could be verified',
  'debian:11|dpkg:libpam-modules': 'bullseye pam deb11u2 fix list could not be verified',
  'debian:11|dpkg:libpam-modules-bin': 'bullseye pam deb11u2 fix list could not be verified',
  'debian:11|dpkg:libpam-runtime': 'bullseye pam deb11u2 fix list could not be verified',
  'debian:11|dpkg:libpam0g': 'bullseye pam deb11u2 fix list could not be verified',
  'ubuntu:22.04|dpkg:apt': 'apt 2.4.x point releases without a CVE',
  'ubuntu:22.04|dpkg:libapt-pkg6.0': 'apt 2.4.x point releases without a CVE',
  'ubuntu:22.04|dpkg:base-files': 'release metadata only',
  'ubuntu:22.04|dpkg:bash': 'CVE-2022-3715 jammy fix version could not be verified',
  'ubuntu:22.04|dpkg:coreutils': 'jammy is not affected by CVE-2024-0684; no other verified fix',
  'python:3.11-slim|pypi:wheel': 'wheel 0.40.0 postdates the CVE-2022-40898 fix (0.38.1)',
  'python:3.11-slim|pypi:chardet': 'dropped from the patched image; no CVE',
  'python:3.11-slim|pypi:pytz': 'dropped from the patched image; no CVE',
  'python:3.11-slim|pypi:MarkupSafe': 'no published advisory',
  'python:3.11-slim|pypi:asgiref': 'no published advisory',
  'java-app:1.0|jar:org.apache.logging.log4j:log4j-api': 'Log4Shell lives in log4j-core; log4j-api has no advisory',
  'java-app:1.0|jar:com.fasterxml.jackson.core:jackson-annotations': 'no published advisory',
  'rockylinux:9|rpm:bash': 'no Rocky Linux:9 record curated yet',
  'rockylinux:9|rpm:coreutils-single': 'no Rocky Linux:9 record curated yet',
  'rockylinux:9|rpm:curl': 'no Rocky Linux:9 record curated yet',
  'rockylinux:9|rpm:dnf': 'no Rocky Linux:9 record curated yet',
  'rockylinux:9|rpm:expat': 'no Rocky Linux:9 record curated yet',
  'rockylinux:9|rpm:gnutls': 'no Rocky Linux:9 record curated yet',
  'rockylinux:9|rpm:krb5-libs': 'no Rocky Linux:9 record curated yet',
  'rockylinux:9|rpm:libcurl': 'no Rocky Linux:9 record curated yet',
  'rockylinux:9|rpm:libgcc': 'no Rocky Linux:9 record curated yet',
  'rockylinux:9|rpm:libxml2': 'no Rocky Linux:9 record curated yet',
  'rockylinux:9|rpm:ncurses-base': 'no Rocky Linux:9 record curated yet',
  'rockylinux:9|rpm:ncurses-libs': 'no Rocky Linux:9 record curated yet',
  'rockylinux:9|rpm:python3': 'no Rocky Linux:9 record curated yet',
  'rockylinux:9|rpm:python3-libs': 'no Rocky Linux:9 record curated yet',
  'rockylinux:9|rpm:rocky-gpg-keys': 'no Rocky Linux:9 record curated yet',
  'rockylinux:9|rpm:rocky-release': 'no Rocky Linux:9 record curated yet',
  'rockylinux:9|rpm:rocky-repos': 'no Rocky Linux:9 record curated yet',
  'rockylinux:9|rpm:rpm': 'no Rocky Linux:9 record curated yet',
  'rockylinux:9|rpm:rpm-libs': 'no Rocky Linux:9 record curated yet',
  'rockylinux:9|rpm:sqlite-libs': 'no Rocky Linux:9 record curated yet',
  'rockylinux:9|rpm:systemd-libs': 'no Rocky Linux:9 record curated yet',
  'rockylinux:9|rpm:tzdata': 'no Rocky Linux:9 record curated yet',
  'go-api:1.0|gomod:golang.org/x/text':
    'every x/text advisory in the Go database either predates v0.7.0 (GO-2022-1059) or also affects v0.23.0',
};
const exemption = (recipe: string, pkg: DemoPackage) =>
  NOT_COVERED[`${recipe}|${key(pkg)}`] ?? NOT_COVERED[`*|${key(pkg)}`];

/**
 * Records that still match the patched images: real advisories fixed after the versions the
 * patched variants pin. `recipe|type:name` → record ids.
 */
const PATCHED_MATCHES: Record<string, string[]> = {
  'alpine:3.18|apk:musl': ['ALPINE-CVE-2025-26519'],
  'alpine:3.18|apk:musl-utils': ['ALPINE-CVE-2025-26519'],
  'nginx:1.25-alpine|apk:musl': ['ALPINE-CVE-2025-26519'],
  'nginx:1.25-alpine|apk:musl-utils': ['ALPINE-CVE-2025-26519'],
  'node:18-alpine|apk:musl': ['ALPINE-CVE-2025-26519'],
  'node:18-alpine|apk:musl-utils': ['ALPINE-CVE-2025-26519'],
  'java-app:1.0|apk:musl': ['ALPINE-CVE-2025-26519'],
  'java-app:1.0|apk:musl-utils': ['ALPINE-CVE-2025-26519'],
  'legacy-portal:1.0|apk:musl': ['ALPINE-CVE-2025-26519'],
  'legacy-portal:1.0|apk:musl-utils': ['ALPINE-CVE-2025-26519'],
  'python:3.11-slim|dpkg:libexpat1': ['DEBIAN-CVE-2024-45490', 'DEBIAN-CVE-2024-45491', 'DEBIAN-CVE-2024-45492'],
};

const vulnerable = packagesOf('vulnerable');
const patched = packagesOf('patched');
const patchedByKey = new Map(patched.map(({ recipe, pkg }) => [`${recipe}|${key(pkg)}`, pkg]));

describe('curated dataset vs demo images: vulnerable variants', () => {
  const upgraded = vulnerable.filter(({ recipe, pkg }) => {
    const after = patchedByKey.get(`${recipe}|${key(pkg)}`);
    return after === undefined || after.version !== pkg.version;
  });

  it('has upgraded packages to check', () => {
    expect(upgraded.length).toBeGreaterThan(50);
  });

  it.each(upgraded.map(({ recipe, pkg }) => [`${recipe} ${key(pkg)}@${pkg.version}`, recipe, pkg] as const))(
    '%s is matched by a curated record or documented as not covered',
    (_label, recipe, pkg) => {
      const ids = matches(target(recipe, pkg));
      const reason = exemption(recipe, pkg);
      if (reason === undefined) expect(ids, `${recipe} ${key(pkg)}`).not.toEqual([]);
      else expect(ids, `${recipe} ${key(pkg)} is exempt (${reason}) but now matches`).toEqual([]);
    },
  );

  it.each([
    ['java-app:1.0', 'jar:org.apache.logging.log4j:log4j-core', 'GHSA-jfh8-c2jp-5v3q'],
    ['java-app:1.0', 'jar:org.apache.logging.log4j:log4j-core', 'GHSA-7rjr-3q55-vv33'],
    ['java-app:1.0', 'jar:org.apache.commons:commons-text', 'GHSA-599f-7c49-w659'],
    ['java-app:1.0', 'jar:com.fasterxml.jackson.core:jackson-databind', 'GHSA-4w82-r329-3q67'],
    ['java-app:1.0', 'jar:org.yaml:snakeyaml', 'GHSA-mjmj-j48q-9wg2'],
    ['node:18-alpine', 'npm:lodash', 'GHSA-35jh-r3h4-6jhm'],
    ['node:18-alpine', 'npm:lodash', 'GHSA-p6mc-m468-83gw'],
    ['node:18-alpine', 'npm:minimist', 'GHSA-xvch-5gv4-984h'],
    ['node:18-alpine', 'npm:axios', 'GHSA-cph5-m8f7-6c5x'],
    ['node:18-alpine', 'npm:qs', 'GHSA-hrpp-h998-j3pp'],
    ['python:3.11-slim', 'pypi:requests', 'PYSEC-2023-74'],
    ['python:3.11-slim', 'pypi:urllib3', 'PYSEC-2021-108'],
    ['python:3.11-slim', 'pypi:PyYAML', 'PYSEC-2021-142'],
    ['python:3.11-slim', 'pypi:Jinja2', 'PYSEC-2021-66'],
    ['python:3.11-slim', 'pypi:Django', 'PYSEC-2021-7'],
    ['python:3.11-slim', 'dpkg:libc6', 'DEBIAN-CVE-2023-4911'],
    ['debian:12-slim', 'dpkg:libc6', 'DEBIAN-CVE-2023-4911'],
    ['ubuntu:22.04', 'dpkg:libc6', 'UBUNTU-CVE-2023-4911'],
    ['debian:11', 'dpkg:libssl1.1', 'DEBIAN-CVE-2023-0464'],
    ['debian:11', 'dpkg:libc6', 'DEBIAN-CVE-2023-4911'],
    ['nginx:1.25-alpine', 'apk:libcurl', 'ALPINE-CVE-2023-38545'],
    ['nginx:1.25-alpine', 'apk:nghttp2-libs', 'ALPINE-CVE-2023-44487'],
    ['alpine:3.19', 'apk:libcrypto3', 'ALPINE-CVE-2024-2511'],
    ['alpine:3.18', 'apk:ssl_client', 'ALPINE-CVE-2022-48174'],
    ['go-api:1.0', 'gomod:golang.org/x/net', 'GO-2023-2102'],
    ['go-api:1.0', 'gomod:github.com/gin-gonic/gin', 'GO-2023-1737'],
  ])('%s %s matches %s', (recipe, pkgKey, id) => {
    const found = vulnerable.find((p) => p.recipe === recipe && key(p.pkg) === pkgKey);
    expect(found, `${recipe} ${pkgKey}`).toBeDefined();
    expect(matches(target(recipe, found?.pkg as DemoPackage))).toContain(id);
  });
});

describe('curated dataset vs demo images: patched variants', () => {
  it.each(patched.map(({ recipe, pkg }) => [`${recipe} ${key(pkg)}@${pkg.version}`, recipe, pkg] as const))(
    '%s matches only documented later advisories',
    (_label, recipe, pkg) => {
      expect(matches(target(recipe, pkg)).sort()).toEqual(PATCHED_MATCHES[`${recipe}|${key(pkg)}`] ?? []);
    },
  );
});
