/** The mock backend's request handlers, for the browser worker and for the Node test server alike. */
import type { RequestHandler } from 'msw';
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
  return [
    createUploadChunkHandler(apiUrl, context),
    createRpcHandler(apiUrl, { context, latency: options.latency ?? true }),
  ];
}
