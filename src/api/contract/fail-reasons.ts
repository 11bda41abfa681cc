/**
 * Why a scan or fix task ended FAILED. ACR's `FailReason` is free text, so the backend words it in English (as the
 * API does) and the console recognises the reasons below to show them in the user's language; any other text is
 * shown as sent. Both sides build and read the texts here, so they cannot drift apart.
 */

export const SCAN_STOPPED_REASON = 'The scan was stopped by the user.';
export const SCAN_INTERRUPTED_REASON =
  'The scan was interrupted: the console page running it was closed or reloaded. Scan the image again.';
export const SCAN_TASK_MISSING_REASON = 'The scan task of this image no longer exists.';
export const FIX_INTERRUPTED_REASON =
  'The fix was interrupted: the console page running it was closed or reloaded. Start the one-click fix again.';

const SCAN_FAILED = 'The scan failed: ';
const FIX_FAILED = 'The fix failed: ';
const QUOTA = /^The image scan authorisations of the cloud-security scan engine are used up \((\d+)\/(\d+)\)\. /;

/** A scan that threw: `detail` is the error's own message (from the scan core, in English). */
export const scanFailedReason = (detail: string): string => `${SCAN_FAILED}${detail}`;
/** A one-click fix that threw. */
export const fixFailedReason = (detail: string): string => `${FIX_FAILED}${detail}`;
/** A cloud-security scan refused because the subscription's image authorisations are all counted. */
export const quotaExceededReason = (used: number, quota: number): string =>
  `The image scan authorisations of the cloud-security scan engine are used up (${used}/${quota}). ` +
  'Upgrade the cloud-security engine to scan new images; images it already scanned can be scanned again.';

export type FailReason =
  | { kind: 'scan-stopped' | 'scan-interrupted' | 'scan-task-missing' | 'fix-interrupted' }
  | { kind: 'scan-failed' | 'fix-failed'; detail: string }
  | { kind: 'quota-exceeded'; used: number; quota: number }
  | { kind: 'other'; text: string };

const FIXED: Record<string, FailReason> = {
  [SCAN_STOPPED_REASON]: { kind: 'scan-stopped' },
  [SCAN_INTERRUPTED_REASON]: { kind: 'scan-interrupted' },
  [SCAN_TASK_MISSING_REASON]: { kind: 'scan-task-missing' },
  [FIX_INTERRUPTED_REASON]: { kind: 'fix-interrupted' },
};

/** Which of the backend's reasons `text` is, with its figures or detail; `other` for any text it did not build. */
export function parseFailReason(text: string): FailReason {
  const fixed = Object.hasOwn(FIXED, text) ? FIXED[text] : undefined;
  if (fixed) return fixed;
  if (text.startsWith(SCAN_FAILED)) return { kind: 'scan-failed', detail: text.slice(SCAN_FAILED.length) };
  if (text.startsWith(FIX_FAILED)) return { kind: 'fix-failed', detail: text.slice(FIX_FAILED.length) };
  const quota = QUOTA.exec(text);
  if (quota && text === quotaExceededReason(Number(quota[1]), Number(quota[2]))) {
    return { kind: 'quota-exceeded', used: Number(quota[1]), quota: Number(quota[2]) };
  }
  return { kind: 'other', text };
}
