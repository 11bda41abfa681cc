/** Builds PyPI `Package`s; the name stays as the project writes it, the purl uses the PEP 503 form. */
import type { Package } from '../../../types/package';
import { normalizePypiName, pypiPurl } from '../purl';

/** Turns a parsed distribution into the inventory's `Package`. */
export function toPypiPackage(
  name: string,
  version: string,
  filePath: string,
  options: { licenses?: string[]; dev?: boolean } = {},
): Package {
  const pkg: Package = {
    ecosystem: 'pypi',
    name,
    version,
    purl: pypiPurl(name, version),
    licenses: options.licenses ?? [],
    filePath,
    id: normalizePypiName(name),
  };
  if (options.dev) pkg.dev = true;
  return pkg;
}

/** A PEP 508 project name (https://peps.python.org/pep-0508/#names). */
export const PEP508_NAME = /^[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?$/;

/**
 * A PEP 440 version (https://peps.python.org/pep-0440/#appendix-b-parsing-version-strings-with-regular-expressions),
 * public and local parts, case-insensitive. Wildcards (`2.0.*`) and templating junk do not match.
 */
export const PEP440_VERSION =
  /^v?(?:\d+!)?\d+(?:\.\d+)*(?:[-_.]?(?:a|b|c|rc|alpha|beta|pre|preview)[-_.]?\d*)?(?:-\d+|[-_.]?(?:post|rev|r)[-_.]?\d*)?(?:[-_.]?dev[-_.]?\d*)?(?:\+[a-z0-9]+(?:[-_.][a-z0-9]+)*)?$/i;
