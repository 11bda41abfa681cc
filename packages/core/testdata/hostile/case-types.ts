/** The shape of a hostile case and the outcomes it may demand. */
import type { ScanErrorCode } from '../../src/types/errors';

/** What must happen when the case is scanned. */
export type HostileOutcome =
  | { outcome: 'reject'; code: ScanErrorCode; message?: RegExp }
  | {
      outcome: 'handled';
      /** A warning the scan must report (the broken file it skipped). */
      warning?: RegExp;
      /** Exact OS package count expected (usually 0 from a broken database). */
      osPackages?: number;
      /** Exact application package count expected. */
      appPackages?: number;
    };

/** One hostile input. */
export interface HostileCase {
  /** Stable kebab-case id (also the file name when written to disk: `<id>.tar`). */
  id: string;
  /** What is wrong with it. */
  title: string;
  group: 'archive' | 'metadata' | 'layer' | 'package-db';
  /** Builds the archive bytes (deterministic). */
  build(): Promise<Uint8Array>;
  expect: HostileOutcome;
  /** Scan with lock-file analyzers on (`acr-scan --lock-files`). */
  lockFiles?: boolean;
  /** Decompresses to hundreds of MiB: run alone, with the memory bound. */
  bomb?: boolean;
  /** A time bound other than the default, with the reason in the case's comment. */
  timeBoundMs?: number;
}

export const reject = (code: ScanErrorCode, message?: RegExp): HostileOutcome => ({
  outcome: 'reject',
  code,
  message,
});
export const handled = (
  extra: Omit<Extract<HostileOutcome, { outcome: 'handled' }>, 'outcome'> = {},
): HostileOutcome => ({
  outcome: 'handled',
  ...extra,
});

