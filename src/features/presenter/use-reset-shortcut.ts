import { useEffect, useRef } from 'react';
import { useNavigate } from 'react-router';
import { useResetDemoWorld } from '@/api/resources/demo';
import { useFeedback } from '@/components/feedback';
import { useApiErrorMessage } from '@/hooks/use-api-error';
import { demoSeedLabel } from '@/lib/enum-labels';
import { useT } from '@/lib/i18n';
import { PRESENTER_RESET_SHORTCUT, usePresenterStore } from '@/stores/presenter-store';
import { useUiStore } from '@/stores/ui-store';

function isResetKey(event: KeyboardEvent): boolean {
  const { code, shiftKey, altKey } = PRESENTER_RESET_SHORTCUT;
  return (
    event.code === code && event.shiftKey === shiftKey && event.altKey === altKey && !event.ctrlKey && !event.metaKey
  );
}

/**
 * The presenter's one-key reset: the shortcut resets the world to the chosen seed at once (no confirmation:
 * mid-demo, a dialog is one step too many) and returns to the instance list. Only while presenter mode is on.
 */
export function useResetShortcut(): void {
  const t = useT();
  const { message } = useFeedback();
  const showError = useApiErrorMessage();
  const navigate = useNavigate();
  const enabled = usePresenterStore((s) => s.enabled);
  const seed = usePresenterStore((s) => s.resetSeed);
  const regionId = useUiStore((s) => s.lastRegionId);
  const reset = useResetDemoWorld();
  // The listener is registered once per mode change; it reads the latest values through the ref.
  const latest = useRef({ seed, regionId, reset, navigate, message, showError, t });
  latest.current = { seed, regionId, reset, navigate, message, showError, t };

  useEffect(() => {
    if (!enabled) return;
    const onKey = (event: KeyboardEvent) => {
      if (!isResetKey(event) || event.repeat) return;
      event.preventDefault();
      const { seed, regionId, reset, navigate, message, showError, t } = latest.current;
      if (reset.isPending) return;
      const name = t(demoSeedLabel[seed]);
      const key = 'presenter-reset';
      // Stays until the reset ends: seeding a large world can take a few seconds.
      void message.loading({ key, content: t('presenter.resetting', { seed: name }), duration: 0 });
      reset.mutateAsync({ SeedName: seed }).then(
        () => {
          void message.success({ key, content: t('presenter.reset.done', { seed: name }) });
          navigate(`/${regionId}/instances`);
        },
        (error: unknown) => {
          message.destroy(key);
          showError(error);
        },
      );
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [enabled]);
}
