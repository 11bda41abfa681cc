/** A backend reason (a task's FailReason, a delivery's Error) in the user's language; any other text as sent. */
import { parseReason } from '@/api/contract/reasons';
import type { TFunction } from './i18n';

export function reasonText(t: TFunction, text: string): string {
  const parsed = parseReason(text);
  return parsed ? t(`reason.${parsed.kind}`, parsed.vars) : text;
}
