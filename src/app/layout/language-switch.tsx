import { Segmented } from 'antd';
import type { Locale } from '@/lib/i18n';
import { useT } from '@/lib/i18n';
import { useUiStore } from '@/stores/ui-store';

/** 中文 / English; the choice is remembered across reloads. */
export function LanguageSwitch() {
  const t = useT();
  const locale = useUiStore((s) => s.locale);
  const setLocale = useUiStore((s) => s.setLocale);
  return (
    <Segmented<Locale>
      aria-label={t('layout.language')}
      size="small"
      value={locale}
      onChange={setLocale}
      options={[
        { value: 'zh-CN', label: t('layout.lang.zh') },
        { value: 'en-US', label: t('layout.lang.en') },
      ]}
    />
  );
}
