/**
 * The hostile-input corpus (issue 9, item 1): image tarballs and package databases built to break a
 * reader — truncated and corrupt compression, non-tar bytes, missing blobs, bad JSON, `../` paths,
 * link loops, bombs, huge and deep names, duplicate entries, garbage package databases.
 *
 * Nothing binary is committed: every case is built here, deterministically and in memory, with the
 * core's own writers (tar writer, image factory, fflate), one file per group (`cases-*.ts`). Each case
 * states what must happen when `acr-scan image <file>` (core `scanImage`) reads it: `reject` with a typed ScanError code, or
 * `handled` (the scan completes; a broken file yields no packages and maybe a warning).
 *
 * `src/image/hostile-corpus.test.ts` runs every case with time and memory bounds; `src/cli/hostile-cli.test.ts`,
 * `mocks/services/uploads-hostile.test.ts` and `e2e/specs/hostile-upload.spec.ts` (through write-corpus.ts) reuse it.
 */
import { ARCHIVE_CASES } from './cases-archive';
import { LAYER_CASES } from './cases-layer';
import { METADATA_CASES } from './cases-metadata';
import { PACKAGE_DB_CASES } from './cases-package-db';
import type { HostileCase } from './case-types';

export type { HostileCase, HostileOutcome } from './case-types';

/** Every hostile case, in a stable order. */
export const HOSTILE_CASES: readonly HostileCase[] = [
  ...ARCHIVE_CASES,
  ...METADATA_CASES,
  ...LAYER_CASES,
  ...PACKAGE_DB_CASES,
];

/** The case named `id` (throws when there is none, so a typo fails loudly). */
export function hostileCase(id: string): HostileCase {
  const found = HOSTILE_CASES.find((c) => c.id === id);
  if (!found) throw new Error(`no hostile case ${id}`);
  return found;
}
