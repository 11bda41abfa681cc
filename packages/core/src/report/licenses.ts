/**
 * Licence names in SBOMs. CycloneDX validates `license.id` against the SPDX licence list and SPDX
 * requires licence expressions made of listed ids or `LicenseRef-…`, so a name is only used as an id
 * when it is a known SPDX identifier; anything else is carried as a name / LicenseRef.
 * List: https://spdx.org/licenses/
 */

/** SPDX identifiers common in OS and language packages (a subset of the SPDX licence list). */
const KNOWN_SPDX_IDS = [
  '0BSD',
  'AFL-2.1',
  'AGPL-3.0-only',
  'AGPL-3.0-or-later',
  'Apache-1.1',
  'Apache-2.0',
  'Artistic-1.0-Perl',
  'Artistic-2.0',
  'BSD-1-Clause',
  'BSD-2-Clause',
  'BSD-3-Clause',
  'BSD-4-Clause',
  'BSL-1.0',
  'CC-BY-3.0',
  'CC-BY-4.0',
  'CC0-1.0',
  'CDDL-1.0',
  'curl',
  'EPL-1.0',
  'EPL-2.0',
  'GPL-1.0-or-later',
  'GPL-2.0-only',
  'GPL-2.0-or-later',
  'GPL-3.0-only',
  'GPL-3.0-or-later',
  'ISC',
  'LGPL-2.0-only',
  'LGPL-2.0-or-later',
  'LGPL-2.1-only',
  'LGPL-2.1-or-later',
  'LGPL-3.0-only',
  'LGPL-3.0-or-later',
  'MIT',
  'MIT-0',
  'MPL-1.1',
  'MPL-2.0',
  'OpenSSL',
  'PostgreSQL',
  'PSF-2.0',
  'Python-2.0',
  'Ruby',
  'Unlicense',
  'Vim',
  'WTFPL',
  'X11',
  'Zlib',
  'ZPL-2.1',
] as const;

const BY_LOWER = new Map<string, string>(KNOWN_SPDX_IDS.map((id) => [id.toLowerCase(), id]));

/** The canonical SPDX id for a licence name, or undefined when it is not a known id. */
export function spdxLicenseId(name: string): string | undefined {
  return BY_LOWER.get(name.trim().toLowerCase());
}

/** An SPDX `LicenseRef-` for a name outside the list (idstring: letters, digits, `.` and `-`). */
export function licenseRef(name: string): string {
  return `LicenseRef-${
    name
      .trim()
      .replace(/[^A-Za-z0-9.-]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'unknown'
  }`;
}

/** An SPDX licence expression for a package's licences, or `NOASSERTION` when there are none. */
export function spdxLicenseExpression(names: readonly string[]): string {
  const terms = names.filter((n) => n.trim() !== '').map((n) => spdxLicenseId(n) ?? licenseRef(n));
  const unique = [...new Set(terms)];
  return unique.length === 0 ? 'NOASSERTION' : unique.join(' AND ');
}
