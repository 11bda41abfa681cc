/**
 * Java archives (jar, war, ear, par: zip files, https://docs.oracle.com/en/java/javase/21/docs/specs/jar/jar.html).
 * What identifies the packages inside, in Trivy's order (pkg/dependency/parser/java/jar):
 * 1. every `pom.properties` in the archive: the archive's own artifact and anything shaded into it;
 * 2. when there is none, the manifest's main section;
 * 3. when that names nothing either, the file name (`log4j-core-2.14.1.jar`). Trivy asks its Java DB
 *    for the group at this point; we have no such DB, so the package is named by the artifact alone.
 * Archives inside (`WEB-INF/lib/*.jar`, Spring Boot's `BOOT-INF/lib`) are read recursively within a depth
 * and a byte budget, and their packages get the nested path `outer.war/WEB-INF/lib/inner.jar`.
 */
import { type UnzipFileInfo, unzipSync } from 'fflate';
import type { Package } from '../../../types/package';
import { buildPurl, mavenPurl } from '../purl';
import { baseName, invalidManifest } from '../shared';
import {
  embeddedPomCoordinates,
  fileNameCoordinates,
  type MavenCoordinates,
  manifestCoordinates,
  manifestLicenses,
  parseManifestMain,
  pomLicenses,
  pomPropertiesCoordinates,
} from './java-metadata';

/** Bounds on nested archive reading; the defaults suit real application servers' wars. */
export interface JarLimits {
  /** How deep archives inside archives are opened (the outer archive is depth 0). */
  maxDepth: number;
  /** A nested archive larger than this (uncompressed) is not opened. */
  maxNestedBytes: number;
  /** Total uncompressed bytes inflated for one outer archive, nested ones included. */
  maxTotalBytes: number;
  /**
   * A metadata file (pom.properties, pom.xml, MANIFEST.MF) larger than this (uncompressed) is not read: real
   * ones are kilobytes (a signed jar's manifest a few MiB), and a zip bomb hides behind these names.
   */
  maxMetadataBytes: number;
}

/** Default limits: 4 levels, 128 MiB per nested archive, 512 MiB in all, 8 MiB per metadata file. */
export const DEFAULT_JAR_LIMITS: JarLimits = {
  maxDepth: 4,
  maxNestedBytes: 128 * 1024 * 1024,
  maxTotalBytes: 512 * 1024 * 1024,
  maxMetadataBytes: 8 * 1024 * 1024,
};

/** True for the file names of Java archives. */
export const isJavaArchive = (path: string): boolean => /\.(?:jar|war|ear|par)$/i.test(path);

const decoder = new TextDecoder();

/** Reads a Java archive; throws ScanError when the outer file is not a zip. Nested corrupt archives are skipped. */
export function parseJar(content: Uint8Array, filePath: string, limits: Partial<JarLimits> = {}): Package[] {
  const resolved: JarLimits = { ...DEFAULT_JAR_LIMITS, ...limits };
  const budget = { left: resolved.maxTotalBytes };
  return readArchive(content, filePath, 0, resolved, budget);
}

function readArchive(
  content: Uint8Array,
  path: string,
  depth: number,
  limits: JarLimits,
  budget: { left: number },
): Package[] {
  const wanted = (f: UnzipFileInfo): boolean => {
    const metadata =
      baseName(f.name) === 'pom.properties' ||
      f.name === 'META-INF/MANIFEST.MF' ||
      embeddedPomCoordinates(f.name) !== null;
    const interesting =
      (metadata && f.originalSize <= limits.maxMetadataBytes) ||
      (isJavaArchive(f.name) && depth < limits.maxDepth && f.originalSize <= limits.maxNestedBytes);
    if (!interesting || f.originalSize > budget.left) return false;
    budget.left -= f.originalSize;
    return true;
  };
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(content, { filter: wanted });
  } catch (error) {
    if (depth === 0) throw invalidManifest('jar', path, error);
    return [];
  }
  const names = Object.keys(files).sort();
  const text = (name: string) => decoder.decode(files[name]);

  const licensesByArtifact = new Map<string, string[]>();
  for (const name of names) {
    const gav = embeddedPomCoordinates(name);
    if (gav) licensesByArtifact.set(`${gav.groupId}:${gav.artifactId}`, pomLicenses(text(name)));
  }

  const own: Package[] = [];
  const seen = new Set<string>();
  for (const name of names.filter((n) => baseName(n) === 'pom.properties')) {
    const coords = pomPropertiesCoordinates(text(name));
    const key = coords && `${coords.groupId}:${coords.artifactId}@${coords.version}`;
    if (!coords || !key || seen.has(key)) continue;
    seen.add(key);
    own.push(mavenPackage(coords, path, licensesByArtifact.get(`${coords.groupId}:${coords.artifactId}`) ?? []));
  }

  const manifestText = files['META-INF/MANIFEST.MF'] ? text('META-INF/MANIFEST.MF') : '';
  const manifest = parseManifestMain(manifestText);
  const fromName = fileNameCoordinates(baseName(path));
  // The archive's own package: the pom.properties matching the file name, else the one found when the
  // archive has a single one, else whatever the manifest or the file name say.
  let self = own.find((p) => fromName && p.name.endsWith(`:${fromName.artifactId}`) && p.version === fromName.version);
  if (!self && own.length === 1) self = own[0];
  if (own.length === 0) {
    const coords = manifestCoordinates(manifest);
    if (coords) self = mavenPackage(coords, path, []);
    else if (fromName) self = mavenPackage({ groupId: '', ...fromName }, path, []);
    if (self) own.push(self);
  }
  if (self && self.licenses.length === 0) self.licenses = manifestLicenses(manifestText, manifest);

  const nested = names
    .filter(isJavaArchive)
    .flatMap((name) => readArchive(files[name] as Uint8Array, `${path}/${name}`, depth + 1, limits, budget));
  return [...own, ...nested];
}

/** A maven package named `group:artifact` (the artifact alone when the group is unknown). */
export function mavenPackage(coords: MavenCoordinates, filePath: string, licenses: string[]): Package {
  const name = coords.groupId ? `${coords.groupId}:${coords.artifactId}` : coords.artifactId;
  return {
    ecosystem: 'maven',
    name,
    version: coords.version,
    purl: coords.groupId
      ? mavenPurl(coords.groupId, coords.artifactId, coords.version)
      : buildPurl('maven', undefined, coords.artifactId, coords.version),
    licenses,
    filePath,
    id: name,
  };
}
