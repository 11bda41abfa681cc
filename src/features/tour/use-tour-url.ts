import { useEffect } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { loadTourStart } from './load-tour';
import { TOUR_IDS, type TourId } from './tour-ids';
import { useTourStore } from './tour-store';

const isTourId = (value: string | null): value is TourId => TOUR_IDS.some((id) => id === value);

/**
 * `?tour=single|batch|cloud` starts a tour (at step `&tourStep=N`, counted from 1), e.g. from a training link; the
 * parameters are then removed, so a reload resumes the tour instead of restarting it.
 */
export function useTourFromUrl() {
  const { pathname, search, hash } = useLocation();
  const navigate = useNavigate();
  const begin = useTourStore((s) => s.begin);

  useEffect(() => {
    const params = new URLSearchParams(search);
    const tourId = params.get('tour');
    if (!params.has('tour')) return;
    // Leave the page's own parameters alone; drop only ours.
    const stepParam = Number(params.get('tourStep'));
    params.delete('tour');
    params.delete('tourStep');
    if (isTourId(tourId)) {
      const index = Number.isInteger(stepParam) && stepParam > 0 ? stepParam - 1 : 0;
      void loadTourStart(tourId, pathname, index).then(begin);
    }
    const rest = params.toString();
    void navigate({ pathname, search: rest ? `?${rest}` : '', hash }, { replace: true });
  }, [search, pathname, hash, navigate, begin]);
}
