/**
 * OSV ecosystem names ↔ the core's ecosystems and advisory namespaces.
 * Names: https://ossf.github.io/osv-schema/#affectedpackage-field (and osv.dev's ecosystems.txt).
 *
 * A namespace is where a package is looked up: a language ecosystem (`npm`, `pypi`, …) or a
 * distribution release (`debian:12`, `alpine:3.18`, `ubuntu:22.04`, `redhat:9`, …), because
 * distribution advisories only hold for the release they were written for.
 */
import type { Ecosystem } from '../types/ecosystem';
import type { OsFamily } from '../types/package';

/** Where an OSV `affected[].package.ecosystem` lands in the core. */
export interface OsvNamespace {
  ecosystem: Ecosystem;
  /** Lookup key: the language ecosystem, or `<family>:<release>` for distributions. */
  key: string;
  family?: OsFamily;
  release?: string;
}

const LANGUAGE: Record<string, Ecosystem> = {
  npm: 'npm',
  PyPI: 'pypi',
  Maven: 'maven',
  Go: 'go',
  'crates.io': 'cargo',
  RubyGems: 'rubygems',
  Packagist: 'composer',
};

function distro(ecosystem: Ecosystem, family: OsFamily, release: string): OsvNamespace {
  return { ecosystem, family, release, key: `${family}:${release}` };
}

/**
 * Maps an OSV ecosystem string to a namespace, or `undefined` for ecosystems the core does not scan.
 *
 * - `Debian:12` → `debian:12`; matched by SOURCE package (Debian's tracker is per source package).
 * - `Ubuntu:22.04` and `Ubuntu:22.04:LTS` → `ubuntu:22.04`; `Ubuntu:Pro:18.04:LTS` → `ubuntu:18.04-ESM`
 *   (Trivy's name for the Pro/ESM stream); other variants (`Ubuntu:Pro:FIPS…`) are ignored.
 * - `Alpine:v3.18` → `alpine:3.18`; matched by origin package.
 * - `Red Hat:enterprise_linux:9::appstream` (OSV's CPE-like form) → `redhat:9`; `Rocky Linux:9` → `rocky:9`;
 *   `AlmaLinux:9` → `alma:9`. OSV publishes no Oracle or Amazon Linux ecosystem.
 */
export function osvNamespace(osvEcosystem: string): OsvNamespace | undefined {
  const lang = LANGUAGE[osvEcosystem];
  if (lang) return { ecosystem: lang, key: lang };
  const [base, ...rest] = osvEcosystem.split(':');
  switch (base) {
    case 'Debian': {
      const m = /^(\d+)/.exec(rest[0] ?? '');
      return m ? distro('deb', 'debian', m[1] as string) : undefined;
    }
    case 'Ubuntu': {
      if (rest[0] === 'Pro') {
        return /^\d+\.\d+$/.test(rest[1] ?? '') && rest.length <= 3 && (rest[2] ?? 'LTS') === 'LTS'
          ? distro('deb', 'ubuntu', `${rest[1]}-ESM`)
          : undefined;
      }
      return /^\d+\.\d+$/.test(rest[0] ?? '') && rest.length <= 2
        ? distro('deb', 'ubuntu', rest[0] as string)
        : undefined;
    }
    case 'Alpine': {
      const m = /^v?(\d+\.\d+)/.exec(rest[0] ?? '');
      return m ? distro('apk', 'alpine', m[1] as string) : undefined;
    }
    case 'Red Hat': {
      const m = /(?:^|:)(?:enterprise_linux|rhel[a-z_]*):(\d+)/.exec(rest.join(':'));
      return m ? distro('rpm', 'redhat', m[1] as string) : undefined;
    }
    case 'Rocky Linux':
    case 'AlmaLinux': {
      const m = /^(\d+)/.exec(rest[0] ?? '');
      return m ? distro('rpm', base === 'AlmaLinux' ? 'alma' : 'rocky', m[1] as string) : undefined;
    }
    default:
      return undefined;
  }
}

/**
 * Normalises a package name the way its ecosystem compares names, so lookups are exact-match.
 * PyPI: PEP 503 (https://peps.python.org/pep-0503/#normalized-names); Packagist and crates.io are
 * case-insensitive; everything else (Go module paths, Maven coordinates, distro names) is kept as is.
 */
export function normalizePackageName(ecosystem: Ecosystem, name: string): string {
  switch (ecosystem) {
    case 'pypi':
      return name.toLowerCase().replace(/[-_.]+/g, '-');
    case 'composer':
      return name.toLowerCase();
    case 'cargo':
      return name.toLowerCase().replace(/_/g, '-');
    default:
      return name;
  }
}
