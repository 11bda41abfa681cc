import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  DINGTALK_TIMESTAMP_TOLERANCE_MS,
  dingTalkSignature,
  signedDingTalkUrl,
  verifyDingTalkRequest,
} from './dingtalk-sign';

const SECRET = 'SEC1234567890abcdef';
const WEBHOOK = 'https://oapi.dingtalk.com/robot/send?access_token=0123abcd';
/** This timestamp's signature contains `+`, `/` and `=`, so it exercises URL encoding. */
const T = 1_767_225_600_002;
/** Computed once with node:crypto and pinned, so a change to the algorithm cannot pass silently. */
const PINNED_SIGN = 'v8WUFPfWkaTMVD1DS0+ssA/rCgF5ntoMvggh59hHNdE=';

const documented = (secret: string, timestamp: number) =>
  createHmac('sha256', secret).update(`${timestamp}\n${secret}`).digest('base64');

describe('dingTalkSignature', () => {
  it('is base64(HMAC-SHA256(secret, timestamp + "\\n" + secret))', async () => {
    for (const [secret, timestamp] of [
      [SECRET, T],
      ['SECanother-secret', 1_700_000_000_000],
      ['SEC含中文的密钥', 1],
    ] as const) {
      expect(await dingTalkSignature(secret, timestamp)).toBe(documented(secret, timestamp));
    }
  });

  it('matches the pinned vector', async () => {
    expect(await dingTalkSignature(SECRET, T)).toBe(PINNED_SIGN);
    expect(documented(SECRET, T)).toBe(PINNED_SIGN);
  });

  it('uses the injected HMAC', async () => {
    const seen: string[] = [];
    const sign = await dingTalkSignature('k', 5, async (key, message) => {
      seen.push(new TextDecoder().decode(key), new TextDecoder().decode(message));
      return new Uint8Array([0xfb, 0xff]);
    });
    expect(seen).toEqual(['k', '5\nk']);
    expect(sign).toBe('+/8=');
  });
});

describe('signedDingTalkUrl', () => {
  it('keeps access_token and appends timestamp and the URL-encoded sign', async () => {
    const url = await signedDingTalkUrl(WEBHOOK, SECRET, T);
    expect(url).toBe(`${WEBHOOK}&timestamp=${T}&sign=v8WUFPfWkaTMVD1DS0%2BssA%2FrCgF5ntoMvggh59hHNdE%3D`);
    const params = new URL(url).searchParams;
    expect(params.get('access_token')).toBe('0123abcd');
    expect(params.get('sign')).toBe(PINNED_SIGN);
  });

  it('returns the webhook unchanged without a secret', async () => {
    expect(await signedDingTalkUrl(WEBHOOK, undefined, T)).toBe(WEBHOOK);
    expect(await signedDingTalkUrl(WEBHOOK, '', T)).toBe(WEBHOOK);
  });

  it('replaces a stale timestamp/sign and keeps other parameters and the fragment', async () => {
    const url = await signedDingTalkUrl(
      'https://oapi.dingtalk.com/robot/send?access_token=tok&timestamp=1&x=a%20b&sign=old#frag',
      SECRET,
      T,
    );
    expect(url).toBe(
      `https://oapi.dingtalk.com/robot/send?access_token=tok&x=a%20b&timestamp=${T}&sign=v8WUFPfWkaTMVD1DS0%2BssA%2FrCgF5ntoMvggh59hHNdE%3D#frag`,
    );
  });

  it('adds a query string when the webhook has none, and truncates fractional ms', async () => {
    const url = await signedDingTalkUrl('http://127.0.0.1:8080/robot', SECRET, T + 0.7);
    expect(url.startsWith(`http://127.0.0.1:8080/robot?timestamp=${T}&sign=`)).toBe(true);
  });
});

