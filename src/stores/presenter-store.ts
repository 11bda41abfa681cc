/**
 * 演示者模式 (presenter mode), a console preference that survives reloads: whether it is on and which seed the
 * one-key reset returns to. The pacing itself is the backend's: turning the mode on sets the demo speed to
 * `realistic`, whose scans and deliveries really wait in the backend (see `mocks/services/scan-tasks.ts`).
 */
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import type { DemoSeedName } from '@/api/contract/console';

/** The one-key reset, as `KeyboardEvent.code` plus modifiers; shown to people as `PRESENTER_RESET_KEYS`. */
export const PRESENTER_RESET_SHORTCUT = { code: 'KeyR', shiftKey: true, altKey: true } as const;
export const PRESENTER_RESET_KEYS = 'Shift+Alt+R';

interface PresenterState {
  enabled: boolean;
  resetSeed: DemoSeedName;
  setEnabled: (enabled: boolean) => void;
  setResetSeed: (seed: DemoSeedName) => void;
}

export const usePresenterStore = create<PresenterState>()(
  persist(
    (set) => ({
      enabled: false,
      resetSeed: 'default',
      setEnabled: (enabled) => set({ enabled }),
      setResetSeed: (resetSeed) => set({ resetSeed }),
    }),
    {
      name: 'acr-console:presenter',
      version: 1,
      storage: createJSONStorage(() => localStorage),
      partialize: ({ enabled, resetSeed }) => ({ enabled, resetSeed }),
    },
  ),
);

/** Whether the console is in presenter mode (demo-only controls are hidden then). */
export const usePresenterMode = () => usePresenterStore((s) => s.enabled);
