/** The mock backend's request handlers, for the browser worker and for the Node test server alike. */
import type { RequestHandler } from 'msw';
import { API_PATH } from '@/api/contract/actions';
import { createServiceContext, type ServiceContext } from '../services/context';
import { createRpcHandler } from './rpc';
import { createUploadChunkHandler } from './upload-chunk';

export interface HandlerOptions {
  /** The backend to answer from; by default one on the `acr-console` database. */
  context?: ServiceContext;
  /** Simulate latency according to the demo speed (default true). */
  latency?: boolean;
}

/**
 * Handlers answering the API at `apiUrl`, which must include the app's base path (e.g. `/console/api/`):
 * a path written from the origin root would not match under a sub-path deployment.
 */
export function createHandlers(apiUrl: string, options: HandlerOptions = {}): RequestHandler[] {
  const context = options.context ?? createServiceContext();
  // Notifications link back to the console: its address is the API's without the API path.
  context.consoleUrl ??= consoleUrlOf(apiUrl);
  return [
    createUploadChunkHandler(apiUrl, context),
    createRpcHandler(apiUrl, { context, latency: options.latency ?? true }),
  ];
}

/** `http://host/console/api/` → `http://host/console/`; a relative API URL is resolved against the page. */
export function consoleUrlOf(apiUrl: string): string {
  const page = typeof location === 'undefined' ? 'http://localhost/' : location.href;
  const absolute = new URL(apiUrl, page).href;
  return absolute.endsWith(API_PATH) ? absolute.slice(0, -API_PATH.length) : new URL('./', absolute).href;
}
