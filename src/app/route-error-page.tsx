import { isRouteErrorResponse, useRouteError } from 'react-router';
import { CrashPage } from './crash-page';
import { NotFoundPage } from './not-found-page';

/** Errors thrown while rendering or loading a route (e.g. a page chunk that failed to download). */
export function RouteErrorPage() {
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />;
  return <CrashPage error={error} />;
}
