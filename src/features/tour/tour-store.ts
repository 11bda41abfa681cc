/**
 * The tour in progress (which tour, which step, what the user picked) and whether its card is shown. Persisted,
 * so a reload mid-tour resumes at the same step and a closed (关闭) tour can be resumed (继续引导).
 */
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import type { TourProgress } from './engine';

interface TourStoreState {
  progress: TourProgress | null;
  open: boolean;
  begin: (progress: TourProgress) => void;
  update: (progress: TourProgress) => void;
  close: () => void;
  resume: () => void;
  finish: () => void;
}

export const useTourStore = create<TourStoreState>()(
  persist(
    (set) => ({
      progress: null,
      open: false,
      begin: (progress) => set({ progress, open: true }),
      update: (progress) => set({ progress }),
      close: () => set({ open: false }),
      resume: () => set((s) => ({ open: s.progress !== null })),
      finish: () => set({ progress: null, open: false }),
    }),
    {
      name: 'acr-console:tour',
      version: 1,
      storage: createJSONStorage(() => localStorage),
      partialize: ({ progress, open }) => ({ progress, open }),
    },
  ),
);
