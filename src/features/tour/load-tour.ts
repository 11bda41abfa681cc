import type { TourProgress } from './engine';
import type { TourId } from './tour-ids';

/** The progress of `tourId` started at step `index` on `pathname`; fetches the steps and the engine first. */
export async function loadTourStart(tourId: TourId, pathname: string, index = 0): Promise<TourProgress> {
  const [{ startTour }, { tours }, { domEnv }] = await Promise.all([
    import('./engine'),
    import('./steps'),
    import('./dom-env'),
  ]);
  return startTour(tourId, tours[tourId], domEnv(pathname), index);
}
