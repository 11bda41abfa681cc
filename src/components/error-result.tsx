import { Button, Result, Typography } from 'antd';
import type { ReactNode } from 'react';
import { describeError } from '@/lib/api-errors';
import { useT } from '@/lib/i18n';

interface ErrorResultProps {
  error: unknown;
  onRetry?: () => void;
  title?: string;
  extra?: ReactNode;
}

/** A failed load: what went wrong in words, the request id for support, and a retry. */
export function ErrorResult({ error, onRetry, title, extra }: ErrorResultProps) {
  const t = useT();
  const info = describeError(t, error);
  return (
    <Result
      status="error"
      title={title ?? t('error.load.title')}
      subTitle={
        <>
          <div>{info.message}</div>
          {info.requestId && (
            <Typography.Text type="secondary" copyable={{ text: info.requestId }}>
              {t('error.request-id', { id: info.requestId })}
            </Typography.Text>
          )}
        </>
      }
      extra={
        <>
          {onRetry && (
            <Button type="primary" onClick={onRetry}>
              {t('common.retry')}
            </Button>
          )}
          {extra}
        </>
      }
    />
  );
}
