/**
 * CycloneDX 1.5 JSON SBOM with vulnerabilities (VEX-style `vulnerabilities[].affects`).
 * Spec: https://cyclonedx.org/docs/1.5/json/
 * ref. https://github.com/aquasecurity/trivy/blob/main/pkg/sbom/cyclonedx/marshal.go (layout of the BOM)
 *
 * Layout: metadata.component is the image; components are the OS, one application per language target
 * and one library per package; dependencies link image → OS/targets → packages.
 */
import type { CvssScore, TrivySeverity, Vulnerability } from '../types/finding';
import type { Package } from '../types/package';
import { spdxLicenseId } from './licenses';
import { isOsVulnerability, reportTargets } from './report-targets';
import type { ScanReport } from './scan-report';
import { compact } from './trivy-json';

/** Options of {@link toCycloneDx}. */
export interface CycloneDxOptions {
  /** `urn:uuid:…`; defaults to a random UUID (pass one for reproducible output). */
  serialNumber?: string;
}

type Json = Record<string, unknown>;

/** The property namespace of this scanner (CycloneDX property taxonomy: `<namespace>:<name>`). */
export const PROPERTY_PREFIX = 'acr-console:scan:';

/** Builds the CycloneDX 1.5 BOM object. */
export function toCycloneDx(report: ScanReport, options: CycloneDxOptions = {}): Json {
  const rootRef = `image:${report.imageId}`;
  const components: Json[] = [];
  const dependencies: Json[] = [];
  const refOf = new Map<Package, string>();
  const usedRefs = new Set<string>([rootRef]);
  const rootDeps: string[] = [];

  for (const target of reportTargets(report)) {
    const targetRef = uniqueRef(`target:${target.target}`, usedRefs);
    rootDeps.push(targetRef);
    const os = target.class === 'os-pkgs' ? (report.os ?? report.inventory.os) : undefined;
    components.push(
      compact({
        'bom-ref': targetRef,
        type: os ? 'operating-system' : 'application',
        name: os ? os.family : target.target,
        version: os?.name,
        properties: props([
          ['Class', target.class],
          ['Type', target.type],
        ]),
      }),
    );
    const pkgRefs: string[] = [];
    for (const pkg of target.packages) {
      const ref = uniqueRef(pkg.purl || `${pkg.ecosystem}:${pkg.name}@${pkg.version}`, usedRefs);
      refOf.set(pkg, ref);
      pkgRefs.push(ref);
      components.push(libraryComponent(pkg, ref));
      dependencies.push({ ref, dependsOn: [] });
    }
    dependencies.unshift({ ref: targetRef, dependsOn: pkgRefs });
  }
  dependencies.unshift({ ref: rootRef, dependsOn: rootDeps });

  return {
    $schema: 'http://cyclonedx.org/schema/bom-1.5.schema.json',
    bomFormat: 'CycloneDX',
    specVersion: '1.5',
    serialNumber: options.serialNumber ?? `urn:uuid:${globalThis.crypto.randomUUID()}`,
    version: 1,
    metadata: {
      timestamp: report.metadata.scannedAt,
      tools: {
        components: [
          { type: 'application', name: report.metadata.scanner.name, version: report.metadata.scanner.version },
        ],
      },
      component: compact({
        'bom-ref': rootRef,
        type: 'container',
        name: report.artifactName,
        properties: props([
          ['ImageID', report.imageId],
          ...report.repoDigests.map((d): [string, string] => ['RepoDigest', d]),
          ...report.repoTags.map((t): [string, string] => ['RepoTag', t]),
          ...report.layers.map((l): [string, string] => ['DiffID', l.diffId]),
          ['Size', report.size === undefined ? '' : String(report.size)],
        ]),
      }),
    },
    components,
    dependencies,
    vulnerabilities: cdxVulnerabilities(report, refOf),
  };
}

function libraryComponent(pkg: Package, ref: string): Json {
  const { group, name } = splitGroup(pkg);
  return compact({
    'bom-ref': ref,
    type: 'library',
    group,
    name,
    version: pkg.version,
    licenses: pkg.licenses.map((l) => {
      const id = spdxLicenseId(l);
      return { license: id ? { id } : { name: l } };
    }),
    purl: pkg.purl || undefined,
    properties: props([
      ['PkgID', `${pkg.id ?? pkg.name}@${pkg.version}`],
      ['PkgType', pkg.ecosystem],
      ['SrcName', pkg.srcName ?? ''],
      ['SrcVersion', pkg.srcVersion ?? ''],
      ['FilePath', pkg.filePath],
      ['LayerDigest', pkg.layer?.digest ?? ''],
      ['LayerDiffID', pkg.layer?.diffId ?? ''],
    ]),
  });
}

