import { Result } from 'antd';
import { useCallback } from 'react';
import { ErrorResult } from '@/components/error-result';
import { useFeedback } from '@/components/feedback';
import { useApiErrorMessage } from '@/hooks/use-api-error';
import { errorCode } from '@/lib/api-errors';
import { type TFunction, useT } from '@/lib/i18n';

/** NoPrivilege reads with the backend's own words (which RAM action on which resource), not a bare code. */
export function noPrivilegeText(t: TFunction, error: unknown): string | undefined {
  if (errorCode(error) !== 'NoPrivilege') return undefined;
  return t('ram.error.no-privilege', { detail: error instanceof Error ? error.message : String(error) });
}

/** Shows a failed RAM call as a message; a denial says what was denied. */
export function useRamErrorMessage(): (error: unknown) => void {
  const { message } = useFeedback();
  const t = useT();
  const showError = useApiErrorMessage();
  return useCallback(
    (error: unknown) => {
      const denied = noPrivilegeText(t, error);
      if (denied) void message.error(denied);
      else showError(error);
    },
    [message, t, showError],
  );
}

/** A list that failed to load; for a denial, the title says what the identity may not do. */
export function RamErrorResult({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const t = useT();
  return <ErrorResult error={error} onRetry={onRetry} title={noPrivilegeText(t, error)} />;
}

/** A page the identity may not open: RAM's answer in words, before any call is made (and denied). */
export function DeniedResult({ reason }: { reason?: string }) {
  const t = useT();
  return <Result status="403" title={t('ram.denied.title')} subTitle={reason} />;
}
