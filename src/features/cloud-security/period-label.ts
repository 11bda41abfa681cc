import type { TFunction } from '@/lib/i18n';

/** 1 年 for twelve months, otherwise N 个月. */
export function periodLabel(t: TFunction, months: number): string {
  return months === 12 ? t('sas.field.period.year') : t('sas.field.period.months', { n: months });
}
