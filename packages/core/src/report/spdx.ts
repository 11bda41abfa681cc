/**
 * SPDX 2.3 JSON SBOM: the image as the described package, the OS and each language target as packages
 * it CONTAINS, and every installed package CONTAINED by its target, each with a purl external ref.
 * Spec: https://spdx.github.io/spdx-spec/v2.3/ (JSON schema: spdx-schema-2.3.json)
 */
import type { Package } from '../types/package';
import { spdxLicenseExpression } from './licenses';
import { reportTargets } from './report-targets';
import type { ScanReport } from './scan-report';
import { compact } from './trivy-json';

/** Options of {@link toSpdx}. */
export interface SpdxOptions {
  /** Unique URI of the document; defaults to one built from the image id and a random UUID. */
  documentNamespace?: string;
}

type Json = Record<string, unknown>;

/** Builds the SPDX 2.3 document object. */
export function toSpdx(report: ScanReport, options: SpdxOptions = {}): Json {
  const packages: Json[] = [];
  const relationships: Json[] = [];
  let counter = 0;
  // SPDX ids only allow letters, digits, '.' and '-': positions make them unique and valid.
  const nextId = (kind: string) => `SPDXRef-${kind}-${++counter}`;

  const imageId = 'SPDXRef-Image';
  packages.push(
    compact({
      name: report.artifactName,
      SPDXID: imageId,
      versionInfo: report.imageId,
      downloadLocation: 'NONE',
      filesAnalyzed: false,
      licenseConcluded: 'NOASSERTION',
      licenseDeclared: 'NOASSERTION',
      copyrightText: 'NOASSERTION',
      primaryPackagePurpose: 'CONTAINER',
      externalRefs: imagePurl(report) && [
        { referenceCategory: 'PACKAGE-MANAGER', referenceType: 'purl', referenceLocator: imagePurl(report) },
      ],
    }),
  );
  relationships.push({
    spdxElementId: 'SPDXRef-DOCUMENT',
    relatedSpdxElement: imageId,
    relationshipType: 'DESCRIBES',
  });

  for (const target of reportTargets(report)) {
    const os = target.class === 'os-pkgs' ? (report.os ?? report.inventory.os) : undefined;
    const targetId = nextId(os ? 'OperatingSystem' : 'Application');
    packages.push({
      name: os ? os.family : target.target,
      SPDXID: targetId,
      ...(os ? { versionInfo: os.name } : {}),
      downloadLocation: 'NONE',
      filesAnalyzed: false,
      licenseConcluded: 'NOASSERTION',
      licenseDeclared: 'NOASSERTION',
      copyrightText: 'NOASSERTION',
      primaryPackagePurpose: os ? 'OPERATING-SYSTEM' : 'APPLICATION',
    });
    relationships.push({ spdxElementId: imageId, relatedSpdxElement: targetId, relationshipType: 'CONTAINS' });
    for (const pkg of target.packages) {
      const pkgId = nextId('Package');
      packages.push(spdxPackage(pkg, pkgId));
      relationships.push({ spdxElementId: targetId, relatedSpdxElement: pkgId, relationshipType: 'CONTAINS' });
    }
  }

  const namespace =
    options.documentNamespace ??
    `https://acr-console.local/spdx/${encodeURIComponent(report.artifactName)}-${globalThis.crypto.randomUUID()}`;
  return {
    spdxVersion: 'SPDX-2.3',
    dataLicense: 'CC0-1.0',
    SPDXID: 'SPDXRef-DOCUMENT',
    name: report.artifactName,
    documentNamespace: namespace,
    creationInfo: {
      creators: [`Tool: ${report.metadata.scanner.name}-${report.metadata.scanner.version}`],
      created: toSpdxDate(report.metadata.scannedAt),
    },
    packages,
    relationships,
  };
}

function spdxPackage(pkg: Package, id: string): Json {
  return compact({
    name: pkg.name,
    SPDXID: id,
    versionInfo: pkg.version,
    downloadLocation: 'NONE',
    filesAnalyzed: false,
    licenseConcluded: 'NOASSERTION',
    licenseDeclared: spdxLicenseExpression(pkg.licenses),
    copyrightText: 'NOASSERTION',
    sourceInfo: pkg.filePath ? `package found in: ${pkg.filePath}` : undefined,
    primaryPackagePurpose: 'LIBRARY',
    externalRefs: pkg.purl
      ? [{ referenceCategory: 'PACKAGE-MANAGER', referenceType: 'purl', referenceLocator: pkg.purl }]
      : undefined,
  });
}

/** `pkg:oci/<name>@<digest>` when the image has a manifest digest (purl spec, type oci). */
function imagePurl(report: ScanReport): string | undefined {
  if (!report.digest) return undefined;
  const repo = report.repoTags[0]?.replace(/:[^:/]*$/, '') ?? report.artifactName;
  const name = repo.split('/').pop() ?? repo;
  return `pkg:oci/${encodeURIComponent(name.toLowerCase())}@${encodeURIComponent(report.digest)}`;
}

/** SPDX wants `YYYY-MM-DDThh:mm:ssZ` (no fractional seconds). */
function toSpdxDate(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : `${d.toISOString().slice(0, 19)}Z`;
}
