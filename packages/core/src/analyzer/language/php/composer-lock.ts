/**
 * Composer `composer.lock` (JSON; https://getcomposer.org/doc/01-basic-usage.md#commit-your-composer-lock-file-to-version-control):
 * `packages` (production) and `packages-dev`, each entry with `name` (`vendor/package`), `version` and a
 * `license` list. Tags are often written `v1.2.3`; the `v` is dropped so the version compares like the
 * ones in advisories. Branch versions (`dev-main`) name no release and are left out.
 */
import type { Package } from '../../../types/package';
import { composerPurl } from '../purl';
import { invalidManifest, isRecord, parseJson, str } from '../shared';

/** Parses a composer.lock; throws ScanError when it is not a JSON object. */
export function parseComposerLock(text: string, filePath: string): Package[] {
  const doc = parseJson(text, 'composer.lock', filePath);
  if (!isRecord(doc)) throw invalidManifest('composer.lock', filePath);
  const packages: Package[] = [];
  for (const [section, dev] of [
    ['packages', false],
    ['packages-dev', true],
  ] as const) {
    for (const entry of Array.isArray(doc[section]) ? doc[section] : []) {
      if (!isRecord(entry)) continue;
      const name = str(entry.name);
      const version = str(entry.version).replace(/^v(?=\d)/, '');
      if (!name || !version || version.startsWith('dev-')) continue;
      const licenses = Array.isArray(entry.license)
        ? entry.license.filter((l): l is string => typeof l === 'string')
        : [];
      const pkg: Package = {
        ecosystem: 'composer',
        name,
        version,
        purl: composerPurl(name, version),
        licenses,
        filePath,
        id: name,
      };
      if (dev) pkg.dev = true;
      packages.push(pkg);
    }
  }
  return packages;
}
