/**
 * Python core metadata: a wheel's `*.dist-info/METADATA` and an egg's `PKG-INFO` (or a bare `*.egg-info`
 * file), https://packaging.python.org/en/latest/specifications/core-metadata/. The header block is RFC 822
 * style (`Field: value`, continuation lines indented) and ends at the first blank line; the description
 * body after it is ignored. Licences, as Trivy reads them: `License-Expression` (PEP 639) first, then every
 * `Classifier: License :: … :: <name>` (a trove classifier names a known licence, where the free-text
 * `License` field is often `UNKNOWN` or a phrase), then the deprecated `License`, and finally a `License-File`
 * reference as `file://<path>` so the licence is at least located.
 */
import type { Package } from '../../../types/package';
import { invalidManifest } from '../shared';
import { toPypiPackage } from './python-package';

/** The header fields of a metadata file, multi-valued fields in order. */
export function parseMetadataHeaders(text: string): Map<string, string[]> {
  const headers = new Map<string, string[]>();
  let last: { key: string; index: number } | null = null;
  for (const line of text.split(/\r\n|\r|\n/)) {
    if (line.trim() === '') break;
    if (/^[ \t]/.test(line)) {
      // Continuation of the previous field (multi-line License texts, wrapped descriptions).
      const values = last ? headers.get(last.key) : undefined;
      if (last && values) values[last.index] = `${values[last.index]}\n${line.trim()}`;
      continue;
    }
    const colon = line.indexOf(':');
    if (colon <= 0) {
      last = null;
      continue;
    }
    const key = line.slice(0, colon).trim().toLowerCase();
    const values = headers.get(key) ?? [];
    values.push(line.slice(colon + 1).trim());
    headers.set(key, values);
    last = { key, index: values.length - 1 };
  }
  return headers;
}

/** The licences a metadata header block declares, in Trivy's order of preference. */
export function metadataLicenses(headers: Map<string, string[]>): string[] {
  const first = (key: string) => headers.get(key)?.[0]?.trim() ?? '';
  const expression = first('license-expression');
  if (expression) return [expression];
  const classifiers = (headers.get('classifier') ?? [])
    .map((c) => c.split('::').map((part) => part.trim()))
    .filter((parts) => parts[0] === 'License' && parts.length >= 3)
    .map((parts) => parts[parts.length - 1] as string);
  if (classifiers.length > 0) return classifiers;
  const license = first('license');
  // A License field holding the whole licence text (several lines) names nothing usable.
  if (license && !license.includes('\n')) return [license];
  const file = first('license-file');
  return file ? [`file://${file}`] : [];
}

/** Parses a METADATA / PKG-INFO file into one package; throws ScanError without a Name and Version. */
export function parseCoreMetadata(text: string, filePath: string): Package[] {
  const headers = parseMetadataHeaders(text);
  const name = headers.get('name')?.[0]?.trim() ?? '';
  const version = headers.get('version')?.[0]?.trim() ?? '';
  if (!name || !version) throw invalidManifest('python metadata', filePath, new Error('no Name or Version header'));
  return [toPypiPackage(name, version, filePath, { licenses: metadataLicenses(headers) })];
}
