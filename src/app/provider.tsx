import { QueryClientProvider } from '@tanstack/react-query';
import { App as AntdApp, ConfigProvider, type ThemeConfig } from 'antd';
import enUS from 'antd/es/locale/en_US';
import zhCN from 'antd/es/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/en';
import 'dayjs/locale/zh-cn';
import { type ReactNode, useEffect, useState } from 'react';
import { useMediaQuery } from '@/hooks/use-media-query';
import { useLocale } from '@/lib/i18n';
import { createQueryClient } from '@/lib/query-client';
import { AppErrorBoundary } from './error-boundary';

const themeFor = (motion: boolean): ThemeConfig => ({
  token: { colorPrimary: '#0064c8', borderRadius: 4, motion },
  components: { Layout: { headerBg: '#fff', bodyBg: '#f5f6fa', siderBg: '#fff' } },
});

/** Query cache, antd (theme, locale, message/modal context) and dayjs, all following the locale store. */
export function AppProvider({ children }: { children: ReactNode }) {
  const locale = useLocale();
  const [queryClient] = useState(createQueryClient);
  // People who ask their system for less motion get no antd animations (and scripts get stable targets).
  const reducedMotion = useMediaQuery('(prefers-reduced-motion: reduce)');
  // Set during render, before children format any date in the new language.
  dayjs.locale(locale === 'zh-CN' ? 'zh-cn' : 'en');
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  return (
    <QueryClientProvider client={queryClient}>
      {/*
        No space inside two-character labels: the console's buttons read 确定 / 取消, not 确 定 / 取 消.
        No virtual lists: our option lists are short, and only non-virtual Selects put role="option" on the
        visible items, which screen readers and role-based tests rely on.
      */}
      <ConfigProvider
        locale={locale === 'zh-CN' ? zhCN : enUS}
        theme={themeFor(!reducedMotion)}
        button={{ autoInsertSpace: false }}
        virtual={false}
      >
        <AntdApp>
          <AppErrorBoundary>{children}</AppErrorBoundary>
        </AntdApp>
      </ConfigProvider>
    </QueryClientProvider>
  );
}
