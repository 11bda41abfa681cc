/**
 * UI state only: server data lives in TanStack Query and the region lives in the URL. The locale, the theme
 * (跟随系统 / 浅色 / 深色) and the collapsed navigation survive reloads; `lastRegionId` lets pages without a region in their URL (设置, 404)
 * link back to where the user was.
 */
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import type { Locale } from '@/locales/catalogs';

export const DEFAULT_REGION_ID = 'cn-hangzhou';
/** The signed-in main account: console state of the demo, not something the API returns. */
export const DEMO_ACCOUNT = 'acr-demo@1888****1234';

/** 跟随系统 / 浅色 / 深色: `system` follows `prefers-color-scheme`. */
export const THEME_MODES = ['system', 'light', 'dark'] as const;
export type ThemeMode = (typeof THEME_MODES)[number];

interface UiState {
  locale: Locale;
  siderCollapsed: boolean;
  lastRegionId: string;
  account: string;
  themeMode: ThemeMode;
  setLocale: (locale: Locale) => void;
  setSiderCollapsed: (collapsed: boolean) => void;
  setLastRegionId: (regionId: string) => void;
  setThemeMode: (mode: ThemeMode) => void;
}

export const useUiStore = create<UiState>()(
  persist(
    (set) => ({
      locale: 'zh-CN',
      siderCollapsed: false,
      lastRegionId: DEFAULT_REGION_ID,
      account: DEMO_ACCOUNT,
      themeMode: 'system',
      setLocale: (locale) => set({ locale }),
      setSiderCollapsed: (siderCollapsed) => set({ siderCollapsed }),
      setLastRegionId: (lastRegionId) => set({ lastRegionId }),
      setThemeMode: (themeMode) => set({ themeMode }),
    }),
    {
      name: 'acr-console:ui',
      version: 1,
      storage: createJSONStorage(() => localStorage),
      // Version 1 states without `themeMode` merge over the defaults, so they follow the system.
      partialize: ({ locale, siderCollapsed, lastRegionId, themeMode }) => ({
        locale,
        siderCollapsed,
        lastRegionId,
        themeMode,
      }),
    },
  ),
);
