/** Builds the data router from the route table; route entries ride along as each route's `handle`. */
import { createBrowserRouter, Navigate, type RouteObject } from 'react-router';
import { FullPageSpin } from '@/components/page-loading';
import { RouteErrorPage } from './route-error-page';
import type { RouteEntry } from './route-types';
import { routeTable } from './routes';

/**
 * A page's code, fetched on its first visit. If the download fails (a new deploy, a dropped connection), the
 * route gets a page that throws that error, so its ErrorBoundary shows the crash page with 刷新页面: React Router
 * itself swallows a failed `lazy` of a route without a loader and would render nothing at all.
 */
async function loadPage(lazy: NonNullable<RouteEntry['lazy']>): Promise<Pick<RouteObject, 'Component'>> {
  try {
    return { Component: await lazy() };
  } catch (error) {
    return {
      // biome-ignore lint/correctness/noComponentHookFactories: made once, for the one route whose code failed; it only rethrows
      Component: () => {
        throw error;
      },
    };
  }
}

function toRouteObject(entry: RouteEntry): RouteObject {
  const { lazy } = entry;
  const common = {
    id: entry.id,
    handle: entry,
    element: entry.redirect ? <Navigate to={entry.redirect} replace /> : undefined,
    Component: entry.Component,
    lazy: lazy ? () => loadPage(lazy) : undefined,
    // Every page gets its own boundary so an error stays inside the console shell.
    ErrorBoundary: entry.redirect ? undefined : RouteErrorPage,
  };
  if (entry.index) return { ...common, index: true };
  return { ...common, path: entry.path, children: entry.children?.map(toRouteObject) };
}

/** Created after the backend is up and demo URL parameters are consumed, so it reads the final URL. */
export function createAppRouter() {
  const routes = routeTable.map((entry) => ({ ...toRouteObject(entry), HydrateFallback: FullPageSpin }));
  const basename = import.meta.env.BASE_URL.replace(/\/$/, '') || '/';
  return createBrowserRouter(routes, { basename });
}
