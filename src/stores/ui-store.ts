/**
 * UI state only: server data lives in TanStack Query and the region lives in the URL. The locale and the
 * collapsed navigation survive reloads; `lastRegionId` lets pages without a region in their URL (设置, 404)
 * link back to where the user was.
 */
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import type { Locale } from '@/locales/catalogs';

export const DEFAULT_REGION_ID = 'cn-hangzhou';
/** The signed-in main account: console state of the demo, not something the API returns. */
export const DEMO_ACCOUNT = 'acr-demo@1888****1234';

interface UiState {
  locale: Locale;
  siderCollapsed: boolean;
  lastRegionId: string;
  account: string;
  setLocale: (locale: Locale) => void;
  setSiderCollapsed: (collapsed: boolean) => void;
  setLastRegionId: (regionId: string) => void;
}

export const useUiStore = create<UiState>()(
  persist(
    (set) => ({
      locale: 'zh-CN',
      siderCollapsed: false,
      lastRegionId: DEFAULT_REGION_ID,
      account: DEMO_ACCOUNT,
      setLocale: (locale) => set({ locale }),
      setSiderCollapsed: (siderCollapsed) => set({ siderCollapsed }),
      setLastRegionId: (lastRegionId) => set({ lastRegionId }),
    }),
    {
      name: 'acr-console:ui',
      version: 1,
      storage: createJSONStorage(() => localStorage),
      partialize: ({ locale, siderCollapsed, lastRegionId }) => ({ locale, siderCollapsed, lastRegionId }),
    },
  ),
);