describe('verifyDingTalkRequest', () => {
  const SIGN_NOT_MATCH = 'sign not match, more: [https://ding-doc.dingtalk.com/doc#/serverapi2/qf2nxq]';

  it('accepts a correctly signed URL', async () => {
    const url = await signedDingTalkUrl(WEBHOOK, SECRET, T);
    expect(await verifyDingTalkRequest(url, SECRET, T + 5_000)).toEqual({ errcode: 0, errmsg: 'ok' });
  });

  it('accepts at exactly one hour of skew either way, rejects beyond', async () => {
    const url = await signedDingTalkUrl(WEBHOOK, SECRET, T);
    expect((await verifyDingTalkRequest(url, SECRET, T + DINGTALK_TIMESTAMP_TOLERANCE_MS)).errcode).toBe(0);
    expect((await verifyDingTalkRequest(url, SECRET, T - DINGTALK_TIMESTAMP_TOLERANCE_MS)).errcode).toBe(0);
    const late = await verifyDingTalkRequest(url, SECRET, T + DINGTALK_TIMESTAMP_TOLERANCE_MS + 1);
    expect(late.errcode).toBe(310000);
    expect(late.errmsg).toMatch(/^invalid timestamp \(more than 1 hour away/);
    expect((await verifyDingTalkRequest(url, SECRET, T - DINGTALK_TIMESTAMP_TOLERANCE_MS - 1)).errcode).toBe(310000);
  });

  it('rejects a signature made with another secret', async () => {
    const url = await signedDingTalkUrl(WEBHOOK, 'SECwrong', T);
    expect(await verifyDingTalkRequest(url, SECRET, T)).toEqual({ errcode: 310000, errmsg: SIGN_NOT_MATCH });
  });

  it('rejects an unencoded sign (its "+" arrives as a space)', async () => {
    const url = `${WEBHOOK}&timestamp=${T}&sign=${PINNED_SIGN}`;
    expect(await verifyDingTalkRequest(url, SECRET, T)).toEqual({ errcode: 310000, errmsg: SIGN_NOT_MATCH });
  });

  it('rejects a tampered timestamp and a missing sign or timestamp', async () => {
    const signed = await signedDingTalkUrl(WEBHOOK, SECRET, T);
    const tampered = signed.replace(`timestamp=${T}`, `timestamp=${T + 1}`);
    expect((await verifyDingTalkRequest(tampered, SECRET, T)).errmsg).toBe(SIGN_NOT_MATCH);
    expect((await verifyDingTalkRequest(`${WEBHOOK}&timestamp=${T}`, SECRET, T)).errmsg).toBe(SIGN_NOT_MATCH);
    const noTimestamp = await verifyDingTalkRequest(WEBHOOK, SECRET, T);
    expect(noTimestamp.errcode).toBe(310000);
    expect(noTimestamp.errmsg).toMatch(/^invalid timestamp/);
  });

  it('answers 300001 when the access_token is missing or unknown', async () => {
    const tokenless = await signedDingTalkUrl('https://oapi.dingtalk.com/robot/send', SECRET, T);
    expect(await verifyDingTalkRequest(tokenless, SECRET, T)).toEqual({
      errcode: 300001,
      errmsg: 'token is not exist',
    });
    const url = await signedDingTalkUrl(WEBHOOK, SECRET, T);
    expect((await verifyDingTalkRequest(url, SECRET, T, { accessToken: 'other' })).errcode).toBe(300001);
    expect((await verifyDingTalkRequest(url, SECRET, T, { accessToken: '0123abcd' })).errcode).toBe(0);
    expect((await verifyDingTalkRequest('not a url', SECRET, T)).errcode).toBe(300001);
  });

  it('ignores timestamp and sign when the robot has no secret', async () => {
    expect(await verifyDingTalkRequest(WEBHOOK, undefined, T)).toEqual({ errcode: 0, errmsg: 'ok' });
    expect((await verifyDingTalkRequest(`${WEBHOOK}&timestamp=1&sign=x`, undefined, T)).errcode).toBe(0);
  });
});
