/**
 * `yarn.lock`, both generations:
 * - classic v1 (https://classic.yarnpkg.com/lang/en/docs/yarn-lock/): yarn's own indentation format,
 *   entries headed by `name@range, name@range2:` with `version "x"` (npm-written files quote the keys too);
 * - berry v2+ (https://yarnpkg.com/configuration/yarnrc): YAML with `__metadata`, entries carrying
 *   `resolution: "name@npm:1.2.3"` and `version`.
 * Only registry packages are reported; `file:`, `link:`, `git+…`, `workspace:`, `portal:`, `exec:` entries
 * name local or VCS code no advisory can match, and a berry `patch:` entry duplicates the `npm:` entry it
 * patches, which is reported itself.
 */
import { parse as parseYaml } from 'yaml';
import type { Package } from '../../../types/package';
import { invalidManifest, isRecord, str, uniqueBy } from '../shared';
import { type NpmEntry, toNpmPackage } from './npm-package';

/** A `name@[protocol:]range` descriptor split in its parts. */
export interface YarnPattern {
  name: string;
  protocol: string;
  range: string;
}

/** Splits a descriptor such as `@babel/core@npm:^7.0.0` (quotes and a trailing `:` allowed). */
export function parseYarnPattern(raw: string): YarnPattern | null {
  const text = raw.trim().replace(/:$/, '').replace(/^"|"$/g, '');
  const at = text.indexOf('@', 1);
  if (at <= 0) return null;
  const name = text.slice(0, at);
  const rest = text.slice(at + 1);
  const m = /^([a-z][a-z0-9+.-]*):(.*)$/i.exec(rest);
  // `user/repo#branch` has no protocol; a scheme is letters before the first colon.
  return m ? { name, protocol: m[1]?.toLowerCase() ?? '', range: m[2] ?? '' } : { name, protocol: '', range: rest };
}

const isRegistry = (protocol: string): boolean => protocol === '' || protocol === 'npm';

/** Parses either yarn.lock generation; throws ScanError when a berry file is not YAML. */
export function parseYarnLock(text: string, filePath: string): Package[] {
  const entries = /^__metadata:/m.test(text) ? parseBerry(text, filePath) : parseClassic(text);
  const unique = uniqueBy(entries, (e) => `${e.name}@${e.version}`);
  unique.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.version < b.version ? -1 : 1));
  return unique.map((e) => toNpmPackage(e, filePath));
}

function parseBerry(text: string, filePath: string): NpmEntry[] {
  let doc: unknown;
  try {
    doc = parseYaml(text, { uniqueKeys: false, logLevel: 'error' });
  } catch (error) {
    throw invalidManifest('yarn.lock', filePath, error);
  }
  if (!isRecord(doc)) throw invalidManifest('yarn.lock', filePath);
  const entries: NpmEntry[] = [];
  for (const [key, value] of Object.entries(doc)) {
    if (key === '__metadata' || !isRecord(value)) continue;
    const resolution = parseYarnPattern(str(value.resolution) || key.split(',')[0] || '');
    const version = str(value.version) || (typeof value.version === 'number' ? String(value.version) : '');
    if (!resolution || !version || !isRegistry(resolution.protocol)) continue;
    entries.push({ name: resolution.name, version });
  }
  return entries;
}

function parseClassic(text: string): NpmEntry[] {
  const entries: NpmEntry[] = [];
  let current: YarnPattern | null = null;
  const flush = (version: string): void => {
    if (current && version && isRegistry(current.protocol)) entries.push({ name: current.name, version });
  };
  let version = '';
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      flush(version);
      version = '';
      // The first descriptor names the package; the others only list more ranges resolved to it.
      const header = parseYarnHeader(line);
      current = header && { name: header.name, protocol: header.protocol, range: '' };
      continue;
    }
    // Only the entry's own fields (two-space indent); deeper lines belong to `dependencies:` blocks.
    const field = /^ {2}"?([A-Za-z]+)"?:?\s+"?([^"]*)"?\s*$/.exec(line);
    if (field?.[1] === 'version') version = field[2] ?? '';
  }
  flush(version);
  return entries;
}

/**
 * An entry header (`"a@npm:1, a@npm:2":` or `a@1, a@2:`): the package, the protocol of its first
 * descriptor and every descriptor as `name@range`. Null for a line that is no header.
 */
export function parseYarnHeader(line: string): { name: string; protocol: string; patterns: string[] } | null {
  if (!line.trimEnd().endsWith(':')) return null;
  const descriptors = line
    .trim()
    .replace(/:$/, '')
    .split(',')
    .map((p) => parseYarnPattern(p.trim().replace(/^"|"$/g, '')));
  const first = descriptors[0];
  if (!first || descriptors.some((d) => d === null)) return null;
  return {
    name: first.name,
    protocol: first.protocol,
    patterns: descriptors.map((d) => `${d?.name}@${d?.range}`),
  };
}
