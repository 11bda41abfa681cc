import { useSearchParams } from 'react-router';
import { safeReturnTo } from '@/hooks/use-route-params';

/** Where the flow goes back to when it is done (`?returnTo=`), or the instance list. */
export function useReturnTo(): { returnTo: string | undefined; backTo: string } {
  const [params] = useSearchParams();
  const returnTo = safeReturnTo(params.get('returnTo'));
  return { returnTo, backTo: returnTo ?? '/' };
}
