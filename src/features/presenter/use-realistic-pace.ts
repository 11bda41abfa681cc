import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { demoQueries, useUpdateDemoSpeed } from '@/api/resources/demo';
import { usePresenterMode } from '@/stores/presenter-store';

/**
 * Presenter mode paces work like the real service, and the pacing is the backend's `realistic` speed (scans
 * wait on every phase in the task runner, deliveries take a network moment). So while the mode is on, a
 * backend left at `instant` (by a script's `?demoSpeed=instant`, or from before the mode was turned on) is
 * switched back to `realistic`.
 */
export function useRealisticPace(): void {
  const presenting = usePresenterMode();
  const state = useQuery({ ...demoQueries.state(), enabled: presenting });
  const { mutate, isPending } = useUpdateDemoSpeed();
  const speed = state.data?.Speed;
  useEffect(() => {
    if (presenting && speed === 'instant' && !isPending) mutate({ Speed: 'realistic' });
  }, [presenting, speed, isPending, mutate]);
}
