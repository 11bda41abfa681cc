/**
 * Debian/Ubuntu package licences: `usr/share/doc/<pkg>/copyright` (Trivy's `dpkg-license` analyzer). dpkg's
 * database holds no licence field, so each package's copyright file is read instead, line by line:
 * - machine-readable (DEP-5) files name licences in `License:` fields (`License: GPL-1+ or Artistic, and
 *   BSD-4-clause-POWERDOG`); only the field's first line is the short name, the continuation lines are the text;
 * - free-form files point at the full text in `/usr/share/common-licenses/<NAME>` (`GPL-2`, `Apache-2.0`).
 * Names are split on `or`/`and`/`,` and normalised to SPDX where the alias table knows them. Only the top-level
 * file of each doc directory counts: copies deeper down (`examples/…/debian/copyright`) belong to no package.
 * ref. https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/,
 * https://www.debian.org/doc/debian-policy/ch-docs.html#copyright-information
 */

import type { Analyzer } from '../analyzer';
import { normalizeLicense } from './license';

const DOC_PREFIX = 'usr/share/doc/';
const COPYRIGHT = '/copyright';

// The name in a common-licenses reference ends on a letter, digit or `+`: `GPL-2'.` loses its quote and dot.
const COMMON_LICENSE_REFERENCE = /\/?usr\/share\/common-licenses\/([0-9A-Za-z_.+-]+[0-9A-Za-z+])/;
// DEP-5 separates alternatives with ` or `, conjunctions with ` and ` (`_` in some old files), lists with `,`.
const LICENSE_SEPARATOR = /,?[_ ]+(?:or|and)[_ ]+|,[ ]*/;

// Where Debian's short names differ from the shared alias table. DEP-5 `Artistic` is the licence family; Trivy
// reports it as Artistic-2.0, and so do we so that reports compare.
const DEBIAN_SHORT_NAMES: Readonly<Record<string, string>> = { ARTISTIC: 'Artistic-2.0' };

/** The package whose doc directory holds `path`, when `path` is that directory's top-level `copyright` file. */
export function copyrightPackageName(path: string): string | undefined {
  if (!path.startsWith(DOC_PREFIX) || !path.endsWith(COPYRIGHT)) return undefined;
  const name = path.slice(DOC_PREFIX.length, -COPYRIGHT.length);
  return name !== '' && !name.includes('/') ? name : undefined;
}

function normalizeName(name: string): string {
  const trimmed = name.trim();
  return DEBIAN_SHORT_NAMES[trimmed.toUpperCase()] ?? normalizeLicense(trimmed);
}

/** The short-name part of a `License:` value: no `(…)` remark and none of the rare wordy wrappers. */
function licenseFieldName(value: string): string {
  let name = value.split('(')[0] ?? '';
  if (name.startsWith('The main library is licensed under ')) {
    name = name.slice('The main library is licensed under '.length);
  }
  if (name.endsWith(' license')) name = name.slice(0, -' license'.length);
  return name.trim();
}

/** Splits a `License:` short name into single licences; `Apache License, Version 2.0` stays one. */
function splitFieldLicenses(field: string): string[] {
  const out: string[] = [];
  for (const part of field.split(LICENSE_SEPARATOR)) {
    const firstWord = part.toLowerCase().split(' ')[0];
    const last = out.length - 1;
    if (last >= 0 && (firstWord === 'ver' || firstWord === 'version')) out[last] = `${out[last]}, ${part}`;
    else out.push(part);
  }
  return out;
}

/**
 * The licences a copyright file names, normalised, each once, in the order first seen. Empty when the file
 * neither is machine-readable nor refers to a common licence (a free-text notice is not guessed at).
 */
export function parseDebianCopyright(text: string): string[] {
  const found: string[] = [];
  const add = (name: string) => {
    const normalized = normalizeName(name);
    if (normalized !== '' && !found.includes(normalized)) found.push(normalized);
  };
  for (const line of text.split(/\r?\n/)) {
    if (line.startsWith('License:')) {
      const field = licenseFieldName(line.slice('License:'.length).trim());
      if (field !== '') for (const name of splitFieldLicenses(field)) add(name);
    } else if (line.includes('/usr/share/common-licenses/')) {
      const reference = COMMON_LICENSE_REFERENCE.exec(line)?.[1];
      if (reference) add(reference);
    }
  }
  return found;
}

/** Reads `usr/share/doc/<pkg>/copyright` and reports its licences for package `<pkg>`. */
export const dpkgCopyrightAnalyzer: Analyzer = {
  name: 'dpkg-license',
  version: 1,
  required: (path) => copyrightPackageName(path) !== undefined,
  analyze({ path, content }) {
    const name = copyrightPackageName(path);
    if (name === undefined) return null;
    const licenses = parseDebianCopyright(new TextDecoder().decode(content));
    return licenses.length > 0 ? { packageLicenses: [{ ecosystem: 'deb', name, licenses }] } : null;
  },
};
