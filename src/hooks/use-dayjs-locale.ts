/**
 * antd's DatePicker / RangePicker / TimePicker name months and weekdays through dayjs. Call this in every
 * component that renders one, so dayjs and its Chinese locale load with those pages, not with the first one.
 */
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { type Locale, useLocale } from '@/lib/i18n';

/** dayjs's name for each console language (English is built into dayjs). */
const DAYJS_LOCALE: Record<Locale, string> = { 'zh-CN': 'zh-cn', 'en-US': 'en' };

/** Keeps dayjs's global locale on the console's language, following the language switch. */
export function useDayjsLocale(): void {
  const locale = useLocale();
  // Set during render, before the picker below formats anything in the new language.
  dayjs.locale(DAYJS_LOCALE[locale]);
}
