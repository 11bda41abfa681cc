import { Button, Result, Typography } from 'antd';
import { useT } from '@/lib/i18n';

/** Shown instead of the console when the in-browser backend cannot start: never a blank page. */
export function BootErrorPage({ error }: { error: unknown }) {
  const t = useT();
  const message = error instanceof Error ? error.message : String(error);
  return (
    <Result
      status="500"
      title={t('boot.title')}
      subTitle={
        <div style={{ maxWidth: 560, margin: '0 auto' }}>
          <p>{t('boot.description')}</p>
          <Typography.Text type="secondary">{t('boot.detail', { message })}</Typography.Text>
        </div>
      }
      extra={
        <Button type="primary" onClick={() => window.location.reload()}>
          {t('boot.reload')}
        </Button>
      }
    />
  );
}