/** Maven `group:artifact` and npm `@scope/name` split into CycloneDX group and name. */
function splitGroup(pkg: Package): { group?: string; name: string } {
  if (pkg.ecosystem === 'maven' && pkg.name.includes(':')) {
    const [group, name] = pkg.name.split(':', 2) as [string, string];
    return { group, name };
  }
  if (pkg.ecosystem === 'npm' && pkg.name.startsWith('@') && pkg.name.includes('/')) {
    const slash = pkg.name.indexOf('/');
    return { group: pkg.name.slice(0, slash), name: pkg.name.slice(slash + 1) };
  }
  return { name: pkg.name };
}

function cdxVulnerabilities(report: ScanReport, refOf: Map<Package, string>): Json[] {
  const byId = new Map<string, { first: Vulnerability; affects: Json[] }>();
  const allPackages = [...report.inventory.osPackages, ...report.inventory.applications.flatMap((a) => a.packages)];
  for (const v of report.vulnerabilities) {
    const pkg = allPackages.find(
      (p) =>
        p.name === v.pkgName &&
        p.version === v.installedVersion &&
        (isOsVulnerability(v) ? p.ecosystem === v.ecosystem : p.filePath === v.pkgPath || p.purl === v.purl),
    );
    const ref = (pkg && refOf.get(pkg)) ?? v.purl;
    const entry = byId.get(v.id) ?? { first: v, affects: [] };
    if (!entry.affects.some((a) => a.ref === ref)) {
      entry.affects.push({ ref, versions: [{ version: v.installedVersion, status: 'affected' }] });
    }
    byId.set(v.id, entry);
  }
  return [...byId.values()].map(({ first: v, affects }) =>
    compact({
      id: v.id,
      source: compact({ name: v.severitySource, url: v.primaryUrl }),
      ratings: ratings(v),
      description: v.description ?? v.title,
      recommendation: v.fixedVersion ? `Upgrade ${v.pkgName} to version ${v.fixedVersion}` : undefined,
      advisories: [...new Set([v.primaryUrl, ...v.references])].filter(Boolean).map((url) => ({ url })),
      published: v.publishedDate,
      updated: v.lastModifiedDate,
      affects,
    }),
  );
}

function ratings(v: Vulnerability): Json[] {
  const out: Json[] = v.cvss.map((c) =>
    compact({
      source: { name: c.source },
      score: c.score,
      severity: cdxSeverity(c),
      method: cvssMethod(c.vector),
      vector: c.vector,
    }),
  );
  if (!v.cvss.some((c) => c.source === v.severitySource)) {
    out.unshift({ source: { name: v.severitySource || 'unknown' }, severity: v.severity.toLowerCase() });
  }
  return out;
}

/** CVSS qualitative rating of a score (CVSS v3/v4 bands; v2 has no "critical"). */
function cdxSeverity(c: CvssScore): string {
  const s = c.score;
  const v2 = !c.vector.startsWith('CVSS:');
  const band: TrivySeverity =
    s >= 9 && !v2 ? 'CRITICAL' : s >= 7 ? 'HIGH' : s >= 4 ? 'MEDIUM' : s > 0 ? 'LOW' : 'UNKNOWN';
  return band === 'UNKNOWN' ? (s === 0 ? 'none' : 'unknown') : band.toLowerCase();
}

/** CycloneDX rating method for a vector. */
export function cvssMethod(vector: string): string {
  if (vector.startsWith('CVSS:4')) return 'CVSSv4';
  if (vector.startsWith('CVSS:3.1')) return 'CVSSv31';
  if (vector.startsWith('CVSS:3')) return 'CVSSv3';
  return 'CVSSv2';
}

function props(pairs: Array<[string, string]>): Json[] {
  return pairs
    .filter(([, value]) => value !== '')
    .map(([name, value]) => ({ name: `${PROPERTY_PREFIX}${name}`, value }));
}

function uniqueRef(base: string, used: Set<string>): string {
  let ref = base;
  for (let n = 2; used.has(ref); n++) ref = `${base}#${n}`;
  used.add(ref);
  return ref;
}
