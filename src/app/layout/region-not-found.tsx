import { Result } from 'antd';
import { ButtonLink } from '@/components/button-link';
import { useT } from '@/lib/i18n';
import { DEFAULT_REGION_ID } from '@/stores/ui-store';

/** 地域不存在: the URL names a region the console does not offer (loaded on demand by RegionLayout). */
export function RegionNotFound({ regionId }: { regionId: string }) {
  const t = useT();
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
