import { QueryClientProvider } from '@tanstack/react-query';
import { ConfigProvider, type ThemeConfig, theme } from 'antd';
import enUS from 'antd/es/locale/en_US';
import zhCN from 'antd/es/locale/zh_CN';
import { type ReactNode, useEffect, useState } from 'react';
import { FeedbackProvider } from '@/components/feedback';
import { useMediaQuery } from '@/hooks/use-media-query';
import { useLocale } from '@/lib/i18n';
import { createQueryClient } from '@/lib/query-client';
import { useUiStore } from '@/stores/ui-store';
import { AppErrorBoundary } from './error-boundary';

/** Blue text on dark surfaces (5.7:1 on the selected menu item's background). */
const DARK_ACCENT_TEXT = '#69b1ff';

/**
 * Contrast (WCAG AA, checked by axe in e2e/specs/accessibility.spec.ts): antd's 45 % grey description text and
 * its default link blue fall just short of 4.5:1, so both are darker in light and lighter in dark; in dark,
 * selected menu items and tabs use a lighter blue than the primary buttons' fill.
 */
const themeFor = (motion: boolean, dark: boolean): ThemeConfig =>
  dark
    ? {
        algorithm: theme.darkAlgorithm,
        token: {
          colorPrimary: '#1677ff',
          colorLink: '#69b1ff',
          colorError: '#ff7875',
          colorTextDescription: 'rgba(255,255,255,0.55)',
          colorTextTertiary: 'rgba(255,255,255,0.55)',
          colorTextPlaceholder: 'rgba(255,255,255,0.55)',
          borderRadius: 4,
          motion,
        },
        components: {
          Layout: { headerBg: '#141414', bodyBg: '#000', siderBg: '#141414' },
          Menu: { itemSelectedColor: DARK_ACCENT_TEXT, subMenuItemSelectedColor: DARK_ACCENT_TEXT },
          Tabs: { itemSelectedColor: DARK_ACCENT_TEXT, itemActiveColor: DARK_ACCENT_TEXT },
          // Tag text is the palette's 7th shade on its 1st; where that is under 4.5:1, one shade further.
          Tag: { purple7: '#ab7ae0', geekblue7: '#7f9ef3', colorInfo: DARK_ACCENT_TEXT },
        },
      }
    : {
        token: {
          colorPrimary: '#0064c8',
          colorLink: '#0064c8',
          colorError: '#cf1322',
          colorTextDescription: 'rgba(0,0,0,0.6)',
          colorTextTertiary: 'rgba(0,0,0,0.6)',
          colorTextPlaceholder: 'rgba(0,0,0,0.55)',
          borderRadius: 4,
          motion,
        },
        components: {
          Layout: { headerBg: '#fff', bodyBg: '#f5f6fa', siderBg: '#fff' },
          Tag: {
            cyan7: '#006d75',
            green7: '#237804',
            orange7: '#ad4e00',
            yellow7: '#876800',
            volcano7: '#ad2102',
            lime7: '#3f6600',
            gold7: '#874d00',
            colorSuccess: '#237804',
            colorWarning: '#ad4e00',
            colorInfo: '#0958d9',
          },
        },
      };

/** Whether the console draws dark now: 深色, or 跟随系统 while the system asks for dark. */
export function useDarkMode(): boolean {
  const mode = useUiStore((s) => s.themeMode);
  const systemDark = useMediaQuery('(prefers-color-scheme: dark)');
  return mode === 'dark' || (mode === 'system' && systemDark);
}

/**
 * The base text styles antd's App gave every descendant (its `.ant-app` rule: colour, size, line height and font
 * from the theme's tokens), kept without App itself, which would load message, notification and Modal up front.
 */
function BaseText({ children }: { children: ReactNode }) {
  const { token } = theme.useToken();
  const { colorText: color, fontSize, lineHeight, fontFamily } = token;
  return <div style={{ color, fontSize, lineHeight, fontFamily }}>{children}</div>;
}

/**
 * Query cache and antd (theme, locale, toasts and confirms), following the locale store. dayjs, which only the
 * date pickers need, follows it where they are used (src/hooks/use-dayjs-locale.ts).
 */
export function AppProvider({ children }: { children: ReactNode }) {
  const locale = useLocale();
  const [queryClient] = useState(createQueryClient);
  // People who ask their system for less motion get no antd animations (and scripts get stable targets).
  const reducedMotion = useMediaQuery('(prefers-reduced-motion: reduce)');
  const dark = useDarkMode();
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  // The page behind the layout (overscroll, native controls, scrollbars) follows the theme too.
  useEffect(() => {
    const root = document.documentElement;
    root.dataset.theme = dark ? 'dark' : 'light';
    root.style.colorScheme = dark ? 'dark' : 'light';
    // index.html paints html and body light before the app starts; both follow the theme from here on.
    const background = dark ? '#000' : '#f5f6fa';
    root.style.background = background;
    document.body.style.background = background;
  }, [dark]);
  return (
    <QueryClientProvider client={queryClient}>
      {/*
        No space inside two-character labels: the console's buttons read 确定 / 取消, not 确 定 / 取 消.
        No virtual lists: our option lists are short, and only non-virtual Selects put role="option" on the
        visible items, which screen readers and role-based tests rely on.
      */}
      <ConfigProvider
        locale={locale === 'zh-CN' ? zhCN : enUS}
        theme={themeFor(!reducedMotion, dark)}
        button={{ autoInsertSpace: false }}
        virtual={false}
      >
        <FeedbackProvider>
          <BaseText>
            <AppErrorBoundary>{children}</AppErrorBoundary>
          </BaseText>
        </FeedbackProvider>
      </ConfigProvider>
    </QueryClientProvider>
  );
}
