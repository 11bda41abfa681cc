/**
 * The main module's version when the build info does not carry a release: Go records `(devel)` for a
 * plain `go build` (before 1.24) and a pseudo-version for an untagged commit, while release pipelines
 * usually stamp the version with `-ldflags "-X main.version=v1.2.3"`, which the build info keeps in its
 * `-ldflags` setting. Follows Trivy's rules (pkg/dependency/parser/golang/binary/parse.go).
 */

/** Go's module.IsPseudoVersion (https://go.dev/ref/mod#pseudo-versions). */
const PSEUDO_VERSION =
  /^v[0-9]+\.(?:0\.0-|\d+\.\d+-(?:[^+]*\.)?0\.)\d{14}-[A-Za-z0-9]+(?:\+[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?$/;

const SEMVER = /^v?\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/;

/** True for a Go pseudo-version such as `v0.0.0-20210121094942-22b2f8951d46`. */
export function isPseudoVersion(version: string): boolean {
  return PSEUDO_VERSION.test(version);
}

/** The `-X importpath.name=value` assignments of an ldflags argument list (`-X=a=b`, `-X a=b`, quoted). */
function xAssignments(flags: string[]): [string, string][] {
  const out: [string, string][] = [];
  for (let i = 0; i < flags.length; i++) {
    const flag = flags[i] ?? '';
    let value: string | undefined;
    if (flag === '-X' || flag === '--X') value = flags[++i];
    else if (/^--?X=/.test(flag)) value = flag.slice(flag.indexOf('=') + 1);
    if (!value) continue;
    const unquoted = value.replace(/^['"]|['"]$/g, '');
    const eq = unquoted.indexOf('=');
    if (eq > 0) out.push([unquoted.slice(0, eq), unquoted.slice(eq + 1)]);
  }
  return out;
}

/** Splits a `-ldflags` build setting into arguments, honouring single and double quotes. */
export function splitLdflags(setting: string): string[] {
  const args: string[] = [];
  for (const m of setting.matchAll(/(?:[^\s'"]+|'[^']*'|"[^"]*")+/g)) args.push(m[0]);
  return args;
}

const DEFAULT_PACKAGES = new Set(['main', 'common', 'version', 'cmd']);

/**
 * The version a set of ldflags stamps for module `name`: only `-X <pkg>.version|ver=<semver>` counts.
 * Preference: a variable under `<name>/cmd/`, then one in a package named main/common/version/cmd, then
 * any other; two candidates of the best kind found are ambiguous and give ''.
 */
export function parseLdflagsVersion(name: string, flags: string[]): string {
  const kinds: [string[], string[], string[]] = [[], [], []];
  for (const [key, value] of xAssignments(flags)) {
    const dot = key.lastIndexOf('.');
    const variable = key.slice(dot + 1).toLowerCase();
    if (dot <= 0 || (variable !== 'version' && variable !== 'ver') || !SEMVER.test(value)) continue;
    const pkg = key.slice(0, dot);
    const pkgName = pkg.slice(pkg.lastIndexOf('/') + 1).toLowerCase();
    if (pkg.startsWith(`${name}/cmd/`)) kinds[0].push(value);
    else if (DEFAULT_PACKAGES.has(pkgName)) kinds[1].push(value);
    else kinds[2].push(value);
  }
  const best = kinds.find((k) => k.length > 0) ?? [];
  return best.length === 1 ? (best[0] ?? '') : '';
}

/**
 * The main module's version: a real release from the build info wins; an empty, `(devel)` or pseudo
 * version gives way to the ldflags version, then to one found elsewhere in the binary (`other`).
 */
export function chooseMainVersion(version: string, ldflagsVersion = '', otherVersion = ''): string {
  const v = version === '(devel)' ? '' : version;
  if (v && !isPseudoVersion(v)) return v;
  return ldflagsVersion || otherVersion || v;
}
