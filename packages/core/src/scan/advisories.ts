/**
 * The advisory index a scan matches against: the curated dataset shipped with the core (unless turned
 * off) plus any OSV records the caller loaded (files, zips, directories the user chose).
 */
import { type AdvisoryIndex, createAdvisoryIndex } from '../advisory/advisory-index';
import { CURATED_DATASET_BUILD_DATE, CURATED_DATASET_VERSION, curatedAdvisories } from '../advisory/data';
import type { OsvRecord } from '../advisory/osv-types';

/** What to index. */
export interface AdvisorySources {
  /** Include the curated dataset (default true). */
  builtin?: boolean;
  /** Extra OSV records; when ids collide, the later `modified` wins. */
  extra?: readonly OsvRecord[];
}

/** Version string of the built-in dataset, as reports and `db info` show it. */
export const BUILTIN_DB_VERSION = `curated-${CURATED_DATASET_VERSION}`;

/**
 * Builds the index. The version names what went in: `curated-<dataset version>`, `+ N extra records`, or
 * `extra (N records)` when the built-in data is off, so a report says which data produced it.
 */
export function buildAdvisoryIndex(sources: AdvisorySources = {}): AdvisoryIndex {
  const builtin = sources.builtin ?? true;
  const extra = sources.extra ?? [];
  const parts: string[] = [];
  if (builtin) parts.push(BUILTIN_DB_VERSION);
  if (extra.length > 0) parts.push(builtin ? `+${extra.length} extra records` : `extra (${extra.length} records)`);
  const records = builtin ? [...curatedAdvisories, ...extra] : [...extra];
  return createAdvisoryIndex(records, {
    version: parts.length > 0 ? parts.join(' ') : 'empty',
    ...(builtin ? { builtAt: CURATED_DATASET_BUILD_DATE } : {}),
  });
}
