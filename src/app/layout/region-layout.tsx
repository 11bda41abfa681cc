import { useQuery } from '@tanstack/react-query';
import { Result } from 'antd';
import { useEffect } from 'react';
import { Outlet } from 'react-router';
import { regionQueries } from '@/api/resources/regions';
import { ButtonLink } from '@/components/button-link';
import { useRegionId } from '@/hooks/use-route-params';
import { useLocale, useT } from '@/lib/i18n';
import { DEFAULT_REGION_ID, useUiStore } from '@/stores/ui-store';

/** Checks the region in the URL and remembers it for pages that have none (设置, 404). */
export function RegionLayout() {
  const t = useT();
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
      <Result
        status="404"
        title={t('region.not-found.title')}
        subTitle={t('region.not-found.description', { id: regionId })}
        extra={
          <ButtonLink type="primary" to={`/${DEFAULT_REGION_ID}/instances`}>
            {t('not-found.back')}
          </ButtonLink>
        }
      />
    );
  }
  return <Outlet />;
}
