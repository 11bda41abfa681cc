import { useEffect } from 'react';
import { useSearchParams } from 'react-router';
import { usePresenterStore } from '@/stores/presenter-store';

/**
 * `?presenter=1` turns presenter mode on (`?presenter=0` off) and is then removed from the address, so a shared
 * or reloaded link does not keep re-applying it.
 */
export function usePresenterUrl(): void {
  const [params, setParams] = useSearchParams();
  const setEnabled = usePresenterStore((s) => s.setEnabled);
  const value = params.get('presenter');
  useEffect(() => {
    if (value === null) return;
    if (value === '1' || value === '0') setEnabled(value === '1');
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        next.delete('presenter');
        return next;
      },
      { replace: true },
    );
  }, [value, setEnabled, setParams]);
}
