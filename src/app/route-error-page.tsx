import { isRouteErrorResponse, useRouteError } from 'react-router';
import { LazyCrashPage, LazyNotFoundPage } from './lazy-error-pages';

/** Errors thrown while rendering or loading a route (e.g. a page chunk that failed to download). */
export function RouteErrorPage() {
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) return <LazyNotFoundPage />;
  return <LazyCrashPage error={error} />;
}
