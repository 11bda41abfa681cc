import { Button, Result, Typography } from 'antd';
import { useT } from '@/lib/i18n';

/** A readable page for an unexpected error, with a reload: never a blank screen. */
export function CrashPage({ error }: { error: unknown }) {
  const t = useT();
  return (
    <Result
      status="error"
      title={t('error.page.title')}
      subTitle={
        <>
          <div>{t('error.page.description')}</div>
          <Typography.Text type="secondary">{error instanceof Error ? error.message : String(error)}</Typography.Text>
        </>
      }
      extra={
        <Button type="primary" onClick={() => window.location.reload()}>
          {t('error.page.reload')}
        </Button>
      }
    />
  );
}
