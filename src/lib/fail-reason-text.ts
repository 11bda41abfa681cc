/** A task's `FailReason` in the user's language: the backend's known reasons are translated, any other shown as sent. */
import { parseFailReason } from '@/api/contract/fail-reasons';
import type { TFunction } from './i18n';

export function failReasonText(t: TFunction, text: string): string {
  const reason = parseFailReason(text);
  switch (reason.kind) {
    case 'other':
      return reason.text;
    case 'scan-failed':
    case 'fix-failed':
      return t(`fail-reason.${reason.kind}`, { detail: reason.detail });
    case 'quota-exceeded':
      return t('fail-reason.quota-exceeded', { used: reason.used, quota: reason.quota });
    default:
      return t(`fail-reason.${reason.kind}`);
  }
}
