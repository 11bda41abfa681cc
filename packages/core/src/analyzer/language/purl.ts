/**
 * Package URLs for language packages, per the purl specification
 * (https://github.com/package-url/purl-spec/blob/main/PURL-SPECIFICATION.rst and PURL-TYPES.rst).
 * Each component is percent-encoded on its own; namespace segments are encoded one by one so their `/`
 * separators survive.
 */

/** The purl types the language analyzers emit. */
export type PurlType = 'npm' | 'pypi' | 'maven' | 'golang' | 'cargo' | 'composer' | 'gem';

// The spec keeps `:` literal in every component; encodeURIComponent escapes it, so it is put back.
const encode = (s: string): string => encodeURIComponent(s).replace(/%3A/gi, ':');

/**
 * Builds `pkg:type/namespace/name@version?qualifiers`. An empty namespace or version is left out.
 * Qualifier keys are sorted, as the spec's canonical form requires.
 */
export function buildPurl(
  type: PurlType,
  namespace: string | undefined,
  name: string,
  version?: string,
  qualifiers?: Record<string, string>,
): string {
  let purl = `pkg:${type}/`;
  if (namespace) purl += `${namespace.split('/').filter(Boolean).map(encode).join('/')}/`;
  purl += encode(name);
  if (version) purl += `@${encode(version)}`;
  const keys = Object.keys(qualifiers ?? {})
    .filter((k) => qualifiers?.[k])
    .sort();
  if (keys.length > 0) purl += `?${keys.map((k) => `${k}=${encode(qualifiers?.[k] ?? '')}`).join('&')}`;
  return purl;
}

/** npm: a scoped name `@scope/name` puts the scope in the namespace (`pkg:npm/%40babel/core@7.0.0`). */
export function npmPurl(name: string, version: string): string {
  const slash = name.startsWith('@') ? name.indexOf('/') : -1;
  return slash > 0
    ? buildPurl('npm', name.slice(0, slash), name.slice(slash + 1), version)
    : buildPurl('npm', undefined, name, version);
}

/**
 * PEP 503 normalised project name: runs of `-`, `_` and `.` become one `-`, lower-cased
 * (https://peps.python.org/pep-0503/#normalized-names). The pypi purl type requires it.
 */
export function normalizePypiName(name: string): string {
  return name.replace(/[-_.]+/g, '-').toLowerCase();
}

/** pypi: `pkg:pypi/django@4.2.1`, name normalised per PEP 503. */
export function pypiPurl(name: string, version: string): string {
  return buildPurl('pypi', undefined, normalizePypiName(name), version);
}

/** maven: `pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1`. */
export function mavenPurl(groupId: string, artifactId: string, version: string): string {
  return buildPurl('maven', groupId, artifactId, version);
}

/** golang: the module path's last element is the name, the rest the namespace. */
export function golangPurl(modulePath: string, version: string): string {
  const slash = modulePath.lastIndexOf('/');
  return slash > 0
    ? buildPurl('golang', modulePath.slice(0, slash), modulePath.slice(slash + 1), version)
    : buildPurl('golang', undefined, modulePath, version);
}

/** composer: `vendor/name` splits into namespace and name. */
export function composerPurl(name: string, version: string): string {
  const slash = name.indexOf('/');
  return slash > 0
    ? buildPurl('composer', name.slice(0, slash), name.slice(slash + 1), version)
    : buildPurl('composer', undefined, name, version);
}
