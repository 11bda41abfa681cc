/** End-of-life lookup for a detected OS, over the `EOL_DATA` table. */
import type { OsInfo } from '../../types/package';
import { EOL_DATA, type EolEntry } from './eol-data';

/**
 * The table key for a release name: Alpine's branch (`3.18.4` → `3.18`), Ubuntu's `YY.MM` as written, the major
 * release for Debian and the Red Hat family (`12.4` → `12`, `7.6.1810` → `7`), CentOS Stream's `streamN`, and
 * Amazon Linux's generation (`2018.03` → `1`, `2` → `2`, `2023.3.20240108` → `2023`). Undefined for names that
 * carry no release (`trixie/sid`, `edge`).
 */
export function eolReleaseKey(os: Pick<OsInfo, 'family' | 'name'>): string | undefined {
  const name = os.name.trim();
  if (/^stream\d+$/.test(name)) return name;
  const parts = /^(\d+)(?:\.(\d+))?/.exec(name);
  if (!parts) return undefined;
  const [, major = '', minor] = parts;
  switch (os.family) {
    case 'alpine':
      return minor === undefined ? undefined : `${major}.${minor}`;
    case 'ubuntu':
      return minor === undefined ? undefined : `${major}.${minor.padStart(2, '0')}`;
    case 'amazon':
      // Amazon Linux 1 was versioned by date (2017.09, 2018.03); 2 and 2023 are generations.
      return Number(major) >= 2010 && Number(major) < 2020 ? '1' : major;
    default:
      return major;
  }
}

/** The support dates known for `os`, if any. */
export function eolEntry(os: Pick<OsInfo, 'family' | 'name'>): EolEntry | undefined {
  const key = eolReleaseKey(os);
  return key === undefined ? undefined : EOL_DATA[os.family]?.[key];
}

/**
 * Returns a copy of `os` with `eolDate` (ISO date of the end of standard support) and `eol` (true when that date is
 * before `now`) filled when the release is in the table; otherwise both are left unset, since "unknown" must not
 * read as "supported".
 */
export function osEol(os: OsInfo, now: Date): OsInfo {
  const { eolDate: _date, eol: _eol, ...rest } = os;
  const entry = eolEntry(os);
  if (!entry) return rest;
  // The date is the last day of support, so the release is past EOL from the following day (UTC).
  const end = Date.parse(`${entry.eol}T00:00:00Z`) + 24 * 60 * 60 * 1000;
  return { ...rest, eolDate: entry.eol, eol: now.getTime() >= end };
}
