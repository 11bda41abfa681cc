/**
 * The typed client: one function that calls any action of the contract. Pointing `apiBase` at a real
 * server is the only change needed to leave the mock backend.
 */
import type { z } from 'zod';
import { ACTIONS, type ActionName, type ActionRequest, type ActionResponse, API_PATH } from './contract/actions';
import { UPLOAD_CHUNK_PATH, UploadChunkResponse } from './contract/uploads';
import { API_VERSION, BusinessErrorSchema, encodeQuery, GatewayErrorSchema } from './contract/wire';

/** An error the API answered with (gateway or business), or a response the client could not understand. */
export class ApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly httpStatus: number,
    readonly requestId?: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

let apiBase = `${import.meta.env.BASE_URL}${API_PATH}`;

/** Where requests go; defaults to the app's own `api/` path, which the mock backend answers. */
export function setApiBase(base: string): void {
  apiBase = base;
}
export function getApiBase(): string {
  return apiBase;
}

export async function callAction<A extends ActionName>(
  action: A,
  params: ActionRequest<A>,
  init: { signal?: AbortSignal } = {},
): Promise<ActionResponse<A>> {
  const def = ACTIONS[action];
  const query = encodeQuery({ Action: action, Version: API_VERSION, ...(params as Record<string, unknown>) });
  const url = new URL(`${apiBase}?${query}`, globalThis.location?.href ?? 'http://localhost/');
  let res: Response;
  try {
    res = await fetch(url, { method: def.method, signal: init.signal, headers: { Accept: 'application/json' } });
  } catch (err) {
    if (err instanceof DOMException && err.name === 'AbortError') throw err;
    throw new ApiError('NetworkError', String(err), 0);
  }
  return (await readAnswer(res, def.response, action)) as ActionResponse<A>;
}

/** The success body of `res` validated against `schema`, or the gateway/business error it carries as an ApiError. */
async function readAnswer<S extends z.ZodType>(res: Response, schema: S, label: string): Promise<z.output<S>> {
  const body: unknown = await res.json().catch(() => undefined);
  if (!res.ok) {
    const parsed = GatewayErrorSchema.safeParse(body);
    if (parsed.success) {
      throw new ApiError(parsed.data.Code, parsed.data.Message, res.status, parsed.data.RequestId);
    }
    throw new ApiError('SystemError', `HTTP ${res.status}`, res.status);
  }
  const failure = BusinessErrorSchema.safeParse(body);
  if (failure.success) {
    const { Code, Message, RequestId } = failure.data;
    throw new ApiError(Code, Message ?? Code, res.status, RequestId);
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    throw new ApiError('InvalidResponse', `${label}: ${parsed.error.message}`, res.status);
  }
  return parsed.data;
}

/**
 * Sends one chunk of a console-only image upload (`CreateImageUpload` opened the session): `PATCH
 * {api}/uploads/{UploadId}` with `Content-Range: <start>-<end>` and the bytes as the body. Returns the upload's
 * new offset; a chunk out of order fails with `UPLOAD_OFFSET_INVALID`, a lost session with `UPLOAD_NOT_EXIST`.
 */
export async function uploadChunk(
  uploadId: string,
  start: number,
  chunk: Blob,
  init: { signal?: AbortSignal } = {},
): Promise<z.output<typeof UploadChunkResponse>> {
  const url = new URL(
    `${apiBase}${UPLOAD_CHUNK_PATH}${encodeURIComponent(uploadId)}`,
    globalThis.location?.href ?? 'http://localhost/',
  );
  let res: Response;
  try {
    res = await fetch(url, {
      method: 'PATCH',
      body: chunk,
      signal: init.signal,
      headers: {
        Accept: 'application/json',
        'Content-Type': 'application/octet-stream',
        'Content-Range': `${start}-${start + chunk.size - 1}`,
      },
    });
  } catch (err) {
    if (err instanceof DOMException && err.name === 'AbortError') throw err;
    throw new ApiError('NetworkError', String(err), 0);
  }
  return readAnswer(res, UploadChunkResponse, 'UploadChunk');
}

/** A typed function per action, e.g. `api.ListInstance({ RegionId: 'cn-hangzhou' })`. */
export type Api = {
  [A in ActionName]: (params: ActionRequest<A>, init?: { signal?: AbortSignal }) => Promise<ActionResponse<A>>;
};

export const api = Object.fromEntries(
  (Object.keys(ACTIONS) as ActionName[]).map((action) => [
    action,
    (params: ActionRequest<typeof action>, init?: { signal?: AbortSignal }) => callAction(action, params, init),
  ]),
) as Api;
