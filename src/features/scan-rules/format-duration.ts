import type { TFunction } from '@/lib/i18n';

/** 耗时 of a task: seconds below a minute, then minutes and seconds. */
export function formatDuration(t: TFunction, ms: number): string {
  const total = Math.max(0, Math.round(ms / 1000));
  const m = Math.floor(total / 60);
  const s = total % 60;
  return m === 0 ? t('scan-rules.duration.seconds', { s }) : t('scan-rules.duration.minutes', { m, s });
}
