import { Button, Result, Typography } from 'antd';
import { isRouteErrorResponse, useRouteError } from 'react-router';
import { useT } from '@/lib/i18n';
import { NotFoundPage } from './not-found-page';

/** Errors thrown while rendering or loading a route (e.g. a page chunk that failed to download). */
export function RouteErrorPage() {
  const t = useT();
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />;
  const detail = error instanceof Error ? error.message : String(error);
  return (
    <Result
      status="error"
      title={t('error.page.title')}
      subTitle={
        <>
          <div>{t('error.page.description')}</div>
          <Typography.Text type="secondary">{detail}</Typography.Text>
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
