/**
 * Detectors for operating-system packages, one per distribution family.
 * Release naming follows Trivy's buckets (`debian <major>`, `alpine <major.minor>`, `ubuntu <ver>`)
 * mapped onto the OSV ecosystems in advisory/ecosystem-map.ts.
 */
import type { OsvAffected } from '../advisory/osv-types';
import type { OsFamily, Package } from '../types/package';
import type { DetectEnv, Detector, DetectTarget } from './detector';

function release(env: DetectEnv): string | undefined {
  return env.release ?? env.os?.name;
}

/** `12.4` → `12`; Debian advisories are per major release. */
export function debianRelease(name: string): string | undefined {
  return /^(\d+)/.exec(name)?.[1];
}

/** `3.18.4` → `3.18` (secdb branches are `v<major>.<minor>`; OSV has no `edge` ecosystem). */
export function alpineRelease(name: string): string | undefined {
  return /^v?(\d+\.\d+)/.exec(name)?.[1];
}

/** `22.04` and `20.04-ESM` are kept, `22.04.3` → `22.04`; anything else is not an Ubuntu release id. */
export function ubuntuRelease(name: string): string | undefined {
  return /^\d+\.\d+(-ESM)?$/.test(name) ? name : /^(\d+\.\d+)/.exec(name)?.[1];
}

/** `9.3` → `9`. */
export function rpmRelease(name: string): string | undefined {
  return /^(\d+)/.exec(name)?.[1];
}

/** Source-package lookup shared by dpkg and apk families: advisories name the source/origin package. */
function sourceTarget(pkg: Package, namespaces: string[], scheme: 'deb' | 'apk'): DetectTarget {
  return { namespaces, name: pkg.srcName || pkg.name, version: pkg.srcVersion || pkg.version, scheme };
}

function onFamilies(families: readonly OsFamily[], ecosystem: Package['ecosystem']) {
  return (pkg: Package, env: DetectEnv) =>
    pkg.ecosystem === ecosystem && env.os !== undefined && families.includes(env.os.family);
}

export const debianDetector: Detector = {
  name: 'debian',
  handles: onFamilies(['debian'], 'deb'),
  target(pkg, env) {
    const r = debianRelease(release(env) ?? '');
    return r ? sourceTarget(pkg, [`debian:${r}`], 'deb') : undefined;
  },
};

export const ubuntuDetector: Detector = {
  name: 'ubuntu',
  handles: onFamilies(['ubuntu'], 'deb'),
  target(pkg, env) {
    const r = ubuntuRelease(release(env) ?? '');
    if (!r) return undefined;
    const base = r.replace(/-ESM$/, '');
    return sourceTarget(pkg, r === base ? [`ubuntu:${r}`] : [`ubuntu:${r}`, `ubuntu:${base}`], 'deb');
  },
};

export const alpineDetector: Detector = {
  name: 'alpine',
  handles: onFamilies(['alpine'], 'apk'),
  target(pkg, env) {
    const r = alpineRelease(release(env) ?? '');
    return r ? sourceTarget(pkg, [`alpine:${r}`], 'apk') : undefined;
  },
};

/** The `arch` qualifier of a purl, if any (`pkg:rpm/redhat/vim-minimal?arch=x86_64`). */
function purlArch(purl: string | undefined): string | undefined {
  const q = purl?.split('?')[1];
  if (!q) return undefined;
  for (const pair of q.split('&')) {
    const [k, v] = pair.split('=');
    if (k === 'arch' && v) return decodeURIComponent(v);
  }
  return undefined;
}

/** RPM advisories name BINARY packages and may be split per architecture (in the purl's `arch`); a noarch package matches any. */
function rpmArchMatches(pkg: Package, affected: OsvAffected): boolean {
  const arch = purlArch(affected.package?.purl);
  return arch === undefined || !pkg.arch || pkg.arch === 'noarch' || arch === 'noarch' || arch === pkg.arch;
}

function rpmDetector(name: string, families: readonly OsFamily[], prefix: string): Detector {
  return {
    name,
    handles: onFamilies(families, 'rpm'),
    target(pkg, env) {
      const r = rpmRelease(release(env) ?? '');
      return r ? { namespaces: [`${prefix}:${r}`], name: pkg.name, version: pkg.version, scheme: 'rpm' } : undefined;
    },
    accepts: rpmArchMatches,
    displayVersion: (v) => v.replace(/^0:/, ''),
  };
}

/** Red Hat data also covers CentOS, which rebuilds RHEL sources (as Trivy does). */
export const redhatDetector = rpmDetector('redhat', ['redhat', 'centos'], 'redhat');
export const rockyDetector = rpmDetector('rocky', ['rocky'], 'rocky');
export const almaDetector = rpmDetector('alma', ['alma'], 'alma');
