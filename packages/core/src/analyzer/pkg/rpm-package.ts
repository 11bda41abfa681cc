/**
 * RPM header fields → `Package`. The source package comes from SOURCERPM (`name-version-release.src.rpm`); rpm
 * builds every binary of a source package at the source's epoch, so the source version reuses the binary's epoch.
 * ref. https://rpm-software-management.github.io/rpm/manual/tags.html
 */
import type { Package } from '../../types/package';
import { splitLicenses } from './license';
import { osPackagePurl } from './purl';
import { RPMTAG, type RpmHeader } from './rpm-header';

/** The header fields the rpm analyzer uses. */
export interface RpmPackageInfo {
  name: string;
  version: string;
  release: string;
  epoch?: number;
  arch?: string;
  sourceRpm?: string;
  license?: string;
  vendor?: string;
}

/** Reads the fields of `RpmPackageInfo` from a header; undefined when NAME, VERSION or RELEASE is missing. */
export function rpmPackageInfo(header: RpmHeader): RpmPackageInfo | undefined {
  const name = header.string(RPMTAG.NAME);
  const version = header.string(RPMTAG.VERSION);
  const release = header.string(RPMTAG.RELEASE);
  if (!name || !version || release === undefined) return undefined;
  const info: RpmPackageInfo = { name, version, release };
  const epoch = header.int(RPMTAG.EPOCH);
  if (epoch !== undefined) info.epoch = epoch;
  const optional = { arch: RPMTAG.ARCH, sourceRpm: RPMTAG.SOURCERPM, license: RPMTAG.LICENSE, vendor: RPMTAG.VENDOR };
  for (const [key, tag] of Object.entries(optional) as Array<[keyof typeof optional, number]>) {
    const value = header.string(tag);
    if (value) info[key] = value;
  }
  return info;
}

/**
 * Splits a source rpm file name into name, version and release, from the right since names contain dashes
 * (`glibc-2.17-307.el7.1.src.rpm` → glibc, 2.17, 307.el7.1). Undefined for anything else.
 */
export function splitSourceRpm(fileName: string): { name: string; version: string; release: string } | undefined {
  const m = /^(.+)-([^-]+)-([^-]+)\.(?:no)?src\.rpm$/.exec(fileName);
  if (!m?.[1] || !m[2] || !m[3]) return undefined;
  return { name: m[1], version: m[2], release: m[3] };
}

/** `[epoch:]version-release`, omitting epoch 0 as rpm itself does when printing. */
export function formatEvr(epoch: number | undefined, version: string, release: string): string {
  const evr = release === '' ? version : `${version}-${release}`;
  return epoch ? `${epoch}:${evr}` : evr;
}

/**
 * Builds the `Package` for one rpm. `gpg-pubkey` entries are imported signing keys, not software, and give
 * undefined. A missing or malformed SOURCERPM leaves `srcName`/`srcVersion` unset (Trivy does the same and
 * flags such packages as third-party).
 */
export function rpmPackage(info: RpmPackageInfo, filePath: string): Package | undefined {
  if (info.name === 'gpg-pubkey') return undefined;
  const pkg: Package = {
    ecosystem: 'rpm',
    name: info.name,
    version: formatEvr(info.epoch, info.version, info.release),
    purl: '',
    licenses: splitLicenses(info.license),
    filePath,
  };
  const src = info.sourceRpm ? splitSourceRpm(info.sourceRpm) : undefined;
  if (src) {
    pkg.srcName = src.name;
    pkg.srcVersion = formatEvr(info.epoch, src.version, src.release);
  }
  if (info.arch) pkg.arch = info.arch;
  pkg.purl = osPackagePurl(pkg);
  return pkg;
}
