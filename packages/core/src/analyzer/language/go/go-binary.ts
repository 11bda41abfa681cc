/**
 * Packages of a Go executable: the main module (version from the build info, else from ldflags), the
 * standard library as `stdlib` (so Go runtime advisories match, as Trivy and the Go vulnerability
 * database do), and every dependency module, replacements applied.
 */
import type { Package } from '../../../types/package';
import { golangPurl } from '../purl';
import { type GoModule, readGoBuildInfo } from './buildinfo';
import { chooseMainVersion, parseLdflagsVersion, splitLdflags } from './ldflags';

function goPackage(path: string, version: string, filePath: string): Package {
  return { ecosystem: 'go', name: path, version, purl: golangPurl(path, version), licenses: [], filePath, id: path };
}

/**
 * Reads a Go binary's packages. Throws ScanError for a file that is not an executable; returns [] for
 * an executable without Go build info.
 */
export function parseGoBinary(content: Uint8Array, filePath: string): Package[] {
  const info = readGoBuildInfo(content);
  if (!info) return [];
  const packages: Package[] = [];
  if (info.main?.path) {
    const ldflags = parseLdflagsVersion(info.main.path, splitLdflags(info.settings.get('-ldflags') ?? ''));
    packages.push(goPackage(info.main.path, chooseMainVersion(info.main.version, ldflags), filePath));
  }
  // `go1.22.1 X:boringcrypto` → v1.22.1; a development toolchain (`devel go1.23-abc`) has no release.
  const go = /^go(\d+(?:\.\d+){1,2}(?:(?:rc|beta)\d+)?)(?:\s|$)/.exec(info.goVersion);
  if (go?.[1]) packages.push(goPackage('stdlib', `v${go[1]}`, filePath));
  for (const dep of info.deps) {
    const mod: GoModule = dep.replace ?? dep;
    // Old toolchains list the main module as a dep with an empty path and version "(devel)".
    if (!mod.path) continue;
    packages.push(goPackage(mod.path, mod.version === '(devel)' ? '' : mod.version, filePath));
  }
  return packages;
}
