/**
 * Package URLs for OS packages, following the purl spec and Trivy's choices:
 * `pkg:apk/alpine/musl@1.2.4-r2?arch=x86_64&distro=3.18.4`,
 * `pkg:deb/debian/openssl@3.0.11-1~deb12u2?arch=amd64&distro=debian-12.4`,
 * `pkg:rpm/redhat/openssl-libs@3.0.7-24.el9?arch=x86_64&distro=redhat-9.3&epoch=1`.
 * The namespace is the OS family and the `distro` qualifier names the release, so both depend on the detected OS,
 * which an analyzer does not know while it reads its one file: analyzers emit the purl for the family's default
 * namespace without `distro`, and the orchestrator calls `withOsPurls(packages, os)` once `resolveOs` has decided.
 * The epoch goes into an `epoch` qualifier (rpm per the spec; deb as Trivy does), never into the version.
 * ref. https://github.com/package-url/purl-spec/blob/main/PURL-TYPES.rst
 */
import type { OsInfo, Package } from '../../types/package';

type PurlInput = Pick<Package, 'ecosystem' | 'name' | 'version' | 'arch'>;

const DEFAULT_NAMESPACE: Readonly<Record<string, string>> = { apk: 'alpine', deb: 'debian', rpm: 'redhat' };

// purl percent-encodes everything outside the unreserved set; encodeURIComponent leaves !'()* alone, which the spec
// also allows unencoded, so the two agree on every character package names and versions use in practice.
const encode = (s: string): string => encodeURIComponent(s);

function splitEpoch(version: string): { epoch?: string; rest: string } {
  const m = /^(\d+):(.*)$/.exec(version);
  return m?.[1] !== undefined && m[2] !== undefined ? { epoch: m[1], rest: m[2] } : { rest: version };
}

/** The purl of an apk, deb or rpm package, for `os` when known (see the module comment). */
export function osPackagePurl(pkg: PurlInput, os?: Pick<OsInfo, 'family' | 'name'>): string {
  const namespace = os?.family ?? DEFAULT_NAMESPACE[pkg.ecosystem] ?? pkg.ecosystem;
  const { epoch, rest } = splitEpoch(pkg.version);
  const qualifiers: Array<[string, string]> = [];
  if (pkg.arch) qualifiers.push(['arch', pkg.arch]);
  if (os) qualifiers.push(['distro', pkg.ecosystem === 'apk' ? os.name : `${os.family}-${os.name}`]);
  if (epoch !== undefined && epoch !== '0') qualifiers.push(['epoch', epoch]);
  const name = pkg.ecosystem === 'apk' ? pkg.name.toLowerCase() : pkg.name;
  const query = qualifiers.map(([k, v]) => `${k}=${encode(v)}`).join('&');
  return `pkg:${pkg.ecosystem}/${namespace}/${encode(name)}@${encode(rest)}${query ? `?${query}` : ''}`;
}

/** Returns the OS packages with purls recomputed for the resolved OS (namespace and `distro`). */
export function withOsPurls(packages: readonly Package[], os: Pick<OsInfo, 'family' | 'name'>): Package[] {
  return packages.map((p) =>
    p.ecosystem === 'apk' || p.ecosystem === 'deb' || p.ecosystem === 'rpm' ? { ...p, purl: osPackagePurl(p, os) } : p,
  );
}
