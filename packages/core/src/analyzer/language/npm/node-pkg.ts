/**
 * An installed package's own `package.json` (https://docs.npmjs.com/cli/v10/configuring-npm/package-json):
 * `name`, `version` and the licence fields. Images often ship `node_modules` without a lock file, so this
 * is how Trivy's `node-pkg` analyzer inventories them.
 */
import type { Package } from '../../../types/package';
import { invalidManifest, isRecord, parseJson, str } from '../shared';
import { npmLicenses, toNpmPackage } from './npm-package';

/**
 * Parses a package.json into at most one package; one without a name or version (a private app or a
 * test fixture) yields none. Throws ScanError when the file is not a JSON object.
 */
export function parseNodePackageJson(text: string, filePath: string): Package[] {
  const manifest = parseJson(text, 'package.json', filePath);
  if (!isRecord(manifest)) throw invalidManifest('package.json', filePath);
  const name = str(manifest.name);
  const version = str(manifest.version);
  if (!name || !version) return [];
  return [toNpmPackage({ name, version, licenses: npmLicenses(manifest) }, filePath)];
}
