import { Result } from 'antd';
import { ButtonLink } from '@/components/button-link';
import { useT } from '@/lib/i18n';
import { useUiStore } from '@/stores/ui-store';

export function NotFoundPage() {
  const t = useT();
  const lastRegionId = useUiStore((s) => s.lastRegionId);
  return (
    <Result
      status="404"
      title={t('not-found.title')}
      subTitle={t('not-found.description')}
      extra={
        <ButtonLink type="primary" to={`/${lastRegionId}/instances`}>
          {t('not-found.back')}
        </ButtonLink>
      }
    />
  );
}
