/** The bodies the API answers with: success envelope, business error, gateway error. */

import { HttpResponse } from 'msw';
import { GATEWAY_ERRORS, GATEWAY_MESSAGES, type GatewayErrorCode } from '@/api/contract/errors';
import { ENVELOPE_FIELDS, type EnvelopeKind } from '@/api/contract/wire';

/** A request id as the API writes them: an upper-case UUID. */
export function newRequestId(): string {
  return crypto.randomUUID().toUpperCase();
}

/**
 * HTTP 200 with the action's success envelope and the payload at top level (no `Data` wrapper). Most actions
 * use the common `{RequestId, Code: "success", IsSuccess: true}`; see `ENVELOPE_KINDS` for the exceptions.
 */
export function success(payload: object, envelope: EnvelopeKind = 'common', requestId = newRequestId()): Response {
  return HttpResponse.json({ RequestId: requestId, ...ENVELOPE_FIELDS[envelope], ...payload });
}

/** HTTP 200 with `IsSuccess: false`: how `cr` reports a business rule failing. */
export function businessError(code: string, message: string): Response {
  return HttpResponse.json({ RequestId: newRequestId(), Code: code, Message: message, IsSuccess: false });
}

/**
 * An HTTP error with the POP gateway body. `HostId` names the regional endpoint the request was meant for,
 * as the real gateway does.
 */
export function gatewayError(
  code: GatewayErrorCode,
  options: { regionId?: string; name?: string; detail?: string; message?: string; requestId?: string } = {},
): Response {
  const message =
    options.message ??
    GATEWAY_MESSAGES[code]
      .replace('{name}', options.name ?? '')
      .replace('{detail}', options.detail ?? '')
      .trim();
  return HttpResponse.json(
    {
      RequestId: options.requestId ?? newRequestId(),
      HostId: `cr.${options.regionId || 'cn-hangzhou'}.aliyuncs.com`,
      Code: code,
      Message: message,
    },
    { status: GATEWAY_ERRORS[code] },
  );
}
