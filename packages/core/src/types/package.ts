/** The inventory: operating system and packages found in an image. */
import type { Ecosystem } from './ecosystem';
import type { LayerRef } from './image';

export type OsFamily =
  | 'alpine'
  | 'debian'
  | 'ubuntu'
  | 'redhat'
  | 'centos'
  | 'rocky'
  | 'alma'
  | 'oracle'
  | 'amazon'
  | 'fedora';

export interface OsInfo {
  family: OsFamily;
  /** The release as the distribution writes it (e.g. `3.18.4`, `12`, `22.04`, `9.3`, `2023`). */
  name: string;
  /** Distroless images carry dpkg `status.d/` and no shell; reported as their base family. */
  distroless?: boolean;
  /** End of (standard) support, ISO date, when known; `eol` true when it is past at scan time. */
  eolDate?: string;
  eol?: boolean;
}

/** One installed package or library dependency. */
export interface Package {
  ecosystem: Ecosystem;
  name: string;
  /** Full version as the ecosystem compares it (deb/rpm: `epoch:version-release` as the db writes it). */
  version: string;
  /** OS packages: the source package (deb `Source:`, apk origin, rpm source rpm name). */
  srcName?: string;
  srcVersion?: string;
  arch?: string;
  /** Package URL, e.g. `pkg:deb/debian/openssl@3.0.9-1?arch=amd64&distro=debian-12`. */
  purl: string;
  licenses: string[];
  /** The file it was found in (lock file, jar, binary, package db), relative to the image root. */
  filePath: string;
  layer?: LayerRef;
  /** Maven: `group:artifact`; Go: module path; npm: name (scoped names keep the scope). */
  id?: string;
  /** True for a dependency only needed in development (npm devDependencies, poetry dev groups). */
  dev?: boolean;
}

/** A language-ecosystem target: the file that declares a set of library packages (Trivy's "Application"). */
export interface Application {
  /** Trivy's type names: `npm`, `yarn`, `pnpm`, `node-pkg`, `python-pkg`, `pip`, `poetry`, `pipenv`, `jar`, `gobinary`, `cargo`, `composer`, `bundler`. */
  type: string;
  filePath: string;
  packages: Package[];
}

export interface Inventory {
  os?: OsInfo;
  /** Packages from the OS package database. */
  osPackages: Package[];
  applications: Application[];
}
