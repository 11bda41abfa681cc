/** Shows an API error as a localised antd message, with the request id for support. */
import { useCallback } from 'react';
import { useFeedback } from '@/components/feedback';
import { describeError } from '@/lib/api-errors';
import { useT } from '@/lib/i18n';

export function useApiErrorMessage(): (error: unknown) => void {
  const { message } = useFeedback();
  const t = useT();
  return useCallback(
    (error: unknown) => {
      const info = describeError(t, error);
      const suffix = info.requestId ? ` (${t('error.request-id', { id: info.requestId })})` : '';
      void message.error(`${info.message}${suffix}`);
    },
    [message, t],
  );
}
