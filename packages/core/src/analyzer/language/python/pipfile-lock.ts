/**
 * Pipenv `Pipfile.lock` (JSON; https://pipenv.pypa.io/en/latest/pipfile.html#pipfile-lock): `default` holds
 * the production packages and `develop` the development ones, each `{name: {version: "==1.2.3"}}`.
 * VCS and editable entries have no `version` and are left out. A package in both sections is not dev-only.
 */
import type { Package } from '../../../types/package';
import { invalidManifest, isRecord, parseJson, str } from '../shared';
import { toPypiPackage } from './python-package';

/** Parses a Pipfile.lock; throws ScanError when it is not a JSON object. */
export function parsePipfileLock(text: string, filePath: string): Package[] {
  const doc = parseJson(text, 'Pipfile.lock', filePath);
  if (!isRecord(doc)) throw invalidManifest('Pipfile.lock', filePath);
  const found = new Map<string, { name: string; version: string; dev: boolean }>();
  for (const [section, dev] of [
    ['default', false],
    ['develop', true],
  ] as const) {
    const entries = isRecord(doc[section]) ? doc[section] : {};
    for (const [name, entry] of Object.entries(entries)) {
      const version = isRecord(entry) ? str(entry.version).replace(/^===?/, '') : '';
      if (!version) continue;
      const key = `${name.toLowerCase()}@${version}`;
      const seen = found.get(key);
      if (seen) seen.dev = seen.dev && dev;
      else found.set(key, { name, version, dev });
    }
  }
  return [...found.values()].map((p) => toPypiPackage(p.name, p.version, filePath, { dev: p.dev }));
}
