/**
 * The binary half of the console-only image upload: `PATCH {api}/uploads/{UploadId}` with a
 * `Content-Range: <start>-<end>` header (inclusive, as the Docker registry's chunked upload) and the chunk's
 * bytes as the body. Binary bodies do not fit the RPC gateway's query-string parameters, so this route stands
 * beside it; its answers use the same envelopes (success, business error, gateway error).
 */
import { type HttpHandler, http } from 'msw';
import type { ServiceContext } from '../services/context';
import { BusinessFailure, ParameterFailure } from '../services/errors';
import { businessError, gatewayError, success } from './responses';

/** Handles chunks for uploads under `apiUrl` (e.g. `/console/api/` → `/console/api/uploads/:uploadId`). */
export function createUploadChunkHandler(apiUrl: string, context: ServiceContext): HttpHandler {
  return http.all(`${apiUrl}uploads/:uploadId`, async ({ request, params }) => {
    if (request.method !== 'PATCH' && request.method !== 'PUT') return gatewayError('InvalidAction.NotFound');
    const range = /^(?:bytes )?(\d+)-(\d+)$/.exec(request.headers.get('content-range')?.trim() ?? '');
    if (!range) {
      return gatewayError('MissingParameter', { name: 'Content-Range' });
    }
    const start = Number(range[1]);
    const end = Number(range[2]);
    const body = new Uint8Array(await request.arrayBuffer());
    if (end < start || end - start + 1 !== body.length) {
      return gatewayError('InvalidParameter', {
        name: 'Content-Range',
        detail: `the range ${start}-${end} does not match the ${body.length}-byte body`,
      });
    }
    try {
      // The upload service (and the push, signing and scan code behind it) is fetched with the first chunk.
      const { appendUploadChunk } = await import('../services/uploads');
      return success(appendUploadChunk(context, String(params.uploadId), start, body));
    } catch (error) {
      if (error instanceof BusinessFailure) return businessError(error.code, error.message);
      if (error instanceof ParameterFailure) {
        return gatewayError(error.code, { name: error.parameter, detail: error.detail });
      }
      console.error('[mock backend] upload chunk failed:', error);
      return gatewayError('SystemError');
    }
  });
}
