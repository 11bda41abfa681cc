import { Skeleton, Spin } from 'antd';
import { useT } from '@/lib/i18n';

/** A page or card body waiting for its data. */
export function PageLoading({ rows = 6 }: { rows?: number }) {
  return <Skeleton active paragraph={{ rows }} />;
}

/** The whole console waiting (first load, lazy chunks). */
export function FullPageSpin() {
  const t = useT();
  return (
    <div style={{ display: 'grid', placeItems: 'center', minHeight: '60vh' }}>
      <Spin size="large" description={t('common.loading')} />
    </div>
  );
}
