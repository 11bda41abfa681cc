/**
 * DingTalk custom-robot ("自定义机器人") signing, and a verifier that answers the way DingTalk does.
 *
 * A robot with the 加签 security setting only accepts `POST <webhook>&timestamp=<ms>&sign=<sign>` where
 * `sign = urlEncode(base64(HMAC-SHA256(key = secret, message = timestamp + "\n" + secret)))` and `timestamp` is
 * within one hour of DingTalk's clock. We use WebCrypto (`crypto.subtle`) so the same code runs in the browser
 * and in Node 20; the HMAC is still injectable so tests can pin it against `node:crypto`.
 */

/** HMAC-SHA256 over raw bytes, returning the raw 32-byte MAC. */
export type HmacSha256 = (key: Uint8Array, message: Uint8Array) => Promise<Uint8Array>;

export const webCryptoHmacSha256: HmacSha256 = async (key, message) => {
  const cryptoKey = await globalThis.crypto.subtle.importKey(
    'raw',
    key as Uint8Array<ArrayBuffer>,
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  );
  return new Uint8Array(await globalThis.crypto.subtle.sign('HMAC', cryptoKey, message as Uint8Array<ArrayBuffer>));
};

/** DingTalk's documented window: a timestamp more than one hour away from its clock is rejected. */
export const DINGTALK_TIMESTAMP_TOLERANCE_MS = 60 * 60 * 1000;

/** The documentation link DingTalk appends to its robot error messages. */
const DINGTALK_DOC = 'more: [https://ding-doc.dingtalk.com/doc#/serverapi2/qf2nxq]';

/** The JSON body DingTalk answers to every robot send (HTTP 200 even on errors). */
export interface DingTalkReply {
  errcode: number;
  errmsg: string;
}

/** DingTalk robot errcodes we produce or react to. */
export const DINGTALK_ERRCODE = {
  OK: 0,
  /** Unknown or missing `access_token`. */
  TOKEN_NOT_EXIST: 300001,
  /** Security-setting failures: bad signature, bad timestamp, missing keyword, IP not allowed. */
  SECURITY_CHECK_FAILED: 310000,
  /** More than 20 messages per minute to one robot ("send too fast, exceed 20 times per minute"). */
  SEND_TOO_FAST: 130101,
} as const;

function base64(bytes: Uint8Array): string {
  // btoa is available in browsers and Node >= 16; it wants a "binary string" (one char per byte).
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** The signature before URL encoding (plain base64). `timestampMs` must be the exact value put in the URL. */
export async function dingTalkSignature(
  secret: string,
  timestampMs: number,
  hmac: HmacSha256 = webCryptoHmacSha256,
): Promise<string> {
  const encoder = new TextEncoder();
  const mac = await hmac(encoder.encode(secret), encoder.encode(`${timestampMs}\n${secret}`));
  return base64(mac);
}

/**
 * The URL to POST to. Without a secret (robots secured by keyword or IP) the webhook is returned unchanged.
 * With one, `timestamp` and `sign` are appended; any stale `timestamp`/`sign` a user pasted along with the
 * webhook is dropped, and every other parameter (`access_token`, …) is kept byte for byte.
 */
export async function signedDingTalkUrl(
  webhook: string,
  secret: string | undefined,
  nowMs: number,
  hmac: HmacSha256 = webCryptoHmacSha256,
): Promise<string> {
  if (!secret) return webhook;
  const timestamp = Math.trunc(nowMs);
  const sign = await dingTalkSignature(secret, timestamp, hmac);

  const hashAt = webhook.indexOf('#');
  const withoutHash = hashAt >= 0 ? webhook.slice(0, hashAt) : webhook;
  const hash = hashAt >= 0 ? webhook.slice(hashAt) : '';
  const queryAt = withoutHash.indexOf('?');
  const base = queryAt >= 0 ? withoutHash.slice(0, queryAt) : withoutHash;
  const kept = (queryAt >= 0 ? withoutHash.slice(queryAt + 1) : '')
    .split('&')
    .filter((part) => part !== '' && !/^(timestamp|sign)(=|$)/.test(part));
  // encodeURIComponent turns base64's `+`, `/` and `=` into %2B, %2F, %3D; an unencoded `+` would reach
  // DingTalk as a space and fail with "sign not match".
  kept.push(`timestamp=${timestamp}`, `sign=${encodeURIComponent(sign)}`);
  return `${base}?${kept.join('&')}${hash}`;
}

export interface VerifyDingTalkOptions {
  /** When set, only this `access_token` exists (a demo receiver standing in for one robot). */
  accessToken?: string;
  hmac?: HmacSha256;
}

/**
 * What DingTalk would answer to a send to `url`, for the in-app demo receiver. Order of checks follows
 * DingTalk: the token first, then the security setting (timestamp, then signature). `secret` undefined means
 * the robot is not secured by 加签, so any timestamp/sign is ignored.
 */
export async function verifyDingTalkRequest(
  url: string,
  secret: string | undefined,
  nowMs: number,
  options: VerifyDingTalkOptions = {},
): Promise<DingTalkReply> {
  let params: URLSearchParams;
  try {
    params = new URL(url).searchParams;
  } catch {
    return { errcode: DINGTALK_ERRCODE.TOKEN_NOT_EXIST, errmsg: 'token is not exist' };
  }
  const token = params.get('access_token');
  if (!token || (options.accessToken !== undefined && token !== options.accessToken)) {
    return { errcode: DINGTALK_ERRCODE.TOKEN_NOT_EXIST, errmsg: 'token is not exist' };
  }
  if (!secret) return { errcode: DINGTALK_ERRCODE.OK, errmsg: 'ok' };

  const timestampText = params.get('timestamp');
  const timestamp = timestampText !== null && /^\d+$/.test(timestampText) ? Number(timestampText) : Number.NaN;
  if (Number.isNaN(timestamp)) {
    return {
      errcode: DINGTALK_ERRCODE.SECURITY_CHECK_FAILED,
      errmsg: `invalid timestamp (missing or not milliseconds), ${DINGTALK_DOC}`,
    };
  }
  if (Math.abs(nowMs - timestamp) > DINGTALK_TIMESTAMP_TOLERANCE_MS) {
    return {
      errcode: DINGTALK_ERRCODE.SECURITY_CHECK_FAILED,
      errmsg: `invalid timestamp (more than 1 hour away from the server clock), ${DINGTALK_DOC}`,
    };
  }
  // URLSearchParams decodes %2B back to `+` but also turns a raw `+` into a space: exactly why an unencoded
  // signature fails at DingTalk.
  const sign = params.get('sign');
  const expected = await dingTalkSignature(secret, timestamp, options.hmac);
  if (sign !== expected) {
    return { errcode: DINGTALK_ERRCODE.SECURITY_CHECK_FAILED, errmsg: `sign not match, ${DINGTALK_DOC}` };
  }
  return { errcode: DINGTALK_ERRCODE.OK, errmsg: 'ok' };
}
