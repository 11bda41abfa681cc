/**
 * Bundler `Gemfile.lock` (https://bundler.io/guides/gemfile_lock.html). Sections start at column 0
 * (`GEM`, `GIT`, `PATH`, `PLATFORMS`, `DEPENDENCIES`, …); under `specs:` each locked gem is a line indented
 * four spaces, `name (version)`, and its own dependencies follow indented six. Gems from `GEM` (a
 * registry) and `GIT` sources are reported; `PATH` gems are local code. A platform suffix on the version
 * (`1.13.10-x86_64-linux`) names the prebuilt variant, not a different release, and is dropped.
 */
import type { Package } from '../../../types/package';
import { buildPurl } from '../purl';

const PLATFORM_SUFFIX =
  /-(?:x86_64|x86|x64|i[3-6]86|aarch64|arm64|arm|universal|java|jruby|mswin\d*|mingw\d*|ppc64le|s390x|darwin|linux)(?:[-_][\w.]+)*$/;

/** Parses a Gemfile.lock. Never throws: a file without a specs section yields no packages. */
export function parseGemfileLock(text: string, filePath: string): Package[] {
  const packages: Package[] = [];
  const seen = new Set<string>();
  let section = '';
  let inSpecs = false;
  for (const line of text.split(/\r?\n/)) {
    if (/^\S/.test(line)) {
      section = line.trim();
      inSpecs = false;
      continue;
    }
    if (line.trim() === 'specs:') {
      inSpecs = section === 'GEM' || section === 'GIT';
      continue;
    }
    const m = inSpecs ? /^ {4}([^\s(]+) \(([^)]+)\)\s*$/.exec(line) : null;
    if (!m?.[1] || !m[2]) continue;
    const name = m[1];
    const version = m[2].replace(PLATFORM_SUFFIX, '');
    if (seen.has(`${name}@${version}`)) continue;
    seen.add(`${name}@${version}`);
    packages.push({
      ecosystem: 'rubygems',
      name,
      version,
      purl: buildPurl('gem', undefined, name, version),
      licenses: [],
      filePath,
      id: name,
    });
  }
  return packages;
}
