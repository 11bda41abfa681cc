/**
 * The one handler of the API path: the RPC gateway. It reads `Action` and `Version`, validates parameters
 * against the contract, calls the action's service and shapes the answer. No domain logic lives here.
 */

import { type HttpHandler, http } from 'msw';
import { ACTIONS, isActionName } from '@/api/contract/actions';
import { API_VERSION } from '@/api/contract/wire';
import { AccessDenied, guardCall } from '../ram/enforce';
import type { ServiceContext } from '../services/context';
import { ensureWorld } from '../services/demo';
import { BusinessFailure, ParameterFailure } from '../services/errors';
import { StoreUnavailableError } from '../store/database';
import { StorageQuotaError } from '../store/transactions';
import { latencyFor, sleep } from './latency';
import { parseParams } from './params';
import { businessError, gatewayError, success } from './responses';
import { dispatch } from './routes';

export interface RpcOptions {
  context: ServiceContext;
  /** Wait like the real service would, according to the demo speed. Off in unit tests. */
  latency: boolean;
}

/** An MSW handler answering GET and POST on `apiUrl` (e.g. `/console/api/`). */
export function createRpcHandler(apiUrl: string, options: RpcOptions): HttpHandler {
  return http.all(apiUrl, ({ request }) => handleRpc(request, options));
}

/** Answers one API request. Exported so the same gateway can be served outside MSW. */
export async function handleRpc(request: Request, options: RpcOptions): Promise<Response> {
  const query = await requestParams(request);
  const regionId = query.get('RegionId') ?? undefined;
  const action = query.get('Action');
  if (request.method !== 'GET' && request.method !== 'POST')
    return gatewayError('InvalidAction.NotFound', { regionId });
  if (!action) return gatewayError('MissingParameter', { name: 'Action', regionId });
  if (!isActionName(action)) return gatewayError('InvalidAction.NotFound', { regionId });
  if (query.get('Version') !== API_VERSION) return gatewayError('InvalidVersion', { regionId });
  const parsed = parseParams(ACTIONS[action].request, query);
  if (!parsed.ok) return gatewayError(parsed.code, { name: parsed.name, detail: parsed.detail, regionId });

  try {
    const meta = await ensureWorld(options.context);
    if (options.latency) await sleep(latencyFor(meta.Speed));
    // RAM: the session identity must be allowed the action (403 NoPrivilege otherwise, audited).
    const guard = await guardCall(options.context, meta, action, parsed.params);
    const payload = await guard.run((params) => dispatch(options.context, action, params as never));
    await guard.succeeded();
    return success(payload, ACTIONS[action].envelope, guard.requestId);
  } catch (error) {
    if (error instanceof AccessDenied) return gatewayError('NoPrivilege', { regionId, requestId: error.requestId });
    if (error instanceof BusinessFailure) return businessError(error.code, error.message);
    if (error instanceof ParameterFailure) {
      return gatewayError(error.code, { name: error.parameter, detail: error.detail, regionId });
    }
    if (error instanceof StorageQuotaError) return businessError('STORAGE_QUOTA_EXCEEDED', error.message);
    if (error instanceof StoreUnavailableError)
      return gatewayError('SystemError', { message: error.message, regionId });
    console.error(`[mock backend] ${action} failed:`, error);
    return gatewayError('SystemError', { regionId });
  }
}

/**
 * The request's parameters. The SDKs put everything in the query string; a form-encoded POST body is
 * accepted too (the gateway's `formData` request style), with the query string winning on conflicts.
 */
async function requestParams(request: Request): Promise<URLSearchParams> {
  const query = new URL(request.url).searchParams;
  if (
    request.method !== 'POST' ||
    !request.headers.get('content-type')?.includes('application/x-www-form-urlencoded')
  ) {
    return query;
  }
  const merged = new URLSearchParams(await request.text());
  for (const [key, value] of query) merged.set(key, value);
  return merged;
}
