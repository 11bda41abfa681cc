import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useEffect } from 'react';
import { Outlet } from 'react-router';
import { regionQueries } from '@/api/resources/regions';
import { useRegionId } from '@/hooks/use-route-params';
import { useLocale } from '@/lib/i18n';
import { useUiStore } from '@/stores/ui-store';

// Only a mistyped URL needs antd's Result: it loads then, not with every page.
const RegionNotFound = lazy(() => import('./region-not-found').then((m) => ({ default: m.RegionNotFound })));

/** Checks the region in the URL and remembers it for pages that have none (设置, 404). */
export function RegionLayout() {
  const locale = useLocale();
  const regionId = useRegionId();
  const regions = useQuery(regionQueries.list(locale));
  const known = regions.data?.Regions.some((r) => r.RegionId === regionId);
  const setLastRegionId = useUiStore((s) => s.setLastRegionId);

  useEffect(() => {
    if (known) setLastRegionId(regionId);
  }, [known, regionId, setLastRegionId]);

  if (regions.data && !known) {
    return (
      <Suspense fallback={null}>
        <RegionNotFound regionId={regionId} />
      </Suspense>
    );
  }
  return <Outlet />;
}
