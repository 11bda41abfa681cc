import { CompassOutlined, DownOutlined } from '@ant-design/icons';
import { Button, Dropdown, type MenuProps } from 'antd';
import { lazy, Suspense } from 'react';
import { useLocation } from 'react-router';
import { useT } from '@/lib/i18n';
import { loadTourStart } from './load-tour';
import { TOUR_IDS, TOUR_STEP_COUNTS, type TourId } from './tour-ids';
import { useTourStore } from './tour-store';
import { useTourFromUrl } from './use-tour-url';

// antd's Tour, the runner, the steps and the engine load only when a tour starts or is open: the first page
// does not pay for them.
const TourRunner = lazy(() => import('./tour-runner').then((m) => ({ default: m.TourRunner })));

const TOUR_NAMES = { single: 'tour.name.single', batch: 'tour.name.batch', cloud: 'tour.name.cloud' } as const;

/** 引导 in the top bar: start any tour, or 继续引导 one that was closed; also hosts the tour itself. */
export function TourLauncher() {
  const t = useT();
  const { pathname } = useLocation();
  const { progress, open, begin, resume } = useTourStore();
  useTourFromUrl();

  const start = (tourId: TourId) => void loadTourStart(tourId, pathname).then(begin);
  const items: MenuProps['items'] = [
    ...(progress && !open
      ? [
          {
            key: 'resume',
            label: t('tour.resume', {
              tour: t(TOUR_NAMES[progress.tourId]),
              step: progress.step + 1,
              total: TOUR_STEP_COUNTS[progress.tourId],
            }),
          },
          { type: 'divider' as const },
        ]
      : []),
    ...TOUR_IDS.map((id) => ({ key: id, label: t(TOUR_NAMES[id]) })),
  ];
  const onClick: MenuProps['onClick'] = ({ key }) => {
    if (key === 'resume') resume();
    else start(key as TourId);
  };

  return (
    <>
      <Dropdown trigger={['click']} menu={{ items, onClick }}>
        <Button type="text" icon={<CompassOutlined />}>
          {t('tour.launcher')} <DownOutlined />
        </Button>
      </Dropdown>
      {open && (
        <Suspense fallback={null}>
          <TourRunner />
        </Suspense>
      )}
    </>
  );
}
