/**
 * The metadata a Java archive carries about itself:
 * - `META-INF/maven/<groupId>/<artifactId>/pom.properties`, a Java properties file Maven writes
 *   (https://maven.apache.org/shared/maven-archiver/#pom-properties-content);
 * - the embedded `pom.xml` beside it, read only for `<licenses><license><name>`;
 * - `META-INF/MANIFEST.MF` (https://docs.oracle.com/en/java/javase/21/docs/specs/jar/jar.html#jar-manifest),
 *   whose main section may name the artifact through Implementation-*, Specification-* or OSGi Bundle-*
 *   headers, and its licence through `Bundle-License` or a Jenkins plugin's `Plugin-License-Name`;
 * - the archive's file name (`log4j-core-2.14.1.jar`).
 */

/** Maven coordinates. */
export interface MavenCoordinates {
  groupId: string;
  artifactId: string;
  version: string;
}

/** Java properties (`key=value`, `key: value`, `#`/`!` comments); enough for pom.properties. */
export function parseProperties(text: string): Map<string, string> {
  const props = new Map<string, string>();
  for (const raw of text.split(/\r\n|\r|\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith('#') || line.startsWith('!')) continue;
    const m = /^([^=:\s]+)\s*[=:\s]\s*(.*)$/.exec(line);
    if (m?.[1]) props.set(m[1], (m[2] ?? '').trim());
  }
  return props;
}

/** Coordinates from a pom.properties, or null when one of the three is missing. */
export function pomPropertiesCoordinates(text: string): MavenCoordinates | null {
  const props = parseProperties(text);
  const groupId = props.get('groupId') ?? '';
  const artifactId = props.get('artifactId') ?? '';
  const version = props.get('version') ?? '';
  return groupId && artifactId && version ? { groupId, artifactId, version } : null;
}

/** `META-INF/maven/<g>/<a>/pom.xml` → its group and artifact, or null for any other path. */
export function embeddedPomCoordinates(path: string): { groupId: string; artifactId: string } | null {
  const m = /^META-INF\/maven\/([^/]+)\/([^/]+)\/pom\.xml$/.exec(path);
  return m?.[1] && m[2] ? { groupId: m[1], artifactId: m[2] } : null;
}

const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** The `<name>` of each `<license>` in a pom.xml's `<licenses>` block. */
export function pomLicenses(xml: string): string[] {
  const block = /<licenses>([\s\S]*?)<\/licenses>/.exec(xml)?.[1] ?? '';
  const names: string[] = [];
  for (const license of block.matchAll(/<license>([\s\S]*?)<\/license>/g)) {
    const name = /<name>([\s\S]*?)<\/name>/.exec(license[1] ?? '')?.[1];
    if (!name) continue;
    const text = name
      .replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, '$1')
      .replace(/&(amp|lt|gt|quot|apos);/g, (_m, e: string) => XML_ENTITIES[e] ?? '')
      .replace(/\s+/g, ' ')
      .trim();
    if (text) names.push(text);
  }
  return names;
}

/**
 * The main section of a manifest as a header map. Lines end in CRLF, LF or CR; a line starting with one
 * space continues the previous value; the first blank line ends the main section (per-entry sections
 * after it describe packages inside the jar, not the jar).
 */
export function parseManifestMain(text: string): Map<string, string> {
  const headers = new Map<string, string>();
  let lastKey = '';
  for (const line of text.split(/\r\n|\r|\n/)) {
    if (line === '') {
      if (headers.size > 0) break;
      continue;
    }
    if (line.startsWith(' ')) {
      if (lastKey) headers.set(lastKey, `${headers.get(lastKey) ?? ''}${line.slice(1)}`);
      continue;
    }
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    lastKey = line.slice(0, colon).trim();
    headers.set(lastKey, line.slice(colon + 1).trim());
  }
  return headers;
}

/**
 * Coordinates from the manifest's main section, with Trivy's fallbacks: group from
 * Implementation-Vendor-Id, else Bundle-SymbolicName minus its last dot-part, else Implementation-Vendor,
 * else Specification-Vendor; artifact from Implementation-Title, Specification-Title, Bundle-Name;
 * version from Implementation-Version, Specification-Version, Bundle-Version. Null unless all three exist.
 */
export function manifestCoordinates(headers: Map<string, string>): MavenCoordinates | null {
  const get = (k: string) => (headers.get(k) ?? '').trim();
  const symbolic = (get('Bundle-SymbolicName').split(';')[0] ?? '').trim();
  const groupId =
    get('Implementation-Vendor-Id') ||
    (symbolic.lastIndexOf('.') > 0 ? symbolic.slice(0, symbolic.lastIndexOf('.')) : symbolic) ||
    get('Implementation-Vendor') ||
    get('Specification-Vendor');
  const artifactId = get('Implementation-Title') || get('Specification-Title') || get('Bundle-Name');
  const version = get('Implementation-Version') || get('Specification-Version') || get('Bundle-Version');
  return groupId && artifactId && version ? { groupId, artifactId, version } : null;
}

/** The licence a `Plugin-License-Name[-N]: …` manifest line names, or '' for any other line. */
export function pluginLicenseName(line: string): string {
  const m = /^Plugin-License-Name(?:-\d+)?:(.*)$/.exec(line);
  return m ? (m[1] ?? '').trim() : '';
}

// Licence URLs OSGi bundles put in Bundle-License, mapped to SPDX ids (https://spdx.org/licenses/).
const LICENSE_URLS: [RegExp, string][] = [
  [/apache\.org\/licenses\/LICENSE-2\.0/i, 'Apache-2.0'],
  [/opensource\.org\/licenses\/MIT/i, 'MIT'],
  [/opensource\.org\/licenses\/(?:BSD-3-Clause|bsd-license)/i, 'BSD-3-Clause'],
  [/eclipse\.org\/legal\/epl-2\.0/i, 'EPL-2.0'],
  [/eclipse\.org\/legal\/epl-v10/i, 'EPL-1.0'],
  [/gnu\.org\/licenses\/lgpl-2\.1/i, 'LGPL-2.1-only'],
];

/**
 * Licences from the manifest's main section: Jenkins `Plugin-License-Name[-N]` values, else the
 * `Bundle-License` entries (comma-separated) as SPDX ids when they are known licence URLs or as written
 * when they are names. Unknown URLs name nothing and are dropped.
 */
export function manifestLicenses(text: string, headers: Map<string, string>): string[] {
  const plugin = text
    .split(/\r\n|\r|\n/)
    .map(pluginLicenseName)
    .filter(Boolean);
  if (plugin.length > 0) return plugin;
  const out: string[] = [];
  for (const entry of (headers.get('Bundle-License') ?? '').split(',')) {
    const value = (entry.split(';')[0] ?? '').trim();
    if (!value) continue;
    if (/^https?:\/\//i.test(value)) {
      const spdx = LICENSE_URLS.find(([re]) => re.test(value))?.[1];
      if (spdx && !out.includes(spdx)) out.push(spdx);
    } else if (!out.includes(value)) {
      out.push(value);
    }
  }
  return out;
}

/** `log4j-core-2.14.1.jar` → artifact `log4j-core`, version `2.14.1`; null when the name has no version. */
export function fileNameCoordinates(fileName: string): { artifactId: string; version: string } | null {
  const m = /^(.*?[^-])-(\d[^/]*?)\.(?:jar|war|ear|par)$/i.exec(fileName);
  return m?.[1] && m[2] ? { artifactId: m[1], version: m[2] } : null;
}
